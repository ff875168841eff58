// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace citylab {

// A readable difference between two plain texts, as legal staff compare drafts: paragraphs
// first (a paragraph kept as is stays whole), then words inside the paragraphs that changed.
class TextDiff
{
public:
    enum class Op { Same, Added, Removed };
    struct Piece
    {
        Op op;
        QString text;
        bool operator==(const Piece &) const = default;
    };

    static QList<Piece> compare(const QString &before, const QString &after);

    // Insertions green and underlined, deletions red and struck through; paragraphs kept.
    static QString toHtml(const QList<Piece> &pieces);

private:
    static QList<Piece> words(const QString &before, const QString &after);
};

} // namespace citylab
