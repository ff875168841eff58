// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio report on the scale-100 demo store (6,000 experiments, 3.7M measurements):
// the median of 3 runs of ReportGenerator::writePortfolio to a PDF. Prints
// "ratio report_portfolio_s_per_3s VALUE" (goal <= 1).
#include "reports/reportgenerator.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace citylab;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = QDir(qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath())).filePath(QStringLiteral("scale100.citylab"));
    Store store;
    if (!store.open(path, Store::OpenMode::Inspect)) {
        out << "bench_report: " << store.errorString() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const ReportGenerator generator(store);
    ReportGenerator::Options options;
    options.from = QDate::currentDate().addYears(-1);
    QList<double> times;
    qint64 size = 0;
    for (int i = 0; i < 3; ++i) {
        const QString file = dir.filePath(QStringLiteral("portfolio.pdf"));
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!generator.writePortfolio(file, options, &error)) {
            out << "bench_report: " << error << '\n';
            return 1;
        }
        times << timer.nsecsElapsed() / 1e9;
        size = QFileInfo(file).size();
    }
    std::sort(times.begin(), times.end());
    out << "report portfolio median s " << QString::number(times.at(1), 'f', 3) << " size bytes " << size << '\n';
    out << "ratio report_portfolio_s_per_3s " << QString::number(times.at(1) / 3.0, 'f', 3) << '\n';
    return 0;
}
