// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/choicelists.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// The lists the record forms and pickers offer, on the demo of the reference day: what each
// shows, in which order, and that a list the store cannot give is an error, not an empty list.
class TestChoiceLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void organizationsByNameIgnoringCase();
    void authoritiesOnly();
    void labelsNameTheRecord();
    void officersOnceEach();
    void organizationsOfExperiments();
    void experimentsAndMetricsForPickers();
    void noneIsEmpty();
    void failedReadIsAnError();

private:
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_demo;
    Store m_store;
};

void TestChoiceLists::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
    QVERIFY(m_store.open(m_demo));
}

qint64 TestChoiceLists::count(const QString &sql)
{
    QSqlQuery query(m_store.database());
    if (!query.exec(sql) || !query.next())
        qFatal("cannot count: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestChoiceLists::organizationsByNameIgnoringCase()
{
    QString error;
    const auto choices = ChoiceLists::load(m_store, ChoiceLists::Organizations, &error);
    QVERIFY2(choices, qPrintable(error));
    QCOMPARE(choices->size(), count(QStringLiteral("SELECT count(*) FROM organizations")));
    for (qsizetype i = 1; i < choices->size(); ++i)
        QVERIFY2(choices->at(i - 1).label.compare(choices->at(i).label, Qt::CaseInsensitive) <= 0,
                 qPrintable(choices->at(i - 1).label + QStringLiteral(" / ") + choices->at(i).label));
}

void TestChoiceLists::authoritiesOnly()
{
    const auto choices = ChoiceLists::load(m_store, ChoiceLists::Authorities);
    QVERIFY(choices);
    QVERIFY(!choices->isEmpty());
    QCOMPARE(choices->size(), count(QStringLiteral("SELECT count(*) FROM organizations WHERE kind IN ('authority', 'public_body')")));
    for (const Choice &choice : *choices) {
        const QString kind = m_store.record(QStringLiteral("organizations"), choice.value.toLongLong()).value(QStringLiteral("kind")).toString();
        QVERIFY2(kind == u"authority" || kind == u"public_body", qPrintable(choice.label));
    }
}

void TestChoiceLists::labelsNameTheRecord()
{
    const auto experiments = ChoiceLists::load(m_store, ChoiceLists::Experiments);
    QVERIFY(experiments);
    QCOMPARE(experiments->size(), count(QStringLiteral("SELECT count(*) FROM experiments")));
    for (const Choice &choice : *experiments) {
        const QVariantMap e = m_store.record(QStringLiteral("experiments"), choice.value.toLongLong());
        QCOMPARE(choice.label, e.value(QStringLiteral("code")).toString() + QStringLiteral(" — ") + e.value(QStringLiteral("title")).toString());
    }
    // a person is named with their organization, when they have one
    const auto people = ChoiceLists::load(m_store, ChoiceLists::People);
    QVERIFY(people);
    QVERIFY(!people->isEmpty());
    for (const Choice &choice : *people) {
        const QVariantMap p = m_store.record(QStringLiteral("people"), choice.value.toLongLong());
        const QVariant organization = p.value(QStringLiteral("organization_id"));
        QString expected = p.value(QStringLiteral("full_name")).toString();
        if (!organization.isNull())
            expected += QStringLiteral(" (%1)").arg(
                m_store.record(QStringLiteral("organizations"), organization.toLongLong()).value(QStringLiteral("name")).toString());
        QCOMPARE(choice.label, expected);
    }
    const auto metrics = ChoiceLists::load(m_store, ChoiceLists::Metrics);
    QVERIFY(metrics);
    QVERIFY(!metrics->isEmpty());
    for (const Choice &choice : *metrics) {
        const QVariantMap m = m_store.record(QStringLiteral("metrics"), choice.value.toLongLong());
        QVERIFY(choice.label.startsWith(m.value(QStringLiteral("code")).toString() + QStringLiteral(" — ")));
        QVERIFY(choice.label.endsWith(QStringLiteral(" (%1)").arg(m.value(QStringLiteral("unit")).toString())));
    }
}

void TestChoiceLists::officersOnceEach()
{
    const auto officers = ChoiceLists::load(m_store, ChoiceLists::Officers);
    QVERIFY(officers);
    QVERIFY(!officers->isEmpty());
    QCOMPARE(officers->size(), count(QStringLiteral("SELECT count(DISTINCT officer) FROM experiments")));
    QStringList seen;
    for (const Choice &choice : *officers) {
        QVERIFY(!choice.label.isEmpty());
        QCOMPARE(choice.value.toString(), choice.label);   // the filter matches the name itself
        QVERIFY(!seen.contains(choice.label));
        seen.append(choice.label);
    }
}

void TestChoiceLists::organizationsOfExperiments()
{
    // leads and partners, no organization twice, none that takes no part in an experiment
    const auto organizations = ChoiceLists::load(m_store, ChoiceLists::ExperimentOrganizations);
    QVERIFY(organizations);
    QCOMPARE(organizations->size(),
             count(QStringLiteral("SELECT count(*) FROM organizations WHERE id IN (SELECT lead_organization_id FROM experiments"
                                  " UNION SELECT organization_id FROM experiment_partners)")));
    QVERIFY(organizations->size() < count(QStringLiteral("SELECT count(*) FROM organizations")));
}

void TestChoiceLists::experimentsAndMetricsForPickers()
{
    const auto experiments = ChoiceLists::experiments(m_store);
    QVERIFY(experiments);
    QCOMPARE(experiments->size(), count(QStringLiteral("SELECT count(*) FROM experiments")));
    for (qsizetype i = 1; i < experiments->size(); ++i)
        QVERIFY(experiments->at(i - 1).code < experiments->at(i).code);
    for (const ChoiceLists::Experiment &e : *experiments)
        QCOMPARE(e.leadOrganizationId, m_store.record(QStringLiteral("experiments"), e.id).value(QStringLiteral("lead_organization_id")));
    const auto metrics = ChoiceLists::metrics(m_store);
    QVERIFY(metrics);
    QCOMPARE(metrics->size(), count(QStringLiteral("SELECT count(*) FROM metrics")));
}

void TestChoiceLists::noneIsEmpty()
{
    const auto none = ChoiceLists::load(m_store, ChoiceLists::None);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestChoiceLists::failedReadIsAnError()
{
    const QString path = testsupport::makeDemo(m_dir, QStringLiteral("damaged.citylab"));
    testsupport::damageTable(path, QStringLiteral("agreements"));
    Store store;
    QVERIFY(store.open(path));
    QString error;
    QVERIFY(!ChoiceLists::load(store, ChoiceLists::Agreements, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    // the other lists still read
    QVERIFY(ChoiceLists::load(store, ChoiceLists::Organizations));
}

QTEST_GUILESS_MAIN(TestChoiceLists)
#include "tst_choicelists.moc"
