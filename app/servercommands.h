// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab server init|add-user|status (the team server's administration) and citylab sync
// (one push and pull of a file with its team server, for scripts).
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ServerCommands)
public:
    static int server(CommandLine &cli);
    static int sync(CommandLine &cli);

private:
    static int init(CommandLine &cli);
    static int addUser(CommandLine &cli);
    static int status(CommandLine &cli);
};

} // namespace citylab
