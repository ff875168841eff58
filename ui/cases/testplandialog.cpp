// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplandialog.h"

#include "editing/dateitemdelegate.h"
#include "editing/optionaldateedit.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {

enum Column { Name, Starts, Ends, Vehicles, Drones, Robots, Users, ColumnCount };


} // namespace

TestPlanDialog::TestPlanDialog(Store &store, qint64 experimentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_experimentId(experimentId)
    , m_phases(new QTableWidget(0, ColumnCount, this))
    , m_insurer(new QLineEdit(this))
    , m_policy(new QLineEdit(this))
    , m_expires(new OptionalDateEdit(this))
    , m_operator(new QLineEdit(this))
    , m_geofence(new QCheckBox(tr("&Geofence: the vehicles cannot leave the authorized zones"), this))
    , m_emergencyStop(new QCheckBox(tr("&Emergency stop that halts the test at once"), this))
    , m_sharedData(new QPlainTextEdit(this))
    , m_licence(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("testPlanDialog"));
    const QVariantMap experiment = store.record(QStringLiteral("experiments"), experimentId);
    setWindowTitle(tr("Test Plan of %1").arg(experiment.value(QStringLiteral("code")).toString()));
    m_plannedStart = QDate::fromString(experiment.value(QStringLiteral("start_on")).toString(), Qt::ISODate);

    m_phases->setObjectName(QStringLiteral("planPhases"));
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Starts"), tr("Ends"), tr("Vehicles"), tr("Drones"), tr("Robots"), tr("Users")});
    m_phases->setAccessibleName(tr("Phases of the test"));
    m_phases->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = Starts; c < ColumnCount; ++c)
        m_phases->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_phases->verticalHeader()->hide();
    m_phases->setItemDelegate(new DateItemDelegate(m_phases));
    m_phases->setTabKeyNavigation(false);   // Tab leaves the table; arrows move within it
    auto *add = new QPushButton(tr("&Add phase"), this);
    auto *remove = new QPushButton(tr("&Remove phase"), this);
    add->setObjectName(QStringLiteral("addPhase"));
    remove->setObjectName(QStringLiteral("removePhase"));
    connect(add, &QPushButton::clicked, this, &TestPlanDialog::addPhase);
    connect(remove, &QPushButton::clicked, this, &TestPlanDialog::removePhase);
    auto *phaseButtons = new QHBoxLayout;
    phaseButtons->addWidget(add);
    phaseButtons->addWidget(remove);
    phaseButtons->addStretch();
    auto *phasesBox = new QGroupBox(tr("Phases and scale"), this);
    auto *phasesLayout = new QVBoxLayout(phasesBox);
    phasesLayout->addWidget(m_phases, 1);
    phasesLayout->addLayout(phaseButtons);

    m_insurer->setObjectName(QStringLiteral("insurer"));
    m_policy->setObjectName(QStringLiteral("policyNumber"));
    m_expires->setObjectName(QStringLiteral("insuranceExpires"));
    m_operator->setObjectName(QStringLiteral("safetyOperator"));
    m_geofence->setObjectName(QStringLiteral("geofence"));
    m_emergencyStop->setObjectName(QStringLiteral("emergencyStop"));
    m_operator->setPlaceholderText(tr("Who can stop the test on site"));
    auto *safeguards = new QGroupBox(tr("Safeguards"), this);
    auto *safeguardsForm = new QFormLayout(safeguards);
    safeguardsForm->addRow(tr("&Insurer:"), m_insurer);
    safeguardsForm->addRow(tr("&Policy number:"), m_policy);
    safeguardsForm->addRow(tr("Policy &expires on:"), m_expires);
    safeguardsForm->addRow(tr("&Safety operator:"), m_operator);
    safeguardsForm->addRow(m_geofence);
    safeguardsForm->addRow(m_emergencyStop);

    m_sharedData->setObjectName(QStringLiteral("sharedData"));
    m_licence->setObjectName(QStringLiteral("dataLicence"));
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_sharedData->setPlaceholderText(tr("What the partner shares with the city: trips, noise, air quality…"));
    m_sharedData->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_sharedData->setMaximumHeight(m_sharedData->fontMetrics().lineSpacing() * 4);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_licence->setEditable(true);
    m_licence->lineEdit()->setAccessibleName(tr("Licence of the data"));
    m_licence->addItems({QString(), QStringLiteral("CC BY 4.0"), QStringLiteral("CC0 1.0"), QStringLiteral("IODL 2.0"),
                         QStringLiteral("ODbL 1.0"), tr("For the city's use only")});
    auto *data = new QGroupBox(tr("Data and notes"), this);
    auto *dataForm = new QFormLayout(data);
    dataForm->addRow(tr("&Data shared:"), m_sharedData);
    dataForm->addRow(tr("&Licence:"), m_licence);
    dataForm->addRow(tr("N&otes:"), m_notes);

    m_note->setObjectName(QStringLiteral("revisionNote"));
    m_note->setPlaceholderText(tr("What changed, for the revisions (optional)"));
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("&What changed:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TestPlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TestPlanDialog::reject);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("pipeline.html#plan"));

    auto *sides = new QHBoxLayout;
    sides->addWidget(safeguards, 1);
    sides->addWidget(data, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(phasesBox, 1);
    layout->addWidget(m_problem);
    layout->addLayout(sides);
    layout->addLayout(noteForm);
    layout->addWidget(buttons);

    QString error;
    const std::optional<TestPlan> plan = TestPlan::load(store, experimentId, &error);
    if (plan) {
        setPlan(*plan);
    } else {
        // an empty form saved over a plan that could not be read would erase it
        showProblem(error);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    ScreenFit::resize(this, QSize(980, 640));
}

void TestPlanDialog::setPlan(const TestPlan &plan)
{
    m_phases->setRowCount(0);
    for (const PlanPhase &p : plan.phases) {
        const int row = m_phases->rowCount();
        m_phases->insertRow(row);
        m_phases->setItem(row, Name, new QTableWidgetItem(p.name));
        auto *starts = new QTableWidgetItem;
        starts->setData(Qt::EditRole, p.startsOn);
        m_phases->setItem(row, Starts, starts);
        auto *ends = new QTableWidgetItem;
        ends->setData(Qt::EditRole, p.endsOn);
        m_phases->setItem(row, Ends, ends);
        const std::optional<int> counts[] = {p.vehicles, p.drones, p.robots, p.users};
        for (int i = 0; i < 4; ++i)
            m_phases->setItem(row, Vehicles + i, new QTableWidgetItem(counts[i] ? QString::number(*counts[i]) : QString()));
    }
    m_insurer->setText(plan.insurer);
    m_policy->setText(plan.policyNumber);
    m_expires->setValue(plan.insuranceExpiresOn);
    m_operator->setText(plan.safetyOperator);
    m_geofence->setChecked(plan.geofence);
    m_emergencyStop->setChecked(plan.emergencyStop);
    m_sharedData->setPlainText(plan.sharedData);
    m_licence->setCurrentText(plan.dataLicence);
    m_notes->setPlainText(plan.notes);
}

TestPlan TestPlanDialog::plan() const
{
    TestPlan plan;
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_phases->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        PlanPhase p;
        p.name = text(Name).toString().trimmed();
        p.startsOn = text(Starts).toDate();
        p.endsOn = text(Ends).toDate();
        std::optional<int> *counts[] = {&p.vehicles, &p.drones, &p.robots, &p.users};
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            const int value = text(Vehicles + i).toString().trimmed().toInt(&ok);
            if (ok)
                *counts[i] = value;
        }
        plan.phases << p;
    }
    plan.insurer = m_insurer->text().trimmed();
    plan.policyNumber = m_policy->text().trimmed();
    plan.insuranceExpiresOn = m_expires->value();
    plan.safetyOperator = m_operator->text().trimmed();
    plan.geofence = m_geofence->isChecked();
    plan.emergencyStop = m_emergencyStop->isChecked();
    plan.sharedData = m_sharedData->toPlainText().trimmed();
    plan.dataLicence = m_licence->currentText().trimmed();
    plan.notes = m_notes->toPlainText().trimmed();
    return plan;
}

void TestPlanDialog::addPhase()
{
    const int row = m_phases->rowCount();
    QDate starts = m_plannedStart.isValid() ? m_plannedStart : QDate::currentDate();
    if (row > 0) {
        const QDate previousEnd = m_phases->item(row - 1, Ends) ? m_phases->item(row - 1, Ends)->data(Qt::EditRole).toDate() : QDate();
        if (previousEnd.isValid())
            starts = previousEnd.addDays(1);
    }
    m_phases->insertRow(row);
    m_phases->setItem(row, Name, new QTableWidgetItem(tr("Phase %1").arg(row + 1)));
    auto *startItem = new QTableWidgetItem;
    startItem->setData(Qt::EditRole, starts);
    m_phases->setItem(row, Starts, startItem);
    auto *endItem = new QTableWidgetItem;
    endItem->setData(Qt::EditRole, starts.addDays(29));
    m_phases->setItem(row, Ends, endItem);
    for (int c = Vehicles; c < ColumnCount; ++c)
        m_phases->setItem(row, c, new QTableWidgetItem);
    m_phases->setCurrentCell(row, Name);
    m_phases->setFocus();
}

void TestPlanDialog::removePhase()
{
    const int row = m_phases->currentRow();
    if (row >= 0)
        m_phases->removeRow(row);
}

void TestPlanDialog::showProblem(const QString &message, int row, int column)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (row >= 0 && column >= 0) {
        m_phases->setCurrentCell(row, column);
        m_phases->setFocus();
    }
}

void TestPlanDialog::save()
{
    // a scale typed as words is named before anything else: plan() would leave it out
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        for (int i = 0; i < 4; ++i) {
            const QTableWidgetItem *item = m_phases->item(row, Vehicles + i);
            const QString text = item ? item->text().trimmed() : QString();
            bool ok = false;
            if (!text.isEmpty() && (text.toInt(&ok) < 0 || !ok)) {
                showProblem(tr("Phase %1: '%2' is not a number of %3.")
                                .arg(row + 1)
                                .arg(text, m_phases->horizontalHeaderItem(Vehicles + i)->text().toLower()),
                            row, Vehicles + i);
                return;
            }
        }
    }
    const TestPlan current = plan();
    const QList<TestPlan::Problem> problems = current.problems();
    if (!problems.isEmpty()) {
        const TestPlan::Problem &p = problems.first();
        const int column = p.field == QLatin1String("name") ? Name : p.field == QLatin1String("starts_on") ? Starts : Ends;
        showProblem(p.message, p.phase, column);
        return;
    }
    QString error;
    m_saved = TestPlan::save(m_store, m_experimentId, current, m_note->text(), &error);
    if (m_saved == 0) {
        showProblem(error);
        return;
    }
    accept();
}

} // namespace citylab
