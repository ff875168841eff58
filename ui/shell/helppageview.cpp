// SPDX-License-Identifier: GPL-3.0-or-later
#include "helppageview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QTextDocument>

namespace citylab {

namespace {

// As wide as the guide's column of text leaves room for, drawn smooth once here rather than
// scaled by the text layout on every paint.
constexpr int screenshotWidth = 640;

} // namespace

HelpPageView::HelpPageView(QWidget *parent)
    : QTextBrowser(parent)
{
}

QStringList HelpPageView::screenshotFolders()
{
    // beside the program (bin/../share: the build tree and an installed package alike), then
    // wherever the system keeps data
    QStringList folders{QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/citylab/help-images"))};
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("citylab/help-images"),
                                         QStandardPaths::LocateDirectory);
    return folders;
}

QString HelpPageView::screenshotFile(const QString &viewId, const QString &language)
{
    // `citylab --screenshot` names each view's picture by its place and id: 02-map.png
    for (const QString &folder : screenshotFolders()) {
        const QDir dir(QDir(folder).filePath(language));
        const QStringList found = dir.entryList({QStringLiteral("[0-9][0-9]-%1.png").arg(viewId)}, QDir::Files);
        if (!found.isEmpty())
            return dir.filePath(found.constFirst());
    }
    return {};
}

QVariant HelpPageView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource) {
        const QString path = source().resolved(name).path();   // /help/<language>/screenshots/<view>.png
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 4 && parts.at(2) == QLatin1String("screenshots")) {
            const QString viewId = QFileInfo(parts.at(3)).completeBaseName();
            const QImage image(screenshotFile(viewId, parts.at(1)));
            if (!image.isNull())
                return image.scaledToWidth(std::min(screenshotWidth, int(image.width())), Qt::SmoothTransformation);
            return {};
        }
    }
    return QTextBrowser::loadResource(type, name);
}

} // namespace citylab
