// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab backup and citylab restore: consistent copies of a store made through SQLite
// while others may write to it, and putting one back.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::BackupCommands)
public:
    static int backup(CommandLine &cli);
    static int restore(CommandLine &cli);
};

} // namespace citylab
