-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: city events as exclusion zones. A marathon, a market or a concert
-- takes a place for some days; an experiment zone there on those days clashes with it.
-- Events belong to the city, not to an experiment, so they have a table of their own with
-- the same geometry columns as zones (GeoJSON in WGS84, its box, the shape's parameters).
CREATE TABLE city_events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('marathon', 'market', 'concert', 'fair', 'demonstration',
                                                         'roadworks', 'other')),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
    hours TEXT,
    organizer TEXT,
    shape TEXT NOT NULL DEFAULT 'polygon' CHECK (shape IN ('polygon', 'circle', 'corridor')),
    geometry TEXT NOT NULL CHECK (json_valid(geometry)),   -- GeoJSON geometry, WGS84
    min_lon REAL NOT NULL, max_lon REAL NOT NULL,
    min_lat REAL NOT NULL, max_lat REAL NOT NULL,
    constraints TEXT CHECK (constraints IS NULL OR json_valid(constraints)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX city_events_dates ON city_events(starts_on, ends_on);
