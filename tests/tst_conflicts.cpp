// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/conflictfinder.h"
#include "geo/freedmemory.h"
#include "geo/zonegeometry.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QLocale>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace citylab;

namespace {

// Zones are drawn in metres east and north of a point in Turin, so that areas are easy to
// reason about (a 100 m square is 10,000 m²).
constexpr double kLat0 = 45.07, kLon0 = 7.68;

QJsonArray position(double east, double north)
{
    const double lat = kLat0 + north / 111320.0;
    const double lon = kLon0 + east / (111320.0 * std::cos(kLat0 * M_PI / 180.0));
    return QJsonArray{lon, lat};
}

// A rectangle ring [x0, y0] - [x1, y1] in metres, counter-clockwise and closed.
QJsonArray rect(const QList<double> &r)
{
    return QJsonArray{position(r[0], r[1]), position(r[2], r[1]), position(r[2], r[3]), position(r[0], r[3]),
                      position(r[0], r[1])};
}

// A zone as the rows of the data tables give it: experiment number, rectangle, optional hole,
// active window (empty = open-ended).
struct ZoneSpec
{
    int experiment = 1;
    QList<double> outer;
    QList<double> hole;
    QString from, to;
    QString name = {};   // most rows need no name
};

// A store with experiments TCL-2026-001.. and the given zones, written through the Store.
class CraftedStore
{
public:
    explicit CraftedStore(const QString &path)
    {
        QVERIFY(m_store.open(path));
        m_org = m_store.insert(QStringLiteral("organizations"),
                               {{QStringLiteral("name"), QStringLiteral("Aerotest srl")}, {QStringLiteral("kind"), QStringLiteral("company")}});
        QVERIFY2(m_org > 0, qPrintable(m_store.errorString()));
    }

    qint64 experiment(int number)
    {
        if (m_experiments.contains(number))
            return m_experiments.value(number);
        const qint64 id = m_store.insert(
            QStringLiteral("experiments"),
            {{QStringLiteral("code"), QStringLiteral("TCL-2026-%1").arg(number, 3, 10, QLatin1Char('0'))},
             {QStringLiteral("title"), QStringLiteral("Experiment %1").arg(number)},
             {QStringLiteral("domain"), QStringLiteral("drones")}, {QStringLiteral("stage"), QStringLiteral("active")},
             {QStringLiteral("stage_since"), QStringLiteral("2026-01-01")}, {QStringLiteral("lead_organization_id"), m_org}});
        m_experiments.insert(number, id);
        return id;
    }

    qint64 zone(const ZoneSpec &spec)
    {
        QJsonArray rings{rect(spec.outer)};
        if (!spec.hole.isEmpty()) {
            // A hole runs the other way round.
            QJsonArray hole = rect(spec.hole);
            QJsonArray reversed;
            for (qsizetype i = hole.size() - 1; i >= 0; --i)
                reversed.append(hole.at(i));
            rings.append(reversed);
        }
        const QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), rings}};
        const ZoneGeometry parsed = ZoneGeometry::fromGeoJson(geometry);
        const QRectF box = parsed.bounds();
        QVariantMap values{{QStringLiteral("experiment_id"), experiment(spec.experiment)},
                           {QStringLiteral("name"), spec.name.isEmpty() ? QStringLiteral("Zone %1").arg(++m_zones) : spec.name},
                           {QStringLiteral("geometry"), QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("min_lon"), box.left()}, {QStringLiteral("max_lon"), box.right()},
                           {QStringLiteral("min_lat"), box.top()}, {QStringLiteral("max_lat"), box.bottom()},
                           {QStringLiteral("active_from"), spec.from.isEmpty() ? QVariant() : QVariant(spec.from)},
                           {QStringLiteral("active_to"), spec.to.isEmpty() ? QVariant() : QVariant(spec.to)}};
        const qint64 id = m_store.insert(QStringLiteral("zones"), values);
        if (id < 0)
            qWarning("zone not written: %s", qPrintable(m_store.errorString()));
        return id;
    }

    QSqlDatabase database() const { return m_store.database(); }

private:
    Store m_store;
    qint64 m_org = 0;
    int m_zones = 0;
    QHash<int, qint64> m_experiments;
};

} // namespace

Q_DECLARE_METATYPE(ZoneSpec)

class TestConflicts : public QObject
{
    Q_OBJECT

    // Resident memory of this process in MB, from /proc (Linux).
    static double residentMb()
    {
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (!statm.open(QIODevice::ReadOnly))
            return -1;
        return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024 * 1024);
    }

private slots:
    void initTestCase() { testsupport::isolateSettings(); }

    // A whole-city search leaves its working set freed between the blocks kept after it, which
    // malloc holds resident until asked: the window asks FreedMemory once such a search is shown.
    void freedMemoryGoesBackToTheSystem()
    {
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
        QSKIP("only glibc's own malloc keeps freed memory this way (not AddressSanitizer's)");
#endif
        std::vector<char *> blocks(300000);
        for (char *&block : blocks) {
            block = static_cast<char *>(std::malloc(1000));
            std::memset(block, 1, 1000);
        }
        for (size_t i = 0; i < blocks.size(); ++i)
            if (i % 64 != 0)
                std::free(std::exchange(blocks[i], nullptr));
        const double before = residentMb();
        FreedMemory::giveBack();
        const double after = residentMb();
        for (char *block : blocks)
            std::free(block);
        QVERIFY2(before - after > 150, qPrintable(QStringLiteral("%1 MB resident before, %2 MB after").arg(before).arg(after)));
    }
    void pairs_data();
    void pairs();
    void manyZonesOnlyRealOverlaps();
    void matchesBruteForce();
    void cli_data();
    void cli();
    void csvRows();
    void csvForItalianSpreadsheets();

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("s%1.citylab").arg(++m_stores)); }
};

void TestConflicts::pairs_data()
{
    QTest::addColumn<ZoneSpec>("a");
    QTest::addColumn<ZoneSpec>("b");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<double>("areaM2");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    const QList<double> square = {0, 0, 100, 100};
    const ZoneSpec a{1, square, {}, {}, {}};
    auto b = [](QList<double> r, QString from = {}, QString to = {}, int experiment = 2) {
        return ZoneSpec{experiment, r, {}, from, to};
    };
    QTest::newRow("overlap, both always active") << a << b({50, 50, 150, 150}) << QDate() << true << 2500.0 << QString() << QString();
    QTest::newRow("inside the other") << a << b({30, 30, 70, 70}) << QDate() << true << 1600.0 << QString() << QString();
    QTest::newRow("touching edges") << a << b({100, 0, 200, 100}) << QDate() << false << 0.0 << QString() << QString();
    QTest::newRow("touching corners") << a << b({100, 100, 200, 200}) << QDate() << false << 0.0 << QString() << QString();
    QTest::newRow("apart") << a << b({300, 0, 400, 100}) << QDate() << false << 0.0 << QString() << QString();
    const ZoneSpec holed{1, {0, 0, 300, 300}, {100, 100, 200, 200}, {}, {}};
    QTest::newRow("inside the other's hole") << holed << b({120, 120, 180, 180}) << QDate() << false << 0.0 << QString() << QString();
    QTest::newRow("filling the other's hole exactly") << holed << b({100, 100, 200, 200}) << QDate() << false << 0.0 << QString() << QString();
    QTest::newRow("across the rim of a hole") << holed << b({50, 50, 150, 150}) << QDate() << true << 7500.0 << QString() << QString();
    QTest::newRow("same experiment") << a << b({50, 50, 150, 150}, {}, {}, 1) << QDate() << false << 0.0 << QString() << QString();

    const ZoneSpec may{1, square, {}, QStringLiteral("2026-04-01"), QStringLiteral("2026-05-10")};
    QTest::newRow("ends 10 May, other starts 11 May")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-11"), QStringLiteral("2026-06-30")) << QDate() << false << 0.0
        << QString() << QString();
    QTest::newRow("ends 10 May, other starts 10 May")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-10"), QStringLiteral("2026-06-30")) << QDate() << true << 2500.0
        << QStringLiteral("2026-05-10") << QStringLiteral("2026-05-10");
    QTest::newRow("other ends before it starts")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")) << QDate() << false << 0.0
        << QString() << QString();
    QTest::newRow("open start meets a window")
        << may << b({50, 50, 150, 150}, QString(), QStringLiteral("2026-04-15")) << QDate() << true << 2500.0
        << QStringLiteral("2026-04-01") << QStringLiteral("2026-04-15");
    QTest::newRow("open end meets a window")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-01")) << QDate() << true << 2500.0
        << QStringLiteral("2026-05-01") << QStringLiteral("2026-05-10");
    QTest::newRow("open end after a window closed")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-11")) << QDate() << false << 0.0 << QString() << QString();
    const ZoneSpec fromMarch{1, square, {}, QStringLiteral("2026-03-01"), {}};
    QTest::newRow("both open-ended")
        << fromMarch << b({50, 50, 150, 150}, QStringLiteral("2026-06-01")) << QDate() << true << 2500.0
        << QStringLiteral("2026-06-01") << QString();

    QTest::newRow("on a day both are active")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-05"), QStringLiteral("2026-06-30")) << QDate(2026, 5, 7) << true
        << 2500.0 << QStringLiteral("2026-05-05") << QStringLiteral("2026-05-10");
    QTest::newRow("on the last shared day")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-05"), QStringLiteral("2026-06-30")) << QDate(2026, 5, 10) << true
        << 2500.0 << QStringLiteral("2026-05-05") << QStringLiteral("2026-05-10");
    QTest::newRow("on a day only one is active")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-05"), QStringLiteral("2026-06-30")) << QDate(2026, 5, 11) << false
        << 0.0 << QString() << QString();
    QTest::newRow("on a day before both")
        << may << b({50, 50, 150, 150}, QStringLiteral("2026-05-05"), QStringLiteral("2026-06-30")) << QDate(2026, 3, 1) << false
        << 0.0 << QString() << QString();
}

void TestConflicts::pairs()
{
    QFETCH(ZoneSpec, a);
    QFETCH(ZoneSpec, b);
    QFETCH(QDate, on);
    QFETCH(bool, conflict);
    QFETCH(double, areaM2);
    QFETCH(QString, from);
    QFETCH(QString, to);

    CraftedStore store(newPath());
    const qint64 idA = store.zone(a), idB = store.zone(b);
    QVERIFY(idA > 0 && idB > 0);
    const QList<ZoneConflict> found = ConflictFinder::find(store.database(), {on});
    QCOMPARE(found.size(), conflict ? 1 : 0);
    if (!conflict)
        return;
    const ZoneConflict &c = found.first();
    QCOMPARE(QSet<qint64>({c.a->id, c.b->id}), QSet<qint64>({idA, idB}));
    QCOMPARE(c.a->code, QStringLiteral("TCL-2026-001"));
    QCOMPARE(c.b->code, QStringLiteral("TCL-2026-002"));
    // The test draws with a spherical metre, the finder measures on the ellipsoid: within 1%.
    QVERIFY2(std::abs(c.overlapM2 - areaM2) < areaM2 * 0.01, qPrintable(QString::number(c.overlapM2)));
    QCOMPARE(c.from, from);
    QCOMPARE(c.to, to);
    QCOMPARE(ConflictFinder::zoneIds(found), QSet<qint64>({idA, idB}));
}

// A chessboard of 100 m squares of different experiments: every square touches its
// neighbours (their R*Tree boxes overlap once rounded to floats) and none of them conflict;
// only the three squares laid across others do.
void TestConflicts::manyZonesOnlyRealOverlaps()
{
    CraftedStore store(newPath());
    int experiment = 1;
    for (int x = 0; x < 15; ++x) {
        for (int y = 0; y < 15; ++y)
            QVERIFY(store.zone({experiment++, {x * 100.0, y * 100.0, x * 100.0 + 100, y * 100.0 + 100}, {}, {}, {}}) > 0);
    }
    // Inside one square; across two squares; across a corner of four squares.
    QVERIFY(store.zone({experiment++, {20, 20, 80, 80}, {}, {}, {}}) > 0);
    QVERIFY(store.zone({experiment++, {520, 620, 680, 680}, {}, {}, {}}) > 0);
    QVERIFY(store.zone({experiment++, {1050, 1050, 1150, 1150}, {}, {}, {}}) > 0);
    const QList<ZoneConflict> found = ConflictFinder::find(store.database());
    QCOMPARE(found.size(), 1 + 2 + 4);
    double total = 0;
    for (const ZoneConflict &c : found)
        total += c.overlapM2;
    QVERIFY2(std::abs(total - (3600 + 9600 + 10000)) < 23200 * 0.01, qPrintable(QString::number(total)));
    // Same answer, same order, every time: the work is split between threads.
    for (int i = 0; i < 3; ++i) {
        const QList<ZoneConflict> again = ConflictFinder::find(store.database());
        QCOMPARE(again.size(), found.size());
        for (qsizetype k = 0; k < again.size(); ++k)
            QCOMPARE(again.at(k).a->uuid + again.at(k).b->uuid, found.at(k).a->uuid + found.at(k).b->uuid);
    }
}

// Every pair the finder reports, and only those, is what a pairwise check of all zones finds.
void TestConflicts::matchesBruteForce()
{
    const QString path = testsupport::makeDemo(m_dir, QStringLiteral("demo.citylab"), 1, 3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        struct Z { qint64 id, experiment; QString from, to; ZoneGeometry g; };
        QList<Z> zones;
        QSqlQuery q(QStringLiteral("SELECT id, experiment_id, active_from, active_to, geometry FROM zones"), db);
        while (q.next())
            zones << Z{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       ZoneGeometry::fromGeoJsonText(q.value(4).toByteArray())};
        QVERIFY(zones.size() > 50);
        auto active = [](const Z &z, const QString &day) {
            return (z.from.isEmpty() || z.from <= day) && (z.to.isEmpty() || z.to >= day);
        };
        for (const QDate on : {QDate(), testsupport::referenceDay()}) {
            const QString day = on.toString(Qt::ISODate);
            QSet<QPair<qint64, qint64>> expected;
            for (int i = 0; i < zones.size(); ++i) {
                for (int j = i + 1; j < zones.size(); ++j) {
                    const Z &a = zones.at(i), &b = zones.at(j);
                    if (a.experiment == b.experiment)
                        continue;
                    const bool windows = (a.from.isEmpty() || b.to.isEmpty() || a.from <= b.to)
                                         && (b.from.isEmpty() || a.to.isEmpty() || b.from <= a.to);
                    if (!windows || (on.isValid() && !(active(a, day) && active(b, day))))
                        continue;
                    if (a.g.intersectionAreaM2(b.g) > 0)
                        expected.insert({qMin(a.id, b.id), qMax(a.id, b.id)});
                }
            }
            const QList<ZoneConflict> found = ConflictFinder::find(db, {on});
            QSet<QPair<qint64, qint64>> got;
            for (const ZoneConflict &c : found) {
                got.insert({qMin(c.a->id, c.b->id), qMax(c.a->id, c.b->id)});
                QVERIFY(c.a->code != c.b->code);
                QVERIFY(c.overlapM2 > 0);
                QVERIFY(c.from.isEmpty() || c.to.isEmpty() || c.from <= c.to);
                if (on.isValid()) {
                    QVERIFY(c.from.isEmpty() || c.from <= day);
                    QVERIFY(c.to.isEmpty() || c.to >= day);
                }
            }
            QCOMPARE(got, expected);
            // One experiment's conflicts (its page lists them): exactly the pairs it is part of.
            QSet<qint64> experiments;
            for (const ZoneConflict &c : found)
                experiments << c.a->experimentId << c.b->experimentId;
            for (const qint64 experiment : std::as_const(experiments)) {
                QSet<QPair<qint64, qint64>> mine, itsOwn;
                for (const ZoneConflict &c : found)
                    if (c.a->experimentId == experiment || c.b->experimentId == experiment)
                        mine.insert({qMin(c.a->id, c.b->id), qMax(c.a->id, c.b->id)});
                for (const ZoneConflict &c : ConflictFinder::find(db, {on, experiment}))
                    itsOwn.insert({qMin(c.a->id, c.b->id), qMax(c.a->id, c.b->id)});
                QCOMPARE(itsOwn, mine);
            }
            if (!on.isValid()) {
                // The demo puts a few zones on other experiments' sites on purpose, and no more:
                // a city has some overlaps to settle, not one per zone.
                QVERIFY2(got.size() >= 2 && got.size() <= zones.size() / 10, qPrintable(QString::number(got.size())));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
}

void TestConflicts::cli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inOutput");   // a regular expression

    const QString db = m_dir.filePath(QStringLiteral("cli.citylab"));
    const QString notCityLab = m_dir.filePath(QStringLiteral("plain.sqlite"));
    const auto args = [](std::initializer_list<QString> list) { return QStringList{QStringLiteral("conflicts")} + QStringList(list); };
    QTest::newRow("text") << args({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")}) << 0
                          << QStringLiteral("Zone conflicts: 2\n");
    QTest::newRow("text in Italian") << args({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("it")}) << 0
                                     << QStringLiteral("m²");
    QTest::newRow("on a day") << args({QStringLiteral("--db"), db, QStringLiteral("--on"), QStringLiteral("2026-05-20"),
                                       QStringLiteral("--lang"), QStringLiteral("en")})
                              << 0 << QStringLiteral("Zone conflicts on \\S+: 1\n");
    QTest::newRow("on a quiet day") << args({QStringLiteral("--db"), db, QStringLiteral("--on"), QStringLiteral("2027-05-20"),
                                             QStringLiteral("--lang"), QStringLiteral("en")})
                                    << 0 << QStringLiteral("No zone conflicts on ");
    QTest::newRow("csv") << args({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv")}) << 0
                         << QStringLiteral("^zone_a,zone_b,experiment_a,experiment_b,overlap_m2,from,to\r\n");
    QTest::newRow("bad date") << args({QStringLiteral("--db"), db, QStringLiteral("--on"), QStringLiteral("20/05/2026")}) << 2
                              << QString();
    QTest::newRow("bad format") << args({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xml")}) << 2
                                << QString();
    QTest::newRow("no db") << args({}) << 2 << QString();
    QTest::newRow("missing file") << args({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.citylab"))}) << 1 << QString();
    QTest::newRow("not a CityLab file") << args({QStringLiteral("--db"), notCityLab}) << 1 << QString();
}

// Three experiments: A's square overlaps B's square all May and C's corridor from June on.
static void writeCliStore(const QString &path)
{
    if (QFile::exists(path))
        return;
    CraftedStore store(path);
    store.zone({1, {0, 0, 100, 100}, {}, QStringLiteral("2026-05-01"), {}, QStringLiteral("Piazza Castello")});
    store.zone({2, {50, 0, 150, 100}, {}, QStringLiteral("2026-04-01"), QStringLiteral("2026-05-31"), QStringLiteral("Via Po, tratto 1")});
    store.zone({3, {-50, 80, 200, 90}, {}, QStringLiteral("2026-06-01"), QStringLiteral("2026-12-31"), QStringLiteral("Corridoio \"Dora\"")});
    store.zone({3, {500, 500, 600, 600}, {}, {}, {}, QStringLiteral("Altrove")});
}

void TestConflicts::cli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, inOutput);
    writeCliStore(m_dir.filePath(QStringLiteral("cli.citylab")));
    {
        QFile plain(m_dir.filePath(QStringLiteral("plain.sqlite")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("SQLite format 3\0 but not really", 31);
    }
    const testsupport::RunResult result = testsupport::runCitylab(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err + result.out));
    if (exitCode != 0)
        QVERIFY2(!result.err.isEmpty(), "a failure says why");
    if (!inOutput.isEmpty())
        QVERIFY2(result.out.contains(QRegularExpression(inOutput)), qPrintable(result.out));
}

void TestConflicts::csvRows()
{
    writeCliStore(m_dir.filePath(QStringLiteral("cli.citylab")));
    const testsupport::RunResult result = testsupport::runCitylab(
        {QStringLiteral("conflicts"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.citylab")),
         QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    // Every line ends in CRLF (RFC 4180), as the deadlines' CSV does.
    QCOMPARE(result.out.count(u'\n'), result.out.count(QStringLiteral("\r\n")));
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("zone_a,zone_b,experiment_a,experiment_b,overlap_m2,from,to"));
    // Sorted by experiment then zone; names with commas and quotes escaped; ISO dates, empty
    // when open-ended; the area with a dot, whatever the language.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Piazza Castello,\"Via Po, tratto 1\",TCL-2026-001,TCL-2026-002,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",2026-05-01,2026-05-31")), qPrintable(lines.at(1)));
    const double area = lines.at(1).section(u',', -3, -3).toDouble();
    QVERIFY2(std::abs(area - 5000) < 50, qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Piazza Castello,\"Corridoio \"\"Dora\"\"\",TCL-2026-001,TCL-2026-003,")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(QStringLiteral(",2026-06-01,2026-12-31")), qPrintable(lines.at(2)));
    const double corridor = lines.at(2).section(u',', -3, -3).toDouble();
    QVERIFY2(std::abs(corridor - 1000) < 10, qPrintable(lines.at(2)));
}

// The same rows for Calc or Excel in Italian: a byte order mark, ';' between fields and a
// decimal comma, so the area is a number in its own column, not text.
void TestConflicts::csvForItalianSpreadsheets()
{
    writeCliStore(m_dir.filePath(QStringLiteral("cli.citylab")));
    QProcess cli;   // the bytes as written: QString::fromUtf8 would hide the byte order mark
    cli.start(QStringLiteral(CITYLAB_BIN), {QStringLiteral("conflicts"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.citylab")),
                                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--excel")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray bytes = cli.readAllStandardOutput();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("zone_a;zone_b;experiment_a;experiment_b;overlap_m2;from;to"));
    // A comma in a name needs no quotes now; the area has a decimal comma.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Piazza Castello;Via Po, tratto 1;TCL-2026-001;TCL-2026-002;")),
             qPrintable(lines.at(1)));
    const QString area = lines.at(1).section(u';', -3, -3);
    QVERIFY2(area.contains(u',') && !area.contains(u'.'), qPrintable(area));
    QVERIFY2(std::abs(QLocale(QLocale::Italian).toDouble(area) - 5000) < 50, qPrintable(area));
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
