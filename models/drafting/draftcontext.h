// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officesettings.h"
#include "placeholdermerge.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QPolygonF>

namespace citylab {

class Store;
struct Zone;

// One zone of the experiment as a letter shows it: its outline in WGS84 (lon, lat) rings.
struct DraftZone
{
    QString name, district, hours;
    QDate activeFrom, activeTo;
    double maxHeightM = -1;
    double areaM2 = 0;
    QList<QPolygonF> rings;    // x = longitude, y = latitude
};

// Everything a letter about one regulatory request needs, read in one go: the values of its
// placeholders, the addressee, the office and the zones for the map appendix.
struct DraftContext
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DraftContext)
public:
    qint64 requestId = -1;
    QString reference, uuid, kind, status, subject, protocolNumber, body, experimentDomain;
    QString authorityName, authorityPec;
    qint64 authorityId = -1;
    OfficeSettings office;
    PlaceholderValues values;
    QList<DraftZone> zones;

    bool isValid() const { return requestId >= 0; }
    static DraftContext load(const Store &store, qint64 requestId, const QLocale &locale = QLocale(),
                             const QDate &today = QDate::currentDate());

    // A request named by its protocol number, uuid or reference (RR-2026-0007); -1 if none.
    static qint64 findRequest(const Store &store, const QString &name);

    static QString longDate(const QDate &date, const QLocale &locale);
    static DraftZone draftZone(const Zone &zone);
};

} // namespace citylab
