// SPDX-License-Identifier: GPL-3.0-or-later
#include "todayview.h"
#include "shell/readablepalette.h"

#include "cases/conditionssection.h"
#include "domain/casetables.h"
#include "domain/deadlines.h"
#include "items/choicelists.h"
#include "editing/recordeditdialog.h"
#include "shell/contactssection.h"
#include "shell/deferredrefresh.h"
#include "shell/preferencesdialog.h"
#include "store/recordedit.h"
#include "io/csvwriter.h"
#include "io/tablecsvexport.h"
#include "i18n/dateformat.h"
#include "domain/vocabulary.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace citylab {

namespace {
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
const QString horizonKey = QStringLiteral("todayView/horizonDays");
const QString officerKey = QStringLiteral("todayView/officer");    // "" all, "\x01mine", or a name
const QString closedKey = QStringLiteral("todayView/closedFollowUps");
const QString mine = QStringLiteral("\x01mine");
} // namespace

TodayView::TodayView(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_kind(new QComboBox(this))
    , m_officer(new QComboBox(this))
    , m_closed(new QCheckBox(this))
    , m_title(new QLabel(this))
    , m_horizonLabel(new QLabel(this))
    , m_horizon(new QSpinBox(this))
    , m_stuckLabel(new QLabel(this))
    , m_stuck(new QSpinBox(this))
    , m_retentionLabel(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_list(new QTreeWidget(this))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("todayView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_horizon->setObjectName(QStringLiteral("horizonDays"));
    m_horizon->setRange(0, 365);
    m_horizon->setValue(QSettings().value(horizonKey, 30).toInt());
    m_horizonLabel->setBuddy(m_horizon);
    m_stuck->setObjectName(QStringLiteral("stuckAfterDays"));
    m_stuck->setRange(Deadlines::minimumStuckAfterDays, Deadlines::maximumStuckAfterDays);
    m_stuck->setValue(Deadlines::stuckAfterDays(store));
    m_stuck->setKeyboardTracking(false);   // saved once the number is typed, not at each digit
    m_stuckLabel->setBuddy(m_stuck);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(Deadlines::minimumRetentionMonths, Deadlines::maximumRetentionMonths);
    m_retention->setValue(Deadlines::retentionMonths(store));
    m_retention->setKeyboardTracking(false);
    m_retentionLabel->setBuddy(m_retention);
    m_list->setObjectName(QStringLiteral("deadlineList"));
    m_list->setColumnCount(6);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_stuckLabel);
    bar->addWidget(m_stuck);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_horizonLabel);
    bar->addWidget(m_horizon);
    m_kind->setObjectName(QStringLiteral("todayKindFilter"));
    m_officer->setObjectName(QStringLiteral("todayOfficerFilter"));
    // the filters, the closed follow-ups and the retention period share one row at 1024 pixels
    for (QComboBox *combo : {m_kind, m_officer}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_closed->setObjectName(QStringLiteral("todayClosedFollowUps"));
    m_closed->setChecked(QSettings().value(closedKey, false).toBool());
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_officer);
    filters->addWidget(m_closed);
    filters->addStretch();
    filters->addWidget(m_retentionLabel);
    filters->addWidget(m_retention);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TodayView::refresh);
    connect(m_officer, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(officerKey, m_officer->currentData());
        refresh();
    });
    connect(m_closed, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(closedKey, on);
        refresh();
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &TodayView::showMenu);

    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(horizonKey, days);
        refresh();
    });
    // Kept in the database, so that the CLI and the other windows list the same experiments.
    connect(m_stuck, &QSpinBox::valueChanged, this, [this](int days) {
        if (!Deadlines::setStuckAfterDays(m_store, days))
            QMessageBox::warning(this, tr("Cannot keep the threshold"), m_store.errorString());
    });
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int months) {
        if (!Deadlines::setRetentionMonths(m_store, months))
            QMessageBox::warning(this, tr("Cannot keep the retention period"), m_store.errorString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, TableRole).isValid())
            emit recordChosen(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
    });
    connect(&store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (CaseTables::touchedBy(tables))
            m_refresh->request();
    });
    retranslate();
}

void TodayView::retranslate()
{
    m_title->setText(tr("Today, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    m_list->setAccessibleName(tr("Deadlines"));
    m_horizonLabel->setText(tr("&Look ahead:"));
    m_horizon->setSuffix(tr(" days"));
    m_stuckLabel->setText(tr("&Stuck after:"));
    m_retentionLabel->setText(tr("&Keep personal data:"));
    m_retention->setSuffix(tr(" months"));
    m_retention->setToolTip(tr("Contact-log entries and people no longer tied to a running experiment are listed here for review "
                               "this long after the tie ended (or after their last review); nothing is deleted without you"));
    m_stuck->setSuffix(tr(" days"));
    m_stuck->setToolTip(tr("An experiment that stays this long in a stage before going live is listed as stuck"));
    m_list->setHeaderLabels({tr("Due on"), tr("When"), tr("What"), tr("Reference"), tr("Status"), tr("Title")});
    m_closed->setText(tr("Follow-ups of rejected or withdrawn experiments"));
    fillFilters();
    m_refresh->request();
}

void TodayView::reloadPreferences()
{
    fillFilters();
    m_refresh->request();
}

void TodayView::fillFilters()
{
    {
        const QSignalBlocker blocker(m_kind);
        const QVariant kind = m_kind->currentData();
        m_kind->clear();
        m_kind->addItem(tr("Everything"), QVariant());
        m_kind->addItem(tr("Regulatory requests"), int(Deadline::Request));
        m_kind->addItem(tr("Agreements to renew"), int(Deadline::Agreement));
        m_kind->addItem(tr("Follow-ups"), int(Deadline::FollowUp));
        m_kind->addItem(tr("Stuck experiments"), int(Deadline::StuckExperiment));
        m_kind->addItem(tr("Conditions"), int(Deadline::Condition));
        m_kind->addItem(tr("Insurance policies"), int(Deadline::Insurance));
        m_kind->addItem(tr("Art. 36 final reports"), int(Deadline::Art36Report));
        m_kind->addItem(tr("Contacts past retention"), int(Deadline::RetainedContact));
        m_kind->addItem(tr("People past retention"), int(Deadline::RetainedPerson));
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    }
    const QSignalBlocker blocker(m_officer);
    const QString chosen = m_officer->count() > 0 ? m_officer->currentData().toString()
                                                  : QSettings().value(officerKey).toString();
    m_officer->clear();
    m_officer->addItem(tr("All officers"), QString());
    const QString me = PreferencesDialog::officerName();
    if (!me.isEmpty())
        m_officer->addItem(tr("Mine (%1)").arg(me), mine);
    for (const Choice &choice : ChoiceLists::load(m_store, ChoiceLists::Officers).value_or(QList<Choice>()))
        m_officer->addItem(choice.label, choice.value);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(chosen)));
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayView::refresh()
{
    {
        // another window or the CLI may have changed it
        const QSignalBlocker blocker(m_stuck);
        m_stuck->setValue(Deadlines::stuckAfterDays(m_store));
        const QSignalBlocker retentionBlocker(m_retention);
        m_retention->setValue(Deadlines::retentionMonths(m_store));
    }
    Deadlines::Options options;
    options.horizonDays = m_horizon->value();
    options.stuckAfterDays = m_stuck->value();
    options.retentionMonths = m_retention->value();
    options.followUpsOfClosedExperiments = m_closed->isChecked();
    QString officer = m_officer->currentData().toString();
    if (officer == mine)
        officer = PreferencesDialog::officerName();
    const QVariant kind = m_kind->currentData();
    QList<Deadline> deadlines = Deadlines::collect(m_store, options);
    deadlines.removeIf([&](const Deadline &d) {
        return (kind.isValid() && int(d.kind) != kind.toInt())
            || (!officer.isEmpty() && d.kind != Deadline::RetainedPerson   // the office's, not an officer's
                && d.officer.compare(officer, Qt::CaseInsensitive) != 0);
    });
    m_list->clear();
    auto *overdue = new QTreeWidgetItem(m_list);
    auto *upcoming = new QTreeWidgetItem(m_list);
    QFont bold = m_list->font();
    bold.setBold(true);
    for (QTreeWidgetItem *group : {overdue, upcoming}) {
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    const QLocale locale;
    const QColor late = ReadablePalette::readableOn(QColor(0xa4, 0x00, 0x00), m_list->palette().color(QPalette::Base));
    for (const Deadline &d : deadlines) {
        const QString when = d.daysLeft < 0 ? tr("%n day(s) late", nullptr, -d.daysLeft)
                             : d.daysLeft == 0 ? tr("today")
                                               : tr("in %n day(s)", nullptr, d.daysLeft);
        auto *item = new QTreeWidgetItem(d.daysLeft < 0 ? overdue : upcoming,
                                         {DateFormat::shortDate(d.dueOn), when, Deadlines::kindLabel(d.kind),
                                          d.reference, Deadlines::statusLabel(d), d.title});
        item->setData(0, TableRole, d.table);
        item->setData(0, IdRole, d.id);
        item->setData(0, KindRole, int(d.kind));
        item->setToolTip(5, d.title);
        if (d.daysLeft < 0)
            item->setForeground(1, late);
    }
    overdue->setText(0, tr("Overdue (%n)", nullptr, overdue->childCount()));
    upcoming->setText(0, tr("Due within %n day(s)", nullptr, m_horizon->value()) + QStringLiteral(" (%1)").arg(upcoming->childCount()));
    m_list->expandAll();
    for (int column = 0; column < 5; ++column)
        m_list->resizeColumnToContents(column);
}

void TodayView::showMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_list->itemAt(position);
    if (!item || !item->data(0, TableRole).isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("todayMenu"));
    QAction *open = menu.addAction(tr("Open"));
    connect(open, &QAction::triggered, this, [this, item] {
        emit recordChosen(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
    });
    if (m_store.isReadOnly()) {   // a viewer of a team server: the record, no changes
        menu.exec(m_list->viewport()->mapToGlobal(position));
        return;
    }
    if (item->data(0, KindRole).toInt() == Deadline::FollowUp) {
        menu.addSeparator();
        connect(menu.addAction(tr("Mark as done")), &QAction::triggered, this, [this, item] { markDone(item); });
        connect(menu.addAction(tr("Postpone by a week")), &QAction::triggered, this, [this, item] { postpone(item, 7); });
        connect(menu.addAction(tr("Postpone by a month")), &QAction::triggered, this, [this, item] { postpone(item, 30); });
        connect(menu.addAction(tr("Postpone to…")), &QAction::triggered, this, [this, item] {
            auto *dialog = ContactsSection::openForm(m_store, m_undo, item->data(0, IdRole).toLongLong(), {}, this);
            if (auto *field = dialog->findChild<QWidget *>(QStringLiteral("field_follow_up_on")))
                field->setFocus();
        });
    }
    if (item->data(0, KindRole).toInt() == Deadline::Condition) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        const qint64 experiment = m_store.record(QStringLiteral("conditions"), id).value(QStringLiteral("experiment_id")).toLongLong();
        menu.addSeparator();
        connect(menu.addAction(tr("Mark met today")), &QAction::triggered, this, [this, id, experiment] {
            ConditionsSection::openLink(QUrl(QStringLiteral("condition:met/%1").arg(id)), m_store, m_undo, experiment, this);
        });
        connect(menu.addAction(tr("Edit the condition…")), &QAction::triggered, this, [this, id, experiment] {
            ConditionsSection::openForm(m_store, m_undo, experiment, id, this);
        });
    }
    const int kind = item->data(0, KindRole).toInt();
    if (kind == Deadline::RetainedContact || kind == Deadline::RetainedPerson) {
        // Reviewed and still needed (a dispute, an audit): listed again a period from today.
        // Deleting a contact or erasing a person is done on its own form, with its own review.
        menu.addSeparator();
        connect(menu.addAction(tr("Keep for Another Period")), &QAction::triggered, this, [this, item] { keepAnotherPeriod(item); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void TodayView::keepAnotherPeriod(QTreeWidgetItem *item)
{
    if (!RecordEdit::update(m_store, m_undo, item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong(),
                            {{QStringLiteral("retention_reviewed_on"), QDate::currentDate().toString(Qt::ISODate)}},
                            tr("Kept for another period: %1").arg(item->text(5))))
        QMessageBox::warning(this, tr("Cannot record the review"), m_store.errorString());
}

void TodayView::markDone(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (!RecordEdit::update(m_store, m_undo, QStringLiteral("interactions"), id, {{QStringLiteral("follow_up_done"), 1}},
                            tr("Follow-up done: %1").arg(item->text(5))))
        QMessageBox::warning(this, tr("Cannot close the follow-up"), m_store.errorString());
}

void TodayView::postpone(QTreeWidgetItem *item, int days)
{
    const qint64 id = item->data(0, IdRole).toLongLong();
    // from today when it is already late: postponing an overdue follow-up by a week means a
    // week from now, not a date still in the past
    const QDate due = QDate::fromString(m_store.record(QStringLiteral("interactions"), id).value(QStringLiteral("follow_up_on")).toString(),
                                        Qt::ISODate);
    const QDate from = qMax(due, QDate::currentDate());
    if (!RecordEdit::update(m_store, m_undo, QStringLiteral("interactions"), id,
                            {{QStringLiteral("follow_up_on"), from.addDays(days).toString(Qt::ISODate)}},
                            tr("Follow-up postponed: %1").arg(item->text(5))))
        QMessageBox::warning(this, tr("Cannot postpone the follow-up"), m_store.errorString());
}

bool TodayView::exportCsv(const QString &path, QString *error) const
{
    m_refresh->flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter csv(&file, TableCsvExport::separatorForLocale(), true);
    QStringList header;
    for (int column = 0; column < m_list->columnCount(); ++column)
        header << m_list->headerItem()->text(column);
    bool ok = csv.writeRow(header);
    for (int group = 0; ok && group < m_list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *entries = m_list->topLevelItem(group);
        for (int i = 0; ok && i < entries->childCount(); ++i) {
            QStringList row;
            for (int column = 0; column < m_list->columnCount(); ++column)
                row << entries->child(i)->text(column);
            ok = csv.writeRow(row);
        }
    }
    if (!ok || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString TodayView::exportName() const
{
    return tr("deadlines-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
}

int TodayView::overdueCount() const
{
    m_refresh->flush();
    return m_list->topLevelItem(0)->childCount();
}

int TodayView::upcomingCount() const
{
    m_refresh->flush();
    return m_list->topLevelItem(1)->childCount();
}

} // namespace citylab
