// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/deadlineexplanation.h"
#include "domain/regulatoryclock.h"
#include "i18n/language.h"

#include <QLocale>
#include <QTest>

using namespace citylab;

using History = QList<RegulatoryClock::Event>;
Q_DECLARE_METATYPE(History)

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
RegulatoryClock::Event e(const char *iso, const char *status)
{
    return {d(iso), QString::fromLatin1(status)};
}
} // namespace

// Due dates of regulatory requests: calendar days from submission, suspended by requests
// for integration, moved off Sundays and public holidays.
class TestRegulatoryClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Language::install(QStringLiteral("en"))); }   // "%n day(s)" reads "60 days"

    void dueDates_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("restarts");
        QTest::addColumn<History>("history");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("suspended");

        QTest::newRow("30 days, plain") << 30 << false << History{e("2026-03-02", "submitted")} << d("2026-04-01") << false;
        QTest::newRow("across a month end") << 30 << false << History{e("2026-01-30", "submitted")} << d("2026-03-02") << false;
        QTest::newRow("leap year February") << 30 << false << History{e("2028-01-31", "submitted")} << d("2028-03-01") << false;
        QTest::newRow("non-leap February") << 30 << false << History{e("2027-01-31", "submitted")} << d("2027-03-02") << false;
        QTest::newRow("lands on a Sunday") << 30 << false << History{e("2026-02-06", "submitted")} << d("2026-03-09") << false;
        QTest::newRow("60 days") << 60 << false << History{e("2026-03-01", "submitted")} << d("2026-04-30") << false;
        QTest::newRow("lands on Easter Monday 2026") << 30 << false << History{e("2026-03-06", "submitted")} << d("2026-04-07") << false;
        QTest::newRow("lands on Christmas, then Saint Stephen, then Sunday") << 30 << false
            << History{e("2027-11-25", "submitted")} << d("2027-12-27") << false;
        QTest::newRow("suspended: no due date") << 30 << false
            << History{e("2026-03-02", "submitted"), e("2026-03-12", "integration_requested")} << QDate() << true;
        QTest::newRow("resumes with the days left") << 30 << false
            << History{e("2026-03-02", "submitted"), e("2026-03-12", "integration_requested"), e("2026-04-01", "resubmitted")}
            << d("2026-04-21") << false;
        QTest::newRow("restarts from zero") << 30 << true
            << History{e("2026-03-02", "submitted"), e("2026-03-12", "integration_requested"), e("2026-04-01", "resubmitted")}
            << d("2026-05-02") /* 1 May is a holiday */ << false;
        QTest::newRow("two suspensions") << 60 << false
            << History{e("2026-01-05", "submitted"), e("2026-01-15", "integration_requested"), e("2026-02-02", "resubmitted"),
                       e("2026-02-12", "integration_requested"), e("2026-03-02", "resubmitted")}
            << d("2026-04-11") << false;
        QTest::newRow("suspension across a leap day") << 90 << false
            << History{e("2028-02-01", "submitted"), e("2028-02-27", "integration_requested"), e("2028-03-03", "resubmitted")}
            << d("2028-05-06") << false;
        QTest::newRow("decided: the deadline stays") << 30 << false
            << History{e("2026-03-02", "submitted"), e("2026-03-20", "granted")} << d("2026-04-01") << false;
    }

    void dueDates()
    {
        QFETCH(int, days);
        QFETCH(bool, restarts);
        QFETCH(History, history);
        QFETCH(QDate, due);
        QFETCH(bool, suspended);
        const auto state = RegulatoryClock(days, restarts).evaluate(history, d("2026-03-20"));
        QCOMPARE(state.dueOn, due);
        QCOMPARE(state.suspended, suspended);
    }

    void daysLeftAndOverdue()
    {
        const RegulatoryClock clock(30);
        const History history{e("2026-03-02", "submitted")};
        QCOMPARE(clock.evaluate(history, d("2026-03-22")).daysLeft, 10);
        QCOMPARE(clock.evaluate(history, d("2026-04-01")).daysLeft, 0);
        QCOMPARE(clock.evaluate(history, d("2026-04-06")).daysLeft, -5);
        // frozen while the applicant prepares the integration
        const History suspended{e("2026-03-02", "submitted"), e("2026-03-12", "integration_requested")};
        QCOMPARE(clock.evaluate(suspended, d("2026-03-13")).daysLeft, 20);
        QCOMPARE(clock.evaluate(suspended, d("2026-06-13")).daysLeft, 20);
        QVERIFY(!clock.evaluate({}, d("2026-03-13")).running);
    }

    void holidays()
    {
        QCOMPARE(RegulatoryClock::easterSunday(2026), d("2026-04-05"));
        QCOMPARE(RegulatoryClock::easterSunday(2027), d("2027-03-28"));
        QCOMPARE(RegulatoryClock::easterSunday(2028), d("2028-04-16"));
        QVERIFY(RegulatoryClock::isPublicHoliday(d("2026-06-02")));   // Republic Day
        QVERIFY(RegulatoryClock::isPublicHoliday(d("2026-04-06")));   // Easter Monday
        QVERIFY(!RegulatoryClock::isPublicHoliday(d("2026-04-07")));
        QVERIFY(!RegulatoryClock::isPublicHoliday(d("2026-03-21")));  // a Saturday is not a holiday
    }

    // The page shows the arithmetic behind a due date, as legal staff check it by hand:
    // submission, statutory days, the suspension from when to when, the day the term ends,
    // the move off a Sunday and why, the due date and how late it is.
    void explainsTheArithmetic()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        const RegulatoryClock::State state = RegulatoryClock(60).evaluate(
            {e("2026-08-16", "submitted"), e("2026-08-20", "integration_requested"), e("2026-08-30", "resubmitted")},
            d("2026-10-29"));
        QCOMPARE(state.termEndsOn, d("2026-10-25"));
        QCOMPARE(state.dueOn, d("2026-10-26"));
        QCOMPARE(state.pausedDays(), 10);
        QStringList shown;
        bool warned = false;
        for (const DeadlineExplanation::Line &line : DeadlineExplanation::lines(state, 60, d("2026-10-29"))) {
            shown << line.label + QStringLiteral(": ") + line.text;
            warned |= line.warning;
        }
        QCOMPARE(shown, (QStringList{
            QStringLiteral("Statutory answer time: 60 days"),
            QStringLiteral("Submitted on: domenica 16/08/2026"),
            QStringLiteral("Suspended: from 20/08/2026 to 30/08/2026: 10 days not counted, waiting for the integration"),
            QStringLiteral("Term: 16/08/2026 + 60 days + 10 days suspended = domenica 25/10/2026"),
            QStringLiteral("Moved: domenica 25/10/2026 is a Sunday, so the term moves to the next working day, "
                           "luned\u00ec 26/10/2026 (art. 2963 of the civil code)."),
            QStringLiteral("Due on: luned\u00ec 26/10/2026 \u2014 overdue by 3 days")}));
        QVERIFY(warned);
        QLocale::setDefault(QLocale::c());
    }

    void namesTheHolidayATermMovesOff()
    {
        const RegulatoryClock::State state = RegulatoryClock(60).evaluate({e("2026-10-09", "submitted")}, d("2026-11-02"));
        QCOMPARE(state.dueOn, d("2026-12-09"));
        QString moved;
        for (const DeadlineExplanation::Line &line : DeadlineExplanation::lines(state, 60, d("2026-11-02")))
            if (line.label == QLatin1String("Moved"))
                moved = line.text;
        QVERIFY2(moved.contains(QStringLiteral("public holiday (Immaculate Conception)")), qPrintable(moved));
        QCOMPARE(DeadlineExplanation::distance(37), QStringLiteral("37 days left"));
    }
};

QTEST_GUILESS_MAIN(TestRegulatoryClock)
#include "tst_regulatoryclock.moc"
