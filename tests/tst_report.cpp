// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafting/draftcontext.h"
#include "reports/reportdocument.h"
#include "drafting/zonemappainter.h"
#include "geo/zonereader.h"
#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <qcustomplot.h>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// `citylab report` writes both reports in Italian and English: the text a manager reads is
// there (pdftotext), page 1 is not blank (pdftoppm), and a bad output folder fails cleanly.
class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reports_data();
    void reports();
    void missingFolder();
    void everyPageDatedAndVector_data();
    void everyPageDatedAndVector();
    void experimentReportJudgesEveryTarget();
    void portfolioLeadTimesAndMapNumbers();
    void portfolioQuartersOfThePeriod();
    void mapNumbersNeverOverlap();
    void captionStaysWithItsChart();
    void finalReportTellsThePlanAgainstWhatHappened();

private:
    QString writeReport(const QString &kind, const QString &lang);
    QStringList sqlColumn(const QString &sql);
    static QString pdfText(const QString &pdf);
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_activeCode;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report"));
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT code FROM experiments WHERE stage = 'active' ORDER BY code LIMIT 1")));
        QVERIFY(query.next());
        m_activeCode = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("report"));
}

QString TestReport::pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReport::reports_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("portfolio en") << QStringLiteral("portfolio") << QStringLiteral("en")
                                  << QStringList{QStringLiteral("Portfolio report"), QStringLiteral("Key figures"),
                                                 QStringLiteral("Pipeline by stage"), QStringLiteral("Active experiments"),
                                                 QStringLiteral("Experiments per domain and year"),
                                                 QStringLiteral("page 1 of")};
    QTest::newRow("portfolio it") << QStringLiteral("portfolio") << QStringLiteral("it")
                                  << QStringList{QStringLiteral("Autorizzazione"), QStringLiteral("In corso")};
    QTest::newRow("experiment en") << QStringLiteral("experiment") << QStringLiteral("en")
                                   << QStringList{QStringLiteral("Regulatory history"), QStringLiteral("Metrics against targets"),
                                                  QStringLiteral("Zones")};
    QTest::newRow("experiment it") << QStringLiteral("experiment") << QStringLiteral("it")
                                   << QStringList{QStringLiteral("Mobilità autonoma|Guida autonoma|Droni|Robotica|Energia|"
                                                                 "Ambiente|Servizi pubblici|5G")};
}

void TestReport::reports()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString out = m_dir.filePath(kind + u'-' + lang + QStringLiteral(".pdf"));
    QStringList arguments{QStringLiteral("report"), kind};
    if (kind == u"experiment")
        arguments << m_activeCode;
    arguments << QStringLiteral("--db") << m_demo << QStringLiteral("--out") << out << QStringLiteral("--lang") << lang
              << QStringLiteral("--from") << QStringLiteral("2025-01-01") << QStringLiteral("--to")
              << QStringLiteral("2026-05-10");
    const auto result = testsupport::runCitylab(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QString text = pdfText(out);
    QVERIFY2(text.contains(m_activeCode), qPrintable(text.left(2000)));
    for (const QString &pattern : expected)
        QVERIFY2(text.contains(QRegularExpression(pattern)), qPrintable(pattern));
    if (kind == u"portfolio" && lang == u"it") {
        // the per-domain section, in Italian like the rest
        QVERIFY(text.contains(QStringLiteral("Sperimentazioni per ambito e anno")));
        QVERIFY(!text.contains(QStringLiteral("Experiments per domain and year")));
    }
    // The period is on every page.
    const QString period = lang == u"it" ? QStringLiteral("01/01/2025") : QStringLiteral("01/01/2025");
    QCOMPARE(text.count(period), text.count(QChar(u'\f')) + (text.endsWith(QChar(u'\f')) ? 0 : 1));
    if (kind == u"portfolio") {
        // The key figure "experiments in the portfolio" is the demo's count.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b60\\b"))));
    }

    QProcess raster;
    const QString prefix = m_dir.filePath(kind + lang);
    raster.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), out, prefix});
    QVERIFY(raster.waitForFinished(30000));
    QImage page(prefix + QStringLiteral("-1.png"));
    QVERIFY(!page.isNull());
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 230;
    QVERIFY2(ink > page.width() * page.height() / 50, qPrintable(QString::number(ink)));
}

void TestReport::missingFolder()
{
    const QString out = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const auto result = testsupport::runCitylab({QStringLiteral("report"), QStringLiteral("portfolio"), QStringLiteral("--db"),
                                                 m_demo, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("folder")), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    const auto unknown = testsupport::runCitylab({QStringLiteral("report"), QStringLiteral("experiment"), QStringLiteral("NOPE-1"),
                                                  QStringLiteral("--db"), m_demo, QStringLiteral("--out"),
                                                  m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QString TestReport::writeReport(const QString &kind, const QString &lang)
{
    const QString out = m_dir.filePath(kind + u'-' + lang + QStringLiteral("-more.pdf"));
    QStringList arguments{QStringLiteral("report"), kind};
    if (kind == u"experiment")
        arguments << m_activeCode;
    arguments << QStringLiteral("--db") << m_demo << QStringLiteral("--out") << out << QStringLiteral("--lang") << lang
              << QStringLiteral("--from") << QStringLiteral("2025-01-01") << QStringLiteral("--to")
              << QStringLiteral("2026-05-10");
    const auto result = testsupport::runCitylab(arguments);
    return result.exitCode == 0 ? out : QString();
}

QStringList TestReport::sqlColumn(const QString &sql)
{
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("column"));
        db.setDatabaseName(m_demo);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            query.bindValue(QStringLiteral(":code"), m_activeCode);
            if (query.exec())
                while (query.next())
                    values.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("column"));
    return values;
}

void TestReport::everyPageDatedAndVector_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("generated");
    QTest::newRow("portfolio en") << QStringLiteral("portfolio") << QStringLiteral("en") << QStringLiteral("Generated on ");
    QTest::newRow("experiment it") << QStringLiteral("experiment") << QStringLiteral("it") << QStringLiteral("Generato il ");
}

// A page read on its own (printed, or sent alone) says when it was made and which page it
// is; charts and zone maps are drawn as vectors, never pasted as pictures.
void TestReport::everyPageDatedAndVector()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    QFETCH(QString, generated);
    const QString pdf = writeReport(kind, lang);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    const qsizetype pages = text.count(QChar(u'\f')) + (text.endsWith(QChar(u'\f')) ? 0 : 1);
    QVERIFY(pages >= 2);
    QCOMPARE(text.count(generated), pages);
    const QString pageWord = lang == u"it" ? QStringLiteral("pagina %1 di %2") : QStringLiteral("page %1 of %2");
    for (qsizetype page = 1; page <= pages; ++page)
        QVERIFY2(text.contains(pageWord.arg(page).arg(pages)), qPrintable(pageWord.arg(page).arg(pages)));

    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);   // the two header lines of the list, no image
}

// The experiment report states every target of the experiment with its result, and says
// what each number on the zone map is.
void TestReport::experimentReportJudgesEveryTarget()
{
    const QString pdf = writeReport(QStringLiteral("experiment"), QStringLiteral("en"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    const QString metrics = text.section(QStringLiteral("Metrics against targets"), 1).section(QStringLiteral("Interactions in the period"), 0, 0);
    QVERIFY(!metrics.isEmpty());
    const QStringList targets = sqlColumn(QStringLiteral(
        "SELECT m.name FROM targets t JOIN metrics m ON m.id = t.metric_id JOIN experiments e ON e.id = t.experiment_id "
        "WHERE e.code = :code"));
    QVERIFY(!targets.isEmpty());
    for (const QString &name : targets)
        QVERIFY2(metrics.contains(name), qPrintable(name));
    const auto results = QRegularExpression(QStringLiteral("(✔ met|✘ not met|no measurements)")).globalMatch(metrics);
    int judged = 0;
    for (auto it = results; it.hasNext(); it.next())
        ++judged;
    QCOMPARE(judged, targets.size());

    const QStringList zones = sqlColumn(QStringLiteral(
        "SELECT z.name FROM zones z JOIN experiments e ON e.id = z.experiment_id WHERE e.code = :code ORDER BY z.name"));
    QVERIFY(!zones.isEmpty());
    const QString legend = text.section(QStringLiteral("Web Mercator"), 1).section(QStringLiteral("Partners"), 0, 0);
    for (int i = 0; i < zones.size(); ++i)
        QVERIFY2(legend.contains(QRegularExpression(QStringLiteral("\\b%1\\s+%2").arg(i + 1).arg(QRegularExpression::escape(zones.at(i))))),
                 qPrintable(zones.at(i) + u'\n' + legend));
}

// The portfolio shows the regulatory lead time of each authority that decided in the period,
// and which numbers on the map are each active experiment's zones.
void TestReport::portfolioLeadTimesAndMapNumbers()
{
    const QString pdf = writeReport(QStringLiteral("portfolio"), QStringLiteral("en"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    // the office's letterhead opens the report, as it opens its letters
    const QString office = sqlColumn(QStringLiteral("SELECT value FROM settings WHERE key = 'office.name'")).value(0);
    QVERIFY(!office.isEmpty());
    QVERIFY2(text.left(400).contains(office), qPrintable(text.left(400)));
    // the period ended in May: what is today's says so
    QVERIFY(text.contains(QStringLiteral("Active experiments — as of today")));
    QVERIFY(text.contains(QStringLiteral("Pipeline by stage — as of today")));
    const QString leadTimes = text.section(QStringLiteral("Regulatory lead time by authority"), 1).section(QStringLiteral("Active experiments"), 0, 0);
    const QStringList authorities = sqlColumn(QStringLiteral(
        "SELECT DISTINCT coalesce(nullif(trim(o.short_name), ''), o.name) FROM regulatory_requests r"
        " JOIN organizations o ON o.id = r.authority_id "
        "WHERE r.submitted_on IS NOT NULL AND r.decided_on BETWEEN '2025-01-01' AND '2026-05-10' AND r.decided_on >= r.submitted_on"));
    QVERIFY(!authorities.isEmpty());
    const QString flat = QString(leadTimes).simplified();
    for (const QString &authority : authorities)
        QVERIFY2(flat.contains(authority.left(20)), qPrintable(authority));
    // The first active experiment's zones are the first numbers on the map.
    const QStringList zones = sqlColumn(QStringLiteral(
        "SELECT z.id FROM zones z JOIN experiments e ON e.id = z.experiment_id WHERE e.code = :code"));
    QVERIFY(!zones.isEmpty());
    const QString expected = zones.size() == 1 ? QStringLiteral("1") : zones.size() == 2 ? QStringLiteral("1, 2")
                                                                                        : QStringLiteral("1–%1").arg(zones.size());
    const QString active = text.section(QStringLiteral("Active experiments"), 1);
    const QString row = active.mid(active.indexOf(m_activeCode)).section(u'\n', 0, 0);
    QVERIFY2(row.trimmed().endsWith(expected), qPrintable(row));

    // Every page the list of active experiments runs onto starts with its header again.
    const QStringList activeCodes = sqlColumn(QStringLiteral("SELECT code FROM experiments WHERE stage = 'active'"));
    int pagesWithRows = 0;
    for (const QString &page : active.split(QChar(u'\f'))) {
        const bool hasRow = std::any_of(activeCodes.cbegin(), activeCodes.cend(),
                                        [&page](const QString &code) { return page.contains(code); });
        if (!hasRow)
            continue;
        ++pagesWithRows;
        QVERIFY2(page.contains(QStringLiteral("On the")), qPrintable(page.left(800)));   // the header cell may wrap
    }
    QVERIFY(pagesWithRows >= 1);
    if (pagesWithRows < 2)
        qWarning("the list of active experiments fits one page: the repeated header is not exercised");
}

// The agreements chart of the portfolio has a bar for each quarter of the period, those
// without a signature too, and none outside it.
void TestReport::portfolioQuartersOfThePeriod()
{
    const QString pdf = writeReport(QStringLiteral("portfolio"), QStringLiteral("en"));
    QVERIFY(!pdf.isEmpty());
    const QString section = pdfText(pdf).section(QStringLiteral("Agreements signed per quarter"), 1)
                                .section(QStringLiteral("Regulatory deadlines"), 0, 0);
    QVERIFY(!section.isEmpty());
    const QStringList signedQuarters = sqlColumn(QStringLiteral(
        "SELECT DISTINCT substr(signed_on, 1, 4) || ' Q' || ((CAST(substr(signed_on, 6, 2) AS INTEGER) + 2) / 3) "
        "FROM agreements WHERE signed_on BETWEEN '2025-01-01' AND '2026-05-10'"));
    QVERIFY(signedQuarters.size() >= 2);
    const int quartersOfThePeriod = 6;   // 2025 Q1 to 2026 Q2
    QCOMPARE(section.count(QRegularExpression(QStringLiteral("\\bQ[1-4]\\b"))), quartersOfThePeriod);
    QVERIFY2(!section.contains(QStringLiteral("2024")), qPrintable(section));
}

QTEST_MAIN(TestReport)
// The numbers of the zones on a report's map stand apart, however crowded the zones: on the
// demo's map of the experiments in progress, and on a thousand zones in a small district
// (seven pairs overlapped on the demo, 1,077 at ten times its size).
void TestReport::mapNumbersNeverOverlap()
{
    const auto overlaps = [](const QList<QRectF> &boxes) {
        int count = 0;
        for (qsizetype i = 0; i < boxes.size(); ++i)
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                count += boxes.at(i).intersects(boxes.at(j)) ? 1 : 0;
        return count;
    };
    Store store;
    QVERIFY(store.open(m_demo));
    const ZoneReader::Result active = ZoneReader::ofStage(store, QStringLiteral("active"));
    QVERIFY(active.ok && active.zones.size() > 10);
    QList<DraftZone> zones;
    for (const Zone &zone : active.zones)
        zones << DraftContext::draftZone(zone);
    const ZoneMapPainter painter(zones);
    QImage page(1240, 880, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    painter.paint(p, QRectF(0, 0, 1240, 880));
    p.end();
    const QList<QRectF> boxes = painter.lastLabelBoxes();
    QCOMPARE(boxes.size(), zones.size());
    QCOMPARE(overlaps(boxes), 0);

    // a crowd: a thousand anchors in a square of 60 pixels, in a 1240 x 880 map
    QList<QPointF> crowd;
    for (int i = 0; i < 1000; ++i)
        crowd << QPointF(600 + (i * 37) % 60, 400 + (i * 53) % 60);
    QElapsedTimer timer;
    timer.start();
    const QList<QRectF> placed = ZoneMapPainter::placeLabels(crowd, QSizeF(24, 18), QRectF(0, 0, 1240, 880));
    qInfo("1000 labels placed in %lld ms", timer.elapsed());
    QCOMPARE(overlaps(placed), 0);
    for (const QRectF &box : placed)
        QVERIFY(QRectF(0, 0, 1240, 880).contains(box));
    // a lone label stays on its zone
    const QList<QRectF> lone = ZoneMapPainter::placeLabels({QPointF(100, 100)}, QSizeF(24, 18), QRectF(0, 0, 1240, 880));
    QVERIFY(lone.first().contains(QPointF(100, 100)));
}

// A chart's caption is never left at the foot of a page with its chart on the next: for
// every amount of text before them, the caption and the chart's axis share a page.
void TestReport::captionStaysWithItsChart()
{
    int apart = 0;
    for (int lines = 30; lines <= 60; lines += 3) {
        ReportDocument doc(QStringLiteral("Prova"), QStringLiteral("Periodo"), QStringLiteral("Generato"));
        for (int i = 0; i < lines; ++i)
            doc.addParagraph(QStringLiteral("Riga di testo numero %1 prima del grafico.").arg(i));
        doc.addCaption(QStringLiteral("DIDASCALIA del grafico"));
        QCustomPlot plot;
        plot.xAxis->setLabel(QStringLiteral("ASSEORIZZONTALE"));
        plot.addGraph()->setData({1, 2, 3}, {1, 4, 9});
        plot.rescaleAxes();
        doc.addChart(&plot, 65);
        const QString path = m_dir.filePath(QStringLiteral("caption-%1.pdf").arg(lines));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(doc.write(&file));
        file.close();
        const QString text = pdfText(path);
        for (const QString &page : text.split(u'\f'))
            apart += page.contains(QStringLiteral("DIDASCALIA")) != page.contains(QStringLiteral("ASSEORIZZONTALE")) ? 1 : 0;
    }
    QCOMPARE(apart, 0);
}

#include "tst_report.moc"

// The final report of the demo's tracked drone test, through the command line, in both
// languages: its plan's phases and safeguards, where its tests ran with the one excursion,
// its targets, conditions, incident, and the rule it tested with what the evidence says.
void TestReport::finalReportTellsThePlanAgainstWhatHappened()
{
    const QStringList codes = sqlColumn(QStringLiteral("SELECT e.code FROM tracks t JOIN experiments e ON e.id = t.experiment_id"));
    QCOMPARE(codes.size(), 1);
    const QMap<QString, QStringList> expected = {
        {QStringLiteral("it"), {QStringLiteral("Rapporto finale"), QStringLiteral("Il piano e ciò che è successo"),
                                QStringLiteral("Voli di prova in area delimitata"), QStringLiteral("1 traccia, 1200 punti;"), QStringLiteral("1 sconfinamento:"),
                                QStringLiteral("Reale Mutua"), QStringLiteral("Risultati rispetto agli obiettivi"),
                                QStringLiteral("Prescrizioni"), QStringLiteral("Atterraggio di emergenza"),
                                QStringLiteral("Le norme messe alla prova"), QStringLiteral("Regolamento ENAC UAS-IT"),
                                QStringLiteral("sperimentazioni hanno messo alla prova la norma")}},
        {QStringLiteral("en"), {QStringLiteral("Final report"), QStringLiteral("Plan and what happened"),
                                QStringLiteral("1 track, 1,200 points;"), QStringLiteral("1 excursion: 1 outside the"),
                                QStringLiteral("The rules it tested"), QStringLiteral("experiments tested the rule")}}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString out = m_dir.filePath(QStringLiteral("final-%1.pdf").arg(it.key()));
        const auto result = testsupport::runCitylab({QStringLiteral("report"), QStringLiteral("final"), codes.first(), QStringLiteral("--db"),
                                                     m_demo, QStringLiteral("--out"), out, QStringLiteral("--lang"), it.key()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = pdfText(out).simplified();
        for (const QString &e : it.value())
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text.left(4000)));
    }
    const auto missing = testsupport::runCitylab({QStringLiteral("report"), QStringLiteral("final"), QStringLiteral("TCL-1999-999"),
                                                  QStringLiteral("--db"), m_demo, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("TCL-1999-999")), qPrintable(missing.err));
}
