-- Each client's due day: the first day its status could change without a new fact, so that a
-- nightly run reads only the clients due by a date. NULL when not known (a history written
-- before this migration, or changed since its due day was last set): the client is due on
-- every day. Placeholders as in V1__clientbase_schema.sql.

ALTER TABLE status_history ADD COLUMN due_on DATE;
CREATE INDEX status_history_due ON status_history (due_on, client_id);
