// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltablemodel.h"

#include "store/sqlerrortext.h"
#include "store/store.h"
#include "i18n/dateformat.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace citylab {

SqlTableModel::SqlTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::recordsChanged, this, &SqlTableModel::onRecordsChanged);
}

void SqlTableModel::onRecordsChanged(const QStringList &changed)
{
    const QStringList mine = tables();
    const bool affected = changed.isEmpty()
        || std::any_of(changed.cbegin(), changed.cend(), [&](const QString &t) { return mine.contains(t); });
    if (affected && m_watched)
        reload();
    else if (affected)
        m_stale = true;
}

void SqlTableModel::setWatched(bool watched)
{
    m_watched = watched;
    if (watched)
        reloadIfStale();
}

void SqlTableModel::reloadIfStale()
{
    if (m_stale)
        reload();
}

void SqlTableModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_store.isOpen()) {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (q.exec(query())) {
            const int width = q.record().count();
            while (q.next()) {
                QVariantList row;
                row.reserve(width);
                for (int i = 0; i < width; ++i)
                    row << q.value(i);
                m_rows << row;
            }
        }
        // A query that fails half-way (a damaged page) ends like one that is done: a half
        // list is not shown as the whole one. The window says why (Store::damageFound).
        if (q.lastError().isValid()) {
            m_rows.clear();
            m_error = SqlErrorText::describe(q.lastError());
        }
    }
    endResetModel();
}

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 SqlTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(0).toLongLong() : -1;
}

int SqlTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).at(0).toLongLong() == id)
            return row;
    return -1;
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariant &value = raw(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), value);
    case Qt::ToolTipRole: {
        const QVariant shown = display(index.column(), value);
        return shown.typeId() == QMetaType::QString && shown.toString().size() > 40 ? shown : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(index.column()) | Qt::AlignVCenter);
    case SortRole:
    case KeyRole:
        return value;
    case IdRole:
        return idAt(index.row());
    default:
        return {};
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headerText(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant SqlTableModel::display(int, const QVariant &raw) const
{
    if (raw.isNull())
        return {};
    if (raw.typeId() == QMetaType::QString) {
        const QString text = raw.toString();
        // ISO dates as the user's locale writes them
        if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return DateFormat::shortDate(date);
        }
        return text;
    }
    if (raw.typeId() == QMetaType::Double)
        return QLocale().toString(raw.toDouble(), 'f', 2);
    if (raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int)
        return QLocale().toString(raw.toLongLong());
    return raw;
}

Qt::Alignment SqlTableModel::alignment(int) const
{
    return Qt::AlignLeft;
}

} // namespace citylab
