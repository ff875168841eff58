// SPDX-License-Identifier: GPL-3.0-or-later
// Global search latency on the scale-100 demo store (about 100,000 indexed records): the
// median and 90th percentile of SearchIndex::query over queries a user types (word prefixes
// of 3 to 6 letters, one or two words), after a warm-up, and the same for whole long words.
// Prints "ratio search_ms_per_20ms VALUE" (median, goal <= 1) and
// "ratio search_p90_ms_per_20ms VALUE" (90th percentile, goal <= 1).
#include "search/searchindex.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace citylab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = QDir(qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath())).filePath(QStringLiteral("scale100.citylab"));
    Store store;
    if (!store.open(path, Store::OpenMode::Inspect)) {
        out << "bench_search: " << store.errorString() << '\n';
        return 1;
    }
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM search_index"));
    q.next();
    const qint64 records = q.value(0).toLongLong();

    // Words from real titles, so queries find things as a user's would.
    QStringList words;
    q.exec(QStringLiteral("SELECT title FROM search_index WHERE rowid % 97 = 0"));
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    while (q.next())
        for (const QString &w : q.value(0).toString().split(separators, Qt::SkipEmptyParts))
            if (w.size() >= 4)
                words << w;
    QRandomGenerator random(42);
    QStringList queries;
    for (int i = 0; i < 300; ++i) {
        const QString first = words.at(random.bounded(int(words.size())));
        QString text = first.left(3 + random.bounded(4));
        if (random.bounded(3) == 0)
            text += u' ' + words.at(random.bounded(int(words.size()))).left(4);
        queries << text;
    }
    for (int i = 0; i < 20; ++i)
        SearchIndex::query(store, queries.at(i));
    QList<double> times;
    QList<std::pair<double, QString>> slowest;
    qint64 hits = 0;
    for (const QString &text : std::as_const(queries)) {
        QElapsedTimer timer;
        timer.start();
        hits += SearchIndex::query(store, text).size();
        times << timer.nsecsElapsed() / 1e6;
        slowest.append({times.last(), text});
    }
    // Whole words of 7 letters or more: longer than the longest indexed prefix (0003).
    QList<double> wholeWordTimes;
    for (const QString &word : std::as_const(words)) {
        if (word.size() < 7 || wholeWordTimes.size() >= 100)
            continue;
        QElapsedTimer timer;
        timer.start();
        SearchIndex::query(store, word);
        wholeWordTimes << timer.nsecsElapsed() / 1e6;
    }
    std::sort(wholeWordTimes.begin(), wholeWordTimes.end());
    std::sort(times.begin(), times.end());
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const double median = times.at(times.size() / 2);
    out << "search records " << records << " queries " << queries.size() << " hits " << hits << '\n';
    out << "search median ms " << QString::number(median, 'f', 2) << " p90 ms "
        << QString::number(times.at(times.size() * 9 / 10), 'f', 2) << " max ms " << QString::number(times.last(), 'f', 2) << '\n';
    if (!wholeWordTimes.isEmpty())
        out << "search whole words (7+ letters) " << wholeWordTimes.size() << " median ms "
            << QString::number(wholeWordTimes.at(wholeWordTimes.size() / 2), 'f', 2) << " p90 ms "
            << QString::number(wholeWordTimes.at(wholeWordTimes.size() * 9 / 10), 'f', 2) << '\n';
    out << "search slowest:";
    for (int i = 0; i < 5; ++i)
        out << " \"" << slowest.at(i).second << "\" " << QString::number(slowest.at(i).first, 'f', 1) << " ms";
    out << '\n';
    out << "ratio search_p90_ms_per_20ms " << QString::number(times.at(times.size() * 9 / 10) / 20.0, 'f', 3) << '\n';
    out << "ratio search_ms_per_20ms " << QString::number(median / 20.0, 'f', 3) << '\n';
    return 0;
}
