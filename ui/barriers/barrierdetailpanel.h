// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

class QUndoStack;

namespace citylab {

// One rule under test and the evidence gathered on it (BarrierEvidence): what it says and
// what the derogation asks, what the evidence says, the experiments that test it, their
// outcomes against targets, incidents, footprint compliance and the requests' lead times.
// With an undo stack, experiments, requests and metrics are linked and unlinked from the
// page (barrier:link/COLUMN, barrier:unlink/TABLE/ID, each undoable), and the evidence report
// is saved as PDF (barrier:report).
class BarrierDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit BarrierDetailPanel(Store &store, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    bool handlePageLink(const QUrl &url) override;
    QStringList tablesShown() const override;

private:
    void saveReport();

    QUndoStack *m_undo;
};

} // namespace citylab
