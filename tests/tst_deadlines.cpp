// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/deadlines.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace citylab;

// What lands on the Today list, and when.
class TestDeadlines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    QStringList references(int horizon, const QDate &today = QDate(2026, 5, 10))
    {
        QStringList refs;
        for (const Deadline &d : Deadlines::collect(m_store, {today, horizon, 120}))
            refs << Deadline::kindKey(d.kind) + u':' + d.reference + u':' + QString::number(d.daysLeft);
        return refs;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("deadlines.citylab"))));
        const qint64 enac = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                             {QStringLiteral("kind"), QStringLiteral("authority")}});
        const auto request = [&](const char *reference, const char *status, const char *due) {
            QVERIFY(m_store.insert(QStringLiteral("regulatory_requests"),
                                   {{QStringLiteral("reference"), QString::fromLatin1(reference)},
                                    {QStringLiteral("authority_id"), enac},
                                    {QStringLiteral("kind"), QStringLiteral("authorization")},
                                    {QStringLiteral("subject"), QStringLiteral("Voli")},
                                    {QStringLiteral("status"), QString::fromLatin1(status)},
                                    {QStringLiteral("due_on"), due ? QVariant(QString::fromLatin1(due)) : QVariant()}}) > 0);
        };
        request("RR-OVERDUE", "submitted", "2026-05-01");
        request("RR-SOON", "resubmitted", "2026-05-20");
        request("RR-LATER", "submitted", "2026-08-01");
        request("RR-SUSPENDED", "integration_requested", nullptr);
        request("RR-GRANTED", "granted", "2026-05-05");

        const auto agreement = [&](const char *protocol, const char *status, const char *validTo, int notice) {
            QVERIFY(m_store.insert(QStringLiteral("agreements"),
                                   {{QStringLiteral("kind"), QStringLiteral("framework")},
                                    {QStringLiteral("title"), QStringLiteral("Accordo quadro")},
                                    {QStringLiteral("status"), QString::fromLatin1(status)},
                                    {QStringLiteral("protocol_number"), QString::fromLatin1(protocol)},
                                    {QStringLiteral("valid_to"), QString::fromLatin1(validTo)},
                                    {QStringLiteral("renewal_notice_days"), notice}}) > 0);
        };
        agreement("P-NOTICE", "signed", "2026-06-30", 60);   // notice started on 1 May
        agreement("P-FAR", "signed", "2027-06-30", 60);
        agreement("P-EXPIRED", "expired", "2026-04-30", 60);  // already handled

        const qint64 experiment = m_store.insert(QStringLiteral("experiments"),
                                                 {{QStringLiteral("code"), QStringLiteral("TCL-2025-001")},
                                                  {QStringLiteral("title"), QStringLiteral("Navetta")},
                                                  {QStringLiteral("domain"), QStringLiteral("autonomous_mobility")},
                                                  {QStringLiteral("stage"), QStringLiteral("screening")},
                                                  {QStringLiteral("stage_since"), QStringLiteral("2026-01-01")}});
        QVERIFY(m_store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), QStringLiteral("TCL-2026-002")},
                                                               {QStringLiteral("title"), QStringLiteral("Robot")},
                                                               {QStringLiteral("domain"), QStringLiteral("robotics")},
                                                               {QStringLiteral("stage"), QStringLiteral("active")},
                                                               {QStringLiteral("stage_since"), QStringLiteral("2025-01-01")}}) > 0);
        const auto followUp = [&](const char *on, bool done) {
            QVERIFY(m_store.insert(QStringLiteral("interactions"),
                                   {{QStringLiteral("kind"), QStringLiteral("call")},
                                    {QStringLiteral("occurred_on"), QStringLiteral("2026-04-01")},
                                    {QStringLiteral("summary"), QStringLiteral("Telefonata")},
                                    {QStringLiteral("experiment_id"), experiment},
                                    {QStringLiteral("follow_up_on"), QString::fromLatin1(on)},
                                    {QStringLiteral("follow_up_done"), int(done)}}) > 0);
        };
        followUp("2026-05-12", false);
        followUp("2026-05-02", true);
    }

    void listsWhatIsDueSoonestFirst()
    {
        QCOMPARE(references(30), (QStringList{
                                     QStringLiteral("request:RR-OVERDUE:-9"),
                                     QStringLiteral("stuck_experiment:TCL-2025-001:-9"),   // 120 days in screening on 1 May
                                     QStringLiteral("follow_up:TCL-2025-001:2"),
                                     QStringLiteral("request:RR-SOON:10"),
                                     QStringLiteral("agreement:P-NOTICE:51"),
                                 }));
    }

    void overdueItemsAreListedWhateverTheHorizon()
    {
        QCOMPARE(references(0), (QStringList{QStringLiteral("request:RR-OVERDUE:-9"),
                                             QStringLiteral("stuck_experiment:TCL-2025-001:-9"),
                                             QStringLiteral("agreement:P-NOTICE:51")}));
    }

    void aLongerHorizonReachesFurther()
    {
        QVERIFY(references(90).contains(QStringLiteral("request:RR-LATER:83")));
        QVERIFY(!references(90).join(u' ').contains(QStringLiteral("RR-SUSPENDED")));
        QVERIFY(!references(90).join(u' ').contains(QStringLiteral("RR-GRANTED")));
        QVERIFY(!references(400).join(u' ').contains(QStringLiteral("P-EXPIRED")));
    }

    // The office's threshold for "stuck", kept in the database: TCL-2025-001 has been in
    // screening since 1 January; on 10 May that is 129 days.
    void stuckMeansTheOfficesThreshold_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("expected");   // the stuck entry, or empty
        QTest::newRow("default 120: 9 days late") << 0 << QStringLiteral("stuck_experiment:TCL-2025-001:-9");
        QTest::newRow("60: 69 days late") << 60 << QStringLiteral("stuck_experiment:TCL-2025-001:-69");
        QTest::newRow("129: today") << 129 << QStringLiteral("stuck_experiment:TCL-2025-001:0");
        QTest::newRow("150: within the 30 days ahead") << 150 << QStringLiteral("stuck_experiment:TCL-2025-001:21");
        QTest::newRow("200: not yet") << 200 << QString();
    }

    void stuckMeansTheOfficesThreshold()
    {
        QFETCH(int, threshold);
        QFETCH(QString, expected);
        if (threshold > 0)
            QVERIFY2(Deadlines::setStuckAfterDays(m_store, threshold), qPrintable(m_store.errorString()));
        QCOMPARE(Deadlines::stuckAfterDays(m_store), threshold > 0 ? threshold : Deadlines::defaultStuckAfterDays);
        Deadlines::Options options{QDate(2026, 5, 10), 30, Deadlines::stuckAfterDays(m_store)};
        QStringList stuck;
        for (const Deadline &d : Deadlines::collect(m_store, options))
            if (d.kind == Deadline::StuckExperiment)
                stuck << Deadline::kindKey(d.kind) + u':' + d.reference + u':' + QString::number(d.daysLeft);
        QCOMPARE(stuck, expected.isEmpty() ? QStringList() : QStringList{expected});
    }

    void aThresholdOutOfRangeIsRefusedAndKeepsTheOldOne()
    {
        QVERIFY(Deadlines::setStuckAfterDays(m_store, 90));
        QVERIFY(!Deadlines::setStuckAfterDays(m_store, 0));
        QVERIFY2(m_store.errorString().contains(QStringLiteral("3650")), qPrintable(m_store.errorString()));
        QVERIFY(!Deadlines::setStuckAfterDays(m_store, 5000));
        QCOMPARE(Deadlines::stuckAfterDays(m_store), 90);
        // setting the same value again writes nothing to the change log
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'settings'")) && q.next());
        const int logged = q.value(0).toInt();
        q.finish();
        QVERIFY(Deadlines::setStuckAfterDays(m_store, 90));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'settings'")) && q.next());
        QCOMPARE(q.value(0).toInt(), logged);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
