// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

namespace citylab {

// A short document written as HTML (a scoring sheet, an evidence report) printed to an A4
// PDF at `path`, which is replaced only once the PDF is complete.
class HtmlPdf
{
    Q_DECLARE_TR_FUNCTIONS(citylab::HtmlPdf)
public:
    static bool write(const QString &html, const QString &path, const QString &title, QPageLayout::Orientation orientation,
                      QString *error);
    // A table cell and header cell with the borders these documents use.
    static QString cell(const QString &text, const QString &style = {});
    static QString headerCell(const QString &text, const QString &style = {});
    // The opening of such a document: its body in DejaVu Sans 9 pt.
    static QString begin();
};

} // namespace citylab
