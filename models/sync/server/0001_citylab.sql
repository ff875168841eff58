-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema version 1: the team's shared records, the changes that made them, conflicts.
--
-- Every synced record lives in `records`, keyed by its uuid, as the JSON of its fields (the
-- SQLite column names; references to other records as their uuids). Desktops never write
-- these tables: they call push(), which applies each change only when the server's value is
-- still the one the change was made on and records a conflict otherwise, all under an
-- advisory lock so that sequence numbers are handed out in commit order (a pull that has
-- seen number N has seen everything below it). Group roles citylab_viewer < citylab_editor
-- < citylab_admin hold the rights; people are login roles in one of them.

CREATE SEQUENCE citylab.change_seq;

CREATE TABLE citylab.synced_tables (
    name text PRIMARY KEY,
    position int NOT NULL             -- parents before children
);

CREATE TABLE citylab.reference_columns (
    table_name text NOT NULL,
    column_name text NOT NULL,
    target_table text NOT NULL,
    on_delete text NOT NULL CHECK (on_delete IN ('CASCADE', 'SET NULL', 'RESTRICT')),
    PRIMARY KEY (table_name, column_name)
);

CREATE TABLE citylab.unique_keys (
    table_name text NOT NULL,
    key_name text NOT NULL,
    columns text[] NOT NULL,
    renamable text,                   -- the text column that a clashing insert gets a suffix in
    renumberable text,                -- or the number that a clashing insert moves past
    PRIMARY KEY (table_name, key_name)
);

-- Columns that change together (a zone's geometry and its bounding box): when one of them
-- conflicts, none of them is applied.
CREATE TABLE citylab.column_groups (
    table_name text NOT NULL,
    columns text[] NOT NULL
);

-- Dated legal records (stage moves, request steps): a step whose parent's field lost a
-- conflict in the same push did not happen on the server and goes back to its author.
CREATE TABLE citylab.dated_steps (
    table_name text PRIMARY KEY,
    parent_column text NOT NULL,
    parent_field text NOT NULL,
    step_field text NOT NULL
);

CREATE TABLE citylab.records (
    uuid uuid PRIMARY KEY,
    table_name text NOT NULL,
    data jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    replica uuid
);
CREATE INDEX records_seq ON citylab.records (seq);
CREATE INDEX records_table ON citylab.records (table_name) WHERE NOT deleted;

-- Which live record refers to which (kept by push): cascades and "still referred to" checks.
CREATE TABLE citylab.record_refs (
    record uuid NOT NULL,
    column_name text NOT NULL,
    target uuid NOT NULL,
    PRIMARY KEY (record, column_name)
);
CREATE INDEX record_refs_target ON citylab.record_refs (target);

-- Values of unique keys of live records (an experiment's code, a metric's code).
CREATE TABLE citylab.unique_values (
    table_name text NOT NULL,
    key_name text NOT NULL,
    value jsonb NOT NULL,
    record uuid NOT NULL,
    PRIMARY KEY (table_name, key_name, value)
);
CREATE INDEX unique_values_record ON citylab.unique_values (record);

CREATE TABLE citylab.changes (
    seq bigint PRIMARY KEY,
    uuid uuid NOT NULL UNIQUE,
    replica uuid,
    table_name text NOT NULL,
    row_uuid uuid NOT NULL,
    action text NOT NULL,
    before jsonb,
    after jsonb,
    made_at text,                     -- when its author made it (their clock)
    made_by text,                     -- the author's name on their desktop
    who text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    outcome text NOT NULL CHECK (outcome IN ('applied', 'conflict'))
);
CREATE INDEX changes_row ON citylab.changes (row_uuid, seq);

CREATE TABLE citylab.conflicts (
    id bigserial PRIMARY KEY,
    seq bigint NOT NULL,
    change_uuid uuid NOT NULL,
    replica uuid,
    table_name text NOT NULL,
    row_uuid uuid NOT NULL,
    field text,
    kind text NOT NULL,               -- edited, deleted, delete_edited, parent_deleted, duplicate, renamed, move_refused
    base jsonb,                       -- the value the change was made on
    server_value jsonb,               -- what the server kept
    their_value jsonb,                -- what the change wanted
    who text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    server_who text,                  -- who made the value the server kept
    resolved_by text,
    resolved_at timestamptz
);
CREATE INDEX conflicts_open ON citylab.conflicts (id) WHERE resolved_at IS NULL;

CREATE TABLE citylab.replicas (
    uuid uuid PRIMARY KEY,
    role_name text NOT NULL DEFAULT session_user,
    name text,
    joined_at timestamptz NOT NULL DEFAULT now(),
    last_sync_at timestamptz,
    last_seq bigint NOT NULL DEFAULT 0
);

-- Row-level security: a person's desktop registers and updates only its own replica rows.
ALTER TABLE citylab.replicas ENABLE ROW LEVEL SECURITY;
CREATE POLICY replicas_read ON citylab.replicas FOR SELECT USING (true);
CREATE POLICY replicas_own ON citylab.replicas FOR ALL
    USING (role_name = session_user) WITH CHECK (role_name = session_user);

-- Helpers: not callable by anyone but the schema's owner (push runs as the owner).

CREATE FUNCTION citylab.add_conflict(p_seq bigint, p_replica uuid, c jsonb, p_field text, p_kind text,
                                     p_base jsonb, p_server jsonb, p_theirs jsonb, p_server_who text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO citylab.conflicts (seq, change_uuid, replica, table_name, row_uuid, field, kind, base,
                                   server_value, their_value, server_who)
    VALUES (p_seq, (c->>'uuid')::uuid, p_replica, c->>'table', (c->>'row')::uuid, p_field, p_kind, p_base,
            p_server, p_theirs, p_server_who)
    RETURNING id INTO v_id;
    RETURN jsonb_build_array(jsonb_build_object('id', v_id, 'table', c->>'table', 'row', c->>'row',
                                                'field', p_field, 'kind', p_kind, 'server', p_server,
                                                'theirs', p_theirs, 'server_who', p_server_who));
END $$;

-- Keeps record_refs and unique_values of one live record in step with its data.
CREATE FUNCTION citylab.index_record(p_uuid uuid, p_table text, p_data jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM citylab.record_refs WHERE record = p_uuid;
    DELETE FROM citylab.unique_values WHERE record = p_uuid;
    INSERT INTO citylab.record_refs (record, column_name, target)
    SELECT p_uuid, r.column_name, (p_data->>r.column_name)::uuid
    FROM citylab.reference_columns r
    WHERE r.table_name = p_table AND coalesce(p_data->>r.column_name, '') <> '';
    INSERT INTO citylab.unique_values (table_name, key_name, value, record)
    SELECT p_table, k.key_name,
           (SELECT jsonb_agg(coalesce(p_data->col, 'null'::jsonb) ORDER BY ord)
            FROM unnest(k.columns) WITH ORDINALITY AS u(col, ord)), p_uuid
    FROM citylab.unique_keys k
    WHERE k.table_name = p_table
      -- SQL's UNIQUE lets NULLs repeat
      AND NOT EXISTS (SELECT 1 FROM unnest(k.columns) col WHERE jsonb_typeof(coalesce(p_data->col, 'null')) = 'null');
END $$;

-- The key of p_data that clashes with another live record of p_table, if any.
CREATE FUNCTION citylab.clashing_key(p_uuid uuid, p_table text, p_data jsonb)
RETURNS citylab.unique_keys LANGUAGE sql STABLE AS $$
    SELECT k.* FROM citylab.unique_keys k
    WHERE k.table_name = p_table
      AND EXISTS (SELECT 1 FROM citylab.unique_values v
                  WHERE v.table_name = p_table AND v.key_name = k.key_name AND v.record <> p_uuid
                    AND v.value = (SELECT jsonb_agg(coalesce(p_data->col, 'null'::jsonb) ORDER BY ord)
                                   FROM unnest(k.columns) WITH ORDINALITY AS u(col, ord)))
    LIMIT 1
$$;

-- A reference column of p_data that points at no live record.
CREATE FUNCTION citylab.missing_reference(p_table text, p_data jsonb)
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT r.column_name FROM citylab.reference_columns r
    WHERE r.table_name = p_table AND coalesce(p_data->>r.column_name, '') <> ''
      AND NOT EXISTS (SELECT 1 FROM citylab.records x
                      WHERE x.uuid = (p_data->>r.column_name)::uuid AND NOT x.deleted)
    ORDER BY r.column_name LIMIT 1
$$;

-- The record and every live record deleted with it (ON DELETE CASCADE, followed down).
CREATE FUNCTION citylab.cascade_tree(p_uuid uuid)
RETURNS TABLE (uuid uuid) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE tree(uuid, table_name) AS (
        SELECT r.uuid, r.table_name FROM citylab.records r WHERE r.uuid = p_uuid
        UNION
        SELECT x.uuid, x.table_name
        FROM tree t
        JOIN citylab.record_refs f ON f.target = t.uuid
        JOIN citylab.records x ON x.uuid = f.record AND NOT x.deleted
        JOIN citylab.reference_columns c ON c.table_name = x.table_name AND c.column_name = f.column_name
                                        AND c.on_delete = 'CASCADE')
    SELECT tree.uuid FROM tree
$$;

CREATE FUNCTION citylab.apply_insert(p_seq bigint, p_replica uuid, c jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_row uuid := (c->>'row')::uuid;
    v_table text := c->>'table';
    v_data jsonb := c->'after';
    v_missing text;
    v_key citylab.unique_keys;
    v_original jsonb;
    v_candidate jsonb;
    v_n int;
BEGIN
    IF EXISTS (SELECT 1 FROM citylab.records WHERE uuid = v_row) THEN
        RETURN '[]';   -- already there (the first push of a file sends what it holds)
    END IF;
    v_missing := citylab.missing_reference(v_table, v_data);
    IF v_missing IS NOT NULL THEN
        INSERT INTO citylab.records (uuid, table_name, data, deleted, seq, changed_by, replica)
        VALUES (v_row, v_table, v_data, true, p_seq, session_user, p_replica);
        RETURN citylab.add_conflict(p_seq, p_replica, c, v_missing, 'parent_deleted', NULL, NULL, v_data, NULL);
    END IF;
    v_key := citylab.clashing_key(v_row, v_table, v_data);
    IF v_key.key_name IS NOT NULL THEN
        IF v_key.renamable IS NOT NULL OR v_key.renumberable IS NOT NULL THEN
            v_original := v_data->coalesce(v_key.renamable, v_key.renumberable);
            v_n := 1;
            LOOP
                v_n := v_n + 1;
                IF v_key.renamable IS NOT NULL THEN
                    v_candidate := to_jsonb((c->'after'->>v_key.renamable) || ' (' || v_n || ')');
                ELSE
                    v_candidate := to_jsonb((v_original #>> '{}')::numeric + v_n - 1);
                END IF;
                v_data := jsonb_set(c->'after', ARRAY[coalesce(v_key.renamable, v_key.renumberable)], v_candidate);
                EXIT WHEN (citylab.clashing_key(v_row, v_table, v_data)).key_name IS NULL;
            END LOOP;
            INSERT INTO citylab.records (uuid, table_name, data, seq, changed_by, replica)
            VALUES (v_row, v_table, v_data, p_seq, session_user, p_replica);
            PERFORM citylab.index_record(v_row, v_table, v_data);
            RETURN citylab.add_conflict(p_seq, p_replica, c, coalesce(v_key.renamable, v_key.renumberable),
                                        'renamed', v_original, v_candidate, v_original, NULL);
        END IF;
        INSERT INTO citylab.records (uuid, table_name, data, deleted, seq, changed_by, replica)
        VALUES (v_row, v_table, v_data, true, p_seq, session_user, p_replica);
        RETURN citylab.add_conflict(p_seq, p_replica, c, NULL, 'duplicate', NULL, NULL, v_data, NULL);
    END IF;
    INSERT INTO citylab.records (uuid, table_name, data, seq, changed_by, replica)
    VALUES (v_row, v_table, v_data, p_seq, session_user, p_replica);
    PERFORM citylab.index_record(v_row, v_table, v_data);
    RETURN '[]';
END $$;

CREATE FUNCTION citylab.apply_update(p_seq bigint, p_replica uuid, c jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_row uuid := (c->>'row')::uuid;
    v_rec citylab.records;
    v_data jsonb;
    v_key text;
    v_after jsonb;
    v_before jsonb;
    v_current jsonb;
    v_conflicts jsonb := '[]';
    v_blocked text[] := '{}';
    v_missing text;
    v_clash citylab.unique_keys;
    v_keys text[];
BEGIN
    SELECT * INTO v_rec FROM citylab.records WHERE uuid = v_row FOR UPDATE;
    IF v_rec.uuid IS NULL OR v_rec.deleted THEN
        FOR v_key, v_after IN SELECT key, value FROM jsonb_each(c->'after') LOOP
            v_conflicts := v_conflicts || citylab.add_conflict(p_seq, p_replica, c, v_key, 'deleted',
                                                               c->'before'->v_key, NULL, v_after, v_rec.changed_by);
        END LOOP;
        -- its author gets the deletion on the next pull
        UPDATE citylab.records SET seq = p_seq WHERE uuid = v_row;
        RETURN v_conflicts;
    END IF;
    v_data := v_rec.data;
    FOR v_key, v_after IN SELECT key, value FROM jsonb_each(c->'after') LOOP
        v_before := coalesce(c->'before'->v_key, 'null');
        v_current := coalesce(v_data->v_key, 'null');
        IF v_current <> v_before AND v_current <> v_after THEN
            v_conflicts := v_conflicts || citylab.add_conflict(p_seq, p_replica, c, v_key, 'edited', v_before,
                                                               v_current, v_after, v_rec.changed_by);
            v_blocked := v_blocked || v_key;
        END IF;
    END LOOP;
    IF cardinality(v_blocked) > 0 THEN
        v_blocked := v_blocked || coalesce((SELECT array_agg(DISTINCT col) FROM citylab.column_groups g, unnest(g.columns) col
                                            WHERE g.table_name = v_rec.table_name AND g.columns && v_blocked), '{}');
    END IF;
    FOR v_key, v_after IN SELECT key, value FROM jsonb_each(c->'after') LOOP
        IF NOT v_key = ANY (v_blocked) THEN
            v_data := jsonb_set(v_data, ARRAY[v_key], v_after, true);
        END IF;
    END LOOP;
    -- Most changes touch neither a reference nor a unique key: they skip the checks below.
    v_keys := ARRAY(SELECT jsonb_object_keys(c->'after'));
    IF NOT EXISTS (SELECT 1 FROM citylab.reference_columns r WHERE r.table_name = v_rec.table_name AND r.column_name = ANY (v_keys))
       AND NOT EXISTS (SELECT 1 FROM citylab.unique_keys k WHERE k.table_name = v_rec.table_name AND k.columns && v_keys) THEN
        UPDATE citylab.records
        SET data = v_data, seq = p_seq, changed_by = session_user, changed_at = now(), replica = p_replica
        WHERE uuid = v_row;
        RETURN v_conflicts;
    END IF;
    -- A reference to a record gone from the server, or a value another record took meanwhile:
    -- the field keeps the server's value.
    LOOP
        v_missing := citylab.missing_reference(v_rec.table_name, v_data);
        EXIT WHEN v_missing IS NULL;
        v_conflicts := v_conflicts || citylab.add_conflict(p_seq, p_replica, c, v_missing, 'parent_deleted',
                                                           c->'before'->v_missing, v_rec.data->v_missing,
                                                           v_data->v_missing, v_rec.changed_by);
        v_data := jsonb_set(v_data, ARRAY[v_missing], coalesce(v_rec.data->v_missing, 'null'), true);
    END LOOP;
    v_clash := citylab.clashing_key(v_row, v_rec.table_name, v_data);
    IF v_clash.key_name IS NOT NULL THEN
        FOREACH v_key IN ARRAY v_clash.columns LOOP
            IF v_data->v_key IS DISTINCT FROM v_rec.data->v_key THEN
                v_conflicts := v_conflicts || citylab.add_conflict(p_seq, p_replica, c, v_key, 'duplicate',
                                                                   c->'before'->v_key, v_rec.data->v_key,
                                                                   v_data->v_key, v_rec.changed_by);
                v_data := jsonb_set(v_data, ARRAY[v_key], coalesce(v_rec.data->v_key, 'null'), true);
            END IF;
        END LOOP;
    END IF;
    UPDATE citylab.records
    SET data = v_data, seq = p_seq, changed_by = session_user, changed_at = now(), replica = p_replica
    WHERE uuid = v_row;
    PERFORM citylab.index_record(v_row, v_rec.table_name, v_data);
    RETURN v_conflicts;
END $$;

CREATE FUNCTION citylab.apply_delete(p_seq bigint, p_replica uuid, p_base_seq bigint, c jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    v_row uuid := (c->>'row')::uuid;
    v_rec citylab.records;
    v_newer citylab.records;
    v_tree uuid[];
    v_ref record;
BEGIN
    SELECT * INTO v_rec FROM citylab.records WHERE uuid = v_row FOR UPDATE;
    IF v_rec.uuid IS NULL OR v_rec.deleted THEN
        RETURN '[]';
    END IF;
    -- Edit against delete: the record, or something deleted with it, was changed by another
    -- desktop after this one last pulled; or a record that must not lose it still refers to it.
    v_tree := ARRAY(SELECT uuid FROM citylab.cascade_tree(v_row));
    SELECT x.* INTO v_newer FROM citylab.changes h JOIN citylab.records x ON x.uuid = h.row_uuid
    WHERE h.row_uuid = ANY (v_tree) AND h.seq > p_base_seq AND h.replica IS DISTINCT FROM p_replica
    ORDER BY h.seq DESC LIMIT 1;
    IF v_newer.uuid IS NULL THEN
        SELECT x.* INTO v_newer FROM citylab.record_refs f
        JOIN citylab.records x ON x.uuid = f.record AND NOT x.deleted
        JOIN citylab.reference_columns r ON r.table_name = x.table_name AND r.column_name = f.column_name
                                        AND r.on_delete = 'RESTRICT'
        WHERE f.target = ANY (v_tree) AND NOT x.uuid = ANY (v_tree)
        LIMIT 1;
    END IF;
    IF v_newer.uuid IS NOT NULL THEN
        UPDATE citylab.records SET seq = p_seq WHERE uuid = ANY (v_tree);
        RETURN citylab.add_conflict(p_seq, p_replica, c, NULL, 'delete_edited', c->'before', v_rec.data, NULL,
                                    v_newer.changed_by);
    END IF;
    -- ON DELETE SET NULL: the records that referred to the tree lose the reference.
    FOR v_ref IN SELECT f.record, f.column_name FROM citylab.record_refs f
                 JOIN citylab.records x ON x.uuid = f.record AND NOT x.deleted
                 JOIN citylab.reference_columns r ON r.table_name = x.table_name AND r.column_name = f.column_name
                                                 AND r.on_delete = 'SET NULL'
                 WHERE f.target = ANY (v_tree) AND NOT x.uuid = ANY (v_tree) LOOP
        UPDATE citylab.records
        SET data = jsonb_set(data, ARRAY[v_ref.column_name], 'null'), seq = p_seq, changed_by = session_user,
            changed_at = now(), replica = p_replica
        WHERE uuid = v_ref.record;
        DELETE FROM citylab.record_refs WHERE record = v_ref.record AND column_name = v_ref.column_name;
    END LOOP;
    UPDATE citylab.records SET deleted = true, seq = p_seq, changed_by = session_user, changed_at = now(),
                               replica = p_replica
    WHERE uuid = ANY (v_tree);
    DELETE FROM citylab.record_refs WHERE record = ANY (v_tree);
    DELETE FROM citylab.unique_values WHERE record = ANY (v_tree);
    RETURN '[]';
END $$;

-- Applies a desktop's changes in order, in the caller's transaction. Returns what happened:
-- {"applied": n, "duplicates": n, "conflicts": [...], "seq": the last sequence number}.
CREATE FUNCTION citylab.push(p_replica uuid, p_base_seq bigint, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = citylab, pg_temp AS $$
DECLARE
    c jsonb;
    v_seq bigint;
    v_found jsonb;
    v_applied int := 0;
    v_duplicates int := 0;
    v_conflicts jsonb := '[]';
    v_steps jsonb := '[]';
    v_step jsonb;
    v_rule citylab.dated_steps;
    v_parent citylab.records;
    v_row citylab.records;
    v_unknown text;
    v_bulk bigint;
    v_has_steps boolean := EXISTS (SELECT 1 FROM citylab.dated_steps);
BEGIN
    IF NOT pg_has_role(session_user, 'citylab_editor', 'MEMBER') THEN
        RAISE EXCEPTION 'citylab: % may read the team''s records but not change them (viewer role)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('citylab.push'));
    SELECT e->>'table' INTO v_unknown FROM jsonb_array_elements(p_changes) e
    WHERE NOT EXISTS (SELECT 1 FROM citylab.synced_tables t WHERE t.name = e->>'table') LIMIT 1;
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'citylab: this server does not keep table %', v_unknown USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Changes the server already has (a push repeated after a crash), found in one look.
    -- a push sent in several calls in one transaction
    DROP TABLE IF EXISTS pg_temp.push_input, pg_temp.push_fields, pg_temp.push_bulk;
    CREATE TEMP TABLE push_input ON COMMIT DROP AS
    SELECT e.ord, e.value AS c, (e.value->>'uuid')::uuid AS change_uuid, (e.value->>'row')::uuid AS row_uuid,
           EXISTS (SELECT 1 FROM citylab.changes h WHERE h.uuid = (e.value->>'uuid')::uuid) AS seen,
           count(*) OVER (PARTITION BY e.value->>'row') AS row_changes,
           false AS bulk, 0::bigint AS seq
    FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(value, ord);
    CREATE INDEX ON push_input (row_uuid);
    ANALYZE push_input;
    SELECT count(*) INTO v_duplicates FROM push_input WHERE seen;
    -- Most changes are field edits of live records made on the values the server has (a
    -- record edited several times in a row included) and touching no reference or unique
    -- key: those records take their edits together, the other changes are applied one by one
    -- below. A field's expected value is the one the previous edit in the push gave it, or
    -- the server's.
    CREATE TEMP TABLE push_fields ON COMMIT DROP AS
    SELECT i.ord, i.row_uuid, a.key, a.value AS after_value, coalesce(i.c->'before'->a.key, 'null') AS before_value,
           lag(a.value) OVER w AS previous_after, lag(i.ord) OVER w AS previous_ord
    FROM push_input i, jsonb_each(i.c->'after') a
    WHERE NOT i.seen AND i.c->>'action' = 'update'
    WINDOW w AS (PARTITION BY i.row_uuid, a.key ORDER BY i.ord);
    CREATE INDEX ON push_fields (row_uuid);
    ANALYZE push_fields;
    CREATE TEMP TABLE push_bulk ON COMMIT DROP AS
    SELECT r.uuid AS row_uuid
    FROM citylab.records r
    WHERE r.uuid IN (SELECT row_uuid FROM push_input WHERE NOT seen)
      AND NOT r.deleted
      AND NOT EXISTS (SELECT 1 FROM push_input i
                      WHERE i.row_uuid = r.uuid AND NOT i.seen AND (i.c->>'action' <> 'update' OR i.c->>'table' <> r.table_name))
      AND NOT EXISTS (SELECT 1 FROM push_fields f
                      WHERE f.row_uuid = r.uuid
                        AND (f.before_value <> CASE WHEN f.previous_ord IS NULL THEN coalesce(r.data->f.key, 'null')
                                                    ELSE f.previous_after END
                             OR EXISTS (SELECT 1 FROM citylab.reference_columns rc
                                        WHERE rc.table_name = r.table_name AND rc.column_name = f.key)
                             OR EXISTS (SELECT 1 FROM citylab.unique_keys uk
                                        WHERE uk.table_name = r.table_name AND f.key = ANY (uk.columns))));
    UPDATE push_input i SET bulk = true, seq = nextval('citylab.change_seq')
    WHERE NOT i.seen AND i.row_uuid IN (SELECT row_uuid FROM push_bulk);
    GET DIAGNOSTICS v_bulk = ROW_COUNT;
    UPDATE citylab.records r
    SET data = r.data || last.fields, seq = last.seq, changed_by = session_user, changed_at = now(), replica = p_replica
    FROM (SELECT f.row_uuid, jsonb_object_agg(f.key, f.after_value) AS fields,
                 (SELECT max(i.seq) FROM push_input i WHERE i.row_uuid = f.row_uuid AND i.bulk) AS seq
          FROM (SELECT DISTINCT ON (row_uuid, key) row_uuid, key, after_value FROM push_fields
                WHERE row_uuid IN (SELECT row_uuid FROM push_bulk) ORDER BY row_uuid, key, ord DESC) f
          GROUP BY f.row_uuid) last
    WHERE r.uuid = last.row_uuid;
    INSERT INTO citylab.changes (seq, uuid, replica, table_name, row_uuid, action, before, after, made_at, made_by, outcome)
    SELECT i.seq, i.change_uuid, p_replica, i.c->>'table', i.row_uuid, 'update', i.c->'before', i.c->'after', i.c->>'at',
           i.c->>'who', 'applied'
    FROM push_input i WHERE i.bulk ORDER BY i.ord;
    GET DIAGNOSTICS v_applied = ROW_COUNT;
    FOR c IN SELECT i.c FROM push_input i WHERE NOT i.seen AND NOT i.bulk ORDER BY i.ord LOOP
        v_seq := nextval('citylab.change_seq');
        v_found := CASE c->>'action'
                       WHEN 'insert' THEN citylab.apply_insert(v_seq, p_replica, c)
                       WHEN 'update' THEN citylab.apply_update(v_seq, p_replica, c)
                       WHEN 'delete' THEN citylab.apply_delete(v_seq, p_replica, p_base_seq, c)
                   END;
        IF v_found IS NULL THEN
            RAISE EXCEPTION 'citylab: unknown action %', c->>'action' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO citylab.changes (seq, uuid, replica, table_name, row_uuid, action, before, after, made_at,
                                     made_by, outcome)
        VALUES (v_seq, (c->>'uuid')::uuid, p_replica, c->>'table', (c->>'row')::uuid, c->>'action', c->'before',
                c->'after', c->>'at', c->>'who', CASE WHEN jsonb_array_length(v_found) = 0 THEN 'applied' ELSE 'conflict' END);
        v_conflicts := v_conflicts || v_found;
        IF jsonb_array_length(v_found) = 0 THEN
            v_applied := v_applied + 1;
        END IF;
        IF v_has_steps AND c->>'action' = 'insert' AND EXISTS (SELECT 1 FROM citylab.dated_steps WHERE table_name = c->>'table') THEN
            v_steps := v_steps || jsonb_build_array(c || jsonb_build_object('seq', v_seq));
        END IF;
    END LOOP;
    -- A stage move or request step whose parent kept another value did not happen here.
    FOR v_step IN SELECT value FROM jsonb_array_elements(v_steps) LOOP
        SELECT * INTO v_rule FROM citylab.dated_steps WHERE table_name = v_step->>'table';
        SELECT * INTO v_row FROM citylab.records WHERE uuid = (v_step->>'row')::uuid;
        CONTINUE WHEN v_row.deleted;
        SELECT * INTO v_parent FROM citylab.records WHERE uuid = (v_row.data->>v_rule.parent_column)::uuid;
        CONTINUE WHEN NOT EXISTS (
            SELECT 1 FROM jsonb_array_elements(v_conflicts) k
            WHERE k->>'row' = v_parent.uuid::text AND k->>'field' = v_rule.parent_field);
        CONTINUE WHEN v_parent.data->v_rule.parent_field = v_row.data->v_rule.step_field;
        v_seq := (v_step->>'seq')::bigint;
        UPDATE citylab.records SET deleted = true WHERE uuid = v_row.uuid;
        DELETE FROM citylab.record_refs WHERE record = v_row.uuid;
        DELETE FROM citylab.unique_values WHERE record = v_row.uuid;
        UPDATE citylab.changes SET outcome = 'conflict' WHERE seq = v_seq;
        v_conflicts := v_conflicts || citylab.add_conflict(v_seq, p_replica, v_step, v_rule.step_field,
                                                           'move_refused', v_row.data->v_rule.step_field,
                                                           v_parent.data->v_rule.parent_field,
                                                           v_row.data->v_rule.step_field, v_parent.changed_by);
    END LOOP;
    INSERT INTO citylab.replicas AS r (uuid, last_sync_at)
    VALUES (p_replica, now())
    ON CONFLICT (uuid) DO UPDATE SET last_sync_at = now() WHERE r.role_name = session_user;
    RETURN jsonb_build_object('applied', v_applied, 'duplicates', v_duplicates, 'conflicts', v_conflicts,
                              'seq', (SELECT coalesce(max(seq), 0) FROM citylab.changes));
END $$;

-- A desktop says who it is and how far it has pulled (viewers too).
-- It runs with the caller's rights: row-level security keeps each person to their own rows.
CREATE FUNCTION citylab.register_replica(p_replica uuid, p_name text, p_seq bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO citylab.replicas AS r (uuid, role_name, name, last_sync_at, last_seq)
    VALUES (p_replica, session_user, p_name, now(), p_seq)
    ON CONFLICT (uuid) DO UPDATE SET name = p_name, last_sync_at = now(), last_seq = p_seq
    WHERE r.role_name = session_user;
END $$;

-- Marks a conflict answered (the answer itself travels as an ordinary change).
CREATE FUNCTION citylab.resolve_conflict(p_id bigint)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = citylab, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'citylab_editor', 'MEMBER') THEN
        RAISE EXCEPTION 'citylab: % may read the team''s records but not change them (viewer role)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE citylab.conflicts SET resolved_by = session_user, resolved_at = now()
    WHERE id = p_id AND resolved_at IS NULL;
    RETURN FOUND;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA citylab FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA citylab FROM PUBLIC;
GRANT USAGE ON SCHEMA citylab TO citylab_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA citylab TO citylab_viewer;
GRANT EXECUTE ON FUNCTION citylab.register_replica(uuid, text, bigint) TO citylab_viewer;
GRANT INSERT, UPDATE ON citylab.replicas TO citylab_viewer;
-- A viewer may call push (which refuses with a message that says why); only editors get past it.
GRANT EXECUTE ON FUNCTION citylab.push(uuid, bigint, jsonb) TO citylab_viewer;
GRANT EXECUTE ON FUNCTION citylab.resolve_conflict(bigint) TO citylab_editor;
