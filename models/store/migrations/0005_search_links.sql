-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: search finds records through the organizations they involve.
-- Typing an organization's name (or short name) found only its own record and the contacts
-- that named it; now it also finds the experiments it leads or joins, the agreements it is
-- a party to and the requests sent to it. Each kind's indexed text is one view, used by the
-- triggers of the record, of its links and of the organizations it names, so the rules live
-- in one place. Row ids stay record id * 16 + kind (0001).
CREATE VIEW search_experiment_rows AS
SELECT e.id * 16 + 1 AS row_key, 1 AS kind, e.id AS record_id, e.code || ' ' || e.title AS title,
       concat_ws(' ', e.summary, e.officer, e.protocol_number, e.determina_number, e.notes,
                 (SELECT concat_ws(' ', o.name, o.short_name) FROM organizations o WHERE o.id = e.lead_organization_id),
                 (SELECT group_concat(concat_ws(' ', o.name, o.short_name), ' ')
                    FROM experiment_partners p JOIN organizations o ON o.id = p.organization_id
                   WHERE p.experiment_id = e.id)) AS body
  FROM experiments e;

CREATE VIEW search_agreement_rows AS
SELECT a.id * 16 + 4 AS row_key, 4 AS kind, a.id AS record_id, a.title AS title,
       concat_ws(' ', a.protocol_number, a.notes,
                 (SELECT e.code FROM experiments e WHERE e.id = a.experiment_id),
                 (SELECT group_concat(concat_ws(' ', o.name, o.short_name), ' ')
                    FROM agreement_parties p JOIN organizations o ON o.id = p.organization_id
                   WHERE p.agreement_id = a.id)) AS body
  FROM agreements a;

CREATE VIEW search_request_rows AS
SELECT r.id * 16 + 5 AS row_key, 5 AS kind, r.id AS record_id, r.reference || ' ' || r.subject AS title,
       concat_ws(' ', (SELECT concat_ws(' ', o.name, o.short_name) FROM organizations o WHERE o.id = r.authority_id),
                 r.legal_basis, r.protocol_number, r.decision_notes, r.body) AS body
  FROM regulatory_requests r;

DROP TRIGGER experiments_search_insert;
DROP TRIGGER experiments_search_update;
DROP TRIGGER agreements_search_insert;
DROP TRIGGER agreements_search_update;
DROP TRIGGER regulatory_requests_search_insert;
DROP TRIGGER regulatory_requests_search_update;

CREATE TRIGGER experiments_search_insert AFTER INSERT ON experiments BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = new.id;
END;
CREATE TRIGGER experiments_search_update AFTER UPDATE ON experiments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = new.id;
    -- its agreements carry its code
    DELETE FROM search_index WHERE rowid IN (SELECT id * 16 + 4 FROM agreements WHERE experiment_id = new.id);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows
         WHERE record_id IN (SELECT id FROM agreements WHERE experiment_id = new.id);
END;

-- A partner joins or leaves: its experiment's text changes. Selecting the experiment again
-- inserts nothing once the experiment itself is gone (a cascade of its deletion).
CREATE TRIGGER experiment_partners_search_insert AFTER INSERT ON experiment_partners BEGIN
    DELETE FROM search_index WHERE rowid = new.experiment_id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = new.experiment_id;
END;
CREATE TRIGGER experiment_partners_search_update AFTER UPDATE OF experiment_id, organization_id ON experiment_partners BEGIN
    DELETE FROM search_index WHERE rowid IN (old.experiment_id * 16 + 1, new.experiment_id * 16 + 1);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows
         WHERE record_id IN (old.experiment_id, new.experiment_id);
END;
CREATE TRIGGER experiment_partners_search_delete AFTER DELETE ON experiment_partners BEGIN
    DELETE FROM search_index WHERE rowid = old.experiment_id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = old.experiment_id;
END;

CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows WHERE record_id = new.id;
END;
CREATE TRIGGER agreements_search_update AFTER UPDATE ON agreements BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows WHERE record_id = new.id;
END;
CREATE TRIGGER agreement_parties_search_insert AFTER INSERT ON agreement_parties BEGIN
    DELETE FROM search_index WHERE rowid = new.agreement_id * 16 + 4;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows WHERE record_id = new.agreement_id;
END;
CREATE TRIGGER agreement_parties_search_update AFTER UPDATE OF agreement_id, organization_id ON agreement_parties BEGIN
    DELETE FROM search_index WHERE rowid IN (old.agreement_id * 16 + 4, new.agreement_id * 16 + 4);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows
         WHERE record_id IN (old.agreement_id, new.agreement_id);
END;
CREATE TRIGGER agreement_parties_search_delete AFTER DELETE ON agreement_parties BEGIN
    DELETE FROM search_index WHERE rowid = old.agreement_id * 16 + 4;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows WHERE record_id = old.agreement_id;
END;

CREATE TRIGGER regulatory_requests_search_insert AFTER INSERT ON regulatory_requests BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_request_rows WHERE record_id = new.id;
END;
CREATE TRIGGER regulatory_requests_search_update AFTER UPDATE ON regulatory_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_request_rows WHERE record_id = new.id;
END;

-- An organization renamed: the records that name it are indexed again.
CREATE TRIGGER organizations_search_links AFTER UPDATE OF name, short_name ON organizations BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT id * 16 + 1 FROM experiments WHERE lead_organization_id = new.id
        UNION SELECT experiment_id * 16 + 1 FROM experiment_partners WHERE organization_id = new.id
        UNION SELECT agreement_id * 16 + 4 FROM agreement_parties WHERE organization_id = new.id
        UNION SELECT id * 16 + 5 FROM regulatory_requests WHERE authority_id = new.id);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id IN (
            SELECT id FROM experiments WHERE lead_organization_id = new.id
            UNION SELECT experiment_id FROM experiment_partners WHERE organization_id = new.id);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_agreement_rows
         WHERE record_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = new.id);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_request_rows
         WHERE record_id IN (SELECT id FROM regulatory_requests WHERE authority_id = new.id);
END;

-- The rows written before this version, again with their links.
DELETE FROM search_index WHERE (rowid & 15) IN (1, 4, 5);
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT row_key, kind, record_id, title, body FROM search_experiment_rows;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT row_key, kind, record_id, title, body FROM search_agreement_rows;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT row_key, kind, record_id, title, body FROM search_request_rows;
