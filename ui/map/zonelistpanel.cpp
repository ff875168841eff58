// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelistpanel.h"

#include "i18n/dateformat.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace citylab {

namespace {

enum Role { ZoneIdRole = Qt::UserRole + 1, ExperimentIdRole };

QStandardItem *dateItem(QDate day)
{
    auto *item = new QStandardItem(day.isValid() ? DateFormat::shortDate(day) : QStringLiteral("—"));
    item->setData(day.isValid() ? QVariant(day) : QVariant(), Qt::UserRole);   // sorts by the day, not its text
    return item;
}

} // namespace

ZoneListPanel::ZoneListPanel(const QList<MapZone> &zones, const QSet<qint64> &shown, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_zones(zones)
    , m_shown(shown)
{
    m_view->setObjectName(QStringLiteral("zoneList"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    const auto activate = [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        emit zoneActivated(first.data(ZoneIdRole).toLongLong(), first.data(ExperimentIdRole).toLongLong());
    };
    // Enter, or a double click (a single one where the desktop activates so)
    connect(m_view, &QTableView::activated, this, activate);
    retranslate();
}

void ZoneListPanel::refresh()
{
    m_stale = true;
    if (isVisible())
        fill();
}

void ZoneListPanel::fill()
{
    m_stale = false;
    const qint64 current = m_view->currentIndex().siblingAtColumn(0).data(ZoneIdRole).toLongLong();
    m_model->removeRows(0, m_model->rowCount());
    QModelIndex keep;
    for (const MapZone &zone : std::as_const(m_zones)) {
        if (!m_shown.contains(zone.id))
            continue;
        auto *experiment = new QStandardItem(zone.code);
        experiment->setData(zone.code, Qt::UserRole);
        experiment->setData(zone.id, ZoneIdRole);
        experiment->setData(zone.experimentId, ExperimentIdRole);
        experiment->setToolTip(zone.title);
        auto *name = new QStandardItem(zone.name);
        name->setData(zone.name, Qt::UserRole);
        m_model->appendRow({experiment, name, dateItem(zone.activeFrom), dateItem(zone.activeTo)});
        if (zone.id == current)
            keep = experiment->index();
    }
    if (keep.isValid())
        m_view->setCurrentIndex(m_sorted->mapFromSource(keep));
}

void ZoneListPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        fill();
    QWidget::showEvent(event);
}

void ZoneListPanel::retranslate()
{
    m_model->setHorizontalHeaderLabels({tr("Experiment"), tr("Zone"), tr("From"), tr("To")});
    m_view->setAccessibleName(tr("Zones on the map"));
    m_view->setToolTip(tr("Enter or a double click frames the zone on the map and selects it"));
}

void ZoneListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange)
        m_stale = true;
    QWidget::changeEvent(event);
}

} // namespace citylab
