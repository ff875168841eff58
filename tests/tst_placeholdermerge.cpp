// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholders of letter templates: merging a record's values, and refusing templates with
// names that cannot be filled.
#include "drafting/draftcontext.h"
#include "drafting/lettertemplates.h"
#include "drafting/placeholdermerge.h"
#include "store/store.h"
#include "testsupport.h"

#include <QTest>
#include <QSqlQuery>
#include <QTextDocument>

using namespace citylab;

class TestPlaceholderMerge : public QObject
{
    Q_OBJECT
private slots:
    void merge_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("accents") << QStringLiteral("<p>{{experiment.title}} – {{authority.name}}</p>")
                                 << QStringLiteral("<p>Mobilità è città – Città di Torino</p>") << QStringList();
        QTest::newRow("spaces inside braces") << QStringLiteral("{{ experiment.code }}") << QStringLiteral("TCL-2026-014") << QStringList();
        QTest::newRow("html escaped") << QStringLiteral("{{lead.name}}") << QStringLiteral("A &amp; B &lt;srl&gt;") << QStringList();
        QTest::newRow("missing value") << QStringLiteral("PEC: {{authority.pec}}.")
                                       << QStringLiteral("PEC: <b>[missing: PEC of the authority]</b>.")
                                       << QStringList{QStringLiteral("authority.pec")};
        QTest::newRow("missing once") << QStringLiteral("{{officer}} {{officer}}")
                                      << QStringLiteral("<b>[missing: officer in charge]</b> <b>[missing: officer in charge]</b>")
                                      << QStringList{QStringLiteral("officer")};
        QTest::newRow("list") << QStringLiteral("<p>{{partners}}</p>")
                              << QStringLiteral("<p>– Politecnico di Torino (research)<br/>– Leonardo S.p.A. (operator)</p>") << QStringList();
        QTest::newRow("empty list is missing") << QStringLiteral("{{zones}}") << QStringLiteral("<b>[missing: zones of the experiment]</b>")
                                               << QStringList{QStringLiteral("zones")};
        QTest::newRow("malformed never raw") << QStringLiteral("{{ zones") << QStringLiteral("{ { zones") << QStringList();
    }
    void merge()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QFETCH(QStringList, missing);
        PlaceholderValues values;
        values.text = {{QStringLiteral("experiment.title"), QStringLiteral("Mobilità è città")},
                       {QStringLiteral("authority.name"), QStringLiteral("Città di Torino")},
                       {QStringLiteral("experiment.code"), QStringLiteral("TCL-2026-014")},
                       {QStringLiteral("lead.name"), QStringLiteral("A & B <srl>")},
                       {QStringLiteral("authority.pec"), QString()}};
        values.lists = {{QStringLiteral("partners"), {QStringLiteral("Politecnico di Torino (research)"), QStringLiteral("Leonardo S.p.A. (operator)")}},
                        {QStringLiteral("zones"), {}}};
        QStringList found;
        const QString merged = PlaceholderMerge::merge(html, values, PlaceholderMerge::Mode::Export, &found);
        QCOMPARE(merged, expected);
        QCOMPARE(found, missing);
        QVERIFY(!merged.contains(QStringLiteral("{{")));
    }

    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("problems");   // "placeholder@line:column"
        QTest::newRow("all known") << QStringLiteral("{{experiment.code}} {{zones}}\n{{today}}") << QStringList();
        QTest::newRow("unknown") << QStringLiteral("Title: {{experiment.titel}}") << QStringList{QStringLiteral("{{experiment.titel}}@1:8")};
        QTest::newRow("unclosed") << QStringLiteral("one\nsee {{ zones\nnext") << QStringList{QStringLiteral("{{ zones@2:5")};
        QTest::newRow("empty") << QStringLiteral("{{}}") << QStringList{QStringLiteral("{{}}@1:1")};
        QTest::newRow("upper case") << QStringLiteral("{{Experiment.Code}}") << QStringList{QStringLiteral("{{Experiment.Code}}@1:1")};
        QTest::newRow("nested") << QStringLiteral("{{experiment.{{code}}}}")
                                << QStringList{QStringLiteral("{{experiment.@1:1"), QStringLiteral("{{code}}@1:14")};
        QTest::newRow("two lines") << QStringLiteral("{{today}}\n  {{office.nome}} and {{lead}}")
                                   << QStringList{QStringLiteral("{{office.nome}}@2:3"), QStringLiteral("{{lead}}@2:23")};
    }
    void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, problems);
        QStringList found;
        for (const PlaceholderProblem &p : PlaceholderMerge::check(text))
            found << QStringLiteral("%1@%2:%3").arg(p.placeholder).arg(p.line).arg(p.column);
        QCOMPARE(found, problems);
    }

    void longDates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("it") << QStringLiteral("it_IT") << QStringLiteral("25 novembre 2026");
        QTest::newRow("en") << QStringLiteral("en_GB") << QStringLiteral("25 November 2026");
    }
    void longDates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(DraftContext::longDate(QDate(2026, 11, 25), QLocale(locale)), expected);
    }

    // A template that cannot be filled is refused when saved, naming the placeholder and
    // where it is; the store keeps nothing of it.
    void savingRefusesBadTemplates()
    {
        testsupport::isolateSettings();
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("t.citylab"))));
        LetterTemplate t;
        t.name = QStringLiteral("Deroga");
        t.kind = QStringLiteral("derogation");
        t.language = QStringLiteral("it");
        t.body = QStringLiteral("<p>Spett.le {{authority.name}},</p><p>oggetto: {{experiment.titel}}</p>");
        QString error;
        QCOMPARE(LetterTemplates::save(store, t, &error), qint64(-1));
        QVERIFY2(error.contains(QStringLiteral("{{experiment.titel}}")) && error.contains(QStringLiteral("line 2")), qPrintable(error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM request_templates")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish(); // reads end before a write, as in the application
        t.body = QStringLiteral("<p>Spett.le {{authority.name}},</p><p>oggetto: {{experiment.title}}</p>");
        QVERIFY2(LetterTemplates::save(store, t, &error) > 0, qPrintable(error));
    }

    // Every shipped template is complete and only uses names a record can fill.
    void shippedTemplatesAreValid()
    {
        const QList<LetterTemplate> shipped = LetterTemplates::shipped();
        QCOMPARE(shipped.size(), 16);
        QSet<QString> kinds;
        for (const LetterTemplate &t : shipped) {
            QTextDocument document;
            document.setHtml(t.body);
            QVERIFY2(document.toPlainText().size() > 300, qPrintable(t.key));
            QVERIFY2(PlaceholderMerge::check(document.toPlainText()).isEmpty(), qPrintable(t.key));
            kinds << t.kind + t.language;
        }
        QCOMPARE(kinds.size(), 14);   // six kinds and the reminder for any, two languages each
        QVERIFY(kinds.contains(LetterTemplates::anyKind + QStringLiteral("it")));
    }
};

QTEST_MAIN(TestPlaceholderMerge)
#include "tst_placeholdermerge.moc"
