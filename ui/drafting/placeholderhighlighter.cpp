// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderhighlighter.h"

#include <QRegularExpression>

namespace citylab {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void PlaceholderHighlighter::setValues(const PlaceholderValues &values)
{
    m_values = values;
    m_hasValues = true;
    rehighlight();
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression any(QStringLiteral("\\{\\{[^{}]*(\\}\\}|$)"));
    const QStringList known = PlaceholderMerge::knownNames();
    auto it = any.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured().mid(2).chopped(m.captured(1).size()).trimmed();
        QTextCharFormat format;
        const bool fine = known.contains(name) && m.captured(1) == QLatin1String("}}") && (!m_hasValues || m_values.has(name));
        if (fine) {
            format.setForeground(QColor(0x1f4e9c));
            format.setBackground(QColor(0xe3ecfa));
        } else {
            format.setForeground(QColor(0xa40000));
            format.setBackground(QColor(0xffd6d6));
            format.setToolTip(known.contains(name) ? PlaceholderMerge::missingMarker(name)
                                                   : PlaceholderMerge::tr("there is no placeholder called '%1'").arg(name));
        }
        setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
    }
}

} // namespace citylab
