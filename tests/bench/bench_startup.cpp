// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the first painted main window: citylab on the demo database
// against a minimal Qt Widgets window, both measured here, alternately, in the same run, each
// until it says "painted" (what follows, closing the store, is not start-up). Once on the
// machine as it is and once with every core kept busy by spinning threads, as on a laptop
// indexing files or a build running beside it. Prints the medians with their spread (the
// 10th and 90th percentiles) and
//   ratio startup_vs_minimal_window VALUE          (goal <= 1.5)
//   ratio startup_vs_minimal_window_loaded VALUE   (goal <= 1.5)
#include "benchsupport.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

using benchsupport::median;

namespace {

// -1 when the program failed or never said it had painted
double timeToPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double painted = -1;
    QByteArray said;
    while (painted < 0 && process.waitForReadyRead(60000))
        if ((said += process.readAll()).contains("painted"))
            painted = timer.nsecsElapsed() / 1e6;
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return painted;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

// Keeps every core busy while it lives.
class Load
{
public:
    Load()
    {
        for (int i = 0; i < QThread::idealThreadCount(); ++i)
            m_threads.emplace_back(QThread::create([this] {
                volatile double x = 1;
                while (!m_stop.load(std::memory_order_relaxed))
                    x = x * 1.0000001 + 1e-9;
            }));
        for (QThread *thread : m_threads)
            thread->start();
    }
    ~Load()
    {
        m_stop = true;
        for (QThread *thread : m_threads) {
            thread->wait();
            delete thread;
        }
    }

private:
    std::atomic<bool> m_stop = false;
    std::vector<QThread *> m_threads;
};

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
    const QString citylabBin = QStringLiteral(CITYLAB_BIN), minimalBin = QStringLiteral(MINIMAL_BIN);
    const QStringList citylabArguments{QStringLiteral("--db"), db, QStringLiteral("--startup-probe")};
    // warm the file cache once
    timeToPaint(citylabBin, citylabArguments);
    timeToPaint(minimalBin, {});
    for (const bool loaded : {false, true}) {
        std::optional<Load> load;
        if (loaded)
            load.emplace();
        const int rounds = 21;
        QList<double> citylab, minimal;
        // alternately, so both see the same machine state
        for (int i = 0; i < rounds; ++i) {
            const double a = timeToPaint(citylabBin, citylabArguments);
            const double b = timeToPaint(minimalBin, {});
            if (a < 0 || b < 0) {
                out << "bench_startup: a run failed\n";
                return 1;
            }
            citylab << a;
            minimal << b;
        }
        const QString suffix = loaded ? QStringLiteral("_loaded") : QString();
        const QString machine = loaded ? QStringLiteral("every core busy") : QStringLiteral("as it is");
        for (const auto &[name, times] : {std::pair{QStringLiteral("citylab"), citylab}, std::pair{QStringLiteral("minimal window"), minimal}})
            out << "startup " << name << " (" << machine << "), ms to first paint: median " << QString::number(median(times), 'f', 1)
                << ", 10th-90th percentile " << QString::number(percentile(times, 0.1), 'f', 1) << "-"
                << QString::number(percentile(times, 0.9), 'f', 1) << '\n';
        out << "ratio startup_vs_minimal_window" << suffix << " " << QString::number(median(citylab) / median(minimal), 'f', 2) << '\n';
    }
    return 0;
}
