// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <unistd.h>

using namespace citylab;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pragma(Store &store, const QString &name)
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("PRAGMA ") + name);
        return q.next() ? q.value(0).toString() : QString();
    }

    qint64 addOrganization(Store &store, const QString &name = QStringLiteral("Politecnico di Torino"))
    {
        return store.insert(QStringLiteral("organizations"),
                            {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("university")}});
    }

private slots:
    void createsANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.citylab"));
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(store, QStringLiteral("application_id")).toLongLong(), qint64(Store::applicationId));
        QCOMPARE(pragma(store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(store, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QVERIFY(addOrganization(store) > 0);
        store.close();

        Store again;
        QVERIFY2(again.open(path, Store::OpenMode::OpenExisting), qPrintable(again.errorString()));
        QSqlQuery q(again.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, uuid, created_at FROM organizations")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Politecnico di Torino"));
        QCOMPARE(q.value(1).toString().size(), 36);
        QVERIFY(!q.value(2).toString().isEmpty());
    }

    // A write waits for another writer up to the store's limit, says it waits after a second,
    // then gives up with a reason the user understands.
    void waitsForAnotherWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.citylab"));
        Store writer, waiting;
        QVERIFY(writer.open(path));
        QVERIFY(waiting.open(path, Store::OpenMode::OpenExisting));
        QSqlQuery hold(writer.database());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        waiting.setWriteWaitLimit(1500);
        int waitingSignals = 0;
        connect(&waiting, &Store::waitingForWriter, this, [&] { ++waitingSignals; });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(addOrganization(waiting), qint64(-1));
        QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waitingSignals, 1);
        QVERIFY2(waiting.errorString().contains(QLatin1String("another program has been writing")), qPrintable(waiting.errorString()));
        QVERIFY(!waiting.errorString().contains(QLatin1String("Unable to")));
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QVERIFY(addOrganization(waiting) > 0);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("code;title\nTCL-1;x\n") << QStringLiteral("not an SQLite file");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite file");
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("not an SQLite file");
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("foreign-%1.citylab").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = testsupport::fileHash(path);

        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(path), "the message names the file");
        QCOMPARE(testsupport::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherApplicationsSqliteFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("other-app.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = testsupport::fileHash(path);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("another application")), qPrintable(store.errorString()));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.citylab"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = testsupport::fileHash(path);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer CityLab")), qPrintable(store.errorString()));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void refusesACorruptedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.citylab"));
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(addOrganization(store) > 0);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // keep the header, destroy the schema page
        file.write(QByteArray(3000, '\xA5'));
        file.close();
        const QByteArray before = testsupport::fileHash(path);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void refusesAMissingFileWhenAskedToOpen()
    {
        Store store;
        const QString path = m_dir.filePath(QStringLiteral("missing.citylab"));
        QVERIFY(!store.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(store.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void refusesAReadOnlyFolder()
    {
        if (geteuid() == 0)
            QSKIP("root can write to read-only folders");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.citylab"));
        {
            Store store;
            QVERIFY(store.open(path));
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("read-only")), qPrintable(store.errorString()));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void validatesWritesAndNamesTheField_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing name") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("company")}} << QStringLiteral("name");
        QTest::newRow("blank name") << QVariantMap{{QStringLiteral("name"), QStringLiteral("   ")}, {QStringLiteral("kind"), QStringLiteral("company")}}
                                    << QStringLiteral("name");
        QTest::newRow("unknown kind") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("kind"), QStringLiteral("pirate")}}
                                      << QStringLiteral("kind");
        QTest::newRow("unknown field") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("kind"), QStringLiteral("company")}, {QStringLiteral("colour"), 1}}
                                       << QStringLiteral("colour");
        QTest::newRow("negative answer days") << QVariantMap{{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("kind"), QStringLiteral("authority")}, {QStringLiteral("answer_days"), -3}}
                                              << QStringLiteral("answer_days");
    }

    void validatesWritesAndNamesTheField()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("validate.citylab"))));
        QSqlQuery count(store.database());
        count.exec(QStringLiteral("SELECT count(*) FROM organizations"));
        count.next();
        const int before = count.value(0).toInt();
        count.finish();
        QCOMPARE(store.insert(QStringLiteral("organizations"), values), qint64(-1));
        QCOMPARE(store.lastError().field, field);
        QVERIFY(!store.errorString().isEmpty());
        count.exec(QStringLiteral("SELECT count(*) FROM organizations"));
        count.next();
        QCOMPARE(count.value(0).toInt(), before);
    }

    void refusesDuplicateExperimentCodes()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("codes.citylab"))));
        const QVariantMap experiment{{QStringLiteral("code"), QStringLiteral("TCL-2026-001")},
                                     {QStringLiteral("title"), QStringLiteral("Droni")},
                                     {QStringLiteral("domain"), QStringLiteral("drones")},
                                     {QStringLiteral("stage"), QStringLiteral("proposal")},
                                     {QStringLiteral("stage_since"), QStringLiteral("2026-01-10")}};
        QVERIFY(store.insert(QStringLiteral("experiments"), experiment) > 0);
        QCOMPARE(store.insert(QStringLiteral("experiments"), experiment), qint64(-1));
        QCOMPARE(store.lastError().field, QStringLiteral("code"));
        QVERIFY(store.errorString().contains(QStringLiteral("already used")));
    }

    void updatesAndRemoves()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("update.citylab"))));
        const qint64 id = addOrganization(store);
        const QString createdAt = store.record(QStringLiteral("organizations"), id).value(QStringLiteral("created_at")).toString();
        QVERIFY(store.update(QStringLiteral("organizations"), id, {{QStringLiteral("city"), QStringLiteral("Torino")}}));
        const QVariantMap row = store.record(QStringLiteral("organizations"), id);
        QCOMPARE(row.value(QStringLiteral("city")).toString(), QStringLiteral("Torino"));
        QCOMPARE(row.value(QStringLiteral("created_at")).toString(), createdAt);
        QVERIFY(!store.update(QStringLiteral("organizations"), id, {{QStringLiteral("uuid"), QStringLiteral("x")}}));
        QVERIFY(store.remove(QStringLiteral("organizations"), id));
        QVERIFY(store.record(QStringLiteral("organizations"), id).isEmpty());
        QVERIFY(!store.remove(QStringLiteral("organizations"), id));
        QVERIFY(store.errorString().contains(QStringLiteral("no longer exists")));
    }

    void keepsReferencedRecords()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("fk.citylab"))));
        const qint64 org = addOrganization(store);
        QVERIFY(store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), QStringLiteral("TCL-2026-002")},
                                                             {QStringLiteral("title"), QStringLiteral("Navetta")},
                                                             {QStringLiteral("domain"), QStringLiteral("autonomous_mobility")},
                                                             {QStringLiteral("stage"), QStringLiteral("proposal")},
                                                             {QStringLiteral("stage_since"), QStringLiteral("2026-01-10")},
                                                             {QStringLiteral("lead_organization_id"), org}}) > 0);
        QVERIFY(!store.remove(QStringLiteral("organizations"), org));
        QVERIFY(store.errorString().contains(QStringLiteral("referred to")));
        QVERIFY(!store.record(QStringLiteral("organizations"), org).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
