// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/readablepalette.h"
#include "testsupport.h"

#include <QApplication>
#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
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
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
