// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "charts/barchart.h"
#include "charts/timeserieschart.h"
#include "domain/vocabulary.h"
#include "outcomes/outcomesview.h"
#include "outcomes/portfoliofigures.h"
#include "reports/reportdialog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace citylab;

// The Outcomes view on the demo of the reference day: the portfolio charts show what SQL
// counts, the explorer draws a metric with its target, and each chart exports.
class TestOutcomesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void funnelMatchesStageCounts();
    void agreementsPerQuarter();
    void seriesWithTarget();
    void exports_data();
    void exports();
    void reportDialog();
    void experimentPageCharts();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestOutcomesView::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
}

void TestOutcomesView::funnelMatchesStageCounts()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    const QList<QStringList> rows = view.funnelChart()->tableRows();
    const QStringList stages = Vocabulary::pipelineStages();
    QCOMPARE(rows.size(), stages.size());
    int total = 0;
    for (int i = 0; i < stages.size(); ++i) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM experiments WHERE stage = :stage"));
        query.bindValue(QStringLiteral(":stage"), stages.at(i));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(rows.at(i).at(0), Vocabulary::label(Vocabulary::Stage, stages.at(i)));
        QCOMPARE(rows.at(i).at(1).toInt(), query.value(0).toInt());
        total += query.value(0).toInt();
    }
    QVERIFY(total > 0);
    QCOMPARE(view.funnelChart()->plot()->plottableCount(), stages.size());
}

void TestOutcomesView::agreementsPerQuarter()
{
    Store store;
    QVERIFY(store.open(m_demo));
    const auto quarters = PortfolioFigures(store.database()).agreementsPerQuarter();
    QVERIFY(!quarters.isEmpty());
    int total = 0;
    for (const auto &[label, count] : quarters) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4} Q[1-4]$")).match(label).hasMatch(), qPrintable(label));
        // Each quarter's count is what the signing dates say.
        const int year = label.left(4).toInt();
        const int quarter = label.right(1).toInt();
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on >= :from AND signed_on < :to"));
        query.bindValue(QStringLiteral(":from"), QDate(year, quarter * 3 - 2, 1).toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":to"), QDate(year, quarter * 3 - 2, 1).addMonths(3).toString(Qt::ISODate));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(count, query.value(0).toInt());
        total += count;
    }
    QSqlQuery all(store.database());
    QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on IS NOT NULL AND signed_on <> ''")));
    QVERIFY(all.next());
    QCOMPARE(total, all.value(0).toInt());
}

void TestOutcomesView::seriesWithTarget()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    QCustomPlot *plot = view.seriesChart()->plot();
    QVERIFY(plot->graphCount() >= 1);
    QVERIFY(plot->graph(0)->dataCount() > 10);
    // The demo sets targets: the dashed line is there and inside the value range shown.
    QCOMPARE(plot->itemCount(), 2);
    auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(0));
    QVERIFY(line);
    QVERIFY(plot->yAxis->range().contains(line->point1->coords().y()));

    // One line per zone overlays as many series as the experiment has zones with data.
    auto *byZone = view.findChild<QCheckBox *>();
    QVERIFY(byZone);
    byZone->setChecked(true);
    QVERIFY(plot->graphCount() >= 1);
}

void TestOutcomesView::exports_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("English") << QStringLiteral("en_GB") << QChar(u',');
    QTest::newRow("Italian") << QStringLiteral("it_IT") << QChar(u';');
}

void TestOutcomesView::exports()
{
    QFETCH(QString, locale);
    QFETCH(QChar, separator);
    QLocale::setDefault(QLocale(locale));
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTemporaryDir out;
    TimeSeriesChart *chart = view.seriesChart();
    const QString png = out.filePath(QStringLiteral("chart.png"));
    const QString pdf = out.filePath(QStringLiteral("chart.pdf"));
    const QString csv = out.filePath(QStringLiteral("chart.csv"));
    QVERIFY(chart->exportPng(png));
    QVERIFY(chart->exportPdf(pdf));
    QVERIFY(chart->exportCsv(csv));

    QImage image(png);
    QVERIFY(!image.isNull());
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            coloured += qGray(image.pixel(x, y)) < 200;
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // spreadsheets read UTF-8 only with the mark
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QCOMPARE(lines.at(0).count(separator), 2);
    QCOMPARE(lines.at(1).count(separator), 2);
    // Values are written as the locale writes them.
    const QString value = lines.at(1).section(separator, 2);
    bool ok = false;
    QLocale().toDouble(value, &ok);
    QVERIFY2(ok, qPrintable(value));
    QLocale::setDefault(QLocale::c());
}

// File → Report…: the preview shows the PDF and Save writes the same document.
void TestOutcomesView::reportDialog()
{
    Store store;
    QVERIFY(store.open(m_demo));
    ReportDialog dialog(store);
    QVERIFY(dialog.preview());
    QVERIFY(dialog.document()->pageCount() >= 2);
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        dialog.show();
        QTest::qWait(300);
        dialog.grab().save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("reportdialog.png")));
    }
}

// The experiment page shows one chart per measured metric, held by its document.
void TestOutcomesView::experimentPageCharts()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT experiment_id, count(DISTINCT metric_id) FROM measurements "
                                      "GROUP BY experiment_id ORDER BY experiment_id LIMIT 1")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    const int metrics = query.value(1).toInt();
    ExperimentDetailPanel panel(store);
    panel.showRecord(id);
    const QString html = panel.toHtml();
    QCOMPARE(html.count(QStringLiteral("chart:experiment/%1/metric/").arg(id)), metrics);
    const QString src = QStringLiteral("chart:experiment/%1/metric/").arg(id);
    const qsizetype at = html.indexOf(src);
    const QString url = html.mid(at, html.indexOf(u'"', at) - at);
    const QImage image = panel.document()->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
    QVERIFY2(!image.isNull(), qPrintable(url));
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        panel.document()->setTextWidth(500);
        QImage page(500, int(panel.document()->size().height()), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        panel.document()->drawContents(&painter);
        painter.end();
        page.save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("experimentpage.png")));
    }
}

QTEST_MAIN(TestOutcomesView)
#include "tst_outcomesview.moc"
