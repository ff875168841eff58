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

ExperimentCardDelegate::Layout ExperimentCardDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Layout l;
    const QFontMetrics metrics = option.fontMetrics;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int line = metrics.height();
    const QRectF text = QRectF(option.rect).adjusted(3 + 12, 3 + 5, -3 - 6, -3 - 5);
    // How long the experiment has waited in this stage goes right of the code, or right of
    // the lead organization when the column is too narrow for both (beside a scroll bar the
    // count ran into the code: "TCL-2025-016412 g").
    const QDate since = QDate::fromString(column(index, ExperimentTableModel::StageSince, SqlTableModel::SortRole), Qt::ISODate);
    l.daysText = since.isValid() ? tr("%n d", "days in the stage", int(since.daysTo(QDate::currentDate()))) : QString();
    const qreal gap = metrics.averageCharWidth();
    const qreal daysWidth = l.daysText.isEmpty() ? 0 : metrics.horizontalAdvance(l.daysText);
    const QString code = column(index, ExperimentTableModel::Code);
    const QString lead = column(index, ExperimentTableModel::Lead);
    const bool besideCode = boldMetrics.horizontalAdvance(code) + gap + daysWidth <= text.width();
    const qreal daysTop = besideCode ? text.top() : text.top() + 3 * line;
    l.days = QRectF(text.right() - daysWidth, daysTop, daysWidth, line);
    l.code = QRectF(text.left(), text.top(), besideCode ? text.width() - daysWidth - gap : text.width(), line);
    l.title = QRectF(text.left(), text.top() + line, text.width(), 2 * line);
    l.lead = QRectF(text.left(), text.top() + 3 * line, besideCode ? text.width() : text.width() - daysWidth - gap, line);
    l.codeText = boldMetrics.elidedText(code, Qt::ElideRight, int(l.code.width()));
    l.leadText = metrics.elidedText(lead, Qt::ElideRight, int(l.lead.width()));
    return l;
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

    const Layout l = layout(option, index);
    const QFontMetrics metrics = option.fontMetrics;
    const int line = metrics.height();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(bold);
    painter->drawText(l.code, Qt::AlignLeft | Qt::AlignVCenter, l.codeText);
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(l.days, Qt::AlignRight | Qt::AlignVCenter, l.daysText);
    painter->drawText(l.lead, Qt::AlignLeft | Qt::AlignVCenter, l.leadText);

    // the title on up to two lines, elided
    painter->setPen(palette.color(QPalette::Text));
    const QString title = column(index, ExperimentTableModel::Title);
    QTextLayout textLayout(title, option.font);
    textLayout.beginLayout();
    qreal y = l.title.top();
    for (int n = 0; n < 2; ++n) {
        QTextLine textLine = textLayout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(l.title.width());
        const QString part = title.mid(textLine.textStart(), n == 1 ? -1 : textLine.textLength());
        painter->drawText(QPointF(l.title.left(), y + metrics.ascent()),
                          n == 1 ? metrics.elidedText(part, Qt::ElideRight, int(l.title.width())) : part.trimmed());
        y += line;
    }
    textLayout.endLayout();
    painter->restore();
}

} // namespace citylab
