// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace citylab {

class Store;

// The life of a regulatory request: draft -> submitted -> (integration requested ->
// resubmitted)* -> granted / granted with conditions / denied, or withdrawn. Each change is
// dated and kept; the request's due date is recomputed by the RegulatoryClock from the whole
// history, so a suspension and a resubmission move it as the law says.
class RequestWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(citylab::RequestWorkflow)
public:
    explicit RequestWorkflow(Store &store);

    static QStringList nextStatuses(const QString &status);
    // The days the authority has to answer, as an SQL expression over a request `r` joined
    // to its authority `o`: the request's own, else the law's for its kind (30 for art. 36),
    // else the authority's usual, else 30.
    static QString statutoryDaysSql();

    QStringList obstacles(qint64 id, const QString &status, const QDate &on) const;
    bool change(qint64 id, const QString &status, const QDate &on, const QString &note = {});
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace citylab
