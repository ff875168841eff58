// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/tableexport.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace citylab {

class DeferredRefresh;
class Store;

// Why experiments cannot go live: for every experiment from proposal to authorization, what
// holds up its next move now (ExperimentBlockers) — a pending authorization with the days
// waited against the statutory days, an unmet condition, a missing signature or act —,
// longest waiting first; under it, the pending authorizations per authority with their
// average and worst wait. Each entry opens the record to act on.
class BlockersView : public QWidget, public TableExport
{
    Q_OBJECT
public:
    explicit BlockersView(Store &store, QWidget *parent = nullptr);

    bool exportCsv(const QString &path, QString *error) const override;
    QString exportName() const override;
    int visibleCount() const override;

signals:
    void recordChosen(const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Store &m_store;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_detail;   // the chosen entry's whole text
    QLabel *m_authoritiesTitle;
    QTreeWidget *m_authorities;
    DeferredRefresh *m_refresh;   // read again once on screen
};

} // namespace citylab
