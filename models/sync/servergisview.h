// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace citylab {

class PgConnection;

// citylab.zones_geo on a team server with PostGIS: each live zone as a MultiPolygon in
// EPSG:4326 with its experiment's code, title and stage and its active window, so that the
// city's GIS (QGIS, say) shows the experiment zones as the team has them now. A view over
// the synced records: nothing to keep up to date. A zone whose outline PostGIS cannot read
// is listed without a shape rather than breaking the layer.
class ServerGisView
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ServerGisView)
public:
    enum class Outcome {
        Made,          // the view is there (made or replaced now)
        NoPostgis,     // the server has no PostGIS to install
        NotPermitted,  // PostGIS is installable but this login may not enable it
    };
    struct Result
    {
        Outcome outcome = Outcome::NoPostgis;
        QString postgisVersion;
        QString reason;   // why it could not be enabled
    };

    // Makes or replaces the view, enabling PostGIS in the database when it is installable
    // and this login may. Nothing with *error set when the server failed otherwise.
    static std::optional<Result> make(PgConnection &server, QString *error);
    // Whether the view is there, and over which PostGIS (empty: no view).
    static std::optional<QString> present(PgConnection &server, QString *error);
    // One line for `server init` and `server status`.
    static QString describe(const Result &result);
};

} // namespace citylab
