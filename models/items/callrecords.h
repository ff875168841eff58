// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVariant>

namespace citylab {

class Store;

// Small questions the forms ask about calls and their committees.
class CallRecords
{
public:
    // The call open on `day`, when exactly one is; null otherwise.
    static QVariant onlyOpenCall(const Store &store, const QDate &day);
    // Whether the person already sits on the call's committee (as a seat other than `exceptMemberId`).
    static bool isCommitteeMember(const Store &store, qint64 callId, qint64 personId, qint64 exceptMemberId);
    // How many admissibility checks, scores or declared conflicts refer to a checklist item,
    // criterion or committee member (by its table); -1 when it cannot be read.
    static int uses(const Store &store, const QString &table, qint64 id);
    // The position after the last of the call's checklist items or criteria.
    static int nextPosition(const Store &store, const QString &table, qint64 callId);
};

} // namespace citylab
