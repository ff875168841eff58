// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/experimentcharts.h"
#include "proposalsection.h"
#include "shell/detailpanel.h"

#include <optional>

class QTimer;
class QUndoStack;

namespace citylab {

// The right-hand page of the case manager: one experiment's fields, partners, zones,
// agreements, regulatory requests and pipeline history.
class ExperimentDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit ExperimentDetailPanel(Store &store, QWidget *parent = nullptr);
    // With an undo stack the page offers to add, edit and remove targets.
    ExperimentDetailPanel(Store &store, QUndoStack *undo, QWidget *parent = nullptr);

signals:
    // The page's "New agreement…" link; the case manager opens the form.
    void newAgreementRequested();

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    QStringList tablesShown() const override;
    void forgetStale(const ChangeSet &changes) override;
    bool handlePageLink(const QUrl &url) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redrawForWidth();
    QTimer *m_redraw = nullptr;    // the page again for a new width, once resizing pauses
    // The page width its charts were drawn for (-1: no width yet); none: no charts.
    mutable std::optional<qreal> m_chartsWidth;
    mutable ExperimentCharts::Cache m_charts;   // dropped when measurements, targets or metrics change
    mutable ProposalSection::Rankings m_rankings;   // dropped when what a ranking reads changes
    qint64 m_allContactsOf = -1;   // the experiment whose whole contacts timeline is shown
    QUndoStack *m_undo = nullptr;
};

} // namespace citylab
