// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace citylab {

namespace {

// Longest common subsequence of two token lists, as (op, token) steps in order.
QList<QPair<TextDiff::Op, QString>> lcs(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> len(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            len[i][j] = a.at(i) == b.at(j) ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
    QList<QPair<TextDiff::Op, QString>> steps;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            steps.append({TextDiff::Op::Same, a.at(i)});
            ++i, ++j;
        } else if (j < m && (i == n || len[i][j + 1] >= len[i + 1][j])) {
            steps.append({TextDiff::Op::Added, b.at(j++)});
        } else {
            steps.append({TextDiff::Op::Removed, a.at(i++)});
        }
    }
    return steps;
}

QStringList tokens(const QString &text)
{
    // words with their following spaces, so that joining gives the text back
    QStringList result;
    static const QRegularExpression re(QStringLiteral("\\S+\\s*|\\s+"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        result << it.next().captured();
    return result;
}

void append(QList<TextDiff::Piece> &pieces, TextDiff::Op op, const QString &text)
{
    if (!pieces.isEmpty() && pieces.last().op == op)
        pieces.last().text += text;
    else
        pieces.append({op, text});
}

} // namespace

QList<TextDiff::Piece> TextDiff::words(const QString &before, const QString &after)
{
    QList<Piece> pieces;
    for (const auto &step : lcs(tokens(before), tokens(after)))
        append(pieces, step.first, step.second);
    return pieces;
}

QList<TextDiff::Piece> TextDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n'), b = after.split(u'\n');
    QList<Piece> pieces;
    QStringList removed, added;
    const auto flush = [&] {
        // changed paragraphs are paired in order and compared word by word
        const qsizetype paired = qMin(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k) {
            const QList<Piece> changes = words(removed.at(k), added.at(k));
            qsizetype kept = 0;
            for (const Piece &p : changes)
                kept += p.op == Op::Same ? p.text.size() : 0;
            // a paragraph rewritten through and through reads better as one block out, one in
            if (kept * 3 < qMax(removed.at(k).size(), added.at(k).size())) {
                append(pieces, Op::Removed, removed.at(k) + u'\n');
                append(pieces, Op::Added, added.at(k) + u'\n');
                continue;
            }
            for (const Piece &p : changes)
                append(pieces, p.op, p.text);
            append(pieces, Op::Same, QStringLiteral("\n"));
        }
        for (qsizetype k = paired; k < removed.size(); ++k)
            append(pieces, Op::Removed, removed.at(k) + u'\n');
        for (qsizetype k = paired; k < added.size(); ++k)
            append(pieces, Op::Added, added.at(k) + u'\n');
        removed.clear();
        added.clear();
    };
    for (const auto &step : lcs(a, b)) {
        if (step.first == Op::Same) {
            flush();
            append(pieces, Op::Same, step.second + u'\n');
        } else {
            (step.first == Op::Added ? added : removed) << step.second;
        }
    }
    flush();
    if (!pieces.isEmpty() && pieces.last().text.endsWith(u'\n'))
        pieces.last().text.chop(1);
    if (!pieces.isEmpty() && pieces.last().text.isEmpty())
        pieces.removeLast();
    return pieces;
}

QString TextDiff::toHtml(const QList<Piece> &pieces)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const Piece &p : pieces) {
        const QString text = p.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
        switch (p.op) {
        case Op::Same:
            html += text;
            break;
        case Op::Added:
            html += QStringLiteral("<span style=\"color:#1a7f37; background-color:#dafbe1; text-decoration:underline\">")
                    + text + QStringLiteral("</span>");
            break;
        case Op::Removed:
            html += QStringLiteral("<span style=\"color:#b31d28; background-color:#ffebe9; text-decoration:line-through\">")
                    + text + QStringLiteral("</span>");
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

} // namespace citylab
