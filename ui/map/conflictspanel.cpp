// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictspanel.h"

#include "domain/vocabulary.h"
#include "geo/freedmemory.h"
#include "i18n/dateformat.h"
#include "items/conflicttablemodel.h"
#include "items/sharedsitetablemodel.h"
#include "store/changeset.h"
#include "store/store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace citylab {

namespace {

// A cell sorted by the value under Qt::UserRole + 2 (a number, an ISO date) rather than by
// its text ("1.800" before "950", "01/07" before "30/06").
class SortableItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(Qt::UserRole + 2), theirs = other.data(Qt::UserRole + 2);
        if (mine.typeId() == QMetaType::Double && theirs.typeId() == QMetaType::Double)
            return mine.toDouble() < theirs.toDouble();
        return QString::localeAwareCompare(mine.toString(), theirs.toString()) < 0;
    }
};

} // namespace

ConflictsPanel::ConflictsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ConflictTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_clashes(new QTableWidget(this))
    , m_shared(new QTableView(this))
    , m_sharedModel(new SharedSiteTableModel(this))
    , m_events(new QToolButton(this))
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
    // Widths from the rows in sight: measuring a thousand rows at each new result took
    // ~15 ms of the frame that shows a zone just moved on the map.
    header->setResizeContentsPrecision(0);
    m_view->setTextElideMode(Qt::ElideRight);

    m_shared->setModel(m_sharedModel);
    for (QTableView *table : {static_cast<QTableView *>(m_clashes), m_shared}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->setSortingEnabled(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setResizeContentsPrecision(0);
        table->setTextElideMode(Qt::ElideRight);
    }
    // in the finder's order (by experiment) until a header is clicked
    m_shared->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_clashes->setObjectName(QStringLiteral("eventClashes"));
    m_shared->setObjectName(QStringLiteral("sharedSites"));
    m_clashes->setColumnCount(7);
    m_clashes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_clashes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_shared->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_shared->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_clashes, QString());
    m_tabs->addTab(m_shared, QString());
    m_events->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_events->setObjectName(QStringLiteral("cityEventsButton"));

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_status, 1);
    heading->addWidget(m_events);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(heading);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<QList<ZoneConflict>>::finished, this, &ConflictsPanel::computed);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(150);
    connect(&m_changeTimer, &QTimer::timeout, this, &ConflictsPanel::searchChanges);
    // A second after a search of every zone is shown: the map has drawn the new conflicts
    // and let go of the old ones by then.
    m_giveBackTimer.setSingleShot(true);
    m_giveBackTimer.setInterval(1000);
    connect(&m_giveBackTimer, &QTimer::timeout, this, [] { QThreadPool::globalInstance()->start(&FreedMemory::giveBack); });
    connect(&m_sitesWatcher, &QFutureWatcher<SiteFindings>::finished, this, &ConflictsPanel::sitesComputed);
    connect(m_events, &QToolButton::clicked, this, &ConflictsPanel::eventsRequested);
    const auto zonesOfRow = [this](QTableWidget *table, int row) {
        QTableWidgetItem *first = table->item(row, 0);
        if (first)
            emit conflictActivated(first->data(Qt::UserRole).toLongLong(), first->data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_clashes, &QTableWidget::cellClicked, this, [=, this](int row) { zonesOfRow(m_clashes, row); });
    connect(m_shared, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit conflictActivated(m_sharedModel->site(index.row()).a->id, m_sharedModel->site(index.row()).b->id);
    });
    connect(m_view, &QTableView::clicked, this, &ConflictsPanel::activate);
    connect(m_view, &QTableView::activated, this, &ConflictsPanel::activate);
    connect(&m_store, &Store::changed, this, &ConflictsPanel::storeChanged);
    retranslate();
}

ConflictsPanel::~ConflictsPanel()
{
    m_watcher.waitForFinished();
    m_sitesWatcher.waitForFinished();
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

void ConflictsPanel::refreshSites()
{
    if (m_sitesWatcher.isRunning()) {
        m_sitesPending = true;
        return;
    }
    m_sitesPending = false;
    if (!m_started || !m_store.isOpen())
        return;
    // Shared sites do not depend on the day shown: searched again only when zones changed,
    // after an edit only for the zones it changed (a search of the whole city took a core
    // for seconds after each zone moved on the map).
    const bool all = std::exchange(m_sharedSitesStale, false);
    const QSet<qint64> zones = std::exchange(m_sharedSitesZones, {});
    const bool withShared = all || !zones.isEmpty();
    m_sitesWatcher.setFuture(QtConcurrent::run(&m_pool, [path = m_store.path(), day = m_day, withShared,
                                                         of = all ? QSet<qint64>() : zones] {
        SiteFindings found;
        found.withSharedSites = withShared;
        found.sharedSitesOf = of;
        found.clashes = EventClashFinder::findInFile(path, day, &found.error);
        if (found.error.isEmpty() && withShared) {
            ConflictScope shared(QDate(), -1, of);
            shared.sharedSites = true;
            found.sharedSites = ConflictFinder::findInFile(path, shared, &found.error);
        }
        return found;
    }));
}

void ConflictsPanel::sitesComputed()
{
    const SiteFindings found = m_sitesWatcher.result();
    // A result dropped or failed: the shared sites it carried are still to search.
    const auto searchAgain = [this, &found] {
        if (!found.withSharedSites)
            return;
        if (found.sharedSitesOf.isEmpty())
            m_sharedSitesStale = true;
        else
            m_sharedSitesZones += found.sharedSitesOf;
    };
    if (m_sitesPending) {
        searchAgain();
        refreshSites();
        return;
    }
    if (!found.error.isEmpty())
        searchAgain();   // next time
    // Each cell as shown, and sorted by its value: areas as numbers, dates as ISO text.
    const auto fill = [](QTableWidget *table, int row, const QList<std::pair<QString, QVariant>> &cells, qint64 zoneA,
                         qint64 zoneB, const QString &tip) {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new SortableItem(cells.at(column).first);
            item->setData(Qt::UserRole + 2, cells.at(column).second.isValid() ? cells.at(column).second : QVariant(cells.at(column).first));
            item->setToolTip(column == 0 ? tip : cells.at(column).first);
            table->setItem(row, column, item);
        }
        table->item(row, 0)->setData(Qt::UserRole, zoneA);
        table->item(row, 0)->setData(Qt::UserRole + 1, zoneB);
    };
    const QLocale locale;
    m_clashes->setSortingEnabled(false);
    m_clashes->setRowCount(int(found.clashes.size()));
    for (int row = 0; row < found.clashes.size(); ++row) {
        const EventClash &c = found.clashes.at(row);
        fill(m_clashes, row,
             {{c.experimentCode, {}}, {c.zoneName, {}}, {Vocabulary::label(Vocabulary::EventKind, c.eventKind), {}},
              {c.eventName, {}}, {locale.toString(c.overlapM2, 'f', 0), c.overlapM2}, {DateFormat::shortDate(c.from, tr("no start")), c.from},
              {DateFormat::shortDate(c.to, tr("no end")), c.to.isEmpty() ? QStringLiteral("9999-12-31") : c.to}},
             c.zoneId, -1, c.experimentTitle);
    }
    m_clashes->setSortingEnabled(true);
    bool sharedChanged = found.withSharedSites && found.error.isEmpty();
    if (sharedChanged && found.sharedSitesOf.isEmpty()) {
        m_sharedSites = found.sharedSites;
        m_giveBackTimer.start();
    } else if (sharedChanged) {
        const QSet<qint64> &of = found.sharedSitesOf;
        const qsizetype removed = m_sharedSites.removeIf([&of](const ZoneConflict &c) {
            return of.contains(c.a->id) || of.contains(c.b->id);
        });
        // both in the finder's order: merged in one pass, not sorted again
        const qsizetype kept = m_sharedSites.size();
        m_sharedSites << found.sharedSites;
        std::inplace_merge(m_sharedSites.begin(), m_sharedSites.begin() + kept, m_sharedSites.end(), &ConflictFinder::before);
        sharedChanged = removed > 0 || !found.sharedSites.isEmpty();
    }
    if (sharedChanged)
        m_sharedModel->setSites(m_sharedSites);
    m_sitesError = found.error;
    m_sitesComputed = true;
    updateTabs();
    updateStatus();
}

void ConflictsPanel::updateTabs()
{
    // only a text that changed: a tab bar given its text again repaints the panel
    const auto setText = [this](int tab, const QString &text) {
        if (m_tabs->tabText(tab) != text)
            m_tabs->setTabText(tab, text);
    };
    setText(0, tr("Conflicts (%1)").arg(m_computedOnce ? QString::number(m_model->rowCount()) : QStringLiteral("…")));
    setText(1, tr("City events (%1)").arg(m_sitesComputed ? QString::number(m_clashes->rowCount()) : QStringLiteral("…")));
    setText(2, tr("Shared sites (%1)").arg(m_sitesComputed ? QString::number(m_sharedModel->rowCount()) : QStringLiteral("…")));
    m_tabs->setTabToolTip(1, tr("Zones used on days when a city event (a marathon, a market, a concert) takes the same place"));
    m_tabs->setTabToolTip(2, tr("Places two experiments use at different times: they could share set-up, permits or signage"));
}

// Zones edited, drawn or deleted: only their conflicts are searched again. Changed
// experiments (codes, titles, a deletion) or a bulk write search the whole city.
void ConflictsPanel::storeChanged(const ChangeSet &changes)
{
    const QString zones = QStringLiteral("zones");
    if (!changes.touchesAny({zones, QStringLiteral("experiments")})) {
        if (changes.touches(QStringLiteral("city_events")))
            refreshSites();
        return;
    }
    const ChangeSet::TableChanges zoneChanges = changes.tables.value(zones);
    const QSet<qint64> zoneIds = changes.changedIds(zones) + zoneChanges.deleted;
    // A row known by its uuid alone (deleted in another window or by a sync) or a bulk
    // import names no ids to search around: the whole city is searched.
    const bool unnamed = zoneChanges.uuids.size() > zoneChanges.inserted.size() + zoneChanges.updated.size()
                                                       + zoneChanges.deleted.size()
                         || !zoneChanges.imports.isEmpty();
    if (changes.everything || changes.touches(QStringLiteral("experiments")) || zoneIds.isEmpty() || unnamed)
        m_changedEverywhere = true;
    else
        m_changedZones += zoneIds;
    // Searched a moment later, not at once: the map draws the edit first (a search takes a
    // core, of the two a laptop may have), and edits in quick succession (an undo of many)
    // are searched together, though not put off for more than a second.
    if (!m_changeTimer.isActive())
        m_firstChange.start();
    if (m_firstChange.elapsed() < 1000)
        m_changeTimer.start();
}

void ConflictsPanel::searchChanges()
{
    const bool everywhere = std::exchange(m_changedEverywhere, false);
    const QSet<qint64> zoneIds = std::exchange(m_changedZones, {});
    // shared sites are searched again after the conflicts, below
    if (everywhere)
        m_sharedSitesStale = true;
    else
        m_sharedSitesZones += zoneIds;
    if (everywhere || !m_computedOnce || m_watcher.isRunning() || m_pending) {
        refresh();
        return;
    }
    if (!m_started || !m_store.isOpen())
        return;
    m_searchedZones = zoneIds;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = m_store.path(), scope = ConflictScope{m_day, -1, zoneIds}] {
        return ConflictFinder::findInFile(path, scope);
    }));
    refreshSites();
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
    m_searchedZones.clear();
    updateStatus();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = m_store.path(), scope = ConflictScope{m_day}] {
        return ConflictFinder::findInFile(path, scope);
    }));
    refreshSites();   // after the conflicts: the pool runs one search at a time
}

void ConflictsPanel::computed()
{
    if (m_pending) {
        refresh();
        return;
    }
    m_computedOnce = true;
    QList<ZoneConflict> conflicts = m_watcher.result();
    if (m_searchedZones.isEmpty())
        m_giveBackTimer.start();
    if (!m_searchedZones.isEmpty()) {
        // The other conflicts stay; those of the searched zones are the new ones.
        for (const ZoneConflict &c : m_model->conflicts())
            if (!m_searchedZones.contains(c.a->id) && !m_searchedZones.contains(c.b->id))
                conflicts << c;
        ConflictFinder::sort(conflicts);
        m_searchedZones.clear();
    }
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
    emit conflictActivated(c.a->id, c.b->id);
}

void ConflictsPanel::updateStatus()
{
    const auto tip = qScopeGuard([this] {
        if (!m_sitesError.isEmpty())
            m_status->setText(m_status->text() + u' ' + tr("City events and shared sites could not be read: %1").arg(m_sitesError));
        m_status->setToolTip(m_status->text());
        updateTabs();
    });
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
    m_tabs->setAccessibleName(tr("Conflicts, city events and shared sites"));
    m_view->setAccessibleName(tr("Conflicts"));
    m_clashes->setAccessibleName(tr("Clashes with city events"));
    m_shared->setAccessibleName(tr("Shared sites"));
    m_events->setText(tr("City Events…"));
    m_events->setToolTip(tr("The marathons, markets and concerts that take places on the map for some days"));
    m_clashes->setHorizontalHeaderLabels({tr("Experiment"), tr("Zone"), tr("Event"), tr("Name"), tr("m²"), tr("From"), tr("To")});
    emit m_sharedModel->headerDataChanged(Qt::Horizontal, 0, SharedSiteTableModel::ColumnCount - 1);
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
