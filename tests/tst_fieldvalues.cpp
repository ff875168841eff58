// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fieldlabels.h"
#include "domain/fieldvalues.h"
#include "store/changehistory.h"
#include "store/store.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// Values of a change history or of an edit conflict as people read them, not as stored.
class TestFieldValues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_enac = -1;
    qint64 m_experiment = -1;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("values.citylab"))));
        m_enac = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                  {QStringLiteral("kind"), QStringLiteral("authority")}});
        m_experiment = m_store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), QStringLiteral("TCL-2026-007")},
                                                                      {QStringLiteral("title"), QStringLiteral("Droni")},
                                                                      {QStringLiteral("domain"), QStringLiteral("drones")},
                                                                      {QStringLiteral("stage"), QStringLiteral("proposal")},
                                                                      {QStringLiteral("stage_since"), QStringLiteral("2026-01-02")}});
        QVERIFY(m_enac > 0 && m_experiment > 0);
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void readable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");

        QTest::newRow("date in the locale") << QStringLiteral("agreements") << QStringLiteral("valid_to") << QVariant(QStringLiteral("2028-02-29")) << QStringLiteral("29/02/2028");
        QTest::newRow("stage") << QStringLiteral("experiments") << QStringLiteral("stage") << QVariant(QStringLiteral("screening")) << QStringLiteral("Screening");
        QTest::newRow("agreement kind") << QStringLiteral("agreements") << QStringLiteral("kind") << QVariant(QStringLiteral("nda")) << QStringLiteral("Non-disclosure agreement");
        QTest::newRow("request kind") << QStringLiteral("regulatory_requests") << QStringLiteral("kind") << QVariant(QStringLiteral("derogation")) << QStringLiteral("Derogation");
        QTest::newRow("request status") << QStringLiteral("regulatory_requests") << QStringLiteral("status")
                                        << QVariant(QStringLiteral("integration_requested")) << QStringLiteral("Integration requested");
        QTest::newRow("interaction kind") << QStringLiteral("interactions") << QStringLiteral("kind") << QVariant(QStringLiteral("pec")) << QStringLiteral("PEC");
        QTest::newRow("flag as logged") << QStringLiteral("organizations") << QStringLiteral("clock_restarts") << QVariant(QStringLiteral("1")) << QStringLiteral("yes");
        QTest::newRow("flag off") << QStringLiteral("regulatory_requests") << QStringLiteral("required_for_activation") << QVariant(0) << QStringLiteral("no");
        QTest::newRow("lead organization") << QStringLiteral("experiments") << QStringLiteral("lead_organization_id") << QVariant() << QStringLiteral("");
        QTest::newRow("free text stays") << QStringLiteral("experiments") << QStringLiteral("title") << QVariant(QStringLiteral("Droni 2026-01")) << QStringLiteral("Droni 2026-01");
    }

    void readable()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        QCOMPARE(FieldValues::readable(m_store, table, field, value), shown);
    }

    // References name the record they point to, in whatever form the value comes (a logged
    // history has text, a form an integer); a deleted one says so instead of a bare number.
    void referencesNameTheirRecord()
    {
        QCOMPARE(FieldValues::readable(m_store, QStringLiteral("experiments"), QStringLiteral("lead_organization_id"), m_enac),
                 QStringLiteral("ENAC"));
        QCOMPARE(FieldValues::readable(m_store, QStringLiteral("regulatory_requests"), QStringLiteral("authority_id"),
                                       QString::number(m_enac)),
                 QStringLiteral("ENAC"));
        QCOMPARE(FieldValues::readable(m_store, QStringLiteral("interactions"), QStringLiteral("experiment_id"), m_experiment),
                 QStringLiteral("TCL-2026-007"));
        const QString gone = FieldValues::readable(m_store, QStringLiteral("interactions"), QStringLiteral("person_id"), 9999);
        QVERIFY2(gone.contains(QStringLiteral("9999")) && gone.contains(QStringLiteral("deleted")), qPrintable(gone));
    }

    // A change history names every field in the reader's language: "Created by" stayed
    // English in an Italian history because interactions.created_by had no name of its own.
    void everyStoredFieldHasAName()
    {
        QSqlQuery tables(m_store.database());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                          " AND name NOT LIKE 'search_index%' AND name NOT LIKE 'zone_bounds%'"
                                          " AND name NOT IN ('change_log', 'sync_state')")));
        QStringList unnamed;
        int columns = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(m_store.database());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
            while (info.next()) {
                const QString column = info.value(1).toString();
                ++columns;
                if (column != QLatin1String("id") && column != QLatin1String("uuid") && !FieldLabels::isNamed(column))
                    unnamed << table + u'.' + column;
            }
        }
        QVERIFY(columns > 100);
        QCOMPARE(unnamed, QStringList());
    }

    // Fields left empty when a record was made are logged as null; the history lists only
    // what someone changed, never "empty" to "empty".
    void historyListsOnlyRealChanges()
    {
        const qint64 id = m_store.insert(QStringLiteral("interactions"), {{QStringLiteral("kind"), QStringLiteral("call")},
                                                                          {QStringLiteral("summary"), QStringLiteral("Telefonata")},
                                                                          {QStringLiteral("occurred_on"), QStringLiteral("2026-03-02")},
                                                                          {QStringLiteral("experiment_id"), m_experiment},
                                                                          {QStringLiteral("details"), QVariant()}});
        QVERIFY2(id > 0, qPrintable(m_store.errorString()));
        QVERIFY(m_store.update(QStringLiteral("interactions"), id, {{QStringLiteral("summary"), QStringLiteral("Chiamata")},
                                                                    {QStringLiteral("details"), QVariant()}}));
        const QList<ChangeHistory::Entry> entries = ChangeHistory::forRecord(m_store, QStringLiteral("interactions"), id, 30);
        QStringList fields;
        for (const ChangeHistory::Entry &e : entries) {
            QVERIFY2(e.before != e.after, qPrintable(e.field));
            fields << e.field;
        }
        QVERIFY(fields.contains(QStringLiteral("summary")));
        QVERIFY(!fields.contains(QStringLiteral("details")));
    }
};

QTEST_GUILESS_MAIN(TestFieldValues)
#include "tst_fieldvalues.moc"
