// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions of a request's text: who saved what and when, a readable difference, and
// restoring without losing anything.
#include "drafting/requestrevisions.h"
#include "drafting/textdiff.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace citylab;

class TestRevisions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    qint64 firstRequest(Store &store)
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT min(id) FROM regulatory_requests"));
        q.next();
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_path = testsupport::makeDemo(m_dir);
    }

    void saveRecordsAuthorAndTime()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.setUserName(QStringLiteral("avv. Rossi"));
        const qint64 id = firstRequest(store);
        const int before = RequestRevisions::list(store, id).size();
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        QString error;
        const int n = RequestRevisions::save(store, id, QStringLiteral("<p>Prima stesura della richiesta.</p>"), QString(), &error);
        QVERIFY2(n > 0, qPrintable(error));
        const RequestRevisions::Revision r = RequestRevisions::load(store, id, n);
        QCOMPARE(r.author, QStringLiteral("avv. Rossi"));
        QVERIFY(r.savedAt >= start && r.savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(RequestRevisions::list(store, id).size(), before + 1);
        QCOMPARE(store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("body")).toString(), r.body);
        // saving the same text again adds nothing
        QCOMPARE(RequestRevisions::save(store, id, r.body, QString(), &error), 0);
        QVERIFY(error.contains(QString::number(n)));
        QCOMPARE(RequestRevisions::list(store, id).size(), before + 1);
    }

    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::newRow("word changed") << QStringLiteral("La durata è di sei mesi.") << QStringLiteral("La durata è di dodici mesi.")
                                      << QStringList{QStringLiteral("dodici ")} << QStringList{QStringLiteral("sei ")};
        QTest::newRow("paragraph added") << QStringLiteral("Uno.\nTre.") << QStringLiteral("Uno.\nDue.\nTre.")
                                         << QStringList{QStringLiteral("Due.\n")} << QStringList();
        QTest::newRow("paragraph removed") << QStringLiteral("Uno.\nDue.\nTre.") << QStringLiteral("Uno.\nTre.")
                                           << QStringList() << QStringList{QStringLiteral("Due.\n")};
        QTest::newRow("paragraph rewritten") << QStringLiteral("Uno.\nLa zona è il parco.\nTre.") << QStringLiteral("Uno.\nServe un nulla osta ENAC.\nTre.")
                                             << QStringList{QStringLiteral("Serve un nulla osta ENAC.\n")}
                                             << QStringList{QStringLiteral("La zona è il parco.\n")};
        QTest::newRow("same") << QStringLiteral("Nulla cambia.") << QStringLiteral("Nulla cambia.") << QStringList() << QStringList();
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QStringList foundAdded, foundRemoved;
        QString rebuiltBefore, rebuiltAfter;
        for (const TextDiff::Piece &p : TextDiff::compare(before, after)) {
            if (p.op == TextDiff::Op::Added)
                foundAdded << p.text;
            if (p.op == TextDiff::Op::Removed)
                foundRemoved << p.text;
            if (p.op != TextDiff::Op::Added)
                rebuiltBefore += p.text;
            if (p.op != TextDiff::Op::Removed)
                rebuiltAfter += p.text;
        }
        QCOMPARE(foundAdded, added);
        QCOMPARE(foundRemoved, removed);
        QCOMPARE(rebuiltBefore.trimmed(), before.trimmed());
        QCOMPARE(rebuiltAfter.trimmed(), after.trimmed());
        const QString html = TextDiff::toHtml(TextDiff::compare(before, after));
        QCOMPARE(html.contains(QStringLiteral("line-through")), !removed.isEmpty());
        QCOMPARE(html.contains(QStringLiteral("underline")), !added.isEmpty());
    }

    void restoreMakesNewRevision()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = firstRequest(store);
        QString error;
        const int a = RequestRevisions::save(store, id, QStringLiteral("<p>Testo A</p>"), QString(), &error);
        const int b = RequestRevisions::save(store, id, QStringLiteral("<p>Testo B</p>"), QString(), &error);
        QVERIFY2(a > 0 && b == a + 1, qPrintable(error));
        const int c = RequestRevisions::restore(store, id, a, &error);
        QCOMPARE(c, b + 1);
        QCOMPARE(RequestRevisions::load(store, id, c).body, QStringLiteral("<p>Testo A</p>"));
        QVERIFY(RequestRevisions::load(store, id, c).note.contains(QString::number(a)));
        QCOMPARE(RequestRevisions::load(store, id, b).body, QStringLiteral("<p>Testo B</p>"));   // nothing lost
        QCOMPARE(store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("body")).toString(), QStringLiteral("<p>Testo A</p>"));
        QCOMPARE(RequestRevisions::restore(store, id, 999, &error), 0);
    }
};

QTEST_MAIN(TestRevisions)
#include "tst_revisions.moc"
