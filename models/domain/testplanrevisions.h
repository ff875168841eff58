// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// The saved versions of an experiment's test plan, as for letters: each is the whole plan as
// it was, who saved it, when and why; an old one restored is saved again as the newest.
class TestPlanRevisions
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TestPlanRevisions)
public:
    struct Revision
    {
        int number = 0;
        TestPlan plan;
        QString author, note;
        QDateTime savedAt;   // UTC
    };

    // Newest first; empty when the experiment has no plan yet, or (with *error set) when the
    // store cannot be read.
    static QList<Revision> list(const Store &store, qint64 experimentId, QString *error = nullptr);
    // Saves revision `number` again as the plan; returns the new revision's number, or 0 with *error.
    static int restore(Store &store, qint64 experimentId, int number, QString *error);
};

} // namespace citylab
