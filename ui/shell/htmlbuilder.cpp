// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlbuilder.h"

#include "i18n/dateformat.h"

#include <QLocale>

namespace citylab {

QString HtmlBuilder::date(const QDate &date)
{
    return DateFormat::shortDate(date);
}

QString HtmlBuilder::link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href='%1'>%2</a>").arg(href, text.toHtmlEscaped());
}

QString HtmlBuilder::cell(const QString &html, bool wrap)
{
    return QStringLiteral("<td style='border-bottom:1px solid #ddd%1'>").arg(wrap ? QString() : QStringLiteral(";white-space:nowrap"))
        + html + QStringLiteral("</td>");
}

QString HtmlBuilder::smallLine(const QString &html)
{
    return QStringLiteral("<br><span style='color:#666;font-size:small'>") + html + QStringLiteral("</span>");
}

void HtmlBuilder::closeFields()
{
    if (m_inFields) {
        m_html += QStringLiteral("</table>");
        m_inFields = false;
    }
}

void HtmlBuilder::heading(const QString &text, const QString &subtitle)
{
    closeFields();
    m_html += QStringLiteral("<h2 style='margin-bottom:2px'>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
    if (!subtitle.isEmpty())
        m_html += QStringLiteral("<p style='color:#555;margin-top:0'>") + subtitle.toHtmlEscaped() + QStringLiteral("</p>");
}

void HtmlBuilder::section(const QString &title)
{
    closeFields();
    m_html += QStringLiteral("<h3 style='margin-top:14px;margin-bottom:4px'>") + title.toHtmlEscaped()
        + QStringLiteral("</h3>");
}

void HtmlBuilder::field(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!m_inFields) {
        m_html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        m_inFields = true;
    }
    m_html += QStringLiteral("<tr><td style='color:#555;padding-right:12px'>") + label.toHtmlEscaped()
        + QStringLiteral("</td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

void HtmlBuilder::warningField(const QString &label, const QString &value)
{
    field(label, value);
    if (!value.isEmpty()) // the cell just written: its value in the warning colour
        m_html.replace(m_html.lastIndexOf(QStringLiteral("<td>")), 4, QStringLiteral("<td style='color:#a40000;font-weight:bold'>"));
}

void HtmlBuilder::field(const QString &label, const QDate &value)
{
    field(label, date(value));
}

void HtmlBuilder::paragraph(const QString &text)
{
    closeFields();
    m_html += QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

void HtmlBuilder::rawHtml(const QString &html)
{
    closeFields();
    m_html += html;
}

void HtmlBuilder::note(const QString &text)
{
    closeFields();
    m_html += QStringLiteral("<p style='color:#666'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

void HtmlBuilder::beginTable(const QStringList &headers)
{
    closeFields();
    m_html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse:collapse'><tr>");
    for (const QString &header : headers)
        m_html += QStringLiteral("<th align='left' style='background:#e8edf3'>") + header.toHtmlEscaped()
            + QStringLiteral("</th>");
    m_html += QStringLiteral("</tr>");
}

void HtmlBuilder::row(const QStringList &cells)
{
    m_html += QStringLiteral("<tr>");
    for (const QString &cell : cells)
        m_html += QStringLiteral("<td style='border-bottom:1px solid #ddd'>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
    m_html += QStringLiteral("</tr>");
}

void HtmlBuilder::linkRow(const QString &text, const QString &href, const QStringList &cells)
{
    m_html += QStringLiteral("<tr><td style='border-bottom:1px solid #ddd'><a href='") + href.toHtmlEscaped()
        + QStringLiteral("'>") + text.toHtmlEscaped() + QStringLiteral("</a></td>");
    for (const QString &cell : cells)
        m_html += QStringLiteral("<td style='border-bottom:1px solid #ddd'>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
    m_html += QStringLiteral("</tr>");
}

void HtmlBuilder::endTable()
{
    m_html += QStringLiteral("</table>");
}

QString HtmlBuilder::html() const
{
    return m_inFields ? m_html + QStringLiteral("</table>") : m_html;
}

} // namespace citylab
