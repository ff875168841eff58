-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: the test plan of an experiment. Its phases with their dates and scale
-- (vehicles, drones, robots, users); its safeguards (insurance with policy number and
-- expiry, a safety operator, a geofence, an emergency stop); the data the partner shares and
-- its licence. What the plan commits to monitor are the experiment's targets. Every save of
-- the plan is a numbered revision holding the whole plan as it was, as for letters.
CREATE TABLE test_plans (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL UNIQUE REFERENCES experiments(id) ON DELETE CASCADE,
    insurer TEXT,
    policy_number TEXT,
    insurance_expires_on TEXT,
    safety_operator TEXT,   -- who can stop the test on site
    geofence INTEGER NOT NULL DEFAULT 0 CHECK (geofence IN (0, 1)),
    emergency_stop INTEGER NOT NULL DEFAULT 0 CHECK (emergency_stop IN (0, 1)),
    shared_data TEXT,       -- what the partner shares with the city
    data_licence TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX test_plans_insurance ON test_plans(insurance_expires_on);

CREATE TABLE plan_phases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES test_plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
    vehicles INTEGER CHECK (vehicles IS NULL OR vehicles >= 0),
    drones INTEGER CHECK (drones IS NULL OR drones >= 0),
    robots INTEGER CHECK (robots IS NULL OR robots >= 0),
    users INTEGER CHECK (users IS NULL OR users >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_phases_plan ON plan_phases(plan_id, position);

CREATE TABLE plan_revisions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES test_plans(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),   -- the whole plan, phases included
    author TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (plan_id, revision)
);
