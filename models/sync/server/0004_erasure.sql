-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema version 4: a person's erasure (GDPR art. 17) reaches the server and every desktop.
--
-- A desktop erases a person in its own file at once (offline too) and pushes the erasure
-- like any change: the record takes the erased values, and the server's history (changes,
-- conflicts, deleted records) keeps that it happened, not what was there. `erasures` tells
-- every other desktop to do the same to its own copy and history on its next pull. A desktop
-- that edited the person while it had not yet heard of the erasure sends values the server
-- no longer takes: they are dropped, not kept as a conflict.

CREATE TABLE citylab.erasures (
    seq bigint PRIMARY KEY,           -- the change that erased
    replica uuid,                     -- the desktop that erased (it needs nothing back)
    table_name text NOT NULL,
    row_uuid uuid NOT NULL,
    fields text[] NOT NULL,
    who text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erasures_row ON citylab.erasures (row_uuid);

-- What names a person in free text: the twin of PersonMentions::identifyingTexts on the
-- desktop (the name, "Surname Name" for a two-word name, e-mail and phone; 3 characters at least).
CREATE FUNCTION citylab.identifying_texts(p_person jsonb)
RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    WITH name AS (SELECT regexp_replace(btrim(coalesce(p_person->>'full_name', '')), '\s+', ' ', 'g') AS n)
    SELECT coalesce(array_agg(DISTINCT t), '{}')
    FROM (SELECT n AS t FROM name
          UNION ALL
          SELECT split_part(n, ' ', 2) || ' ' || split_part(n, ' ', 1) FROM name
          WHERE cardinality(string_to_array(n, ' ')) = 2
          UNION ALL SELECT btrim(coalesce(p_person->>'email', ''))
          UNION ALL SELECT btrim(coalesce(p_person->>'phone', ''))) texts
    WHERE length(t) >= 3
$$;

-- A JSON value with each text replaced inside its strings (keys, numbers and the rest stay).
CREATE FUNCTION citylab.replaced(p_value jsonb, p_from text[], p_to text)
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v_text text;
    v_from text;
BEGIN
    CASE jsonb_typeof(p_value)
    WHEN 'string' THEN
        -- whatever the case, as the desktop finds mentions; the longest text first
        v_text := p_value #>> '{}';
        FOREACH v_from IN ARRAY ARRAY(SELECT t FROM unnest(p_from) t WHERE coalesce(t, '') <> '' ORDER BY length(t) DESC) LOOP
            v_text := regexp_replace(v_text, regexp_replace(v_from, '([.^$*+?()\[\]{}|\\-])', '\\\1', 'g'),
                                     replace(p_to, '\', '\\'), 'gi');
        END LOOP;
        RETURN to_jsonb(v_text);
    WHEN 'object' THEN
        RETURN (SELECT coalesce(jsonb_object_agg(e.key, citylab.replaced(e.value, p_from, p_to)), '{}')
                FROM jsonb_each(p_value) e);
    WHEN 'array' THEN
        RETURN (SELECT coalesce(jsonb_agg(citylab.replaced(a.value, p_from, p_to) ORDER BY a.ord), '[]')
                FROM jsonb_array_elements(p_value) WITH ORDINALITY AS a(value, ord));
    ELSE
        RETURN p_value;   -- NULL, numbers, booleans
    END CASE;
END $$;

-- Whether a JSON value holds one of the texts, as JSON writes them (a quick look before replaced()).
CREATE FUNCTION citylab.mentions(p_value jsonb, p_texts text[])
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT p_value IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(p_texts) t WHERE strpos(lower(p_value::text), lower(t)) > 0)
$$;

-- Other records' histories (a summary that named them before an edit, a conflict's values,
-- a deleted record's last state) lose the texts.
CREATE FUNCTION citylab.forget_texts(p_texts text[], p_replacement text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_texts text[] := ARRAY(SELECT t FROM unnest(p_texts) t WHERE coalesce(t, '') <> '' ORDER BY length(t) DESC);
    v_json text[] := ARRAY(SELECT substr(to_jsonb(t)::text, 2, length(to_jsonb(t)::text) - 2) FROM unnest(v_texts) t);
BEGIN
    IF cardinality(v_texts) = 0 THEN
        RETURN;
    END IF;
    UPDATE citylab.changes
    SET before = citylab.replaced(before, v_texts, p_replacement), after = citylab.replaced(after, v_texts, p_replacement)
    WHERE citylab.mentions(before, v_json) OR citylab.mentions(after, v_json);
    UPDATE citylab.conflicts
    SET base = citylab.replaced(base, v_texts, p_replacement),
        server_value = citylab.replaced(server_value, v_texts, p_replacement),
        their_value = citylab.replaced(their_value, v_texts, p_replacement)
    WHERE citylab.mentions(base, v_json) OR citylab.mentions(server_value, v_json) OR citylab.mentions(their_value, v_json);
    UPDATE citylab.records SET data = citylab.replaced(data, v_texts, p_replacement)
    WHERE deleted AND citylab.mentions(data, v_json);
END $$;

-- One record's erasure: its fields take the erased values, and every value they ever had
-- leaves the history. A record that names people erased earlier in the push (p_texts) and
-- that another desktop changed since the eraser last pulled has them blanked in the text the
-- server has now, so that the other edit is kept, not overwritten by the eraser's copy. Returns the texts that named the
-- person when the record is one.
CREATE FUNCTION citylab.apply_erase(p_seq bigint, p_replica uuid, p_base_seq bigint, c jsonb, p_texts text[],
                                    p_replacement text)
RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    v_row uuid := (c->>'row')::uuid;
    v_values jsonb := coalesce(c->'after', '{}');
    v_fields text[] := ARRAY(SELECT jsonb_object_keys(coalesce(c->'after', '{}')));
    v_rec citylab.records;
    v_texts text[] := '{}';
    v_field text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM citylab.synced_tables WHERE name = c->>'table') THEN
        RAISE EXCEPTION 'citylab: this server does not keep table %', c->>'table' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Erasure empties what describes a person, never what links records or keeps them apart.
    SELECT v INTO v_field FROM unnest(v_fields) v
    WHERE EXISTS (SELECT 1 FROM citylab.reference_columns r WHERE r.table_name = c->>'table' AND r.column_name = v)
       OR EXISTS (SELECT 1 FROM citylab.unique_keys k WHERE k.table_name = c->>'table' AND v = ANY (k.columns))
    LIMIT 1;
    IF v_field IS NOT NULL THEN
        RAISE EXCEPTION 'citylab: an erasure may not change %.%', c->>'table', v_field USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_rec FROM citylab.records WHERE uuid = v_row FOR UPDATE;
    IF v_rec.uuid IS NOT NULL THEN
        IF v_rec.table_name = 'people' THEN
            -- what named them and no longer does (nothing, for a person erased before)
            v_texts := ARRAY(SELECT unnest(citylab.identifying_texts(v_rec.data))
                             EXCEPT SELECT unnest(citylab.identifying_texts(v_rec.data || v_values)));
        ELSIF cardinality(p_texts) > 0
              AND EXISTS (SELECT 1 FROM citylab.changes h
                          WHERE h.row_uuid = v_row AND h.seq > p_base_seq AND h.replica IS DISTINCT FROM p_replica) THEN
            SELECT coalesce(jsonb_object_agg(f, CASE WHEN jsonb_typeof(v_rec.data->f) = 'string'
                                                     THEN citylab.replaced(v_rec.data->f, p_texts, p_replacement)
                                                     ELSE v_values->f END), '{}')
            INTO v_values FROM unnest(v_fields) f;
        END IF;
        UPDATE citylab.records
        SET data = data || v_values, seq = p_seq, changed_by = session_user, changed_at = now(), replica = p_replica
        WHERE uuid = v_row;
        IF NOT v_rec.deleted THEN
            PERFORM citylab.index_record(v_row, v_rec.table_name, v_rec.data || v_values);
        END IF;
    END IF;
    UPDATE citylab.changes SET before = before - v_fields, after = after - v_fields
    WHERE row_uuid = v_row AND (before ?| v_fields OR after ?| v_fields);
    -- A conflict holds one field's values, or a whole record's (a duplicate, an insert whose
    -- parent was gone): either way the erased fields' values go.
    UPDATE citylab.conflicts
    SET base = CASE WHEN field = ANY (v_fields) THEN NULL WHEN jsonb_typeof(base) = 'object' THEN base - v_fields ELSE base END,
        server_value = CASE WHEN field = ANY (v_fields) THEN NULL
                            WHEN jsonb_typeof(server_value) = 'object' THEN server_value - v_fields ELSE server_value END,
        their_value = CASE WHEN field = ANY (v_fields) THEN NULL
                           WHEN jsonb_typeof(their_value) = 'object' THEN their_value - v_fields ELSE their_value END
    WHERE row_uuid = v_row;
    INSERT INTO citylab.erasures (seq, replica, table_name, row_uuid, fields)
    VALUES (p_seq, p_replica, coalesce(v_rec.table_name, c->>'table'), v_row, v_fields);
    INSERT INTO citylab.changes (seq, uuid, replica, table_name, row_uuid, action, before, after, made_at, made_by, outcome)
    VALUES (p_seq, (c->>'uuid')::uuid, p_replica, c->>'table', v_row, 'erase', NULL,
            jsonb_build_object('erased', to_jsonb(v_fields)), c->>'at', c->>'who', 'applied');
    RETURN v_texts;
END $$;

-- push() of version 1 becomes the step that applies ordinary changes; push() now also takes
-- erasures, in the order they were made among the other changes.
ALTER FUNCTION citylab.push(uuid, bigint, jsonb) RENAME TO push_changes;
REVOKE ALL ON FUNCTION citylab.push_changes(uuid, bigint, jsonb) FROM citylab_viewer;

CREATE FUNCTION citylab.push(p_replica uuid, p_base_seq bigint, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = citylab, pg_temp AS $$
DECLARE
    c jsonb;
    v_part jsonb := '[]';
    v_result jsonb;
    v_applied int := 0;
    v_duplicates int := 0;
    v_erased int := 0;
    v_conflicts jsonb := '[]';
    v_texts text[] := '{}';
    v_replacement text;
BEGIN
    IF NOT pg_has_role(session_user, 'citylab_editor', 'MEMBER') THEN
        RAISE EXCEPTION 'citylab: % may read the team''s records but not change them (viewer role)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('citylab.push'));
    -- Values of fields erased since this desktop last pulled, from another desktop: it had not
    -- heard of the erasure, and the server no longer takes them.
    IF EXISTS (SELECT 1 FROM citylab.erasures e WHERE e.seq > p_base_seq AND e.replica IS DISTINCT FROM p_replica) THEN
        SELECT coalesce(jsonb_agg(CASE WHEN s.fields IS NULL OR e.value->>'action' IS NOT DISTINCT FROM 'erase' THEN e.value
                                       ELSE e.value || jsonb_build_object('before', coalesce(e.value->'before', '{}') - s.fields,
                                                                          'after', coalesce(e.value->'after', '{}') - s.fields)
                                  END ORDER BY e.ord), '[]')
        INTO p_changes
        FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(value, ord)
        LEFT JOIN (SELECT x.row_uuid, array_agg(DISTINCT f) AS fields
                   FROM citylab.erasures x, unnest(x.fields) f
                   WHERE x.seq > p_base_seq AND x.replica IS DISTINCT FROM p_replica
                   GROUP BY x.row_uuid) s ON s.row_uuid = (e.value->>'row')::uuid;
    END IF;
    IF NOT jsonb_path_exists(p_changes, '$[*] ? (@.action == "erase")') THEN
        v_result := citylab.push_changes(p_replica, p_base_seq, p_changes);
        RETURN v_result || jsonb_build_object('erased', 0);
    END IF;
    -- Erasures among other changes: each applied where it was made.
    FOR c IN SELECT e.value FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(value, ord) ORDER BY e.ord LOOP
        IF c->>'action' IS DISTINCT FROM 'erase' THEN
            v_part := v_part || jsonb_build_array(c);
            CONTINUE;
        END IF;
        IF jsonb_array_length(v_part) > 0 THEN
            v_result := citylab.push_changes(p_replica, p_base_seq, v_part);
            v_applied := v_applied + (v_result->>'applied')::int;
            v_duplicates := v_duplicates + (v_result->>'duplicates')::int;
            v_conflicts := v_conflicts || (v_result->'conflicts');
            v_part := '[]';
        END IF;
        IF EXISTS (SELECT 1 FROM citylab.changes h WHERE h.uuid = (c->>'uuid')::uuid) THEN
            v_duplicates := v_duplicates + 1;   -- a push repeated after a crash
            CONTINUE;
        END IF;
        v_replacement := coalesce(c->>'forget_with', '[erased]');
        v_texts := v_texts || citylab.apply_erase(nextval('citylab.change_seq'), p_replica, p_base_seq, c, v_texts,
                                                  v_replacement);
        v_erased := v_erased + 1;
    END LOOP;
    v_result := citylab.push_changes(p_replica, p_base_seq, v_part);
    IF cardinality(v_texts) > 0 THEN
        PERFORM citylab.forget_texts(v_texts, v_replacement);
    END IF;
    RETURN jsonb_build_object('applied', v_applied + (v_result->>'applied')::int,
                              'duplicates', v_duplicates + (v_result->>'duplicates')::int,
                              'conflicts', v_conflicts || (v_result->'conflicts'),
                              'erased', v_erased, 'seq', v_result->'seq');
END $$;

REVOKE ALL ON FUNCTION citylab.push(uuid, bigint, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION citylab.apply_erase(bigint, uuid, bigint, jsonb, text[], text), citylab.forget_texts(text[], text),
                       citylab.identifying_texts(jsonb), citylab.replaced(jsonb, text[], text),
                       citylab.mentions(jsonb, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION citylab.push(uuid, bigint, jsonb) TO citylab_viewer;
GRANT SELECT ON citylab.erasures TO citylab_viewer;

-- The erased values stay in the tables' unused space until they are rewritten: the desktop
-- that erased rewrites them (VACUUM FULL), which PostgreSQL 17 lets a role do with MAINTAIN.
-- On an older server the administrator runs it.
DO $$ BEGIN
    IF current_setting('server_version_num')::int >= 170000 THEN
        EXECUTE 'GRANT MAINTAIN ON citylab.records, citylab.changes, citylab.conflicts TO citylab_editor';
    END IF;
END $$;
