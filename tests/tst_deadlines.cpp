// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/deadlines.h"
#include "privacy/personerasure.h"
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

    // Personal data kept past the office's retention period (60 months until it says
    // otherwise), counted from the day the last tie to a running experiment ended, is listed
    // for review; reviewing it ("keep for another period") starts the period again.
    void personalDataPastRetentionIsListedForReview()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("retention.citylab"))));
        const auto experiment = [&](const char *code, const char *stage, const char *since) {
            return store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), QString::fromLatin1(code)},
                                                                {QStringLiteral("title"), QStringLiteral("Droni")},
                                                                {QStringLiteral("domain"), QStringLiteral("drones")},
                                                                {QStringLiteral("stage"), QString::fromLatin1(stage)},
                                                                {QStringLiteral("stage_since"), QString::fromLatin1(since)}});
        };
        const qint64 concluded = experiment("TCL-2019-001", "concluded", "2020-06-30");
        const qint64 running = experiment("TCL-2019-002", "active", "2019-01-10");
        const qint64 anna = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Anna Ferri")}});
        const qint64 bruno = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Bruno Galli")}});
        QVERIFY(concluded > 0 && running > 0 && anna > 0 && bruno > 0);
        const auto contact = [&](const char *on, const char *summary, qint64 experimentId, qint64 person) {
            const qint64 id = store.insert(QStringLiteral("interactions"),
                                           {{QStringLiteral("kind"), QStringLiteral("meeting")},
                                            {QStringLiteral("occurred_on"), QString::fromLatin1(on)},
                                            {QStringLiteral("summary"), QString::fromLatin1(summary)},
                                            {QStringLiteral("experiment_id"), experimentId > 0 ? QVariant(experimentId) : QVariant()},
                                            {QStringLiteral("person_id"), person > 0 ? QVariant(person) : QVariant()}});
            return id;
        };
        // on the committee of a call still open: tied, whatever her old contacts
        const qint64 carla = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Carla Neri")}});
        const qint64 call = store.insert(QStringLiteral("calls"), {{QStringLiteral("name"), QStringLiteral("Call aperta")},
                                                                   {QStringLiteral("opened_on"), QStringLiteral("2018-01-01")}});
        QVERIFY(carla > 0 && call > 0);
        QVERIFY(store.insert(QStringLiteral("committee_members"), {{QStringLiteral("call_id"), call}, {QStringLiteral("person_id"), carla}}) > 0);
        // erased on request: never listed again
        const qint64 dario = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Dario Sala")}});
        QVERIFY(dario > 0);
        QVERIFY(contact("2019-03-01", "Sopralluogo", concluded, anna) > 0);   // counted from the close: due 30 Jun 2025
        QVERIFY(contact("2019-03-01", "Riunione", running, bruno) > 0);      // the experiment still runs
        QVERIFY(contact("2021-09-01", "Verbale", concluded, -1) > 0);        // due 1 Sep 2026
        const qint64 loose = contact("2020-01-15", "Telefonata", -1, -1);    // no experiment: due 15 Jan 2025
        QVERIFY(loose > 0);
        QVERIFY(contact("2019-05-01", "Incontro", concluded, carla) > 0);
        QVERIFY(contact("2019-05-02", "Incontro con Dario Sala", concluded, dario) > 0);
        QString error;
        const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(store, dario, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY2(PersonErasure::erase(store, *plan, plan->mentions, &error), qPrintable(error));

        const auto listed = [&](int months = -1) {
            QStringList found;
            QString error;
            Deadlines::Options options;
            options.today = QDate(2026, 5, 10);
            options.retentionMonths = months;
            for (const Deadline &d : Deadlines::collect(store, options, &error))
                if (d.kind == Deadline::RetainedContact || d.kind == Deadline::RetainedPerson)
                    found << Deadline::kindKey(d.kind) + u':' + d.title + u':' + d.dueOn.toString(Qt::ISODate);
            if (!error.isEmpty())
                found << error;
            return found;
        };
        const QString erasedContact = store.record(QStringLiteral("interactions"), loose + 2).value(QStringLiteral("summary")).toString();
        QCOMPARE(listed(), (QStringList{QStringLiteral("retained_contact:Telefonata:2025-01-15"),
                                        QStringLiteral("retained_person:Anna Ferri:2025-06-30"),
                                        QStringLiteral("retained_contact:Sopralluogo:2025-06-30"),
                                        QStringLiteral("retained_contact:Incontro:2025-06-30"),
                                        QStringLiteral("retained_contact:%1:2025-06-30").arg(erasedContact)}));
        // reviewed today and kept: listed again five years on
        QVERIFY(store.update(QStringLiteral("interactions"), loose, {{QStringLiteral("retention_reviewed_on"), QStringLiteral("2026-05-10")}}));
        QVERIFY(store.update(QStringLiteral("people"), anna, {{QStringLiteral("retention_reviewed_on"), QStringLiteral("2026-05-10")}}));
        QCOMPARE(listed().mid(0, 1), QStringList{QStringLiteral("retained_contact:Sopralluogo:2025-06-30")});
        // a longer period chosen by the office
        QCOMPARE(listed(120), QStringList());
        QVERIFY(!Deadlines::setRetentionMonths(store, 2));
        QCOMPARE(Deadlines::retentionMonths(store), Deadlines::defaultRetentionMonths);
        QVERIFY(Deadlines::setRetentionMonths(store, 120));
        QCOMPARE(listed(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
