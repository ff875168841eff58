// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonegeometry.h"

#include <QDate>
#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace citylab {

// One zone of an experiment as every part of CityLab sees it: the map, the conflict
// finder, reports, letters, the exporters and the demo read it through ZoneReader and
// write its geometry through geometryColumns(), so a zone's outline (holes included), its
// box and its shape parameters are read and stored in one way.
struct Zone
{
    // The facts of the zone's experiment that the map's legend and filters, reports and
    // conflicts show next to the zone.
    struct Experiment
    {
        QString code, title, domain, stage;
        qint64 leadOrganizationId = -1;
        QString leadOrganization;   // its name
    };

    qint64 id = -1;
    QString uuid;
    qint64 experimentId = -1;
    QString name;
    ZoneGeometry geometry;     // every polygon with its holes, lon/lat
    QJsonObject constraints;   // the shape's parameters and anything else stored with it
    QDate activeFrom, activeTo;   // null: open-ended on that side
    std::optional<double> maxHeightM;
    QString hours, district, notes;
    Experiment experiment;

    QRectF bounds() const { return geometry.bounds(); }   // x = lon, y = lat
    bool isDated() const { return activeFrom.isValid() || activeTo.isValid(); }
    bool activeOn(QDate day) const;

    // The columns of the zones table that hold a geometry: shape, GeoJSON, the box the
    // R*Tree indexes and the constraints JSON, where the shape's parameters (circle centre
    // and radius, corridor line and width) replace any earlier ones.
    static QVariantMap geometryColumns(const ZoneGeometry &geometry, QJsonObject constraints = {});
};

} // namespace citylab
