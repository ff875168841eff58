// SPDX-License-Identifier: GPL-3.0-or-later
#include "servergisview.h"

#include "pgconnection.h"

namespace citylab {

namespace {

// Dates and heights are read only when they look as CityLab writes them: a view that fails
// on one odd record would show the GIS no zone at all.
// %1: the schema PostGIS lives in. The functions name it in their search path, so that a
// viewer whose own path lacks it still reads the layer.
const char viewSql[] = R"(
CREATE OR REPLACE FUNCTION citylab.zone_outline(p_geojson text)
RETURNS %1.geometry LANGUAGE plpgsql IMMUTABLE SET search_path = %1, pg_temp AS $$
DECLARE
    v_shape geometry;
BEGIN
    v_shape := ST_Force2D(ST_GeomFromGeoJSON(p_geojson));
    IF GeometryType(v_shape) NOT IN ('POLYGON', 'MULTIPOLYGON') THEN
        RETURN NULL;
    END IF;
    RETURN ST_SetSRID(ST_Multi(v_shape), 4326);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION citylab.zone_date(p_text text)
RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN CASE WHEN p_text ~ '^\d{4}-\d{2}-\d{2}$' THEN p_text::date END;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;   -- 2024-02-30, say
END $$;

-- The column's type and SRID written out, so that GIS clients (geometry_columns) know the
-- layer's kind and projection. Made anew: a view's columns cannot change type in place.
DROP VIEW IF EXISTS citylab.zones_geo;
CREATE VIEW citylab.zones_geo AS
SELECT z.uuid,
       z.data->>'name' AS name,
       z.data->>'shape' AS shape,
       e.data->>'code' AS experiment_code,
       e.data->>'title' AS experiment_title,
       e.data->>'stage' AS stage,
       citylab.zone_date(z.data->>'active_from') AS active_from,
       citylab.zone_date(z.data->>'active_to') AS active_to,
       CASE WHEN jsonb_typeof(z.data->'max_height_m') = 'number' THEN (z.data->>'max_height_m')::double precision END
           AS max_height_m,
       citylab.zone_outline(z.data->>'geometry')::%1.geometry(MultiPolygon, 4326) AS geom
FROM citylab.records z
JOIN citylab.records e ON e.uuid = (z.data->>'experiment_id')::uuid AND NOT e.deleted
WHERE z.table_name = 'zones' AND NOT z.deleted;

GRANT SELECT ON citylab.zones_geo TO citylab_viewer;
GRANT EXECUTE ON FUNCTION citylab.zone_outline(text), citylab.zone_date(text) TO citylab_viewer;
)";

} // namespace

std::optional<ServerGisView::Result> ServerGisView::make(PgConnection &server, QString *error)
{
    const std::optional<PgRows> available = server.query(QStringLiteral(
        "SELECT default_version, installed_version FROM pg_available_extensions WHERE name = 'postgis'"));
    if (!available) {
        *error = server.errorString();
        return std::nullopt;
    }
    Result result;
    if (available->rows.isEmpty())
        return result;   // NoPostgis
    result.postgisVersion = available->rows.first().value(1).toString();
    if (result.postgisVersion.isEmpty())
        result.postgisVersion = available->rows.first().value(0).toString();
    const auto failed = [&]() -> std::optional<Result> {
        *error = server.errorString();
        server.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    if (!server.exec(QStringLiteral("BEGIN")))
        return failed();
    // Enabling PostGIS takes a superuser (it is not a trusted extension) unless the
    // administrator enabled it already; without it the schema is still usable.
    if (!server.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"))) {
        if (!server.lastErrorIsPermission())
            return failed();
        result.outcome = Outcome::NotPermitted;
        result.reason = server.errorString();
        server.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    const std::optional<PgRows> schema = server.query(QStringLiteral(
        "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'postgis'"));
    if (!schema || schema->rows.isEmpty())
        return failed();
    if (!server.exec(QString::fromLatin1(viewSql).arg(schema->rows.first().value(0).toString()))
        || !server.exec(QStringLiteral("COMMIT")))
        return failed();
    result.outcome = Outcome::Made;
    return result;
}

std::optional<QString> ServerGisView::present(PgConnection &server, QString *error)
{
    const std::optional<PgRows> rows = server.query(QStringLiteral(
        "SELECT (SELECT extversion FROM pg_extension WHERE extname = 'postgis') "
        "FROM pg_views WHERE schemaname = 'citylab' AND viewname = 'zones_geo'"));
    if (!rows) {
        *error = server.errorString();
        return std::nullopt;
    }
    return rows->rows.isEmpty() ? QString() : rows->rows.first().value(0).toString();
}

QString ServerGisView::describe(const Result &result)
{
    switch (result.outcome) {
    case Outcome::Made:
        return tr("The zones are in the view citylab.zones_geo for the city's GIS (PostGIS %1, EPSG:4326).")
            .arg(result.postgisVersion);
    case Outcome::NoPostgis:
        return tr("No GIS view: the server has no PostGIS (install postgresql-17-postgis-3 and run `citylab server "
                  "init` again to get citylab.zones_geo).");
    case Outcome::NotPermitted:
        return tr("No GIS view: PostGIS is installed but this login may not enable it (%1). Run `citylab server init` "
                  "as a superuser, or have one run CREATE EXTENSION postgis in this database.").arg(result.reason);
    }
    return {};
}

} // namespace citylab
