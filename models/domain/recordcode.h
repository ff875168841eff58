// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace citylab {

class Store;

// Codes as the office writes them: a prefix with the year and a number in the year,
// e.g. TCL-2026-014 for experiments and RR-2026-0007 for regulatory requests.
class RecordCode
{
public:
    // The code after the highest one of `column` in `table` that starts with `prefix`.
    static QString next(const Store &store, const QString &table, const QString &column, const QString &prefix, int digits);

    static QString nextExperiment(const Store &store, int year);
    static QString nextRequest(const Store &store, int year);

    // The id of the experiment with this code: 0 when there is none, std::nullopt (and
    // *error) when it could not be read.
    static std::optional<qint64> experimentId(const Store &store, const QString &code, QString *error = nullptr);

    // The code of the experiment (other than `exceptId`) registered with this protocol
    // number in this year; empty when there is none, nothing (and *error) when it cannot be
    // read. Protocol numbers start again each year.
    static std::optional<QString> protocolHolder(const Store &store, const QString &protocol, int year, qint64 exceptId,
                                                 QString *error = nullptr);
};

} // namespace citylab
