// SPDX-License-Identifier: GPL-3.0-or-later
#include "footprintsection.h"

#include "geo/trackrecorder.h"
#include "i18n/dateformat.h"
#include "io/attachments.h"
#include "items/experimenttracks.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace citylab {

namespace {

QString metres(double value)
{
    return FootprintSection::tr("%1 m").arg(QLocale().toString(value, 'f', 1));
}

// What one check found, in a sentence (the import's message and the page say the same).
QString verdict(qsizetype excursions)
{
    return excursions == 0 ? FootprintSection::tr("No excursion: every point inside an authorized zone, on its dates and hours.")
                           : FootprintSection::tr("%n excursion(s) outside what was authorized.", nullptr, int(excursions));
}

// Reads and compares off the window's thread (a million points take a second or two), with
// a busy progress window when it lasts; the window stays drawn meanwhile.
TrackRecorder::Result compareInBackground(QWidget *parent, const TrackRecorder::Zones &zones, const QByteArray &data,
                                          const QString &fileName, std::optional<double> ground)
{
    QProgressDialog progress(FootprintSection::tr("Comparing %1 with the experiment's zones…").arg(fileName), QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.reset();   // shown only if the comparison lasts
    QTimer::singleShot(400, &progress, &QProgressDialog::show);
    QEventLoop loop;
    QFutureWatcher<TrackRecorder::Result> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([zones, data, fileName, ground] { return TrackRecorder::compare(zones, data, fileName, ground); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

} // namespace

void FootprintSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable)
{
    page.section(tr("Where the tests ran"));
    QString error;
    const std::optional<QList<RecordedTrack>> tracks = ExperimentTracks::load(store, experimentId, &error);
    if (!tracks) {
        page.note(error);
        return;
    }
    if (tracks->isEmpty())
        page.note(tr("No track recorded. Import a GPX, GeoJSON or CSV file of where and when the test ran to compare "
                     "it with the authorized zones, their dates, hours and heights."));
    for (const RecordedTrack &track : *tracks) {
        const QString span = tr("%1 to %2").arg(DateFormat::romeTime(track.startedAt.toSecsSinceEpoch()),
                                                 DateFormat::romeTime(track.endedAt.toSecsSinceEpoch()));
        const QString colour = track.excursions.isEmpty() ? QStringLiteral("#1b5e20") : QStringLiteral("#a40000");
        QString html = QStringLiteral("<p><b>%1</b> — %2, %3<br><span style='color:%4'>%5</span>")
                           .arg(track.fileName.toHtmlEscaped(),
                                tr("%n point(s)", nullptr, int(track.pointCount)).toHtmlEscaped(), span.toHtmlEscaped(), colour,
                                verdict(track.excursions.size()).toHtmlEscaped());
        QStringList facts;
        facts << tr("checked on %1").arg(QLocale().toString(track.checkedAt.toLocalTime(), QLocale::ShortFormat));
        if (!track.heightChecked)
            facts << tr("heights not checked (no altitudes, or no zone with a maximum height)");
        else if (track.groundElevationM)
            facts << tr("heights from a ground elevation of %1 above sea level").arg(metres(*track.groundElevationM));
        html += QStringLiteral("<br>") + HtmlBuilder::smallLine(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
        html += QStringLiteral("</p>");
        page.rawHtml(html);
        if (track.zonesChangedSince)
            page.rawHtml(QStringLiteral("<p style='color:#a40000'>%1</p>")
                             .arg(tr("The zones changed after this check: its excursions may no longer be right. "
                                     "Check it again.").toHtmlEscaped()));
        for (const QString &warning : track.warnings)
            page.note(warning);
        if (!track.excursions.isEmpty()) {
            page.beginTable({tr("From"), tr("To"), tr("What"), tr("Zone"), tr("How far"), tr("Points")});
            QString rows;
            for (qsizetype i = 0; i < track.excursions.size() && i < listedExcursions; ++i) {
                const TrackExcursion &e = track.excursions.at(i);
                QString distance;
                if (e.maxDistanceM)
                    distance = e.kind == TrackExcursion::Kind::Height ? tr("%1 above").arg(metres(*e.maxDistanceM))
                                                                      : tr("%1 outside").arg(metres(*e.maxDistanceM));
                rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                            .arg(HtmlBuilder::cell(DateFormat::romeTime(e.from).toHtmlEscaped(), false),
                                 HtmlBuilder::cell(DateFormat::romeTime(e.to).toHtmlEscaped(), false),
                                 HtmlBuilder::cell(e.kindLabel().toHtmlEscaped()),
                                 HtmlBuilder::cell(e.zoneName.toHtmlEscaped()),
                                 HtmlBuilder::cell(distance.toHtmlEscaped(), false),
                                 HtmlBuilder::cell(QLocale().toString(e.points), false));
            }
            page.rawHtml(rows);
            page.endTable();
            if (track.excursions.size() > listedExcursions)
                page.note(tr("… and %n more; citylab footprint lists them all.", nullptr,
                             int(track.excursions.size() - listedExcursions)));
        }
        QStringList links{HtmlBuilder::link(QStringLiteral("track:map/%1").arg(track.id), tr("Show on the map"))};
        if (editable) {
            if (track.fileKept)
                links << HtmlBuilder::link(QStringLiteral("track:recheck/%1").arg(track.id), tr("Check again"));
            links << HtmlBuilder::link(QStringLiteral("track:remove/%1").arg(track.id), tr("Remove"));
        }
        page.rawHtml(QStringLiteral("<p>") + links.join(QStringLiteral(" · ")) + QStringLiteral("</p>"));
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("track:import"), tr("Import a track (GPX, GeoJSON, CSV)…"))
                     + QStringLiteral("</p>"));
}

void FootprintSection::chooseAndImport(Store &store, qint64 experimentId, QWidget *parent)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("tracks/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import a Track"), folder,
                                                      tr("Tracks (*.gpx *.geojson *.json *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("tracks/lastFolder"), QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Attachments::maximumSize) {
        QMessageBox::warning(parent, tr("Cannot import the track"),
                             file.isOpen() ? tr("%1 is too large to keep in the database (at most %2).")
                                                 .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(Attachments::maximumSize))
                                           : tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    const TrackRecorder::Result result = TrackRecorder::record(
        store, experimentId, data, fileName,
        compareInBackground(parent, TrackRecorder::zonesOf(store, experimentId), data, fileName, std::nullopt));
    if (!result.ok) {
        QMessageBox::warning(parent, tr("Cannot import the track"), result.error + QStringLiteral("\n\n") + tr("Nothing was imported."));
        return;
    }
    QString text = tr("%1: %n point(s) compared with the experiment's zones.", nullptr, int(result.track.points.size()))
                       .arg(QFileInfo(path).fileName())
        + QStringLiteral("\n") + verdict(result.check.excursions.size());
    if (!result.check.warnings.isEmpty())
        text += QStringLiteral("\n\n") + result.check.warnings.join(u'\n');
    QMessageBox::information(parent, tr("Track imported"), text);
}

bool FootprintSection::openLink(const QUrl &url, Store &store, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("track"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    if (action == QLatin1String("import")) {
        chooseAndImport(store, experimentId, parent);
        return true;
    }
    // a link acts on the page's own experiment only: a stale page or a hand-made link is refused
    const QVariantMap track = store.record(QStringLiteral("tracks"), id);
    if (track.value(QStringLiteral("experiment_id")).toLongLong() != experimentId) {
        QMessageBox::warning(parent, tr("Cannot open the track"), tr("The track no longer exists, or belongs to another experiment."));
        return true;
    }
    const QString fileName = track.value(QStringLiteral("file_name")).toString();
    if (action == QLatin1String("map")) {
        QDesktopServices::openUrl(QUrl(QStringLiteral("map:track/%1/%2").arg(experimentId).arg(id)));
    } else if (action == QLatin1String("recheck")) {
        const TrackRecorder::KeptFile kept = TrackRecorder::keptFile(store, id);
        const TrackRecorder::Result result =
            !kept.ok ? TrackRecorder::Result{false, kept.error, -1, {}, {}}
                     : TrackRecorder::replace(store, id,
                                              compareInBackground(parent, TrackRecorder::zonesOf(store, experimentId), kept.data,
                                                                  kept.fileName, kept.groundElevationM));
        if (!result.ok)
            QMessageBox::warning(parent, tr("Cannot check the track again"), result.error);
        else
            QMessageBox::information(parent, tr("Track checked again"),
                                     tr("%1 compared with the zones as they are now.").arg(fileName) + QStringLiteral("\n")
                                         + verdict(result.check.excursions.size()));
    } else if (action == QLatin1String("remove")) {
        const auto answer = QMessageBox::question(
            parent, tr("Remove the Track"),
            tr("Remove the track %1 and the excursions found in it? The file stays among the experiment's documents.").arg(fileName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        QString error;
        if (answer == QMessageBox::Yes && !TrackRecorder::remove(store, id, &error))
            QMessageBox::warning(parent, tr("Cannot remove the track"), error);
    }
    return true;
}

} // namespace citylab
