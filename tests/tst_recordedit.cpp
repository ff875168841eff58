// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordedit.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace citylab;

// Edits from the window: undoable, and never silently overwriting someone else's.
class TestRecordEdit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QUndoStack m_undo;
    qint64 m_org = -1;

    QString field(const QString &name) { return m_store.record(QStringLiteral("organizations"), m_org).value(name).toString(); }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("edit.citylab")));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("edit.citylab"))));
        m_undo.clear();
        m_org = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Politecnico")},
                                                                 {QStringLiteral("kind"), QStringLiteral("university")}});
    }

    void cleanup() { m_store.close(); }

    void undoAndRedoAnUpdate()
    {
        QVERIFY(RecordEdit::update(m_store, m_undo, QStringLiteral("organizations"), m_org,
                                   {{QStringLiteral("name"), QStringLiteral("Politecnico di Torino")},
                                    {QStringLiteral("city"), QStringLiteral("Torino")}}, QStringLiteral("Edit")));
        QCOMPARE(field(QStringLiteral("name")), QStringLiteral("Politecnico di Torino"));
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(field(QStringLiteral("name")), QStringLiteral("Politecnico"));
        QVERIFY(m_store.record(QStringLiteral("organizations"), m_org).value(QStringLiteral("city")).isNull());
        m_undo.redo();
        QCOMPARE(field(QStringLiteral("city")), QStringLiteral("Torino"));
        // every step is in the audit trail
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE action = 'update'"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void aRefusedEditIsNotPushed()
    {
        QVERIFY(!RecordEdit::update(m_store, m_undo, QStringLiteral("organizations"), m_org,
                                    {{QStringLiteral("name"), QString()}}, QStringLiteral("Edit")));
        QCOMPARE(m_store.lastError().field, QStringLiteral("name"));
        QCOMPARE(m_undo.count(), 0);
        QCOMPARE(field(QStringLiteral("name")), QStringLiteral("Politecnico"));
    }

    void undoAndRedoAnInsert()
    {
        const qint64 id = RecordEdit::insert(m_store, m_undo, QStringLiteral("people"),
                                             {{QStringLiteral("full_name"), QStringLiteral("Sara Costa")},
                                              {QStringLiteral("organization_id"), m_org}}, QStringLiteral("New contact"));
        QVERIFY(id > 0);
        const QString uuid = m_store.record(QStringLiteral("people"), id).value(QStringLiteral("uuid")).toString();
        m_undo.undo();
        QVERIFY(m_store.record(QStringLiteral("people"), id).isEmpty());
        m_undo.redo();
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT full_name FROM people WHERE uuid = ?"));
        q.addBindValue(uuid);
        QVERIFY(q.exec() && q.next());  // the same record, by its stable uuid
        QCOMPARE(q.value(0).toString(), QStringLiteral("Sara Costa"));
    }

    void detectsWhatSomeoneElseChangedMeanwhile()
    {
        const QVariantMap loaded = m_store.record(QStringLiteral("organizations"), m_org);
        QTest::qWait(5); // a later timestamp
        Store other;
        QVERIFY(other.open(m_store.path(), Store::OpenMode::OpenExisting));
        other.setUserName(QStringLiteral("marco.bertola"));
        QVERIFY(other.update(QStringLiteral("organizations"), m_org, {{QStringLiteral("city"), QStringLiteral("Milano")},
                                                                      {QStringLiteral("email"), QStringLiteral("info@polito.it")}}));
        // my edit touches city (changed meanwhile) and name (not touched by them)
        const QVariantMap mine{{QStringLiteral("city"), QStringLiteral("Torino")}, {QStringLiteral("name"), QStringLiteral("PoliTo")}};
        const QList<RecordEdit::Conflict> conflicts = RecordEdit::conflicts(m_store, QStringLiteral("organizations"), m_org, loaded, mine);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, QStringLiteral("city"));
        QCOMPARE(conflicts.first().theirs.toString(), QStringLiteral("Milano"));
        QCOMPARE(conflicts.first().mine.toString(), QStringLiteral("Torino"));
        QCOMPARE(RecordEdit::lastChange(m_store, QStringLiteral("organizations"), m_org).first, QStringLiteral("marco.bertola"));
        // nothing to ask when the record did not change
        const QVariantMap fresh = m_store.record(QStringLiteral("organizations"), m_org);
        QVERIFY(RecordEdit::conflicts(m_store, QStringLiteral("organizations"), m_org, fresh, mine).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordEdit)
#include "tst_recordedit.moc"
