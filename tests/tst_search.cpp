// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDebug>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

using namespace citylab;

// The full-text index follows every write and ignores accents and case.
class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_experiment = -1;

    QStringList find(const QString &match)
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT title FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20"));
        q.addBindValue(match);
        QStringList titles;
        if (q.exec())
            while (q.next())
                titles << q.value(0).toString();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("search.citylab"))));
        m_experiment = m_store.insert(QStringLiteral("experiments"),
                                      {{QStringLiteral("code"), QStringLiteral("TCL-2026-014")},
                                       {QStringLiteral("title"), QStringLiteral("Consegne con droni nella Città")},
                                       {QStringLiteral("summary"), QStringLiteral("Voli sopra il Parco del Valentino")},
                                       {QStringLiteral("domain"), QStringLiteral("drones")},
                                       {QStringLiteral("stage"), QStringLiteral("proposal")},
                                       {QStringLiteral("stage_since"), QStringLiteral("2026-03-01")}});
        QVERIFY(m_experiment > 0);
        QVERIFY(m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Università degli Studi di Torino")},
                                                                 {QStringLiteral("kind"), QStringLiteral("university")}}) > 0);
    }

    void foldsAccentsAndCase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no accent finds accent") << QStringLiteral("citta") << QStringLiteral("TCL-2026-014 Consegne con droni nella Città");
        QTest::newRow("upper case with accent") << QStringLiteral("CITTÀ") << QStringLiteral("TCL-2026-014 Consegne con droni nella Città");
        QTest::newRow("universita") << QStringLiteral("universita") << QStringLiteral("Università degli Studi di Torino");
        QTest::newRow("prefix") << QStringLiteral("valent*") << QStringLiteral("TCL-2026-014 Consegne con droni nella Città");
        QTest::newRow("two words") << QStringLiteral("droni citta") << QStringLiteral("TCL-2026-014 Consegne con droni nella Città");
    }

    void foldsAccentsAndCase()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(find(query), QStringList{expected});
    }

    void turnsTypingIntoPrefixQueries_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one word") << QStringLiteral("parco") << QStringLiteral("\"parc\"*");
        QTest::newRow("accented last vowel") << QStringLiteral("CITTÀ") << QStringLiteral("\"CITT\"*");
        QTest::newRow("short words stay whole") << QStringLiteral("rete voli") << QStringLiteral("\"rete\"* \"voli\"*");
        QTest::newRow("code") << QStringLiteral("TCL-2026-014") << QStringLiteral("\"TCL\"* \"2026\"* \"014\"*");
        QTest::newRow("operators are words") << QStringLiteral("droni AND \"NEAR(xy\"*") << QStringLiteral("\"dron\"* \"AND\"* \"NEAR\"* \"xy\"*");
        QTest::newRow("one-letter words left out") << QStringLiteral("via a Roma e") << QStringLiteral("\"via\"* \"Roma\"*");
        QTest::newRow("only one letter") << QStringLiteral("d") << QString();
        QTest::newRow("blank") << QStringLiteral("  ,; ") << QString();
    }

    void turnsTypingIntoPrefixQueries()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchIndex::matchExpression(typed), expression);
    }

    void saysWhenTheWordsAreTooShort_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("tooShort");
        QTest::newRow("nothing typed") << QString() << false;
        QTest::newRow("one letter") << QStringLiteral("t") << true;
        QTest::newRow("two one-letter words") << QStringLiteral("a e") << true;
        QTest::newRow("two letters") << QStringLiteral("to") << false;
        QTest::newRow("a word and a letter") << QStringLiteral("droni a") << false;
    }

    void saysWhenTheWordsAreTooShort()
    {
        QFETCH(QString, typed);
        QFETCH(bool, tooShort);
        QCOMPARE(SearchIndex::isTooShort(typed), tooShort);
    }

    // An act's number finds its experiment, typed as the office writes it or bare: the
    // determina, a notice recorded on its own (and no longer once it is removed).
    void findsAnExperimentByTheNumberOfItsActs_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("determina with its prefix") << QStringLiteral("DD 1234/2026");
        QTest::newRow("determina bare") << QStringLiteral("1234/2026");
        QTest::newRow("notice") << QStringLiteral("Prot. 5678/2026");
    }

    void findsAnExperimentByTheNumberOfItsActs()
    {
        QFETCH(QString, typed);
        QVERIFY(m_store.update(QStringLiteral("experiments"), m_experiment, {{QStringLiteral("determina_number"), QStringLiteral("1234/2026")},
                                                                             {QStringLiteral("approved_on"), QStringLiteral("2026-03-10")}}));
        const qint64 notice = m_store.insert(QStringLiteral("acts"), {{QStringLiteral("experiment_id"), m_experiment},
                                                                      {QStringLiteral("kind"), QStringLiteral("notice")},
                                                                      {QStringLiteral("number"), QStringLiteral("Prot. 5678/2026")},
                                                                      {QStringLiteral("issued_on"), QStringLiteral("2026-03-12")},
                                                                      {QStringLiteral("subject"), QStringLiteral("Avvio del procedimento")}});
        QVERIFY(notice > 0);
        const QList<SearchHit> hits = SearchIndex::query(m_store, typed);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().table, QStringLiteral("experiments"));
        QCOMPARE(hits.first().id, m_experiment);
        QVERIFY(m_store.remove(QStringLiteral("acts"), notice));
        QCOMPARE(SearchIndex::query(m_store, QStringLiteral("5678/2026")).size(), 0);
        QVERIFY(m_store.update(QStringLiteral("experiments"), m_experiment, {{QStringLiteral("determina_number"), QVariant()},
                                                                             {QStringLiteral("approved_on"), QVariant()}}));
    }

    void findsRecordsGroupedByKind()
    {
        const QList<SearchHit> hits = SearchIndex::query(m_store, QStringLiteral("tcl-2026-01"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().table, QStringLiteral("experiments"));
        QCOMPARE(hits.first().id, m_experiment);
        const QList<SearchHit> torino = SearchIndex::query(m_store, QStringLiteral("VALENTINO"));
        QCOMPARE(torino.size(), 1);
        QVERIFY2(torino.first().snippet.contains(QStringLiteral("Valentino")), qPrintable(torino.first().snippet));
        QVERIFY(SearchIndex::query(m_store, QStringLiteral("\"")).isEmpty());
        // an Italian singular finds the plural and the other way round
        for (const QString &typed : {QStringLiteral("drone"), QStringLiteral("consegna"), QStringLiteral("Consegne")}) {
            const QList<SearchHit> found = SearchIndex::query(m_store, typed);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().id, m_experiment);
        }
    }

    // The snippet shows whole words around the match, not "…ette, proposta".
    void snippetsCutBetweenWords()
    {
        const QString summary = QStringLiteral("Sperimentazione in ambiente reale nell'area di Mirafiori Sud, proposta "
                                               "nell'ambito di Torino City Lab con partner industriali e universitari "
                                               "che misurano ogni giorno il traffico e il rumore nelle strade vicine");
        const qint64 id = m_store.insert(QStringLiteral("experiments"),
                                         {{QStringLiteral("code"), QStringLiteral("TCL-2025-900")},
                                          {QStringLiteral("title"), QStringLiteral("Misure di quartiere")},
                                          {QStringLiteral("summary"), summary},
                                          {QStringLiteral("domain"), QStringLiteral("environment")},
                                          {QStringLiteral("stage"), QStringLiteral("proposal")},
                                          {QStringLiteral("stage_since"), QStringLiteral("2026-03-01")}});
        QVERIFY(id > 0);
        const auto cleanup = qScopeGuard([&] { m_store.remove(QStringLiteral("experiments"), id); });
        const QList<SearchHit> hits = SearchIndex::query(m_store, QStringLiteral("industriali"));
        QCOMPARE(hits.size(), 1);
        const QString snippet = hits.first().snippet;
        QVERIFY2(snippet.startsWith(u'…') && snippet.endsWith(u'…'), qPrintable(snippet));
        const QString shown = snippet.mid(1).chopped(1);
        const qsizetype at = summary.indexOf(shown);
        QVERIFY2(at > 0, qPrintable(snippet));
        QCOMPARE(summary.at(at - 1), u' ');
        QCOMPARE(summary.at(at + shown.size()), u' ');
        QVERIFY(shown.contains(QStringLiteral("industriali")));
    }

    // An organization's name finds what it takes part in: the experiments it leads or joins,
    // the agreements it signs, the requests sent to it; the snippet shows where the name is.
    // Renaming it and leaving a partnership update what it finds.
    void anOrganizationFindsWhatItTakesPartIn()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("links.citylab"))));
        const auto add = [&store](const char *table, const QVariantMap &values) {
            const qint64 id = store.insert(QString::fromLatin1(table), values);
            if (id <= 0)
                qWarning() << store.errorString();
            return id;
        };
        const qint64 aurora = add("organizations", {{QStringLiteral("name"), QStringLiteral("Aurora Mechatronics S.r.l.")},
                                                     {QStringLiteral("kind"), QStringLiteral("company")}});
        const qint64 enac = add("organizations", {{QStringLiteral("name"), QStringLiteral("Ente Nazionale per l'Aviazione Civile")},
                                                   {QStringLiteral("short_name"), QStringLiteral("ENAC")},
                                                   {QStringLiteral("kind"), QStringLiteral("authority")}});
        const auto experiment = [&](const QString &code, qint64 lead) {
            return add("experiments", {{QStringLiteral("code"), code}, {QStringLiteral("title"), QStringLiteral("Robot di consegna")},
                                       {QStringLiteral("domain"), QStringLiteral("robotics")}, {QStringLiteral("stage"), QStringLiteral("proposal")},
                                       {QStringLiteral("stage_since"), QStringLiteral("2026-03-01")},
                                       {QStringLiteral("lead_organization_id"), lead > 0 ? QVariant(lead) : QVariant()}});
        };
        const qint64 led = experiment(QStringLiteral("TCL-2026-101"), aurora);
        const qint64 joined = experiment(QStringLiteral("TCL-2026-102"), enac);
        const qint64 partner = add("experiment_partners", {{QStringLiteral("experiment_id"), joined}, {QStringLiteral("organization_id"), aurora}});
        const qint64 agreement = add("agreements", {{QStringLiteral("kind"), QStringLiteral("experimentation")},
                                                    {QStringLiteral("title"), QStringLiteral("Accordo di sperimentazione")},
                                                    {QStringLiteral("status"), QStringLiteral("draft")},
                                                    {QStringLiteral("experiment_id"), led}});
        QVERIFY(add("agreement_parties", {{QStringLiteral("agreement_id"), agreement}, {QStringLiteral("organization_id"), aurora}}) > 0);
        const qint64 request = add("regulatory_requests", {{QStringLiteral("reference"), QStringLiteral("RR-2026-0001")},
                                                           {QStringLiteral("subject"), QStringLiteral("Autorizzazione al volo")},
                                                           {QStringLiteral("authority_id"), enac}, {QStringLiteral("kind"), QStringLiteral("authorization")},
                                                           {QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(led > 0 && joined > 0 && partner > 0 && agreement > 0 && request > 0);
        const auto found = [&store](const QString &text) {
            QStringList keys;
            for (const SearchHit &hit : SearchIndex::query(store, text))
                keys << hit.table + u'/' + QString::number(hit.id);
            keys.sort();
            return keys;
        };
        const auto key = [](const char *table, qint64 id) { return QString::fromLatin1(table) + u'/' + QString::number(id); };
        QStringList expected = {key("agreements", agreement), key("experiments", led), key("experiments", joined),
                                key("organizations", aurora)};
        expected.sort();
        QCOMPARE(found(QStringLiteral("Aurora")), expected);
        QVERIFY(found(QStringLiteral("ENAC")).contains(key("regulatory_requests", request)));
        QVERIFY(found(QStringLiteral("ENAC")).contains(key("experiments", joined)));
        for (const SearchHit &hit : SearchIndex::query(store, QStringLiteral("mechatronics")))
            QVERIFY2(hit.snippet.contains(QStringLiteral("Mechatronics")) || hit.title.contains(QStringLiteral("Mechatronics")),
                     qPrintable(hit.table + u' ' + hit.snippet));

        QVERIFY(store.update(QStringLiteral("organizations"), aurora, {{QStringLiteral("name"), QStringLiteral("Borealis Robotics S.p.A.")}}));
        QVERIFY(found(QStringLiteral("Aurora")).isEmpty());
        QCOMPARE(found(QStringLiteral("Borealis")).size(), 4);
        QVERIFY(store.remove(QStringLiteral("experiment_partners"), partner));
        QVERIFY(!found(QStringLiteral("Borealis")).contains(key("experiments", joined)));
        // an experiment deleted with its partners leaves nothing behind in the index
        QVERIFY(add("experiment_partners", {{QStringLiteral("experiment_id"), joined}, {QStringLiteral("organization_id"), aurora}}) > 0);
        QVERIFY(store.remove(QStringLiteral("experiments"), joined));
        QSqlQuery left(store.database());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = %1").arg(joined * 16 + 1)) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    // "droni" finds every experiment of the demo's Drones domain that speaks of drones.
    void droniFindsTheDroneExperiments()
    {
        QTemporaryDir dir;
        const QString demo = testsupport::makeDemo(dir);
        Store store;
        QVERIFY(store.open(demo, Store::OpenMode::OpenExisting));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM experiments WHERE domain = 'drones'"
                                      " AND (lower(title) LIKE '%dron%' OR lower(coalesce(summary, '')) LIKE '%dron%')")));
        QSet<qint64> expected;
        while (q.next())
            expected << q.value(0).toLongLong();
        QVERIFY(expected.size() >= 3);
        QSet<qint64> found;
        for (const SearchHit &hit : SearchIndex::query(store, QStringLiteral("droni"), 50))
            if (hit.table == QLatin1String("experiments"))
                found << hit.id;
        QVERIFY2(found.contains(expected), qPrintable(QString::number(expected.size() - (found & expected).size()) + QStringLiteral(" missing")));
    }

    void followsUpdatesAndDeletes()
    {
        QVERIFY(m_store.update(QStringLiteral("experiments"), m_experiment,
                               {{QStringLiteral("title"), QStringLiteral("Navetta autonoma a Mirafiori")}}));
        QVERIFY(find(QStringLiteral("droni")).isEmpty());
        QCOMPARE(find(QStringLiteral("mirafiori")).size(), 1);
        QVERIFY(m_store.remove(QStringLiteral("experiments"), m_experiment));
        QVERIFY(find(QStringLiteral("mirafiori")).isEmpty());
    }

    // A word found in thousands of records: every kind still shows its own matches (an old
    // organization whose name matches is not crowded out by recent contacts), ranked by
    // title first, then newest.
    void broadQueriesKeepEveryKind()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("broad.citylab"))));
        const qint64 organization = store.insert(QStringLiteral("organizations"),
                                                 {{QStringLiteral("name"), QStringLiteral("Riunioni Tecniche Srl")},
                                                  {QStringLiteral("kind"), QStringLiteral("company")}});
        QVERIFY(organization > 0);
        const bool written = store.transact([&] {
            for (int i = 0; i < SearchIndex::broadMatchCount + 100; ++i) {
                if (store.insert(QStringLiteral("interactions"),
                                 {{QStringLiteral("kind"), QStringLiteral("meeting")},
                                  {QStringLiteral("occurred_on"), QStringLiteral("2026-03-01")},
                                  {QStringLiteral("summary"), i % 2 ? QStringLiteral("Riunione tecnica %1").arg(i)
                                                                    : QStringLiteral("Telefonata %1").arg(i)},
                                  {QStringLiteral("details"), QStringLiteral("riunione di coordinamento")}}) < 0)
                    return false;
            }
            return true;
        });
        QVERIFY2(written, qPrintable(store.errorString()));
        bool broad = false;
        const QList<SearchHit> hits = SearchIndex::query(store, QStringLiteral("riun"), 20, &broad);
        QVERIFY(broad);
        QStringList tables;
        for (const SearchHit &hit : hits)
            tables << hit.table;
        QCOMPARE(tables.count(QStringLiteral("organizations")), 1);
        QCOMPARE(tables.count(QStringLiteral("interactions")), 20);
        QCOMPARE(hits.first().id, organization);
        // contacts whose summary has the word come before those with it only in the details
        for (const SearchHit &hit : hits)
            if (hit.table == QLatin1String("interactions"))
                QVERIFY2(hit.title.startsWith(QStringLiteral("Riunione")), qPrintable(hit.title));
        // and a narrow query is ranked in full
        const QList<SearchHit> narrow = SearchIndex::query(store, QStringLiteral("tecniche"), 20, &broad);
        QVERIFY(!broad);
        QCOMPARE(narrow.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
