-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11: the rules under test and what happens on the street. A barrier is a
-- rule that stands in the way of an innovation (its reference, such as "art. 13 DM
-- 28/02/2018", the authority that owns it, what it says and what the derogation asks), linked
-- to the experiments that test it, the regulatory requests that ask to set it aside and the
-- metrics that measure its effect. An incident is something that went wrong during a test
-- (its day, severity, description, zone and what was done), part of the evidence.
CREATE TABLE barriers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL CHECK (trim(reference) <> ''),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    authority_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    summary TEXT,      -- what the rule says
    derogation TEXT,   -- what the derogation asks
    status TEXT NOT NULL DEFAULT 'under_test'
        CHECK (status IN ('identified', 'under_test', 'evidence_ready', 'change_proposed', 'changed', 'kept')),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX barriers_authority ON barriers(authority_id);

CREATE TABLE barrier_experiments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    barrier_id INTEGER NOT NULL REFERENCES barriers(id) ON DELETE CASCADE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (barrier_id, experiment_id)
);
CREATE INDEX barrier_experiments_experiment ON barrier_experiments(experiment_id);

CREATE TABLE barrier_requests (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    barrier_id INTEGER NOT NULL REFERENCES barriers(id) ON DELETE CASCADE,
    request_id INTEGER NOT NULL REFERENCES regulatory_requests(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (barrier_id, request_id)
);
CREATE INDEX barrier_requests_request ON barrier_requests(request_id);

CREATE TABLE barrier_metrics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    barrier_id INTEGER NOT NULL REFERENCES barriers(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (barrier_id, metric_id)
);
CREATE INDEX barrier_metrics_metric ON barrier_metrics(metric_id);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    occurred_on TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious', 'critical')),
    description TEXT NOT NULL CHECK (trim(description) <> ''),
    actions TEXT,      -- what was done about it
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_experiment ON incidents(experiment_id, occurred_on);
CREATE INDEX incidents_zone ON incidents(zone_id);
