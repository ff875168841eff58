-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: team sync.
-- change_log.server_seq is set on the entries a pull from the team server wrote (the server's
-- sequence number of the record's state): they came from the server and are not sent back.
-- sync_state keeps where this file stands with its server: which server, this file's replica
-- id, the last change_log entry pushed and the last server sequence number pulled.
ALTER TABLE change_log ADD COLUMN server_seq INTEGER;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Which record an id meant when an entry was written (ids of deleted rows can be reused):
-- the insert and delete entries of a table by the id they carry.
CREATE INDEX change_log_record_id ON change_log(table_name,
    coalesce(json_extract(after_json, '$.id'), json_extract(before_json, '$.id')))
    WHERE action IN ('insert', 'delete');
