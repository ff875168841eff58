// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changeset.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace citylab;
using testsupport::runCitylab;

// The change feed: what a commit changed, table by table with ids and uuids, from this
// store or, read from change_log, from another program (the CLI here, as in an office).
class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 scalar(Store &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // The next external ChangeSet announced by `store`.
    static ChangeSet nextExternal(Store &store, QSignalSpy &spy)
    {
        for (int waited = 0; waited < 10000; waited += 20) {
            store.checkExternalChanges();
            for (const QList<QVariant> &arguments : std::as_const(spy)) {
                const ChangeSet changes = arguments.at(0).value<ChangeSet>();
                if (changes.origin == ChangeSet::Origin::External) {
                    spy.clear();
                    return changes;
                }
            }
            QTest::qWait(20);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ChangeSet>();
        testsupport::isolateSettings();
    }

    void localWritesNameTheirRows()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("local.citylab"));
        Store store;
        QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
        QSignalSpy spy(&store, &Store::changed);
        const qint64 id = store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Nuova")},
                                                                         {QStringLiteral("kind"), QStringLiteral("company")}});
        QVERIFY(id > 0);
        QCOMPARE(spy.size(), 1);
        ChangeSet changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.origin, ChangeSet::Origin::Local);
        QCOMPARE(changes.tableNames(), QStringList{QStringLiteral("organizations")});
        QCOMPARE(changes.tables.value(QStringLiteral("organizations")).inserted, QSet<qint64>{id});
        QCOMPARE(changes.tables.value(QStringLiteral("organizations")).uuids.size(), 1);

        // One transaction, one announcement: an insert then an update of the same row is an insert.
        QVERIFY(store.transact([&] {
            const qint64 other = store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Altra")},
                                                                                {QStringLiteral("kind"), QStringLiteral("startup")}});
            return other > 0 && store.update(QStringLiteral("organizations"), other, {{QStringLiteral("name"), QStringLiteral("Altra srl")}})
                && store.update(QStringLiteral("organizations"), id, {{QStringLiteral("name"), QStringLiteral("Nuova spa")}});
        }));
        QCOMPARE(spy.size(), 1);
        changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.tables.value(QStringLiteral("organizations")).inserted.size(), 1);
        QCOMPARE(changes.tables.value(QStringLiteral("organizations")).updated, QSet<qint64>{id});
        QVERIFY(store.remove(QStringLiteral("organizations"), id));
        changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.tables.value(QStringLiteral("organizations")).deleted, QSet<qint64>{id});
        // This store's own commits are never announced again as someone else's.
        store.checkExternalChanges();
        QVERIFY(spy.isEmpty());
    }

    // Another program's zone import: the new zones' ids; its measurement import: the
    // experiment, batch and metrics it filled, read from change_log.
    void otherProgramsWritesAreNamedToo()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("external.citylab"));
        Store store;
        QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
        QSignalSpy spy(&store, &Store::changed);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, code FROM experiments ORDER BY id LIMIT 1")) && query.next());
        const qint64 experiment = query.value(0).toLongLong();
        const QString code = query.value(1).toString();
        query.finish();
        const qint64 lastZone = scalar(store, QStringLiteral("SELECT max(id) FROM zones"));

        QFile zones(m_dir.filePath(QStringLiteral("two.geojson")));
        QVERIFY(zones.open(QIODevice::WriteOnly));
        zones.write(R"({"type":"FeatureCollection","features":[)"
                    R"({"type":"Feature","properties":{"name":"Uno"},"geometry":{"type":"Polygon","coordinates":[[[7.6,45.0],[7.61,45.0],[7.61,45.01],[7.6,45.0]]]}},)"
                    R"({"type":"Feature","properties":{"name":"Due"},"geometry":{"type":"Polygon","coordinates":[[[7.62,45.0],[7.63,45.0],[7.63,45.01],[7.62,45.0]]]}}]})");
        zones.close();
        QCOMPARE(runCitylab({QStringLiteral("import"), QStringLiteral("zones"), zones.fileName(), QStringLiteral("--db"), db,
                             QStringLiteral("--experiment"), code}).exitCode, 0);
        ChangeSet changes = nextExternal(store, spy);
        QCOMPARE(changes.origin, ChangeSet::Origin::External);
        QVERIFY(!changes.everything);
        QCOMPARE(changes.tableNames(), QStringList{QStringLiteral("zones")});
        QCOMPARE(changes.tables.value(QStringLiteral("zones")).inserted, (QSet<qint64>{lastZone + 1, lastZone + 2}));

        QFile csv(m_dir.filePath(QStringLiteral("m.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("time,metric,value\n2026-03-01T10:00:00Z,UAS_NOISE_DB,61.5\n2026-03-01T11:00:00Z,UAS_NOISE_DB,60\n");
        csv.close();
        QCOMPARE(runCitylab({QStringLiteral("import"), QStringLiteral("measurements"), csv.fileName(), QStringLiteral("--db"), db,
                             QStringLiteral("--experiment"), code}).exitCode, 0);
        changes = nextExternal(store, spy);
        QVERIFY(changes.touches(QStringLiteral("measurements")));
        QCOMPARE(changes.importedValues(QStringLiteral("measurements"), QStringLiteral("experiment_id")), QSet<qint64>{experiment});
        const QVariantMap import = changes.tables.value(QStringLiteral("measurements")).imports.constFirst();
        QCOMPARE(import.value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(import.value(QStringLiteral("metric_ids")).toList().size(), 1);
        QCOMPARE(changes.tables.value(QStringLiteral("measurement_batches")).inserted.size(), 1);
    }

    // A restore by another program replaces the file's content: everything changed.
    void aRestoreElsewhereChangesEverything()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("restored.citylab"));
        const QString copy = m_dir.filePath(QStringLiteral("restored copy.citylab"));
        QCOMPARE(runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}).exitCode, 0);
        Store store;
        QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
        QVERIFY(store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Dopo la copia")},
                                                               {QStringLiteral("kind"), QStringLiteral("company")}}) > 0);
        QSignalSpy spy(&store, &Store::changed);
        QSignalSpy tables(&store, &Store::recordsChanged);
        QCOMPARE(runCitylab({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy}).exitCode, 0);
        const ChangeSet changes = nextExternal(store, spy);
        QVERIFY(changes.everything);
        QVERIFY(changes.touches(QStringLiteral("zones")));
        QVERIFY(!tables.isEmpty() && tables.constLast().at(0).toStringList().isEmpty());
    }
};

QTEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
