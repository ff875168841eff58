// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace citylab {

class Store;

// A barrier's evidence report, to support a proposal to change the rule: the rule and what
// the derogation asks, what the evidence says, the experiments that tested it, their
// outcomes against targets, incidents, footprint compliance and the requests' lead times —
// as a PDF in Italian or English (BarrierEvidence).
class BarrierReport
{
    Q_DECLARE_TR_FUNCTIONS(citylab::BarrierReport)
public:
    // The report as HTML in the current language; empty with *error set when it cannot be read.
    static QString html(const Store &store, qint64 barrierId, QDate today, QString *error);
    static bool writePdf(const Store &store, qint64 barrierId, const QString &path, const QString &language, QString *error,
                         QDate today = QDate::currentDate());
};

} // namespace citylab
