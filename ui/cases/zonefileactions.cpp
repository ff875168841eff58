// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonefileactions.h"
#include "shell/filechooser.h"

#include "cases/zonefileproblemsdialog.h"
#include "geo/zoneexporter.h"
#include "geo/zoneimporter.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace citylab {

namespace {

const auto lastFolderKey = QStringLiteral("zoneFiles/lastFolder");

QString lastFolder()
{
    return QSettings().value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
}

QString experimentCode(Store &store, qint64 experimentId)
{
    return store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
}

void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("zoneFileMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

QString ZoneFileActions::fileFilters()
{
    return tr("Zone files (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)");
}

void ZoneFileActions::chooseAndImport(QWidget *parent, Store &store, qint64 experimentId)
{
    if (experimentId < 0)
        return;
    const QString path = FileChooser::openFile(
        parent, tr("Import Zones into %1").arg(experimentCode(store, experimentId)), lastFolder(), fileFilters());
    if (path.isEmpty())
        return;
    rememberFolder(path);
    importFile(parent, store, experimentId, path);
}

void ZoneFileActions::chooseAndExport(QWidget *parent, Store &store, qint64 experimentId)
{
    const QString code = experimentId >= 0 ? experimentCode(store, experimentId) : QString();
    const QString title = code.isEmpty() ? tr("Export All Zones") : tr("Export the Zones of %1").arg(code);
    const QString suggested = code.isEmpty() ? tr("zones") : tr("zones %1").arg(code);
    QString selectedFilter;
    QString path = FileChooser::saveFile(parent, title, QDir(lastFolder()).filePath(suggested + QStringLiteral(".geojson")),
                                                tr("GeoJSON (*.geojson);;KML (*.kml)"), &selectedFilter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen filter's.
    if (ZoneFileReader::formatOf(path) == ZoneFileReader::Format::Unknown)
        path += selectedFilter.contains(QLatin1String("kml")) ? QStringLiteral(".kml") : QStringLiteral(".geojson");
    rememberFolder(path);
    exportFile(parent, store, experimentId, path);
}

bool ZoneFileActions::importFile(QWidget *parent, Store &store, qint64 experimentId, const QString &path)
{
    ZoneImporter importer(store, experimentId);
    // A file of a few thousand zones takes a second or two: say so while it runs.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ZoneImportResult result = importer.importFile(path);
    QApplication::restoreOverrideCursor();
    if (!reportRefusal(parent, path, result, tr("Zones Not Imported")))
        return false;
    showMessage(parent, QMessageBox::Information, tr("Zones Imported"),
                tr("%n zone(s) imported from %1 into %2.", nullptr, result.zones)
                    .arg(QFileInfo(path).fileName(), experimentCode(store, experimentId)));
    return true;
}

bool ZoneFileActions::reportRefusal(QWidget *parent, const QString &path, const ZoneImportResult &result, const QString &title)
{
    if (!result.problems.isEmpty()) {
        auto *dialog = new ZoneFileProblemsDialog(path, result.problems, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    if (!result.ok) {
        showMessage(parent, QMessageBox::Warning, title,
                    tr("Nothing was imported from %1: %2").arg(QFileInfo(path).fileName(), result.message));
        return false;
    }
    return true;
}

bool ZoneFileActions::exportFile(QWidget *parent, Store &store, qint64 experimentId, const QString &path)
{
    ZoneExporter exporter(store);
    if (!exporter.write(path, experimentId)) {
        showMessage(parent, QMessageBox::Warning, tr("Zones Not Exported"), exporter.errorString());
        return false;
    }
    showMessage(parent, QMessageBox::Information, tr("Zones Exported"),
                tr("%n zone(s) written to %1.", nullptr, exporter.count()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace citylab
