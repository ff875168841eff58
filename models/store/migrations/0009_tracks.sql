-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: where a test really ran. A track is a file a partner sent (GPX, GeoJSON
-- or CSV), kept as a document of the experiment, and the result of comparing it with the
-- experiment's authorized zones when it was imported: its excursions, each with its kind,
-- time span, zone and how far outside. The path and each excursion are kept as GeoJSON
-- lines thinned for drawing on the map.
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,   -- the file as sent
    file_name TEXT NOT NULL CHECK (trim(file_name) <> ''),
    format TEXT NOT NULL CHECK (format IN ('gpx', 'geojson', 'csv')),
    point_count INTEGER NOT NULL CHECK (point_count > 0),
    started_at TEXT NOT NULL,   -- ISO 8601 UTC, first and last point
    ended_at TEXT NOT NULL CHECK (ended_at >= started_at),
    checked_at TEXT NOT NULL,   -- when it was compared with the zones (as they were then)
    height_checked INTEGER NOT NULL DEFAULT 0 CHECK (height_checked IN (0, 1)),
    ground_elevation_m REAL,    -- what altitudes above sea level were measured from
    warnings TEXT,              -- what could not be checked, one line each
    path TEXT NOT NULL CHECK (json_valid(path)),   -- GeoJSON LineString, WGS84
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tracks_experiment ON tracks(experiment_id);
CREATE INDEX tracks_attachment ON tracks(attachment_id);

CREATE TABLE track_excursions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('outside', 'window', 'hours', 'height')),
    zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    zone_name TEXT,             -- as it was named at the check
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL CHECK (ended_at >= started_at),
    max_distance_m REAL CHECK (max_distance_m IS NULL OR max_distance_m >= 0),
    point_count INTEGER NOT NULL CHECK (point_count > 0),
    path TEXT NOT NULL CHECK (json_valid(path)),   -- GeoJSON LineString or Point, WGS84
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX track_excursions_track ON track_excursions(track_id, started_at);
CREATE INDEX track_excursions_zone ON track_excursions(zone_id);
