// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the first painted main window: citylab on the demo database
// against a minimal Qt Widgets window, both measured here, alternately, in the same run.
// Prints the medians and "ratio startup_vs_minimal_window VALUE" (goal <= 1.5).
#include "benchsupport.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using benchsupport::median;

namespace {

double runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString data = qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath());
    const QString db = QDir(data).filePath(QStringLiteral("demo.citylab"));
    if (!QFile::exists(db)) {
        out << "bench_startup: " << db << " is missing; run packaging/dev.sh bench\n";
        return 1;
    }
    const int rounds = 15;
    QList<double> citylab, minimal;
    // warm the file cache once, then alternate so both see the same machine state
    runOnce(QStringLiteral(CITYLAB_BIN), {QStringLiteral("--db"), db, QStringLiteral("--startup-probe")});
    runOnce(QStringLiteral(MINIMAL_BIN), {});
    for (int i = 0; i < rounds; ++i) {
        const double a = runOnce(QStringLiteral(CITYLAB_BIN), {QStringLiteral("--db"), db, QStringLiteral("--startup-probe")});
        const double b = runOnce(QStringLiteral(MINIMAL_BIN), {});
        if (a < 0 || b < 0) {
            out << "bench_startup: a run failed\n";
            return 1;
        }
        citylab << a;
        minimal << b;
    }
    const double c = median(citylab), m = median(minimal);
    out << "startup citylab median ms " << QString::number(c, 'f', 1) << '\n';
    out << "startup minimal_window median ms " << QString::number(m, 'f', 1) << '\n';
    out << "ratio startup_vs_minimal_window " << QString::number(c / m, 'f', 2) << '\n';
    return 0;
}
