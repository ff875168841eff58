// SPDX-License-Identifier: GPL-3.0-or-later
// Zone conflicts on the scale-100 demo store (about 10,000 zones): the median time of
// ConflictFinder::find over all dates and for one day, after a warm-up run. Prints
// "ratio conflicts_scale100_s_per_2s VALUE" for the all-dates search (goal <= 1).
#include "geo/conflictfinder.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace citylab;

namespace {

struct Run
{
    double medianS = 0;
    qsizetype conflicts = 0;
};

Run measure(const QSqlDatabase &db, const QDate &on)
{
    Run run;
    run.conflicts = ConflictFinder::find(db, {on}).size();   // warm-up: pages in the file
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        ConflictFinder::find(db, {on});
        times << timer.nsecsElapsed() / 1e9;
    }
    std::sort(times.begin(), times.end());
    run.medianS = times.at(times.size() / 2);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = QDir(qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath())).filePath(QStringLiteral("scale100.citylab"));
    Store store;
    if (!store.open(path, Store::OpenMode::Inspect)) {
        out << "bench_conflicts: " << store.errorString() << '\n';
        return 1;
    }
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM zones"));
    q.next();
    const qint64 zones = q.value(0).toLongLong();
    // A day inside the demo's windows, whatever reference day the store was made on.
    q.exec(QStringLiteral("SELECT active_from FROM zones ORDER BY active_from LIMIT 1 OFFSET (SELECT count(*) / 2 FROM zones)"));
    q.next();
    const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);

    const Run all = measure(store.database(), QDate());
    const Run oneDay = measure(store.database(), day);
    out << "conflicts zones " << zones << " threads " << QThread::idealThreadCount() << '\n';
    out << "conflicts all dates: " << all.conflicts << " in median s " << QString::number(all.medianS, 'f', 3) << '\n';
    out << "conflicts on " << day.toString(Qt::ISODate) << ": " << oneDay.conflicts << " in median s "
        << QString::number(oneDay.medianS, 'f', 3) << '\n';
    if (all.conflicts > 10000)
        out << "bench_conflicts: the store stacks zones as the demo generator did before it kept sites apart;"
               " remake it (delete build/bench-data/scale100.citylab and run dev.sh bench)\n";
    out << "ratio conflicts_scale100_s_per_2s " << QString::number(all.medianS / 2.0, 'f', 3) << '\n';
    return 0;
}
