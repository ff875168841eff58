// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace citylab {

// Builds the small HTML documents of the detail panels, escaping every value and
// formatting dates by locale, so that panels read as a page rather than a form.
class HtmlBuilder
{
public:
    void heading(const QString &text, const QString &subtitle = {});
    void section(const QString &title);
    void field(const QString &label, const QString &value);
    void warningField(const QString &label, const QString &value);   // red: overdue, missing
    void field(const QString &label, const QDate &date);
    void paragraph(const QString &text);
    // Markup made elsewhere (e.g. chart images), appended as is.
    void rawHtml(const QString &html);
    void note(const QString &text);   // grey, e.g. "none yet"
    void beginTable(const QStringList &headers);
    void row(const QStringList &cells);
    // A row whose first cell is a link (e.g. "attachment:12") the panel acts on.
    void linkRow(const QString &text, const QString &href, const QStringList &cells);
    void endTable();

    static QString date(const QDate &date);
    // Pieces of the tables that sections build row by row: a link whose text is escaped, a
    // cell (its content already HTML; `wrap` false keeps it on one line), and a small grey
    // line under a cell's main text.
    static QString link(const QString &href, const QString &text);
    static QString cell(const QString &html, bool wrap = true);
    static QString smallLine(const QString &html);
    QString html() const;

private:
    void closeFields();

    QString m_html;
    bool m_inFields = false;
};

} // namespace citylab
