-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1 of a CityLab store.
-- Conventions: every entity row has an INTEGER PRIMARY KEY, a stable uuid (used by exports
-- and sync), created_at and updated_at (ISO 8601 UTC). Dates are ISO 'YYYY-MM-DD' text.
-- Measurements are the one exception: millions of rows are identified by their batch
-- (which has the uuid) and their natural key, to keep the table small and fast.

CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL UNIQUE,
    value TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    short_name TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'university', 'research_centre', 'startup',
                                       'public_body', 'authority')),
    vat_number TEXT,
    city TEXT,
    website TEXT,
    email TEXT,
    pec TEXT,                               -- certified e-mail, required to file with authorities
    answer_days INTEGER CHECK (answer_days IS NULL OR answer_days > 0),
    clock_restarts INTEGER NOT NULL DEFAULT 0 CHECK (clock_restarts IN (0, 1)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    full_name TEXT NOT NULL CHECK (trim(full_name) <> ''),
    role TEXT,
    email TEXT,
    phone TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_organization ON people(organization_id);

CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    summary TEXT,
    domain TEXT NOT NULL CHECK (domain IN ('drones', 'autonomous_mobility', 'telecom_5g', 'robotics',
                                           'energy', 'environment', 'public_services')),
    stage TEXT NOT NULL CHECK (stage IN ('proposal', 'screening', 'agreement', 'authorization',
                                         'active', 'concluded', 'evaluated', 'rejected', 'withdrawn')),
    stage_since TEXT NOT NULL,
    trl INTEGER CHECK (trl IS NULL OR trl BETWEEN 1 AND 9),
    lead_organization_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    officer TEXT,
    protocol_number TEXT,
    determina_number TEXT,                  -- the manager's act approving the experiment
    proposed_on TEXT,
    start_on TEXT,
    end_on TEXT CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX experiments_lead ON experiments(lead_organization_id);
CREATE INDEX experiments_stage ON experiments(stage);

CREATE TABLE experiment_partners (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    role TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (experiment_id, organization_id)
);
CREATE INDEX experiment_partners_organization ON experiment_partners(organization_id);

CREATE TABLE stage_transitions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    on_date TEXT NOT NULL,
    by_user TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stage_transitions_experiment ON stage_transitions(experiment_id, on_date);

-- Bounding boxes are columns kept by the Store from the geometry; triggers mirror them
-- into the R*Tree used for map culling and conflict candidates.
CREATE TABLE zones (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    shape TEXT NOT NULL DEFAULT 'polygon' CHECK (shape IN ('polygon', 'circle', 'corridor')),
    geometry TEXT NOT NULL CHECK (json_valid(geometry)),   -- GeoJSON geometry, WGS84
    min_lon REAL NOT NULL, max_lon REAL NOT NULL,
    min_lat REAL NOT NULL, max_lat REAL NOT NULL,
    active_from TEXT,
    active_to TEXT CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from),
    max_height_m REAL CHECK (max_height_m IS NULL OR max_height_m >= 0),
    hours TEXT,
    district TEXT,
    constraints TEXT CHECK (constraints IS NULL OR json_valid(constraints)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX zones_experiment ON zones(experiment_id);

CREATE VIRTUAL TABLE zone_bounds USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER zones_bounds_insert AFTER INSERT ON zones BEGIN
    INSERT INTO zone_bounds VALUES (new.id, new.min_lon, new.max_lon, new.min_lat, new.max_lat);
END;
CREATE TRIGGER zones_bounds_update AFTER UPDATE OF min_lon, max_lon, min_lat, max_lat ON zones BEGIN
    UPDATE zone_bounds SET min_lon = new.min_lon, max_lon = new.max_lon,
                           min_lat = new.min_lat, max_lat = new.max_lat WHERE id = new.id;
END;
CREATE TRIGGER zones_bounds_delete AFTER DELETE ON zones BEGIN
    DELETE FROM zone_bounds WHERE id = old.id;
END;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    mime_type TEXT,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    data BLOB NOT NULL,
    description TEXT,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE CASCADE,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX attachments_experiment ON attachments(experiment_id);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('framework', 'experimentation', 'data_sharing', 'nda', 'mou')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    status TEXT NOT NULL CHECK (status IN ('draft', 'negotiation', 'signed', 'expired', 'terminated')),
    protocol_number TEXT,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL,
    signed_on TEXT,
    valid_from TEXT,
    valid_to TEXT CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    renewal_notice_days INTEGER NOT NULL DEFAULT 60 CHECK (renewal_notice_days >= 0),
    document_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX agreements_experiment ON agreements(experiment_id);
CREATE INDEX agreements_valid_to ON agreements(valid_to);

CREATE TABLE agreement_parties (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    role TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (agreement_id, organization_id)
);
CREATE INDEX agreement_parties_organization ON agreement_parties(organization_id);

-- due_on is derived (submission + statutory days, shifted by suspensions) and stored so
-- that "overdue first" is one indexed query.
CREATE TABLE regulatory_requests (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL,
    authority_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('authorization', 'derogation', 'simplification', 'opinion',
                                       'notification')),
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
    updated_at TEXT NOT NULL
);
CREATE INDEX regulatory_requests_experiment ON regulatory_requests(experiment_id);
CREATE INDEX regulatory_requests_authority ON regulatory_requests(authority_id);
CREATE INDEX regulatory_requests_due ON regulatory_requests(due_on);

CREATE TABLE request_revisions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    request_id INTEGER NOT NULL REFERENCES regulatory_requests(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    body TEXT NOT NULL,
    author TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (request_id, revision)
);

CREATE TABLE request_status_changes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    request_id INTEGER NOT NULL REFERENCES regulatory_requests(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX request_status_changes_request ON request_status_changes(request_id, on_date);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'pec', 'letter', 'note')),
    occurred_on TEXT NOT NULL,
    summary TEXT NOT NULL CHECK (trim(summary) <> ''),
    details TEXT,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    experiment_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL,
    agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
    request_id INTEGER REFERENCES regulatory_requests(id) ON DELETE SET NULL,
    follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on >= occurred_on),
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    created_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX interactions_experiment ON interactions(experiment_id, occurred_on);
CREATE INDEX interactions_organization ON interactions(organization_id);
CREATE INDEX interactions_follow_up ON interactions(follow_up_on) WHERE follow_up_done = 0;

CREATE TABLE metrics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
    name TEXT NOT NULL,
    unit TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
    value_kind TEXT NOT NULL DEFAULT 'real' CHECK (value_kind IN ('real', 'integer', 'boolean')),
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    due_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX targets_experiment ON targets(experiment_id, metric_id);

CREATE TABLE measurement_batches (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    file_name TEXT,
    row_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES measurement_batches(id) ON DELETE CASCADE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    measured_at INTEGER NOT NULL,           -- Unix seconds, UTC
    value REAL NOT NULL
);
CREATE INDEX measurements_series ON measurements(experiment_id, metric_id, measured_at);
CREATE INDEX measurements_batch ON measurements(batch_id);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_uuid TEXT,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import')),
    before_json TEXT,
    after_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log(table_name, row_uuid);

-- Full-text search over every record kind. rowid = record id * 16 + kind number, so a
-- trigger finds its row by rowid without scanning; accents and case are folded.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, record_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

-- kinds: 1 experiments, 2 organizations, 3 people, 4 agreements, 5 regulatory_requests, 6 interactions, 7 zones
CREATE TRIGGER experiments_search_insert AFTER INSERT ON experiments BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 1, 1, new.id, new.code || ' ' || new.title, concat_ws(' ', new.summary, new.officer, new.protocol_number, new.determina_number, new.notes));
END;
CREATE TRIGGER experiments_search_update AFTER UPDATE ON experiments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 1, 1, new.id, new.code || ' ' || new.title, concat_ws(' ', new.summary, new.officer, new.protocol_number, new.determina_number, new.notes));
END;
CREATE TRIGGER experiments_search_delete AFTER DELETE ON experiments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
END;
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 2, 2, new.id, concat_ws(' ', new.name, new.short_name), concat_ws(' ', new.city, new.pec, new.notes));
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE ON organizations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 2, 2, new.id, concat_ws(' ', new.name, new.short_name), concat_ws(' ', new.city, new.pec, new.notes));
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
END;
CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 3, 3, new.id, new.full_name, concat_ws(' ', new.role, new.email, new.notes));
END;
CREATE TRIGGER people_search_update AFTER UPDATE ON people BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 3, 3, new.id, new.full_name, concat_ws(' ', new.role, new.email, new.notes));
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
END;
CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 4, 4, new.id, new.title, concat_ws(' ', new.protocol_number, new.notes));
END;
CREATE TRIGGER agreements_search_update AFTER UPDATE ON agreements BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 4, 4, new.id, new.title, concat_ws(' ', new.protocol_number, new.notes));
END;
CREATE TRIGGER agreements_search_delete AFTER DELETE ON agreements BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
END;
CREATE TRIGGER regulatory_requests_search_insert AFTER INSERT ON regulatory_requests BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 5, 5, new.id, new.reference || ' ' || new.subject, concat_ws(' ', new.legal_basis, new.protocol_number, new.decision_notes, new.body));
END;
CREATE TRIGGER regulatory_requests_search_update AFTER UPDATE ON regulatory_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 5, 5, new.id, new.reference || ' ' || new.subject, concat_ws(' ', new.legal_basis, new.protocol_number, new.decision_notes, new.body));
END;
CREATE TRIGGER regulatory_requests_search_delete AFTER DELETE ON regulatory_requests BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
END;
CREATE TRIGGER interactions_search_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 6, 6, new.id, new.summary, new.details);
END;
CREATE TRIGGER interactions_search_update AFTER UPDATE ON interactions BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 6, 6, new.id, new.summary, new.details);
END;
CREATE TRIGGER interactions_search_delete AFTER DELETE ON interactions BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
END;
CREATE TRIGGER zones_search_insert AFTER INSERT ON zones BEGIN
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 7, 7, new.id, new.name, concat_ws(' ', new.district, new.notes));
END;
CREATE TRIGGER zones_search_update AFTER UPDATE ON zones BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 7;
    INSERT INTO search_index(rowid, kind, record_id, title, body)
    VALUES (new.id * 16 + 7, 7, new.id, new.name, concat_ws(' ', new.district, new.notes));
END;
CREATE TRIGGER zones_search_delete AFTER DELETE ON zones BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 7;
END;
