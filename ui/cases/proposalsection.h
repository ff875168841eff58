// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/committeeevaluation.h"

#include <QCoreApplication>
#include <QHash>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// How a proposal came in and was judged, on the experiment's page: its call and the
// facilitations it asks of the city, the admissibility checklist (each item met, not met or
// not checked, with links admissibility:met/ITEM, admissibility:not_met/ITEM,
// admissibility:clear/ITEM and admissibility:close to close it as inadmissible), and the
// committee's evaluation — each member's weighted mean or declared conflict, the total and
// rank, with links evaluation:score/MEMBER (the member's score sheet) and evaluation:sheet
// (the scoring sheet as PDF).
class ProposalSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ProposalSection)
public:
    // Calls' rankings already read, by call: a page drawn again because a zone or a contact
    // changed does not rank the call again (953 proposals: ~12 ms). Its owner clears it when
    // the experiments, scores or committees change.
    using Rankings = QHash<qint64, QList<CommitteeEvaluation::Ranked>>;
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable, Rankings *rankings = nullptr);
    // The tables a call's ranking is read from.
    static QStringList rankingTables();
    // Acts on an admissibility: or evaluation: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent);
};

} // namespace citylab
