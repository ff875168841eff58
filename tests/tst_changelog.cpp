// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkinsert.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace citylab;

// Every write through the Store is in the audit trail, and announced once committed.
class TestChangeLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    struct Entry
    {
        QString who, table, rowUuid, action;
        QJsonObject before, after;
    };

    QList<Entry> entries()
    {
        QList<Entry> result;
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT who, table_name, row_uuid, action, before_json, after_json FROM change_log ORDER BY id"));
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           QJsonDocument::fromJson(q.value(4).toByteArray()).object(),
                           QJsonDocument::fromJson(q.value(5).toByteArray()).object()});
        return result;
    }

    qint64 addAuthority()
    {
        return m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                {QStringLiteral("kind"), QStringLiteral("authority")},
                                                                {QStringLiteral("answer_days"), 60}});
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("log.citylab")));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("log.citylab"))));
        m_store.setUserName(QStringLiteral("giulia.ferrero"));
    }

    void cleanup() { m_store.close(); }

    void logsInsertUpdateAndDelete()
    {
        const qint64 id = addAuthority();
        QVERIFY(id > 0);
        const QString uuid = m_store.record(QStringLiteral("organizations"), id).value(QStringLiteral("uuid")).toString();
        QVERIFY(m_store.update(QStringLiteral("organizations"), id, {{QStringLiteral("answer_days"), 90},
                                                                     {QStringLiteral("name"), QStringLiteral("ENAC")}}));
        QVERIFY(m_store.remove(QStringLiteral("organizations"), id));

        const QList<Entry> log = entries();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].action, QStringLiteral("insert"));
        QCOMPARE(log[0].who, QStringLiteral("giulia.ferrero"));
        QCOMPARE(log[0].table, QStringLiteral("organizations"));
        QCOMPARE(log[0].rowUuid, uuid);
        QCOMPARE(log[0].after.value(QStringLiteral("name")).toString(), QStringLiteral("ENAC"));

        // an update records only the fields that changed, before and after
        QCOMPARE(log[1].action, QStringLiteral("update"));
        QCOMPARE(log[1].before.keys(), QStringList{QStringLiteral("answer_days")});
        QCOMPARE(log[1].before.value(QStringLiteral("answer_days")).toInt(), 60);
        QCOMPARE(log[1].after.value(QStringLiteral("answer_days")).toInt(), 90);

        QCOMPARE(log[2].action, QStringLiteral("delete"));
        QCOMPARE(log[2].rowUuid, uuid);
        QCOMPARE(log[2].before.value(QStringLiteral("answer_days")).toInt(), 90);
    }

    void anUpdateThatChangesNothingIsNotLogged()
    {
        const qint64 id = addAuthority();
        QVERIFY(m_store.update(QStringLiteral("organizations"), id, {{QStringLiteral("name"), QStringLiteral("ENAC")}}));
        QCOMPARE(entries().size(), 1);
    }

    void aFailedWriteLeavesNoTrace()
    {
        QSignalSpy changed(&m_store, &Store::recordsChanged);
        QCOMPARE(m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("X")},
                                                                  {QStringLiteral("kind"), QStringLiteral("nonsense")}}),
                 qint64(-1));
        QVERIFY(entries().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void announcesOnceAfterTheOutermostCommit()
    {
        QSignalSpy changed(&m_store, &Store::recordsChanged);
        QVERIFY(m_store.transact([&] {
            const qint64 org = addAuthority();
            m_store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Anna Rossi")},
                                                      {QStringLiteral("organization_id"), org}});
            return changed.isEmpty(); // nothing announced before the commit
        }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), (QStringList{QStringLiteral("organizations"), QStringLiteral("people")}));
    }

    void aRolledBackTransactionUndoesEverything()
    {
        QSignalSpy changed(&m_store, &Store::recordsChanged);
        QVERIFY(!m_store.transact([&] {
            addAuthority();
            return m_store.fail(QStringLiteral("the user cancelled"));
        }));
        QCOMPARE(m_store.errorString(), QStringLiteral("the user cancelled"));
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM organizations"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(entries().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void aNestedFailureRollsBackOnlyItsPart()
    {
        QVERIFY(m_store.transact([&] {
            addAuthority();
            m_store.transact([&] {
                addAuthority();
                return false;
            });
            return true;
        }));
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM organizations"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(entries().size(), 1);
    }

    void aBulkInsertIsLoggedAsOneImport()
    {
        QVERIFY(m_store.transact([&] {
            BulkInsert bulk(m_store, QStringLiteral("metrics"), {QStringLiteral("code"), QStringLiteral("name"),
                                                                 QStringLiteral("direction")});
            for (int i = 0; i < 500; ++i)
                if (bulk.add({QStringLiteral("M%1").arg(i), QStringLiteral("Metric %1").arg(i),
                              QStringLiteral("higher_is_better")}) < 0)
                    return false;
            return bulk.finish(QStringLiteral("test"));
        }));
        const QList<Entry> log = entries();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, QStringLiteral("import"));
        QCOMPARE(log[0].after.value(QStringLiteral("rows")).toInt(), 500);
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(DISTINCT uuid), min(created_at) IS NOT NULL FROM metrics"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 500);
        QVERIFY(q.value(1).toBool());
    }

    void anotherConnectionsChangeIsAnnounced()
    {
        QSignalSpy changed(&m_store, &Store::recordsChanged);
        m_store.watchExternalChanges(50);
        Store other;
        QVERIFY(other.open(m_store.path(), Store::OpenMode::OpenExisting));
        QVERIFY(other.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("AGCOM")},
                                                               {QStringLiteral("kind"), QStringLiteral("authority")}}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        // read from the change log: which table, not "anything may have changed"
        QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("organizations")});
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
