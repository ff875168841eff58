// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the SVG icon to the PNG sizes of the hicolor theme at build time, so that only the
// SVG is kept in the repository. Usage: citylab_iconrenderer ICON.svg OUTDIR SIZE...
#include <QGuiApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: citylab_iconrenderer ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "citylab_iconrenderer: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    for (const QString &text : arguments.mid(3)) {
        const int size = text.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QDir(arguments.at(2)).filePath(QStringLiteral("%1x%1/apps").arg(size));
        if (!QDir().mkpath(folder) || !image.save(QDir(folder).filePath(QStringLiteral("org.citylab.CityLab.png")))) {
            err << "citylab_iconrenderer: cannot write into " << folder << '\n';
            return 1;
        }
    }
    return 0;
}
