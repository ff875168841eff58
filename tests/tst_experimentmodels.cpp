// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/experimentdetails.h"
#include "items/experimentfiltermodel.h"
#include "items/experimenttablemodel.h"
#include "i18n/dateformat.h"
#include "io/tablecsvexport.h"
#include "items/organizationdetails.h"
#include "items/organizationtablemodel.h"
#include "store/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace citylab;

class TestExperimentModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    qint64 insertExperiment(const QString &code, const QString &title, const QString &domain = QStringLiteral("drones"))
    {
        return m_store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), code},
                                                              {QStringLiteral("title"), title},
                                                              {QStringLiteral("domain"), domain},
                                                              {QStringLiteral("stage"), QStringLiteral("screening")},
                                                              {QStringLiteral("stage_since"), QStringLiteral("2026-04-01")}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(testsupport::makeDemo(m_dir)));
    }

    void listsEveryExperimentWithLabels()
    {
        ExperimentTableModel model(m_store);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.columnCount(), int(ExperimentTableModel::ColumnCount));
        const QModelIndex domain = model.index(0, ExperimentTableModel::Domain);
        QVERIFY(!domain.data(SqlTableModel::KeyRole).toString().contains(u' '));  // a key
        QVERIFY(domain.data().toString().at(0).isUpper());                          // a label
        QCOMPARE(model.headerData(ExperimentTableModel::Code, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Code"));
    }

    void reloadsWhenTheStoreChanges()
    {
        ExperimentTableModel model(m_store);
        const int before = model.rowCount();
        const qint64 id = insertExperiment(QStringLiteral("TCL-2026-900"), QStringLiteral("Robot in biblioteca"));
        QVERIFY(id > 0);
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOfId(id) >= 0);
        QVERIFY(m_store.remove(QStringLiteral("experiments"), id));
        QCOMPARE(model.rowCount(), before);
    }

    void filtersByTextDomainAndStage()
    {
        const qint64 id = insertExperiment(QStringLiteral("TCL-2026-901"), QStringLiteral("Sensori nella Città vecchia"),
                                           QStringLiteral("environment"));
        ExperimentTableModel model(m_store);
        ExperimentFilterModel filter;
        filter.setSourceModel(&model);

        filter.setText(QStringLiteral("citta VECCHIA"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SqlTableModel::IdRole).toLongLong(), id);

        filter.setText({});
        filter.setDomain(QStringLiteral("environment"));
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM experiments WHERE domain = 'environment'"));
        q.next();
        QCOMPARE(filter.rowCount(), q.value(0).toInt());

        filter.setStage(QStringLiteral("screening"));
        q.exec(QStringLiteral("SELECT count(*) FROM experiments WHERE domain = 'environment' AND stage = 'screening'"));
        q.next();
        QCOMPARE(filter.rowCount(), q.value(0).toInt());
        QVERIFY(filter.rowCount() >= 1);
        q.finish(); // reads end before a write, as in the application
        QVERIFY(m_store.remove(QStringLiteral("experiments"), id));
    }

    // The organization filter finds the experiments an organization leads and those it
    // joins as a partner; the partners are a column of their own, shown joined by commas.
    void filtersByOrganizationLeadOrPartner()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT o.name, count(DISTINCT p.experiment_id) FROM experiment_partners p"
                                      " JOIN organizations o ON o.id = p.organization_id GROUP BY o.id ORDER BY 2 DESC LIMIT 1")));
        QVERIFY(q.next());
        const QString name = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("SELECT count(*) FROM experiments e JOIN organizations o ON o.name = :name"
                                 " WHERE e.lead_organization_id = o.id OR EXISTS (SELECT 1 FROM experiment_partners p"
                                 " WHERE p.experiment_id = e.id AND p.organization_id = o.id)"));
        q.bindValue(QStringLiteral(":name"), name);
        QVERIFY(q.exec() && q.next());
        const int involved = q.value(0).toInt();
        q.finish();

        ExperimentTableModel model(m_store);
        ExperimentFilterModel filter;
        filter.setSourceModel(&model);
        filter.setOrganization(name);
        QCOMPARE(filter.rowCount(), involved);
        int asPartner = 0;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QString partners = filter.index(row, ExperimentTableModel::Partners).data().toString();
            const QString lead = filter.index(row, ExperimentTableModel::Lead).data().toString();
            QVERIFY2(lead == name || partners.contains(name), qPrintable(lead + u'|' + partners));
            asPartner += lead != name;
            QVERIFY(!partners.contains(QChar(ExperimentTableModel::partnerSeparator)));
        }
        QVERIFY(asPartner > 0);
        filter.setOrganization({});
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void filtersByTheDayTheyRun()
    {
        ExperimentTableModel model(m_store);
        ExperimentFilterModel filter;
        filter.setSourceModel(&model);
        const QDate day = testsupport::referenceDay();
        filter.setRunningOn(day);
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM experiments WHERE start_on <= '%1' AND (end_on IS NULL OR end_on >= '%1')")
                   .arg(day.toString(Qt::ISODate)));
        q.next();
        QCOMPARE(filter.rowCount(), q.value(0).toInt());
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        filter.setRunningOn({});
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void sortsByRawValues()
    {
        ExperimentTableModel model(m_store);
        ExperimentFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ExperimentTableModel::StageSince, Qt::DescendingOrder);
        const QString newest = filter.index(0, ExperimentTableModel::StageSince).data(SqlTableModel::SortRole).toString();
        const QString next = filter.index(1, ExperimentTableModel::StageSince).data(SqlTableModel::SortRole).toString();
        QVERIFY(newest >= next); // ISO dates, not their localized text, decide the order
    }

    void detailsGatherTheWholeCase()
    {
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT id, code FROM experiments WHERE stage = 'active' ORDER BY id LIMIT 1"));
        QVERIFY(q.next());
        const ExperimentDetails d = ExperimentDetails::load(m_store, q.value(0).toLongLong());
        QVERIFY(d.isValid());
        QCOMPARE(d.code, q.value(1).toString());
        QCOMPARE(d.history.first().toStage, QStringLiteral("proposal"));
        QCOMPARE(d.history.last().toStage, QStringLiteral("active"));
        QVERIFY(d.zoneCount > 0);
        QVERIFY(!d.agreements.isEmpty());
        QVERIFY(!d.lead.isEmpty());
        // its outcomes: each metric with daily values, the latest one and the target
        QVERIFY(!d.metrics.isEmpty());
        for (const auto &m : d.metrics) {
            QVERIFY2(m.count > 30 && m.hasTarget, qPrintable(m.code));
            QVERIFY(m.last > 0);
        }
        QVERIFY(!ExperimentDetails::load(m_store, 999999).isValid());
    }

    void exportsWhatTheTableShowsForSpreadsheets()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        ExperimentTableModel model(m_store);
        ExperimentFilterModel filter;
        filter.setSourceModel(&model);
        filter.setStage(QStringLiteral("active"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TableCsvExport::write(filter, {ExperimentTableModel::Code, ExperimentTableModel::Title,
                                               ExperimentTableModel::StartOn}, &buffer));
        QLocale::setDefault(QLocale::c());
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // Excel reads UTF-8 only with the mark
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), filter.rowCount() + 1);
        QCOMPARE(lines.first(), QStringLiteral("Code;Title;Start"));  // ';' where decimals take a comma
        static const QRegularExpression row(QStringLiteral("^TCL-\\d{4}-\\d{3};[^;]+;\\d{2}/\\d{2}/\\d{4}$"));
        for (const QString &line : lines.mid(1))
            QVERIFY2(row.match(line).hasMatch(), qPrintable(line));
    }

    void datesHaveFourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("it") << QStringLiteral("it_IT") << QStringLiteral("10/05/2026");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("10/05/2026");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("5/10/2026");
    }

    void datesHaveFourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QString shown = DateFormat::shortDate(QDate(2026, 5, 10));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(shown, expected);
    }

    void organizationsCountTheirLinks()
    {
        OrganizationTableModel model(m_store);
        QCOMPARE(model.rowCount(), 40);
        int led = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            led += model.index(row, OrganizationTableModel::LedExperiments).data(SqlTableModel::SortRole).toInt();
        QCOMPARE(led, 60);
        // the page of a lead organization lists what it leads
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT lead_organization_id, count(*) FROM experiments GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
        QVERIFY(q.next());
        const OrganizationDetails details = OrganizationDetails::load(m_store, q.value(0).toLongLong());
        QVERIFY(details.experiments.size() >= q.value(1).toInt());
    }

    // An authority takes part through the requests it received: its page lists their
    // experiments (it said "not involved in any experiment").
    void anAuthorityListsTheExperimentsItWasAskedAbout()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT r.authority_id, count(DISTINCT r.experiment_id), min(r.reference) FROM regulatory_requests r"
                                      " WHERE r.experiment_id IS NOT NULL AND r.authority_id NOT IN (SELECT lead_organization_id FROM experiments"
                                      " WHERE lead_organization_id IS NOT NULL) GROUP BY 1 ORDER BY 2 DESC LIMIT 1")));
        QVERIFY(q.next());
        const OrganizationDetails details = OrganizationDetails::load(m_store, q.value(0).toLongLong());
        QCOMPARE(details.experiments.size(), q.value(1).toInt());
        bool named = false;
        for (const auto &experiment : details.experiments)
            named |= experiment.role.contains(q.value(2).toString());
        QVERIFY(named);
    }
};

QTEST_GUILESS_MAIN(TestExperimentModels)
#include "tst_experimentmodels.moc"
