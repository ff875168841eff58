-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12: the art. 36 "Sperimentazione Italia" request (DL 76/2020) as a request
-- kind with its required content. SQLite cannot change a CHECK constraint in place, so the
-- two tables whose kind lists it are rebuilt the documented way (create, copy, drop, rename,
-- then their indexes and triggers again). A step that drops a table makes the runner turn
-- foreign keys off around it (a DROP would otherwise cascade into the requests' revisions,
-- steps, conditions and attachments) and check them before committing.
CREATE TABLE regulatory_requests_rebuilt (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL,
    authority_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('authorization', 'derogation', 'simplification', 'opinion',
                                       'notification', 'art36')),
    legal_basis TEXT,
    subject TEXT NOT NULL CHECK (trim(subject) <> ''),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'integration_requested',
                                           'resubmitted', 'granted', 'granted_with_conditions',
                                           'denied', 'withdrawn')),
    required_for_activation INTEGER NOT NULL DEFAULT 1 CHECK (required_for_activation IN (0, 1)),
    protocol_number TEXT,
    submitted_on TEXT,
    statutory_days INTEGER CHECK (statutory_days IS NULL OR statutory_days > 0),
    suspended_on TEXT,
    days_elapsed_before_suspension INTEGER,
    due_on TEXT,
    decided_on TEXT CHECK (decided_on IS NULL OR submitted_on IS NULL OR decided_on >= submitted_on),
    decision_notes TEXT,
    body TEXT,                              -- rich text (HTML) of the current revision
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decision_number TEXT
);
INSERT INTO regulatory_requests_rebuilt SELECT * FROM regulatory_requests;
DROP TABLE regulatory_requests;
ALTER TABLE regulatory_requests_rebuilt RENAME TO regulatory_requests;
CREATE INDEX regulatory_requests_experiment ON regulatory_requests(experiment_id);
CREATE INDEX regulatory_requests_authority ON regulatory_requests(authority_id);
CREATE INDEX regulatory_requests_due ON regulatory_requests(due_on);
CREATE TRIGGER regulatory_requests_search_insert AFTER INSERT ON regulatory_requests BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_request_rows WHERE record_id = new.id;
END;
CREATE TRIGGER regulatory_requests_search_update AFTER UPDATE ON regulatory_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
        SELECT row_key, kind, record_id, title, body FROM search_request_rows WHERE record_id = new.id;
END;
CREATE TRIGGER regulatory_requests_search_delete AFTER DELETE ON regulatory_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
END;

CREATE TABLE request_templates_rebuilt (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('authorization', 'derogation', 'simplification', 'opinion',
                                       'notification', 'art36')),
    language TEXT NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
    authority_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO request_templates_rebuilt SELECT * FROM request_templates;
DROP TABLE request_templates;
ALTER TABLE request_templates_rebuilt RENAME TO request_templates;
CREATE INDEX request_templates_kind ON request_templates(kind, language);

-- What art. 36 asks an application to contain, one row per art. 36 request. The rules to
-- be derogated are the barriers linked to the request (barrier_requests). A renewal is a
-- second art. 36 request naming the one it renews; the law allows one, checked by
-- Art36Application (a renewal that was denied or withdrawn does not use it up).
CREATE TABLE art36_applications (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    request_id INTEGER NOT NULL UNIQUE REFERENCES regulatory_requests(id) ON DELETE CASCADE,
    holder_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    lead_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    duration_months INTEGER CHECK (duration_months IS NULL OR duration_months BETWEEN 1 AND 12),
    aims TEXT,
    expected_results TEXT,
    monitoring TEXT,
    risks TEXT,            -- risks and their mitigations
    safeguards TEXT,
    renewal_of_id INTEGER REFERENCES regulatory_requests(id) ON DELETE SET NULL,
    final_report_sent_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX art36_applications_holder ON art36_applications(holder_id);
CREATE INDEX art36_applications_lead ON art36_applications(lead_person_id);
CREATE INDEX art36_applications_renewal ON art36_applications(renewal_of_id);

-- The area of law a rule belongs to: art. 36 does not reach rules on health, the
-- environment, cultural heritage, criminal law or obligations from EU law.
ALTER TABLE barriers ADD COLUMN area TEXT CHECK (area IS NULL OR area IN ('mobility', 'telecommunications', 'public_land',
    'aviation', 'data_protection', 'commerce', 'health', 'environment', 'cultural_heritage', 'criminal_law',
    'eu_obligations', 'other'));
