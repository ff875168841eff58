// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// The committee's scoring sheet of one proposal, for the minutes of its meeting: the
// proposal, its call, each criterion with its weight, each member's scores and comments,
// the conflicts of interest declared, each member's weighted mean, the total and the
// proposal's rank among the call's pending proposals — as a PDF in Italian or English.
class ScoringSheet
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ScoringSheet)
public:
    // The sheet as HTML in the current language; empty with *error set when it cannot be read.
    static QString html(const Store &store, qint64 experimentId, QString *error);
    // Writes the PDF at `path` (replaced only once complete) in `language` (it or en).
    static bool writePdf(const Store &store, qint64 experimentId, const QString &path, const QString &language,
                         QString *error);
};

} // namespace citylab
