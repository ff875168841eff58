// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// The experiment page lists the latest contacts and offers the whole timeline, by month.
class TstContactsTimeline : public QObject
{
    Q_OBJECT
private slots:
    void showAllContacts();
};

void TstContactsTimeline::showAllContacts()
{
    testsupport::isolateSettings();
    QTemporaryDir dir;
    const QString path = testsupport::makeDemo(dir);
    Store store;
    QVERIFY(store.open(path));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM experiments ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // reads end before a write, as in the application
    // 24 contacts, two a month over a year, the oldest with a recognisable summary.
    for (int n = 0; n < 24; ++n) {
        const QDate on = QDate(2024, 1 + n / 2, 3 + n % 2 * 10);
        QVERIFY(store.insert(QStringLiteral("interactions"),
                             {{QStringLiteral("kind"), QStringLiteral("call")},
                              {QStringLiteral("occurred_on"), on.toString(Qt::ISODate)},
                              {QStringLiteral("summary"), QStringLiteral("Timeline call %1").arg(n, 2, 10, QLatin1Char('0'))},
                              {QStringLiteral("experiment_id"), id}}) > 0);
    }
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM interactions WHERE experiment_id = %1").arg(id)));
    QVERIFY(query.next());
    const int total = query.value(0).toInt();
    QVERIFY(total >= 24);

    ExperimentDetailPanel panel(store);
    panel.showRecord(id);
    QString html = panel.toHtml();
    QCOMPARE(html.count(QStringLiteral("record:interactions/")), 15);
    QVERIFY(!html.contains(QStringLiteral("Timeline call 00")));
    QVERIFY(html.contains(QStringLiteral("contacts:all")));

    emit panel.anchorClicked(QUrl(QStringLiteral("contacts:all")));
    html = panel.toHtml();
    QCOMPARE(html.count(QStringLiteral("record:interactions/")), total);
    QVERIFY(html.contains(QStringLiteral("Timeline call 00")));
    // grouped by month: the month of the oldest added contact heads its rows
    QVERIFY(html.contains(QLocale().standaloneMonthName(1) + QStringLiteral(" 2024")));
    QVERIFY(html.contains(QStringLiteral("contacts:latest")));

    // each contact still opens for editing
    QSignalSpy opened(&panel, &DetailPanel::recordLinkActivated);
    emit panel.anchorClicked(QUrl(QStringLiteral("record:interactions/7")));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("interactions"));

    emit panel.anchorClicked(QUrl(QStringLiteral("contacts:latest")));
    QCOMPARE(panel.toHtml().count(QStringLiteral("record:interactions/")), 15);
}

QTEST_MAIN(TstContactsTimeline)
#include "tst_contactstimeline.moc"
