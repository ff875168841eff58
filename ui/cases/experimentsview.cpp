// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentsview.h"
#include "shell/filechooser.h"

#include "experimentdetailpanel.h"
#include "zonefileactions.h"
#include "domain/recordcode.h"
#include "domain/vocabulary.h"
#include "editing/recordeditdialog.h"
#include "i18n/dateformat.h"
#include "items/experimentfiltermodel.h"
#include "items/experimenttablemodel.h"
#include "items/callrecords.h"
#include "items/choicelists.h"
#include "shell/deferredrefresh.h"
#include "shell/documentssection.h"
#include "shell/recordtable.h"
#include "shell/writeaccess.h"
#include "store/store.h"

#include <QDir>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QMessageBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QKeySequence>
#include <QMenu>
#include <QToolButton>

namespace citylab {

namespace {

ExperimentFilterModel *makeFilter(Store &store)
{
    auto *filter = new ExperimentFilterModel;
    filter->setSourceModel(new ExperimentTableModel(store, filter));
    return filter;
}

} // namespace

ExperimentsView::ExperimentsView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("experimentsView"), makeFilter(store), ExperimentTableModel::Title,
                     new ExperimentDetailPanel(store, &undo), parent)
    , m_store(store)
    , m_undo(undo)
    , m_domain(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_officer(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_runningOn(new QDateEdit(this))
    , m_peopleRefresh(new DeferredRefresh(this, [this] { fillPeopleFilters(); }))
{
    setObjectName(QStringLiteral("experimentsView"));
    m_filter = qobject_cast<ExperimentFilterModel *>(table()->model());
    table()->setObjectName(QStringLiteral("experimentsTable"));
    searchField()->setObjectName(QStringLiteral("experimentSearch"));
    m_domain->setObjectName(QStringLiteral("domainFilter"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    filterBar()->insertWidget(0, m_domain, 1);
    filterBar()->insertWidget(1, m_stage, 1);
    m_officer->setObjectName(QStringLiteral("officerFilter"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    // the filters share one row: none may claim the width of its longest item
    for (QComboBox *combo : {m_domain, m_stage, m_officer, m_organization}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    filterBar()->insertWidget(2, m_officer, 1);
    filterBar()->insertWidget(3, m_organization, 1);
    // "running on" a day; the minimum date stands for any day
    m_runningOn->setObjectName(QStringLiteral("runningOnFilter"));
    m_runningOn->setCalendarPopup(true);
    m_runningOn->setMinimumDate(QDate(1900, 1, 1));
    m_runningOn->setDate(m_runningOn->minimumDate());
    filterBar()->insertWidget(4, m_runningOn);
    connect(m_runningOn, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        m_filter->setRunningOn(day == m_runningOn->minimumDate() ? QDate() : day);
    });
    connect(m_officer, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOfficer(m_officer->currentData().toString()); });
    connect(m_organization, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOrganization(m_organization->currentData().toString()); });
    connect(&store, &Store::recordsChanged, m_peopleRefresh, &DeferredRefresh::request);
    m_new = addButton(QStringLiteral("newExperiment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = addButton(QStringLiteral("editExperiment"), QKeySequence(Qt::Key_F2));
    connect(m_new, &QToolButton::clicked, this, &ExperimentsView::createExperiment);
    connect(m_edit, &QToolButton::clicked, this, &ExperimentsView::editCurrent);
    m_contact = addButton(QStringLiteral("logContact"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_agreement = addButton(QStringLiteral("addAgreement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_contact, &QToolButton::clicked, this, &ExperimentsView::logContact);
    connect(m_agreement, &QToolButton::clicked, this, &ExperimentsView::addAgreement);
    connect(static_cast<ExperimentDetailPanel *>(details()), &ExperimentDetailPanel::newAgreementRequested, this,
            &ExperimentsView::addAgreement);
    m_attach = addButton(QStringLiteral("attachFile"));
    connect(m_attach, &QToolButton::clicked, this, &ExperimentsView::attachFile);
    // GeoJSON / KML in and out for the selected experiment.
    m_zoneFiles = addButton(QStringLiteral("zoneFiles"));
    m_zoneFiles->setPopupMode(QToolButton::InstantPopup);
    auto *zoneMenu = new QMenu(m_zoneFiles);
    m_importZones = zoneMenu->addAction(QString(), this, [this] { ZoneFileActions::chooseAndImport(this, m_store, currentRecord()); });
    m_exportZones = zoneMenu->addAction(QString(), this, [this] {
        if (currentRecord() >= 0)
            ZoneFileActions::chooseAndExport(this, m_store, currentRecord());
    });
    m_zoneFiles->setMenu(zoneMenu);
    connect(table(), &QAbstractItemView::doubleClicked, this, &ExperimentsView::editCurrent);
    WriteAccess::follow(m_store, m_new);
    WriteAccess::follow(m_store, m_edit);
    WriteAccess::follow(m_store, m_contact);
    WriteAccess::follow(m_store, m_agreement);
    WriteAccess::follow(m_store, m_attach);
    WriteAccess::follow(m_store, m_importZones);
    retranslate();

    connect(searchField(), &QLineEdit::textChanged, m_filter, &ExperimentFilterModel::setText);
    connect(m_domain, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDomain(m_domain->currentData().toString()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(m_stage->currentData().toString()); });
}

void ExperimentsView::retranslate()
{
    m_runningOn->setDisplayFormat(DateFormat::pattern());
    const QString domain = m_domain->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QSignalBlocker blockDomain(m_domain), blockStage(m_stage);
    searchField()->setPlaceholderText(tr("Filter by code, title, organization or officer"));
    m_organization->setToolTip(tr("Only experiments the organization leads or joins as a partner"));
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("Record a new experiment proposal"));
    m_edit->setText(tr("Edit…"));
    m_runningOn->setSpecialValueText(tr("Running any day"));
    m_runningOn->setToolTip(tr("Only experiments planned to run on this day"));
    m_runningOn->setAccessibleName(tr("Running on"));
    m_contact->setText(tr("Log contact…"));
    m_agreement->setText(tr("New agreement…"));
    m_attach->setText(tr("Attach file…"));
    m_attach->setToolTip(tr("Keep a document (signed agreement, authorization, report) with the experiment"));
    m_zoneFiles->setText(tr("Zones"));
    m_zoneFiles->setToolTip(tr("Import or export the selected experiment's zones as GeoJSON or KML"));
    m_importZones->setText(tr("Import Zones…"));
    m_exportZones->setText(tr("Export Zones…"));
    m_domain->clear();
    m_domain->addItem(tr("All domains"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::Domain))
        m_domain->addItem(Vocabulary::label(Vocabulary::Domain, key), key);
    m_stage->clear();
    m_stage->addItem(tr("All stages"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::Stage))
        m_stage->addItem(Vocabulary::label(Vocabulary::Stage, key), key);
    m_domain->setCurrentIndex(qMax(0, m_domain->findData(domain)));
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
    fillPeopleFilters();
    updateCount();
}

// Officers and lead organizations as they appear in the store, kept current as it changes.
void ExperimentsView::fillPeopleFilters()
{
    const auto fill = [this](QComboBox *combo, const QString &all, ChoiceLists::List list) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        QString error;
        const auto choices = ChoiceLists::load(m_store, list, &error);
        for (const Choice &choice : choices.value_or(QList<Choice>()))
            combo->addItem(choice.label, choice.value.toString());
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        // a list that could not be read is not offered as if nobody were in it
        combo->setEnabled(choices.has_value());
        if (!choices)
            combo->setToolTip(error);
    };
    fill(m_officer, tr("All officers"), ChoiceLists::Officers);
    // leads and partners: an organization's experiments are those it leads or joins
    fill(m_organization, tr("All organizations"), ChoiceLists::ExperimentOrganizations);
}

void ExperimentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordBrowser::changeEvent(event);
}

void ExperimentsView::createExperiment()
{
    const QDate today = QDate::currentDate();
    const QVariantMap defaults = {{QStringLiteral("code"), RecordCode::nextExperiment(m_store, today.year())},
                                  {QStringLiteral("stage"), QStringLiteral("proposal")},
                                  {QStringLiteral("stage_since"), today.toString(Qt::ISODate)},
                                  {QStringLiteral("proposed_on"), today.toString(Qt::ISODate)}};   // the domain is chosen
    QVariantMap withCall = defaults;
    // most offices run one open call: a new proposal comes through it unless told otherwise
    if (const QVariant call = CallRecords::onlyOpenCall(m_store, today); !call.isNull())
        withCall.insert(QStringLiteral("call_id"), call);
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("experiments"), -1, FormSpecs::experiment(m_store, -1),
                                        withCall, this);
    dialog->setWindowTitle(tr("New Experiment"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reveal(dialog->recordId()); });
    dialog->open();
}

void ExperimentsView::editCurrent()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("experiments"), id, FormSpecs::experiment(m_store, id), {}, this);
    dialog->setWindowTitle(tr("Edit %1").arg(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExperimentsView::logContact()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    const QVariantMap experiment = m_store.record(QStringLiteral("experiments"), id);
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("interactions"), -1, FormSpecs::interaction(),
                                        {{QStringLiteral("experiment_id"), id},
                                         {QStringLiteral("organization_id"), experiment.value(QStringLiteral("lead_organization_id"))},
                                         {QStringLiteral("kind"), QStringLiteral("meeting")},
                                         {QStringLiteral("occurred_on"), QDate::currentDate().toString(Qt::ISODate)},
                                         {QStringLiteral("created_by"), m_store.userName()}},
                                        this);
    dialog->setWindowTitle(tr("Log a Contact about %1").arg(experiment.value(QStringLiteral("code")).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExperimentsView::addAgreement()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    const QString code = m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString();
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("agreements"), -1, FormSpecs::agreement(),
                                        {{QStringLiteral("experiment_id"), id},
                                         {QStringLiteral("kind"), QStringLiteral("experimentation")},
                                         {QStringLiteral("status"), QStringLiteral("draft")},
                                         {QStringLiteral("title"), tr("Experimentation agreement %1").arg(code)},
                                         {QStringLiteral("renewal_notice_days"), 60}},
                                        this);
    dialog->setWindowTitle(tr("New Agreement for %1").arg(code));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExperimentsView::attachFile()
{
    if (currentRecord() < 0)
        return;
    const QString path = FileChooser::openFile(this, tr("Attach a Document"));
    if (!path.isEmpty())
        attach(path);
}

bool ExperimentsView::attach(const QString &path)
{
    QString error;
    // an undoable step, like the documents added from agreement and request pages
    if (DocumentsSection::attach(m_store, m_undo, QStringLiteral("experiment_id"), currentRecord(), path, &error) >= 0)
        return true;
    QMessageBox::warning(this, tr("Cannot attach the document"), error);
    return false;
}

void ExperimentsView::openLinkedRecord(const QString &table, qint64 id)
{
    if (table != QLatin1String("interactions")) {
        RecordBrowser::openLinkedRecord(table, id);
        return;
    }
    auto *dialog = new RecordEditDialog(m_store, m_undo, table, id, FormSpecs::interaction(), {}, this);
    dialog->setWindowTitle(tr("Edit Contact"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExperimentsView::clearFilters()
{
    RecordBrowser::clearFilters();
    m_domain->setCurrentIndex(0);
    m_stage->setCurrentIndex(0);
    m_officer->setCurrentIndex(0);
    m_organization->setCurrentIndex(0);
    m_runningOn->setDate(m_runningOn->minimumDate());
}

QString ExperimentsView::exportName() const
{
    return tr("experiments.csv");
}

QString ExperimentsView::countText(int count) const
{
    return tr("%n experiment(s)", nullptr, count);
}

} // namespace citylab
