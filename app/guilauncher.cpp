// SPDX-License-Identifier: GPL-3.0-or-later
#include "guilauncher.h"
#include "shell/readablepalette.h"

#include "i18n/language.h"
#include "shell/firstpaintwatcher.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace citylab {

int GuiLauncher::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // the desktop entry's id (Wayland's app_id, the dock's grouping) and its icon
    QGuiApplication::setDesktopFileName(QStringLiteral("org.citylab.CityLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.citylab.CityLab.svg")));
    ReadablePalette::applyAndFollow();
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("citylab::GuiLauncher", "CityLab: experiment zones, cases and outcomes of a city lab."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("citylab::GuiLauncher", "Open this database file (created if missing)."),
                      QApplication::translate("citylab::GuiLauncher", "FILE")});
    parser.addOption({QStringLiteral("lang"), QApplication::translate("citylab::GuiLauncher", "Language: it or en (default: the system's)."),
                      QApplication::translate("citylab::GuiLauncher", "LANG")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("citylab::GuiLauncher", "Save a PNG of every main view into DIR, print the paths and quit."),
                      QApplication::translate("citylab::GuiLauncher", "DIR")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("citylab::GuiLauncher", "A CityLab file to open (as a double-click in the file manager does)."),
                                 QApplication::translate("citylab::GuiLauncher", "[FILE]"));
    QCommandLineOption probe(QStringLiteral("startup-probe"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp); // quits at the first painted frame: the start-up benchmark
    parser.addOption(probe);
    if (!parser.parse(app.arguments())) {
        err << "citylab: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "citylab " << QApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : QSettings().value(QStringLiteral("language")).toString();
    if (!Language::install(lang)) {
        if (parser.isSet(QStringLiteral("lang"))) {
            err << "citylab: " << QApplication::translate("citylab::GuiLauncher", "--lang must be it or en, not '%1'").arg(lang) << '\n';
            return 2;
        }
        Language::install({});
    }

    const bool headless = parser.isSet(QStringLiteral("screenshot")) || parser.isSet(probe);
    MainWindow window;
    window.setRemembersSession(!headless);
    QString path = parser.value(QStringLiteral("db"));
    // a file named without --db must exist: a mistyped name is an error, not a new store
    bool create = parser.isSet(QStringLiteral("db"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().constFirst();
        create = false;
    }
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (QFileInfo::exists(last))
            path = last;
    }
    if (!path.isEmpty() && !window.openDatabase(path, create) && headless) {
        err << "citylab: " << window.lastError() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        window.resize(1280, 800);
        const QString folder = parser.value(QStringLiteral("screenshot"));
        QObject::connect(new FirstPaintWatcher(&window), &FirstPaintWatcher::firstFramePainted, &window, [&] {
            const QStringList saved = window.saveScreenshots(folder);
            QTextStream out(stdout);
            for (const QString &file : saved)
                out << file << '\n';
            QApplication::exit(saved.isEmpty() ? 1 : 0);
        });
    } else if (parser.isSet(probe)) {
        // the benchmark stops its clock at this line: closing the store is not start-up
        QObject::connect(new FirstPaintWatcher(&window), &FirstPaintWatcher::firstFramePainted, &app, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    window.show();
    return app.exec();
}

} // namespace citylab
