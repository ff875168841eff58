// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/placeholdermerge.h"

#include <QSyntaxHighlighter>

namespace citylab {

// Shows in the editor which placeholders the record fills (blue) and which it cannot or
// which are misspelt (red), so nothing reaches a letter unnoticed.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PlaceholderHighlighter(QTextDocument *document);
    void setValues(const PlaceholderValues &values);

protected:
    void highlightBlock(const QString &text) override;

private:
    PlaceholderValues m_values;
    bool m_hasValues = false;
};

} // namespace citylab
