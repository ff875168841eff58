// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace citylab;

// Every older schema version opens and is upgraded to the newest, keeping its data.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A CityLab file left at schema version `version`, as an older CityLab would have made it.
    static bool makeFileAtVersion(const QString &path, int version)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return false;
        const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(Store::applicationId) + ";";
        bool ok = sqlite3_exec(db, setId.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        QString error;
        ok = ok && Migrations::migrate(db, 0, version, &error);
        if (ok && version >= 1) {
            // A record that must survive every later step.
            ok = sqlite3_exec(db,
                              "INSERT INTO organizations (uuid, name, kind, created_at, updated_at) VALUES "
                              "('6f1c1d8e-0000-4000-8000-000000000001', 'Città di Torino', 'public_body',"
                              " '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');",
                              nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        sqlite3_close(db);
        return ok;
    }

private slots:
    void stepsAreNumberedFromOne()
    {
        QVERIFY(Migrations::latestVersion() >= 1);
        for (int version = 1; version <= Migrations::latestVersion(); ++version)
            QVERIFY2(!Migrations::stepSql(version).isEmpty(), qPrintable(QString::number(version)));
        QVERIFY(Migrations::stepSql(Migrations::latestVersion() + 1).isEmpty());
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("v%1.citylab").arg(from));
        QVERIFY(makeFileAtVersion(path, from));

        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(store.database());
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM organizations WHERE uuid = '6f1c1d8e-0000-4000-8000-000000000001'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Città di Torino"));
            // the file as it was is kept beside the upgraded one
            QVERIFY(QFile::exists(path + QStringLiteral(".schema-v%1.bak").arg(from)));
        }
        // the search index is refilled when it is remade (0003): the old record is found
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '\"citta\"*'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
        // agreements keep their own documents (0003)
        QVERIFY(store.columns(QStringLiteral("attachments")).contains(QStringLiteral("agreement_id")));
        // the newest schema is complete: every entity of the design is there
        for (const char *table : {"organizations", "people", "experiments", "experiment_partners", "zones",
                                  "agreements", "regulatory_requests", "request_revisions", "interactions",
                                  "metrics", "targets", "measurements", "attachments", "change_log", "settings",
                                  "search_index", "zone_bounds"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
        }
    }

    void inspectingDoesNotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("inspect.citylab"));
        QVERIFY(makeFileAtVersion(path, 0));
        const QByteArray before = testsupport::fileHash(path);
        {
            Store store;
            QVERIFY2(store.open(path, Store::OpenMode::Inspect), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), 0);
        }
        QCOMPARE(testsupport::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
