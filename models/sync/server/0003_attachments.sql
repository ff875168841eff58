-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema version 3: the files of attachments, by content.
-- An attachment is a record like any other but for its bytes, which are kept once per
-- content (sha256) however many records carry them: a desktop sends a file the server does
-- not have yet and fetches one it does not have itself. The server checks that the bytes
-- are what their name says.
CREATE TABLE citylab.blobs (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data bytea NOT NULL,
    CHECK (encode(sha256(data), 'hex') = sha256)
);
GRANT SELECT ON citylab.blobs TO citylab_viewer;
GRANT INSERT ON citylab.blobs TO citylab_editor;
