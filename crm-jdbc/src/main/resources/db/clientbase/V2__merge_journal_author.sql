-- Who asked for each merge and who undid it, as user ids; NULL when not known (a merge
-- recorded before this migration, or a merger without a default author). Placeholders as in
-- V1__clientbase_schema.sql.

ALTER TABLE merge_journal ADD COLUMN author ${id};
ALTER TABLE merge_journal ADD COLUMN undone_by ${id};
ALTER TABLE merge_journal ADD CONSTRAINT merge_journal_undone_by CHECK (undone_by IS NULL OR state = 'UNDONE');
