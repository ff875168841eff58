-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: drafting of regulatory requests.
-- A document can belong to a request and satisfy one item of the request's checklist
-- (e.g. 'insurance_policy'); the item keys are defined in code (RequestChecklist).
ALTER TABLE attachments ADD COLUMN request_id INTEGER REFERENCES regulatory_requests(id) ON DELETE CASCADE;
ALTER TABLE attachments ADD COLUMN checklist_item TEXT;
CREATE INDEX attachments_request ON attachments(request_id, checklist_item);

-- Letter templates written by the office, beside the ones shipped with CityLab. A template
-- is for one request kind and language, optionally for one authority only.
CREATE TABLE request_templates (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('authorization', 'derogation', 'simplification', 'opinion',
                                       'notification')),
    language TEXT NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
    authority_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX request_templates_kind ON request_templates(kind, language);
