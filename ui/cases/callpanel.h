// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

class QUndoStack;

namespace citylab {

// The page of one call: its admissibility checklist, its evaluation criteria with their
// weights, its technical committee, and the ranking of its pending proposals, with links
// to add, edit and remove items, criteria and members (item:, criterion:, member:). An
// item, criterion or member already used by a check or a score is not removed: the minutes
// must keep what the committee judged on.
class CallPanel : public DetailPanel
{
    Q_OBJECT
public:
    CallPanel(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    bool handlePageLink(const QUrl &url) override;
    QStringList tablesShown() const override;

private:
    void openForm(const QString &table, qint64 id);
    void remove(const QString &table, qint64 id);

    QUndoStack &m_undo;
};

} // namespace citylab
