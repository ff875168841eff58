// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcourse.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace citylab {

std::optional<ExperimentCourse> ExperimentCourse::load(const Store &store, qint64 experimentId, QDate until, QString *error)
{
    ExperimentCourse c;
    static const QTimeZone rome("Europe/Rome");
    const auto day = [](const QVariant &v) { return QDate::fromString(v.toString().left(10), Qt::ISODate); };
    const auto romeDay = [](const QVariant &seconds) {
        return seconds.isNull() ? QDate() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), rome).date();
    };
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // the day after `until`, as a date and as Unix seconds at its start in Rome
    const QDate after = until.isValid() ? until.addDays(1) : QDate(9999, 12, 31);
    const QString afterDay = after.toString(Qt::ISODate);
    const qint64 afterSeconds = QDateTime(after, QTime(0, 0), rome).toSecsSinceEpoch();
    q.prepare(QStringLiteral(
        "SELECT (SELECT min(on_date) FROM stage_transitions WHERE experiment_id = :id AND to_stage = 'active' AND on_date < :day),"
        "       (SELECT min(on_date) FROM stage_transitions WHERE experiment_id = :id AND to_stage = 'concluded' AND on_date < :day),"
        "       (SELECT min(measured_at) FROM measurements WHERE experiment_id = :id AND measured_at < :seconds),"
        "       (SELECT max(measured_at) FROM measurements WHERE experiment_id = :id AND measured_at < :seconds),"
        "       (SELECT count(*) FROM measurements WHERE experiment_id = :id AND measured_at < :seconds),"
        "       (SELECT count(*) FROM tracks WHERE experiment_id = :id AND started_at < :day),"
        "       (SELECT coalesce(sum(point_count), 0) FROM tracks WHERE experiment_id = :id AND started_at < :day),"
        "       (SELECT min(started_at) FROM tracks WHERE experiment_id = :id AND started_at < :day),"
        "       (SELECT max(ended_at) FROM tracks WHERE experiment_id = :id AND started_at < :day)"));
    q.bindValue(QStringLiteral(":id"), experimentId);
    q.bindValue(QStringLiteral(":day"), afterDay);
    q.bindValue(QStringLiteral(":seconds"), afterSeconds);
    if (q.exec() && q.next()) {
        c.wentLiveOn = day(q.value(0));
        c.concludedOn = day(q.value(1));
        c.firstMeasuredOn = romeDay(q.value(2));
        c.lastMeasuredOn = romeDay(q.value(3));
        c.measurements = q.value(4).toLongLong();
        c.tracks = q.value(5).toInt();
        c.trackPoints = q.value(6).toLongLong();
        const auto trackDay = [](const QVariant &v) {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            return t.isValid() ? t.toTimeZone(rome).date() : QDate();
        };
        c.firstTrackedOn = trackDay(q.value(7));
        c.lastTrackedOn = trackDay(q.value(8));
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT x.kind, count(*) FROM track_excursions x JOIN tracks t ON t.id = x.track_id"
                             " WHERE t.experiment_id = ? AND t.started_at < ? GROUP BY x.kind"));
    q.addBindValue(experimentId);
    q.addBindValue(afterDay);
    if (q.exec()) {
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const int n = q.value(1).toInt();
            c.excursions += n;
            (kind == QLatin1String("outside") ? c.outside : kind == QLatin1String("window") ? c.outsideDates
                                                          : kind == QLatin1String("hours")  ? c.outsideHours
                                                                                            : c.tooHigh) += n;
        }
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return c;
}

} // namespace citylab
