// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcarddelegate.h"

#include "items/experimenttablemodel.h"
#include "shell/recordcolours.h"

#include <QApplication>
#include <QDate>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace citylab {

namespace {

QString column(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.sibling(index.row(), column).data(role).toString();
}

} // namespace

QColor ExperimentCardDelegate::domainColour(const QString &domain)
{
    return RecordColours::domain(domain);
}

QSize ExperimentCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 180, line * 4 + 18};
}

void ExperimentCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, palette.color(QPalette::Base));
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(path);
    const QString domain = column(index, ExperimentTableModel::Domain, SqlTableModel::KeyRole);
    painter->fillRect(QRectF(card.left() + 1, card.top() + 4, 4, card.height() - 8), domainColour(domain));

    const QFontMetrics metrics = option.fontMetrics;
    const int line = metrics.height();
    QRectF text = card.adjusted(12, 5, -6, -5);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(bold);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      column(index, ExperimentTableModel::Code));
    // how long it has waited in this stage, on the right
    const QDate since = QDate::fromString(column(index, ExperimentTableModel::StageSince, SqlTableModel::SortRole), Qt::ISODate);
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    if (since.isValid())
        painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                          tr("%n d", "days in the stage", int(since.daysTo(QDate::currentDate()))));

    // the title on up to two lines, elided
    painter->setPen(palette.color(QPalette::Text));
    const QString title = column(index, ExperimentTableModel::Title);
    QTextLayout layout(title, option.font);
    layout.beginLayout();
    qreal y = text.top() + line;
    for (int n = 0; n < 2; ++n) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(text.width());
        const QString part = title.mid(textLine.textStart(), n == 1 ? -1 : textLine.textLength());
        painter->drawText(QPointF(text.left(), y + metrics.ascent()),
                          n == 1 ? metrics.elidedText(part, Qt::ElideRight, int(text.width())) : part.trimmed());
        y += line;
    }
    layout.endLayout();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(text.left(), text.top() + 3 * line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(column(index, ExperimentTableModel::Lead), Qt::ElideRight, int(text.width())));
    painter->restore();
}

} // namespace citylab
