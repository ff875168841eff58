// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonefilereader.h"

#include <QCoreApplication>

namespace citylab {

class Store;

struct ZoneImportResult
{
    bool ok = false;
    int zones = 0;
    QList<ZoneFileProblem> problems;   // every bad feature, or the file's problem
    QString message;                   // why the store refused, when the file was fine
};

// Imports the zones of a GeoJSON or KML file into one experiment, all or nothing: the whole
// file is read and checked first; only a file without problems is written, in one Store
// transaction (one change_log entry a zone), so a failure leaves the store as it was.
class ZoneImporter
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneImporter)

public:
    ZoneImporter(Store &store, qint64 experimentId);

    ZoneImportResult importFile(const QString &path);
    // fileName names zones the file leaves unnamed ("parcheggi.kml 2").
    ZoneImportResult import(const ZoneFileContent &content, const QString &fileName);

    // The store's row for a feature (without uuid and time stamps).
    static QVariantMap values(const ZoneFileFeature &feature, qint64 experimentId, const QString &fallbackName);

private:
    Store &m_store;
    qint64 m_experimentId;
};

} // namespace citylab
