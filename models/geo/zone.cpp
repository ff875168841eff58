// SPDX-License-Identifier: GPL-3.0-or-later
#include "zone.h"

#include <QJsonDocument>

namespace citylab {

bool Zone::activeOn(QDate day) const
{
    return (!activeFrom.isValid() || activeFrom <= day) && (!activeTo.isValid() || day <= activeTo);
}

QVariantMap Zone::geometryColumns(const ZoneGeometry &geometry, QJsonObject constraints)
{
    for (const QString &key : {QStringLiteral("center"), QStringLiteral("radius_m"), QStringLiteral("centerline"),
                               QStringLiteral("width_m")})
        constraints.remove(key);
    const QJsonObject parameters = geometry.constraints();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        constraints.insert(it.key(), it.value());
    const QRectF box = geometry.bounds();
    return {{QStringLiteral("shape"), geometry.shapeName()},
            {QStringLiteral("geometry"), QString::fromUtf8(geometry.toGeoJsonText())},
            {QStringLiteral("min_lon"), box.left()},
            {QStringLiteral("max_lon"), box.right()},
            {QStringLiteral("min_lat"), box.top()},
            {QStringLiteral("max_lat"), box.bottom()},
            {QStringLiteral("constraints"),
             constraints.isEmpty() ? QVariant()
                                   : QVariant(QString::fromUtf8(QJsonDocument(constraints).toJson(QJsonDocument::Compact)))}};
}

} // namespace citylab
