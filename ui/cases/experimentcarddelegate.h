// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace citylab {

// Paints an experiment as a card of the pipeline board: a strip in its domain's colour,
// the code, the title on two lines, the lead organization and how long it has waited.
class ExperimentCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where each part of a card goes, in the card's own rectangle.
    struct Layout
    {
        QRectF code, days, title, lead;
        QString codeText, daysText, leadText;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Colours for the seven domains, told apart also by colour-blind users (Okabe-Ito).
    static QColor domainColour(const QString &domain);
};

} // namespace citylab
