// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace citylab {

// Starts the window: reads --db, --lang and --screenshot, picks the language and the
// database (the one given, else the last one used), and runs the event loop.
class GuiLauncher
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace citylab
