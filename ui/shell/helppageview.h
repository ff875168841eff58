// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace citylab {

// A page of the user guide. Its pictures of the window ("screenshots/map.png") are not
// compiled in: the build makes them with `citylab --screenshot` on the demo data, in each
// language, so that they show the program as it is (see resources/help/screenshots.cmake).
// They are looked up in share/citylab/help-images/<language>/ beside the program.
class HelpPageView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HelpPageView(QWidget *parent = nullptr);

    // Where the screenshots of the guide are, most specific first.
    static QStringList screenshotFolders();
    // The screenshot of a main view (its id) in a language, or an empty path.
    static QString screenshotFile(const QString &viewId, const QString &language);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace citylab
