// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/vocabulary.h"
#include "i18n/language.h"
#include "testsupport.h"

#include <QDir>
#include <QLocale>
#include <QXmlStreamReader>

using namespace citylab;

// Italian first, English complete: every message is translated and the .ts files are
// current with the sources (what lupdate finds today is what was translated).
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct TsFile
    {
        QSet<QString> messages;   // context + '\n' + source
        QStringList unfinished;
        QStringList stale;        // vanished or obsolete
    };

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ts;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString key = context + u'\n' + source;
                if (type == QLatin1String("unfinished"))
                    ts.unfinished << key;
                else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    ts.stale << key;
                else
                    ts.messages.insert(key);
                if (type == QLatin1String("unfinished"))
                    ts.messages.insert(key);
            }
        }
        return ts;
    }

    static QString tsPath(const QString &language)
    {
        return QStringLiteral(CITYLAB_SOURCE_DIR "/translations/citylab_%1.ts").arg(language);
    }

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const TsFile ts = read(tsPath(language));
        QVERIFY2(!ts.messages.isEmpty(), "no messages: run cmake --build build --target update_translations");
        QVERIFY2(ts.unfinished.isEmpty(), qPrintable(ts.unfinished.mid(0, 10).join(QStringLiteral("\n---\n"))));
        QVERIFY2(ts.stale.isEmpty(), qPrintable(ts.stale.mid(0, 10).join(QStringLiteral("\n---\n"))));
    }

    void sourcesAndItalianFileAgree()
    {
        // lupdate run on the sources now, into a scratch file, finds exactly the messages
        // that the committed Italian file translates.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_it.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CITYLAB_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_BIN), {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                    QStringLiteral("-source-language"), QStringLiteral("en"),
                                                    QStringLiteral("-target-language"), QStringLiteral("it"),
                                                    QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"),
                                                    QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> found = read(fresh).messages;
        const QSet<QString> committed = read(tsPath(QStringLiteral("it"))).messages;
        QStringList missing = (found - committed).values();
        QStringList extra = (committed - found).values();
        missing.sort();
        extra.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in citylab_it.ts:\n") + missing.mid(0, 10).join(u'\n')));
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("no longer in the sources:\n") + extra.mid(0, 10).join(u'\n')));
    }

    void italianIsUsedAtRunTime()
    {
        QVERIFY(Language::install(QStringLiteral("it")));
        QCOMPARE(Language::current(), QStringLiteral("it"));
        QCOMPARE(Vocabulary::label(Vocabulary::Stage, QStringLiteral("authorization")), QStringLiteral("Autorizzazione"));
        QCOMPARE(QLocale().language(), QLocale::Italian);
        QCOMPARE(QLocale().toString(12345.5, 'f', 1), QStringLiteral("12.345,5"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(Vocabulary::label(Vocabulary::Stage, QStringLiteral("authorization")), QStringLiteral("Authorization"));
        QVERIFY(!Language::install(QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
