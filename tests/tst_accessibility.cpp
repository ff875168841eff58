// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "shell/readablepalette.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>


// Text people can read (EN 301 549, 9.1.4.3: contrast of at least 4.5:1): the colours the
// pages, sections and letters write text in, on the white of a page, and the window's own
// palette.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void contrastIsComputedAsTheStandardSays()
    {
        QCOMPARE(qRound(citylab::ReadablePalette::contrast(Qt::black, Qt::white) * 10), 210);
        QVERIFY(citylab::ReadablePalette::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);   // the grey the pages used to write notes in
        QVERIFY(citylab::ReadablePalette::contrast(QColor(0x66, 0x66, 0x66), Qt::white) >= 4.5);
    }

    // Every text colour written into a page's HTML (style='color:#…', not backgrounds or
    // borders) reads on white.
    void textColoursOfThePagesAreReadable()
    {
        static const QRegularExpression textColour(QStringLiteral("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\b"));
        QStringList unreadable;
        int found = 0;
        for (const char *folder : {"ui", "models"}) {
            QDirIterator files(QStringLiteral(CITYLAB_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                int line = 0;
                while (!file.atEnd()) {
                    const QString text = QString::fromUtf8(file.readLine());
                    ++line;
                    for (auto it = textColour.globalMatch(text); it.hasNext();) {
                        const QColor colour = QColor::fromString(it.next().captured(1));
                        ++found;
                        if (citylab::ReadablePalette::contrast(colour, Qt::white) < 4.5)
                            unreadable << QStringLiteral("%1:%2 %3 (%4:1)")
                                              .arg(path.section(u'/', -3), QString::number(line), colour.name(),
                                                   QString::number(citylab::ReadablePalette::contrast(colour, Qt::white), 'f', 2));
                    }
                }
            }
        }
        QVERIFY2(found > 20, "the pages' colours were not found: has the way they are written changed?");
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u'\n')));
    }

    // The window's palette, as the program sets it up at start: a desktop theme's pair that
    // reads is kept, one that does not (Fusion's white on light blue) is made to.
    void thePaletteOfTheWindowIsReadable()
    {
        const QColor window = QApplication::palette().color(QPalette::Window);
        citylab::ReadablePalette::apply();
        QCOMPARE(QApplication::palette().color(QPalette::Window), window);   // it read already: untouched
        const QPalette palette = QApplication::palette();
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button}, {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto &[text, background] : pairs) {
            const double ratio = citylab::ReadablePalette::contrast(palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1 on %2: %3:1").arg(int(text)).arg(int(background)).arg(ratio, 0, 'f', 2)));
        }
    }

    // The pages are written for white paper. On a dark theme (a high-contrast one, or the
    // desktop's dark mode) their colours are made to read on the page's own background: text
    // colours lightened in their hue, boxes with a light background given dark text; on white
    // nothing changes.
    void pagesReadOnADarkTheme()
    {
        const QColor dark(0x1e, 0x1e, 0x1e), light(0xee, 0xee, 0xee);
        const QString html = QStringLiteral("<p style='color:#a40000'>Scaduta</p><p style=\"color: #666\">nota</p>"
                                            "<span style='background:#fff4ce'>avviso</span>"
                                            "<span style='background-color:#ffffff; color:#333333'>riquadro</span>");
        QCOMPARE(citylab::ReadablePalette::readableHtml(html, Qt::white, Qt::black), html);
        const QString adapted = citylab::ReadablePalette::readableHtml(html, dark, light);
        QVERIFY(adapted != html);
        QVERIFY2(adapted.contains(QStringLiteral("background-color:#ffffff; color:#333333")), qPrintable(adapted));   // a box of its own stays
        QVERIFY2(adapted.contains(QStringLiteral("background:#fff4ce;color:#000000")), qPrintable(adapted));
        QCOMPARE(unreadableColours(adapted, dark), QStringList());

        // a real page, an experiment's, on a dark palette
        QTemporaryDir dir;
        citylab::Store store;
        QVERIFY(store.open(testsupport::makeDemo(dir)));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM experiments")) && q.next());
        const qint64 experiment = q.value(0).toLongLong();
        q.finish();
        // a dark theme that leaves links pure blue, as the program starts with it
        const QPalette before = QApplication::palette();
        const auto restore = qScopeGuard([before] { QApplication::setPalette(before); });
        QPalette palette = before;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Base, dark);
            palette.setColor(group, QPalette::Window, dark);
            palette.setColor(group, QPalette::Text, light);
            palette.setColor(group, QPalette::WindowText, light);
            palette.setColor(group, QPalette::Link, QColor(0, 0, 255));
        }
        // as when the desktop switches to a dark theme while CityLab runs
        citylab::ReadablePalette::applyAndFollow();
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        QVERIFY(citylab::ReadablePalette::contrast(QApplication::palette().color(QPalette::Link), dark) >= 4.5);
        citylab::ExperimentDetailPanel panel(store);
        panel.showRecord(experiment);
        const QString page = panel.toHtml();
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
            panel.resize(640, 900);
            panel.grab().save(QDir(folder).filePath(QStringLiteral("dark-experiment-page.png")));
        }
        QVERIFY2(page.contains(QStringLiteral("color:#")), "the page has no colours of its own: has the way they are written changed?");
        QVERIFY2(unreadableColours(page, dark).isEmpty(), qPrintable(unreadableColours(page, dark).join(u'\n')));
        QVERIFY2(!unreadableColours(page, Qt::white).isEmpty() || !page.contains(QStringLiteral("#a40000")),
                 "the colours were not adapted to the dark page");
    }

private:
    // The text colours of styles without a background of their own that do not read on `page`.
    static QStringList unreadableColours(const QString &html, const QColor &page)
    {
        static const QRegularExpression style(QStringLiteral("style\\s*=\\s*(['\"])(.*?)\\1"));
        static const QRegularExpression colour(QStringLiteral("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{3,6})"));
        QStringList found;
        for (auto it = style.globalMatch(html); it.hasNext();) {
            const QString rules = it.next().captured(2);
            const QRegularExpressionMatch m = colour.match(rules);
            if (m.hasMatch() && !rules.contains(QStringLiteral("background"))
                && citylab::ReadablePalette::contrast(QColor::fromString(m.captured(1)), page) < 4.5)
                found << rules;
        }
        return found;
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
