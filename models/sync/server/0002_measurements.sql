-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema version 2: measurement rows.
-- Measurements are append-only: a batch (an import) is a record like any other, and its rows
-- arrive once, by COPY, in the transaction that pushes the batch. They are never edited, so
-- they never conflict; deleting the batch (an import undone) or its metric takes them away,
-- and deleting a zone leaves its rows without a zone, as the desktops' stores do.
CREATE TABLE citylab.measurements (
    batch uuid NOT NULL,
    metric uuid NOT NULL,
    zone uuid,
    measured_at bigint NOT NULL,      -- Unix seconds, UTC
    value double precision NOT NULL
);
CREATE INDEX measurements_batch ON citylab.measurements (batch);
CREATE INDEX measurements_zone ON citylab.measurements (zone) WHERE zone IS NOT NULL;

CREATE FUNCTION citylab.follow_deleted_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = citylab, pg_temp AS $$
BEGIN
    IF NEW.table_name = 'measurement_batches' THEN
        DELETE FROM citylab.measurements WHERE batch = NEW.uuid;
    ELSIF NEW.table_name = 'metrics' THEN
        DELETE FROM citylab.measurements WHERE metric = NEW.uuid;
    ELSIF NEW.table_name = 'zones' THEN
        UPDATE citylab.measurements SET zone = NULL WHERE zone = NEW.uuid;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER records_deleted AFTER UPDATE OF deleted ON citylab.records
    FOR EACH ROW WHEN (NEW.deleted AND NOT OLD.deleted) EXECUTE FUNCTION citylab.follow_deleted_record();
REVOKE ALL ON FUNCTION citylab.follow_deleted_record() FROM PUBLIC;

GRANT SELECT ON citylab.measurements TO citylab_viewer;
GRANT INSERT ON citylab.measurements TO citylab_editor;
