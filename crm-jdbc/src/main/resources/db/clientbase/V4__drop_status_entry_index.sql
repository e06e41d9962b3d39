-- The index of status history entries by status and day: no query of the library reads it, and
-- every status change written paid for it (about 15% of the time PostgreSQL takes to store a
-- batch's entries). A host that queries entries by status creates the index it needs itself.
-- Placeholders as in V1__clientbase_schema.sql.

DROP INDEX IF EXISTS status_history_entry_by_status;
