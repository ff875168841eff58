-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: erasure of personal data (GDPR art. 17).
-- Erasing a person overwrites their fields, and the values those fields had in the change
-- log, and leaves an entry of kind 'erase' that says when and by whom, without the values.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with its rows, ids
-- and indexes as they were.
CREATE TABLE change_log_erase (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_uuid TEXT,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import', 'erase')),
    before_json TEXT,
    after_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    server_seq INTEGER
);
INSERT INTO change_log_erase (id, uuid, at, who, table_name, row_uuid, action, before_json, after_json,
                              created_at, updated_at, server_seq)
SELECT id, uuid, at, who, table_name, row_uuid, action, before_json, after_json, created_at, updated_at, server_seq
  FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_erase RENAME TO change_log;
CREATE INDEX change_log_row ON change_log(table_name, row_uuid);
CREATE INDEX change_log_record_id ON change_log(table_name,
    coalesce(json_extract(after_json, '$.id'), json_extract(before_json, '$.id')))
    WHERE action IN ('insert', 'delete');
