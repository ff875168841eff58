// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/requestworkflow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace citylab;

// A regulatory request through its procedure, with the due date following the clock.
class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_authority = -1;
    int m_serial = 0;

    qint64 draft(int statutoryDays = 0)
    {
        return m_store.insert(QStringLiteral("regulatory_requests"),
                              {{QStringLiteral("reference"), QStringLiteral("RR-T-%1").arg(++m_serial)},
                               {QStringLiteral("authority_id"), m_authority},
                               {QStringLiteral("kind"), QStringLiteral("authorization")},
                               {QStringLiteral("subject"), QStringLiteral("Autorizzazione UAS")},
                               {QStringLiteral("status"), QStringLiteral("draft")},
                               {QStringLiteral("statutory_days"), statutoryDays > 0 ? QVariant(statutoryDays) : QVariant()}});
    }

    QString field(qint64 id, const char *name)
    {
        return m_store.record(QStringLiteral("regulatory_requests"), id).value(QString::fromLatin1(name)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("requests.citylab"))));
        m_authority = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                       {QStringLiteral("kind"), QStringLiteral("authority")},
                                                                       {QStringLiteral("answer_days"), 60}});
    }

    void aRequestThroughItsProcedure()
    {
        RequestWorkflow workflow(m_store);
        const qint64 id = draft();
        QVERIFY2(workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)), qPrintable(workflow.errorString()));
        QCOMPARE(field(id, "submitted_on"), QStringLiteral("2026-03-02"));
        QCOMPARE(field(id, "due_on"), QStringLiteral("2026-05-02"));       // 60 days, the authority's term
        QVERIFY(workflow.change(id, QStringLiteral("integration_requested"), QDate(2026, 3, 12)));
        QCOMPARE(field(id, "due_on"), QString());                          // the clock stops
        QCOMPARE(field(id, "suspended_on"), QStringLiteral("2026-03-12"));
        QCOMPARE(field(id, "days_elapsed_before_suspension"), QStringLiteral("10"));
        QVERIFY(workflow.change(id, QStringLiteral("resubmitted"), QDate(2026, 4, 1)));
        QCOMPARE(field(id, "due_on"), QStringLiteral("2026-05-21"));       // 50 days left from 1 April
        QCOMPARE(field(id, "suspended_on"), QString());
        QVERIFY(workflow.change(id, QStringLiteral("granted_with_conditions"), QDate(2026, 5, 20), QStringLiteral("Con presidio")));
        QCOMPARE(field(id, "decided_on"), QStringLiteral("2026-05-20"));
        QCOMPARE(field(id, "status"), QStringLiteral("granted_with_conditions"));

        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT group_concat(to_status, ' > ') FROM (SELECT to_status FROM request_status_changes"
                                 " WHERE request_id = ? ORDER BY on_date, id)"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("submitted > integration_requested > resubmitted > granted_with_conditions"));
    }

    void theRequestsOwnTermWins()
    {
        RequestWorkflow workflow(m_store);
        const qint64 id = draft(30);
        QVERIFY(workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        QCOMPARE(field(id, "due_on"), QStringLiteral("2026-04-01"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");     // steps before, comma-separated
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("decided while a draft") << QString() << QStringLiteral("granted") << QDate(2026, 3, 1) << QStringLiteral("cannot become granted");
        QTest::newRow("resubmitted without integration") << QStringLiteral("submitted") << QStringLiteral("resubmitted") << QDate(2026, 3, 9) << QStringLiteral("cannot become resubmitted");
        QTest::newRow("after a decision") << QStringLiteral("submitted,denied") << QStringLiteral("withdrawn") << QDate(2026, 3, 9) << QStringLiteral("procedure is closed");
        QTest::newRow("before the last step") << QStringLiteral("submitted") << QStringLiteral("granted") << QDate(2026, 2, 1) << QStringLiteral("before the last step");
        QTest::newRow("in the future") << QString() << QStringLiteral("submitted") << QDate::currentDate().addDays(2) << QStringLiteral("future");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, to);
        QFETCH(QDate, on);
        QFETCH(QString, refusal);
        RequestWorkflow workflow(m_store);
        const qint64 id = draft();
        for (const QString &step : path.split(u',', Qt::SkipEmptyParts))
            QVERIFY(workflow.change(id, step, QDate(2026, 3, 5)));
        const QString status = field(id, "status");
        QVERIFY(!workflow.change(id, to, on));
        QVERIFY2(workflow.errorString().contains(refusal), qPrintable(workflow.errorString()));
        QCOMPARE(field(id, "status"), status);
    }
};

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
