// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace citylab {

class Store;

// Builds the portfolio report, the experiment report and the final report from the store and writes them as
// PDF through a QSaveFile, so a failure leaves no half-written file. The window's Report
// dialog and `citylab report` share it. Texts follow the installed language.
class ReportGenerator
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ReportGenerator)
public:
    struct Options
    {
        QDate from;   // invalid: from the first record
        QDate to;     // invalid: today
        QDate today = QDate::currentDate();
    };

    explicit ReportGenerator(const Store &store) : m_store(store) {}

    bool writePortfolio(const QString &path, const Options &options, QString *error) const;
    // code: the experiment's code (e.g. TCL-2024-003).
    bool writeExperiment(const QString &path, const QString &code, const Options &options, QString *error) const;
    // The final report of an experiment over its whole life: its plan against what happened
    // (dates, measurements, footprint compliance), outcomes against targets, conditions,
    // incidents, and the rules it tested with what the evidence says.
    bool writeFinal(const QString &path, const QString &code, const Options &options, QString *error) const;

private:
    const Store &m_store;
};

} // namespace citylab
