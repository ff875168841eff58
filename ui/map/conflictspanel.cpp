// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictspanel.h"

#include "i18n/dateformat.h"
#include "items/conflicttablemodel.h"
#include "store/store.h"

#include <QAtomicInteger>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace citylab {

namespace {

// Runs on a worker thread: a QSqlDatabase connection belongs to the thread that opened it.
QList<ZoneConflict> findInFile(const QString &path, const QDate &day)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("citylab-conflicts-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<ZoneConflict> conflicts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            conflicts = ConflictFinder::find(db, day);
    }
    QSqlDatabase::removeDatabase(name);
    return conflicts;
}

} // namespace

ConflictsPanel::ConflictsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ConflictTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_pool.setMaxThreadCount(1);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // One line that never changes the panel's height: a new status must not resize the map.
    m_status->setWordWrap(false);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictTableModel::ExperimentA, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Codes, area and dates keep their width; the zone names share what is left (elided),
    // so the dates are in sight without scrolling sideways.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictTableModel::ZoneA, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictTableModel::ZoneB, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(heading);
    layout->addWidget(m_view, 1);

    connect(&m_watcher, &QFutureWatcher<QList<ZoneConflict>>::finished, this, &ConflictsPanel::computed);
    connect(m_view, &QTableView::clicked, this, &ConflictsPanel::activate);
    connect(m_view, &QTableView::activated, this, &ConflictsPanel::activate);
    connect(&m_store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (tables.isEmpty() || tables.contains(QLatin1String("zones")) || tables.contains(QLatin1String("experiments")))
            refresh();
    });
    retranslate();
}

ConflictsPanel::~ConflictsPanel()
{
    m_watcher.waitForFinished();
}

void ConflictsPanel::setDay(QDate day)
{
    if (day == m_day && (m_computedOnce || m_watcher.isRunning()))
        return;
    m_day = day;
    refresh();
}

void ConflictsPanel::start()
{
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void ConflictsPanel::refresh()
{
    // One search at a time: while one runs, remember to start again with the latest day
    // (the map's play button moves the day faster than a large city can be searched).
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (!m_started || !m_store.isOpen())
        return;
    m_computedDay = m_day;
    updateStatus();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, findInFile, m_store.path(), m_day));
}

void ConflictsPanel::computed()
{
    if (m_pending) {
        refresh();
        return;
    }
    m_computedOnce = true;
    const QList<ZoneConflict> conflicts = m_watcher.result();
    m_model->setConflicts(conflicts);
    m_zoneIds = ConflictFinder::zoneIds(conflicts);
    updateStatus();
    emit conflictsChanged(m_zoneIds);
}

void ConflictsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ZoneConflict &c = m_model->conflict(m_proxy->mapToSource(index).row());
    emit conflictActivated(c.zoneA, c.zoneB);
}

void ConflictsPanel::updateStatus()
{
    const auto tip = qScopeGuard([this] { m_status->setToolTip(m_status->text()); });
    if (!m_computedOnce) {
        m_status->setText(tr("Looking for overlapping zones…"));
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        m_status->setText(m_computedDay.isValid()
                              ? tr("No zones of different experiments overlap on %1.").arg(DateFormat::shortDate(m_computedDay))
                              : tr("No zones of different experiments overlap."));
        return;
    }
    m_status->setText(m_computedDay.isValid()
                          ? tr("%n conflict(s) between zones of different experiments active on %1.", nullptr, count)
                                .arg(DateFormat::shortDate(m_computedDay))
                          : tr("%n conflict(s) between zones of different experiments, on any day.", nullptr, count));
}

void ConflictsPanel::retranslate()
{
    m_title->setText(tr("Conflicts"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ConflictTableModel::ColumnCount - 1);
    m_view->setToolTip(tr("Zones of different experiments whose areas overlap while both are active. "
                          "Click a row to frame both zones on the map."));
    updateStatus();
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
