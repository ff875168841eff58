// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QTextBrowser;
class QToolButton;

namespace citylab {

// The user guide in the window's language, from the pages compiled in (resources/help): F1,
// Help → User Guide and the dialogs' Help buttons open it at their page. One window for the
// application, beside the one the user works in; no web browser needed.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    // Shows the guide at `page` ("requests.html#clock"), raising it if it is open.
    static HelpBrowser *showPage(const QString &page, QWidget *parent = nullptr);
    // The guide window while it is open, else nullptr.
    static HelpBrowser *instance();
    static QUrl pageUrl(const QString &page, const QString &language);
    // Every page of the guide, the contents first.
    static QStringList pages();
    // The guide's page for a main view (its id) or a table edited in a record dialog, the
    // contents for one it has none for.
    static QString pageForView(const QString &viewId);
    // A Help button among a dialog's buttons, opening the guide at `page`.
    static void addHelpButton(QDialogButtonBox *buttons, const QString &page);

    QUrl source() const;

private:
    explicit HelpBrowser(QWidget *parent);
    void retranslate();

    QTextBrowser *m_text;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_contents;
};

} // namespace citylab
