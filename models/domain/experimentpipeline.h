// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace citylab {

class Store;

// The experiment pipeline: proposal -> screening -> agreement -> authorization -> active ->
// concluded -> evaluated, plus rejected and withdrawn. A move that skips a step or lacks what
// the step needs (ExperimentBlockers: the manager's act, a signed agreement, a granted
// authorization, a blocking condition met) is refused with the reasons, in words an officer
// can act on.
class ExperimentPipeline
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentPipeline)
public:
    explicit ExperimentPipeline(Store &store);

    // The stages an experiment in `stage` may move to, whatever its records say.
    static QStringList nextStages(const QString &stage);

    // Why experiment `id` cannot move to `stage` on `on`; empty when it can.
    QStringList obstacles(qint64 id, const QString &stage, const QDate &on) const;

    // Moves the experiment and records the dated transition, in one transaction.
    // Returns false with the obstacles (or the store's error) in errorString().
    bool move(qint64 id, const QString &stage, const QDate &on, const QString &note = {});
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace citylab
