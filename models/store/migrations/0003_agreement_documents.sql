-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: documents of agreements.
-- An agreement keeps its signed document (and any annex) as attachments of its own, deleted
-- with it, the way experiments and requests keep theirs. agreements.document_id (0001) is
-- not used: an attachment restored by undo gets a new id, and the owner column survives that.
ALTER TABLE attachments ADD COLUMN agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE;
CREATE INDEX attachments_agreement ON attachments(agreement_id);

-- Search: prefix indexes up to six letters. A prefix longer than the longest indexed one
-- makes FTS5 merge the lists of every matching word before the first row comes back (a few
-- milliseconds for a word found in 60,000 records, paid again by every statement), while an
-- indexed prefix is read like a word and seeks to the rowids asked for. What users type
-- before they pause is mostly 3 to 6 letters. The table is made again and refilled with the
-- same rows the triggers of 0001 write (they refer to it by name and keep working).
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, record_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 1, 1, id, code || ' ' || title, concat_ws(' ', summary, officer, protocol_number, determina_number, notes) FROM experiments;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 2, 2, id, concat_ws(' ', name, short_name), concat_ws(' ', city, pec, notes) FROM organizations;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 3, 3, id, full_name, concat_ws(' ', role, email, notes) FROM people;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 4, 4, id, title, concat_ws(' ', protocol_number, notes) FROM agreements;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 5, 5, id, reference || ' ' || subject, concat_ws(' ', legal_basis, protocol_number, decision_notes, body) FROM regulatory_requests;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 6, 6, id, summary, details FROM interactions;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT id * 16 + 7, 7, id, name, concat_ws(' ', district, notes) FROM zones;
