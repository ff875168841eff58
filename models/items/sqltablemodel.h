// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

namespace citylab {

class Store;

// A read-only table of records loaded from one SQL query, refreshed when the Store
// announces a change to one of the tables it reads. Subclasses give the query, the
// headers and how a raw value is shown; sorting uses the raw value (SortRole).
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,   // the raw value, for sorting and filtering
        IdRole,                        // the record's id (same for every column)
        KeyRole,                       // the raw text key of an enumerated column
    };

    explicit SqlTableModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Read again on each change to its tables while watched (the default). Unwatched, a change
    // only marks it out of date, and it is read when watched again or asked for reloadIfStale():
    // a list nobody looks at need not read its whole query on every edit made elsewhere.
    void setWatched(bool watched);
    void reloadIfStale();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_error; }

public slots:
    void reload();

protected:
    virtual QString query() const = 0;
    virtual QStringList tables() const = 0;           // tables whose changes require a reload
    virtual QString headerText(int column) const = 0;
    // How a raw value is shown; the default formats ISO dates and numbers by locale.
    virtual QVariant display(int column, const QVariant &raw) const;
    virtual Qt::Alignment alignment(int column) const;
    // The query's first column is the id; columns of the model start at the second.
    const QVariant &raw(int row, int column) const { return m_rows.at(row).at(column + 1); }

private:
    void onRecordsChanged(const QStringList &tables);

    Store &m_store;
    QList<QVariantList> m_rows;
    QString m_error;
    bool m_watched = true;
    bool m_stale = false;
};

} // namespace citylab
