// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fieldvalues.h"
#include "store/store.h"

#include <QLocale>
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
};

QTEST_GUILESS_MAIN(TestFieldValues)
#include "tst_fieldvalues.moc"
