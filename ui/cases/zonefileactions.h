// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zoneimporter.h"

#include <QCoreApplication>

class QWidget;

namespace citylab {

class Store;

// "Import zones…" and "Export zones…" as the window offers them (an experiment's page, the
// Experiments view, File → Export Zones…): a file dialog for GeoJSON or KML, then the same
// importer and exporter as the command line, with every problem shown in one dialog.
class ZoneFileActions
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneFileActions)

public:
    static QString fileFilters();

    static void chooseAndImport(QWidget *parent, Store &store, qint64 experimentId);
    // experimentId < 0: every zone.
    static void chooseAndExport(QWidget *parent, Store &store, qint64 experimentId);

    // The part after the file dialog; true when the file was imported / written. The outcome
    // is shown in a window-modal dialog that closes itself when dismissed.
    static bool importFile(QWidget *parent, Store &store, qint64 experimentId, const QString &path);
    static bool exportFile(QWidget *parent, Store &store, qint64 experimentId, const QString &path);
    // Shows why a file was not imported (each bad feature, or the store's reason) and returns
    // false; true, showing nothing, when it was.
    static bool reportRefusal(QWidget *parent, const QString &path, const ZoneImportResult &result, const QString &title);
};

} // namespace citylab
