-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: the lab's process — open calls, admissibility, committee evaluation,
-- formal acts with their dates, and conditions that block.
-- A proposal arrives through a call (that may never close) with a protocol number and the
-- facilitations it asks of the city; each call has its admissibility checklist, its weighted
-- evaluation criteria and its technical committee (people), whose members score each
-- proposal 0–10 per criterion or declare a conflict of interest.
-- An act is a number and a date: the manager's act approving an experiment (determina)
-- gains its date; an authorization gains its own number beside the request's protocol;
-- other acts (notices, committee minutes, amendments) are records of their own. A condition
-- is imposed by the approval (neither agreement nor request named), by an agreement or by an
-- authorization; an unmet blocking one holds the experiment in its stage.
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    opened_on TEXT NOT NULL,
    closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= opened_on),   -- NULL: open for good
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE call_checklist_items (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX call_checklist_items_call ON call_checklist_items(call_id, position);

CREATE TABLE call_criteria (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    weight REAL NOT NULL CHECK (weight > 0),
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX call_criteria_call ON call_criteria(call_id, position);

CREATE TABLE committee_members (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    role TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (call_id, person_id)
);
CREATE INDEX committee_members_person ON committee_members(person_id);

ALTER TABLE experiments ADD COLUMN call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL;
ALTER TABLE experiments ADD COLUMN facilitations TEXT;   -- what the proposer asks of the city
CREATE INDEX experiments_call ON experiments(call_id);

CREATE TABLE admissibility_checks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES call_checklist_items(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('met', 'not_met')),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (experiment_id, item_id)
);
CREATE INDEX admissibility_checks_item ON admissibility_checks(item_id);

CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES committee_members(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES call_criteria(id) ON DELETE CASCADE,
    score REAL NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (experiment_id, member_id, criterion_id)
);
CREATE INDEX scores_member ON scores(member_id);
CREATE INDEX scores_criterion ON scores(criterion_id);

CREATE TABLE conflicts_of_interest (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES committee_members(id) ON DELETE CASCADE,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (experiment_id, member_id)
);
CREATE INDEX conflicts_of_interest_member ON conflicts_of_interest(member_id);

ALTER TABLE experiments ADD COLUMN approved_on TEXT;
ALTER TABLE regulatory_requests ADD COLUMN decision_number TEXT;

-- The day the experiment moved to agreement is the best date known for an act recorded
-- before the date had a field; every replica of a team computes the same one.
-- An experiment past screening without that move recorded takes the day it entered its
-- first later stage, or the one it is in; one still in screening has no known date and is
-- asked for it before it moves on.
UPDATE experiments
   SET approved_on = coalesce(
           (SELECT min(t.on_date) FROM stage_transitions t WHERE t.experiment_id = experiments.id AND t.to_stage = 'agreement'),
           (SELECT min(t.on_date) FROM stage_transitions t WHERE t.experiment_id = experiments.id
               AND t.to_stage IN ('authorization', 'active', 'concluded', 'evaluated')),
           CASE WHEN stage IN ('agreement', 'authorization', 'active', 'concluded', 'evaluated') THEN stage_since END)
 WHERE determina_number IS NOT NULL AND trim(determina_number) <> '';

CREATE TABLE acts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('notice', 'committee_minutes', 'amendment', 'other')),
    number TEXT NOT NULL CHECK (trim(number) <> ''),
    issued_on TEXT NOT NULL,
    subject TEXT NOT NULL CHECK (trim(subject) <> ''),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX acts_experiment ON acts(experiment_id, issued_on);

CREATE TABLE conditions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE,
    request_id INTEGER REFERENCES regulatory_requests(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    blocking INTEGER NOT NULL DEFAULT 1 CHECK (blocking IN (0, 1)),
    due_on TEXT,
    responsible TEXT,
    evidence_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    met_on TEXT,
    met_by TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (agreement_id IS NULL OR request_id IS NULL)
);
CREATE INDEX conditions_experiment ON conditions(experiment_id);
CREATE INDEX conditions_agreement ON conditions(agreement_id);
CREATE INDEX conditions_request ON conditions(request_id);
CREATE INDEX conditions_due ON conditions(due_on) WHERE met_on IS NULL;

-- What a record links to belongs to the same case, whoever writes it (a form, the CLI, a
-- sync): a condition's agreement or request is its experiment's; a score, check or declared
-- conflict is on the proposal's own call; and a proposal the committee has worked on keeps
-- its call.
CREATE TRIGGER conditions_of_the_experiment_insert BEFORE INSERT ON conditions
WHEN (new.agreement_id IS NOT NULL AND (SELECT experiment_id FROM agreements WHERE id = new.agreement_id) IS NOT new.experiment_id)
  OR (new.request_id IS NOT NULL AND (SELECT experiment_id FROM regulatory_requests WHERE id = new.request_id) IS NOT new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'A condition comes from an agreement or request of its own experiment.');
END;
CREATE TRIGGER conditions_of_the_experiment_update BEFORE UPDATE OF experiment_id, agreement_id, request_id ON conditions
WHEN (new.agreement_id IS NOT NULL AND (SELECT experiment_id FROM agreements WHERE id = new.agreement_id) IS NOT new.experiment_id)
  OR (new.request_id IS NOT NULL AND (SELECT experiment_id FROM regulatory_requests WHERE id = new.request_id) IS NOT new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'A condition comes from an agreement or request of its own experiment.');
END;
CREATE TRIGGER scores_of_the_call_insert BEFORE INSERT ON scores
WHEN (SELECT call_id FROM committee_members WHERE id = new.member_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
  OR (SELECT call_id FROM call_criteria WHERE id = new.criterion_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'A score is given by a member of the proposal''s call, on one of its criteria.');
END;
CREATE TRIGGER scores_of_the_call_update BEFORE UPDATE OF experiment_id, member_id, criterion_id ON scores
WHEN (SELECT call_id FROM committee_members WHERE id = new.member_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
  OR (SELECT call_id FROM call_criteria WHERE id = new.criterion_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'A score is given by a member of the proposal''s call, on one of its criteria.');
END;
CREATE TRIGGER admissibility_checks_of_the_call BEFORE INSERT ON admissibility_checks
WHEN (SELECT call_id FROM call_checklist_items WHERE id = new.item_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'An admissibility check is on an item of the proposal''s call.');
END;
CREATE TRIGGER conflicts_of_interest_of_the_call BEFORE INSERT ON conflicts_of_interest
WHEN (SELECT call_id FROM committee_members WHERE id = new.member_id) IS NOT (SELECT call_id FROM experiments WHERE id = new.experiment_id)
BEGIN
    SELECT RAISE(ABORT, 'A conflict of interest is declared by a member of the proposal''s call.');
END;
CREATE TRIGGER experiments_keep_their_evaluated_call BEFORE UPDATE OF call_id ON experiments
WHEN old.call_id IS NOT new.call_id
 AND (EXISTS (SELECT 1 FROM scores WHERE experiment_id = old.id)
      OR EXISTS (SELECT 1 FROM admissibility_checks WHERE experiment_id = old.id)
      OR EXISTS (SELECT 1 FROM conflicts_of_interest WHERE experiment_id = old.id))
BEGIN
    SELECT RAISE(ABORT, 'The proposal was checked or scored under its call: it keeps that call.');
END;

-- Search finds an experiment by any of its acts' numbers ("DD 1234/2026" or "1234/2026"),
-- and a request by its authorization's number.
DROP VIEW search_experiment_rows;
CREATE VIEW search_experiment_rows AS
SELECT e.id * 16 + 1 AS row_key, 1 AS kind, e.id AS record_id, e.code || ' ' || e.title AS title,
       concat_ws(' ', e.summary, e.officer, e.protocol_number, 'DD ' || e.determina_number, e.notes,
                 (SELECT concat_ws(' ', o.name, o.short_name) FROM organizations o WHERE o.id = e.lead_organization_id),
                 (SELECT group_concat(concat_ws(' ', o.name, o.short_name), ' ')
                    FROM experiment_partners p JOIN organizations o ON o.id = p.organization_id
                   WHERE p.experiment_id = e.id),
                 (SELECT group_concat(concat_ws(' ', a.number, a.subject), ' ') FROM acts a
                   WHERE a.experiment_id = e.id)) AS body
  FROM experiments e;

DROP VIEW search_request_rows;
CREATE VIEW search_request_rows AS
SELECT r.id * 16 + 5 AS row_key, 5 AS kind, r.id AS record_id, r.reference || ' ' || r.subject AS title,
       concat_ws(' ', (SELECT concat_ws(' ', o.name, o.short_name) FROM organizations o WHERE o.id = r.authority_id),
                 r.legal_basis, r.protocol_number, r.decision_number, r.decision_notes, r.body) AS body
  FROM regulatory_requests r;

CREATE TRIGGER acts_search_insert AFTER INSERT ON acts BEGIN
    DELETE FROM search_index WHERE rowid = new.experiment_id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = new.experiment_id;
END;
CREATE TRIGGER acts_search_update AFTER UPDATE ON acts BEGIN
    DELETE FROM search_index WHERE rowid IN (old.experiment_id * 16 + 1, new.experiment_id * 16 + 1);
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows
         WHERE record_id IN (old.experiment_id, new.experiment_id);
END;
CREATE TRIGGER acts_search_delete AFTER DELETE ON acts BEGIN
    DELETE FROM search_index WHERE rowid = old.experiment_id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_experiment_rows WHERE record_id = old.experiment_id;
END;

-- Rows indexed before this version get the new text.
DELETE FROM search_index WHERE kind IN (1, 5);
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT row_key, kind, record_id, title, body FROM search_experiment_rows;
INSERT INTO search_index(rowid, kind, record_id, title, body)
    SELECT row_key, kind, record_id, title, body FROM search_request_rows;
