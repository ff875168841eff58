// SPDX-License-Identifier: GPL-3.0-or-later
// citylab with no verb opens the window; with a verb (demo, check, ...) it works headless
// on the same store. Exit status: 0 ok, 1 bad input or data, 2 wrong usage.
#include "commandline.h"
#include "guilauncher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CityLab"));
    QCoreApplication::setApplicationName(QStringLiteral("CityLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYLAB_VERSION));
    if (citylab::CommandLine::isVerbInvocation(argc, argv))
        return citylab::CommandLine::run(argc, argv);
    return citylab::GuiLauncher::run(argc, argv);
}
