// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpdf.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace citylab {

bool HtmlPdf::write(const QString &html, const QString &path, const QString &title, QPageLayout::Orientation orientation,
                    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CityLab"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString HtmlPdf::cell(const QString &text, const QString &style)
{
    return QStringLiteral("<td style='border:1px solid #999;padding:3px;%1'>%2</td>").arg(style, text.toHtmlEscaped());
}

QString HtmlPdf::headerCell(const QString &text, const QString &style)
{
    return QStringLiteral("<th style='border:1px solid #999;padding:3px;background:#eee;text-align:left;%1'>%2</th>")
        .arg(style, text.toHtmlEscaped());
}

QString HtmlPdf::begin()
{
    return QStringLiteral("<html><body style='font-family:\"DejaVu Sans\";font-size:9pt'>");
}

} // namespace citylab
