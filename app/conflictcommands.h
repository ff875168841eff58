// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

class QCommandLineParser;

namespace citylab {

class CommandLine;
class Store;

// citylab conflicts: zones of different experiments that overlap in space while both are
// active, as readable text or as CSV for a spreadsheet; with --events, zones that clash with
// city events; with --shared-sites, places two experiments use at different times.
class ConflictCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ConflictCommands)
public:
    static int conflicts(CommandLine &cli);

private:
    static int eventClashes(CommandLine &cli, const QCommandLineParser &parser, const Store &store, const QDate &on);
    static int sharedSites(CommandLine &cli, const QCommandLineParser &parser, const Store &store);
};

} // namespace citylab
