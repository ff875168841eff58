// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/reportdata.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// What the reports read, on the demo of the reference day: the key figures count the
// period's bounds, an unknown code is no error, the last day's contacts are in the period,
// and a store that cannot be read gives no data rather than empty tables.
class TestReportData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFiguresCountThePeriod_data();
    void keyFiguresCountThePeriod();
    void domainsAddUp();
    void activeExperiments();
    void experimentByCode();
    void interactionsIncludeTheLastDay();
    void failedReadIsAnError();

private:
    qint64 count(const QString &sql, const QString &from = {}, const QString &to = {});

    QTemporaryDir m_dir;
    QString m_demo;
    Store m_store;
};

void TestReportData::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
    QVERIFY(m_store.open(m_demo));
}

qint64 TestReportData::count(const QString &sql, const QString &from, const QString &to)
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    if (sql.contains(QLatin1String(":from")))
        query.bindValue(QStringLiteral(":from"), from);
    if (sql.contains(QLatin1String(":to")))
        query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec() || !query.next())
        qFatal("cannot count: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestReportData::keyFiguresCountThePeriod_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("everything") << QStringLiteral("0000-01-01") << QStringLiteral("2026-05-10");
    QTest::newRow("2025") << QStringLiteral("2025-01-01") << QStringLiteral("2025-12-31");
    QTest::newRow("one day") << QStringLiteral("2026-05-10") << QStringLiteral("2026-05-10");
    QTest::newRow("before anything") << QStringLiteral("1990-01-01") << QStringLiteral("1990-12-31");
}

void TestReportData::keyFiguresCountThePeriod()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString error;
    const auto figures = ReportData::keyFigures(m_store, {from, to}, &error);
    QVERIFY2(figures, qPrintable(error));
    QCOMPARE(figures->experiments, count(QStringLiteral("SELECT count(*) FROM experiments")));
    QCOMPARE(figures->active, count(QStringLiteral("SELECT count(*) FROM experiments WHERE stage = 'active'")));
    QCOMPARE(figures->started, count(QStringLiteral("SELECT count(*) FROM experiments WHERE start_on BETWEEN :from AND :to"), from, to));
    QCOMPARE(figures->signedAgreements,
             count(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on BETWEEN :from AND :to"), from, to));
    QCOMPARE(figures->decisions,
             count(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE decided_on BETWEEN :from AND :to"), from, to));
    if (from.startsWith(u'0')) {
        // the whole history holds something of each
        QVERIFY(figures->started > 0);
        QVERIFY(figures->signedAgreements > 0);
        QVERIFY(figures->decisions > 0);
    }
}

void TestReportData::domainsAddUp()
{
    const auto domains = ReportData::domains(m_store);
    QVERIFY(domains);
    QVERIFY(!domains->isEmpty());
    int total = 0;
    for (qsizetype i = 0; i < domains->size(); ++i) {
        const ReportData::DomainRow &row = domains->at(i);
        QVERIFY(row.active + row.concluded <= row.experiments);
        if (i > 0)
            QVERIFY(domains->at(i - 1).experiments >= row.experiments);   // the largest first
        total += row.experiments;
    }
    QCOMPARE(total, count(QStringLiteral("SELECT count(*) FROM experiments")));
}

void TestReportData::activeExperiments()
{
    const auto active = ReportData::activeExperiments(m_store);
    QVERIFY(active);
    QCOMPARE(active->size(), count(QStringLiteral("SELECT count(*) FROM experiments WHERE stage = 'active'")));
    for (const ReportData::ActiveExperiment &e : *active) {
        QVERIFY(!e.code.isEmpty());
        QVERIFY(!e.lead.isEmpty());
    }
}

void TestReportData::experimentByCode()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, code, title FROM experiments WHERE stage = 'active' ORDER BY code LIMIT 1")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    const QString code = query.value(1).toString();
    const QString title = query.value(2).toString();
    query.finish();
    const auto experiment = ReportData::experiment(m_store, code);
    QVERIFY(experiment);
    QCOMPARE(experiment->id, id);
    QCOMPARE(experiment->title, title);
    QCOMPARE(experiment->stage, QStringLiteral("active"));
    // no such code: an answer, not a failure
    QString error;
    const auto none = ReportData::experiment(m_store, QStringLiteral("TCL-1900-999"), &error);
    QVERIFY(none);
    QCOMPARE(none->id, qint64(-1));
    QVERIFY(error.isEmpty());
    const auto partners = ReportData::partners(m_store, id);
    QVERIFY(partners);
    QCOMPARE(partners->size(), count(QStringLiteral("SELECT count(*) FROM experiment_partners WHERE experiment_id = %1").arg(id)));
    const auto agreements = ReportData::agreements(m_store, id);
    QVERIFY(agreements);
    QCOMPARE(agreements->size(), count(QStringLiteral("SELECT count(*) FROM agreements WHERE experiment_id = %1").arg(id)));
    const auto history = ReportData::regulatoryHistory(m_store, id, {QStringLiteral("0000-01-01"), QStringLiteral("9999-12-31")});
    QVERIFY(history);
    QCOMPARE(history->size(), count(QStringLiteral("SELECT count(*) FROM request_status_changes c JOIN regulatory_requests r"
                                                   " ON r.id = c.request_id WHERE r.experiment_id = %1").arg(id)));
    // over a period, only its steps, as the contacts
    QVERIFY(!history->isEmpty());
    const QString first = history->first().on.left(10);
    const auto firstDay = ReportData::regulatoryHistory(m_store, id, {first, first});
    QVERIFY(firstDay);
    QCOMPARE(firstDay->size(), count(QStringLiteral("SELECT count(*) FROM request_status_changes c JOIN regulatory_requests r"
                                                    " ON r.id = c.request_id WHERE r.experiment_id = %1 AND substr(c.on_date, 1, 10) = '%2'")
                                         .arg(id).arg(first)));
    QVERIFY(firstDay->size() < history->size());
}

void TestReportData::interactionsIncludeTheLastDay()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("contacts.citylab"))));
    const qint64 experiment = store.insert(QStringLiteral("experiments"),
                                           {{QStringLiteral("code"), QStringLiteral("TCL-2026-001")},
                                            {QStringLiteral("title"), QStringLiteral("Droni")},
                                            {QStringLiteral("domain"), QStringLiteral("drones")},
                                            {QStringLiteral("stage"), QStringLiteral("proposal")},
                                            {QStringLiteral("stage_since"), QStringLiteral("2026-01-10")}});
    QVERIFY2(experiment > 0, qPrintable(store.errorString()));
    const auto log = [&](const QString &on, const QString &summary) {
        return store.insert(QStringLiteral("interactions"), {{QStringLiteral("kind"), QStringLiteral("call")},
                                                             {QStringLiteral("occurred_on"), on},
                                                             {QStringLiteral("summary"), summary},
                                                             {QStringLiteral("experiment_id"), experiment}}) > 0;
    };
    QVERIFY2(log(QStringLiteral("2026-02-28"), QStringLiteral("before")), qPrintable(store.errorString()));
    QVERIFY(log(QStringLiteral("2026-03-01"), QStringLiteral("first day")));
    QVERIFY(log(QStringLiteral("2026-03-31T17:30"), QStringLiteral("last day, with a time")));
    QVERIFY(log(QStringLiteral("2026-04-01"), QStringLiteral("after")));
    const auto interactions = ReportData::interactions(store, experiment, {QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")});
    QVERIFY(interactions);
    QCOMPARE(interactions->size(), 2);
    QCOMPARE(interactions->at(0).summary, QStringLiteral("first day"));
    QCOMPARE(interactions->at(1).summary, QStringLiteral("last day, with a time"));
    QCOMPARE(interactions->at(1).kind, QStringLiteral("call"));
}

void TestReportData::failedReadIsAnError()
{
    const QString path = testsupport::makeDemo(m_dir, QStringLiteral("damaged.citylab"));
    testsupport::damageTable(path, QStringLiteral("experiments"));
    Store store;
    QVERIFY(store.open(path));
    QString error;
    QVERIFY(!ReportData::domains(store, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    error.clear();
    QVERIFY(!ReportData::keyFigures(store, {QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31")}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
