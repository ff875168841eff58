// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTextOption>
#include <qcustomplot.h>

namespace citylab {

namespace {

const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x66, 0x66, 0x66);
const QColor rule(0xBB, 0xBB, 0xBB);
const QColor accent(0x00, 0x5A, 0x8C);

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No "fi" ligatures: text copied or searched in the PDF must read "figures", not "ﬁgures".
    f.setFeature(QFont::Tag("liga"), 0);
    return f;
}

double textHeight(QPainter &painter, const QFont &f, double width, const QString &text)
{
    const QFontMetricsF metrics(f, painter.device());
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// A table cell: words wrap, and a word wider than its column (a long domain name in a
// narrow column) breaks inside rather than running into the next column.
QTextOption cellOption()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

double cellHeight(QPainter &painter, const QFont &f, double width, const QString &text)
{
    QTextLayout layout(text, f, painter.device());
    layout.setTextOption(cellOption());
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

ReportDocument::ReportDocument(const QString &title, const QString &period, const QString &generated)
    : m_title(title)
    , m_period(period)
    , m_generated(generated)
{
}

void ReportDocument::addLetterhead(const QString &name, const QString &address, const QImage &logo)
{
    if (name.isEmpty() && logo.isNull())
        return;
    const QFont nameFont = font(11, true);
    const QFont addressFont = font(8.5);
    constexpr double logoHeight = 48;   // pixels at 96 dpi: 12.7 mm
    const auto textWidth = [logo](double width) { return logo.isNull() ? width : width - logoHeight * 1.8; };
    const auto height = [=](QPainter &p, double width) {
        const double text = textHeight(p, nameFont, textWidth(width), name)
            + (address.isEmpty() ? 0 : textHeight(p, addressFont, textWidth(width), address));
        return qMax(text, logo.isNull() ? 0.0 : logoHeight) + 14;
    };
    addBlock({height, [=](QPainter &p, const QRectF &r) {
                  double x = r.left();
                  if (!logo.isNull()) {
                      const QSizeF size = QSizeF(logo.size()).scaled(logoHeight * 1.6, logoHeight, Qt::KeepAspectRatio);
                      p.drawImage(QRectF(QPointF(x, r.top()), size), logo);
                      x += logoHeight * 1.8;
                  }
                  const double width = r.right() - x;
                  p.setPen(Qt::black);
                  p.setFont(nameFont);
                  const double nameHeight = textHeight(p, nameFont, width, name);
                  p.drawText(QRectF(x, r.top(), width, nameHeight), Qt::TextWordWrap, name);
                  p.setPen(muted);
                  p.setFont(addressFont);
                  p.drawText(QRectF(x, r.top() + nameHeight, width, r.height()), Qt::TextWordWrap, address);
              }});
}

void ReportDocument::addHeading(const QString &text)
{
    const QFont f = font(13, true);
    addBlock({[f, text](QPainter &p, double w) { return textHeight(p, f, w, text) * 1.9; },
              [f, text](QPainter &p, const QRectF &r) {
                  p.setFont(f);
                  p.setPen(accent);
                  const double h = textHeight(p, f, r.width(), text);
                  p.drawText(QRectF(r.left(), r.bottom() - h * 1.25, r.width(), h), Qt::TextWordWrap, text);
                  p.setPen(QPen(rule, 0));
                  p.drawLine(QPointF(r.left(), r.bottom() - h * 0.15), QPointF(r.right(), r.bottom() - h * 0.15));
              },
              true});
}

void ReportDocument::addParagraph(const QString &text)
{
    const QFont f = font(9.5);
    addBlock({[f, text](QPainter &p, double w) { return textHeight(p, f, w, text) * 1.3; },
              [f, text](QPainter &p, const QRectF &r) {
                  p.setFont(f);
                  p.setPen(ink);
                  p.drawText(r, Qt::TextWordWrap, text);
              }});
}

void ReportDocument::addCaption(const QString &text)
{
    addParagraph(text);
    m_blocks.last().keepWithNext = true;
}

void ReportDocument::addKeyFigures(const QList<QPair<QString, QString>> &figures)
{
    const QFont valueFont = font(17, true);
    const QFont labelFont = font(8);
    const int perRow = 3;
    for (int start = 0; start < figures.size(); start += perRow) {
        const auto row = figures.mid(start, perRow);
        addBlock({[=](QPainter &p, double w) {
                      double labels = 0;
                      for (const auto &figure : row)
                          labels = qMax(labels, textHeight(p, labelFont, w / perRow * 0.9, figure.first));
                      return (QFontMetricsF(valueFont, p.device()).height() + labels) * 1.35;
                  },
                  [=](QPainter &p, const QRectF &r) {
                      const double cell = r.width() / perRow;
                      const double valueHeight = QFontMetricsF(valueFont, p.device()).height();
                      for (int i = 0; i < row.size(); ++i) {
                          const QRectF box(r.left() + i * cell, r.top(), cell * 0.94, r.height() * 0.92);
                          p.fillRect(box, QColor(0xF0, 0xF4, 0xF8));
                          const double pad = box.width() * 0.04;
                          p.setFont(valueFont);
                          p.setPen(accent);
                          p.drawText(QRectF(box.left() + pad, box.top(), box.width() - 2 * pad, valueHeight),
                                     Qt::AlignLeft | Qt::AlignVCenter, row.at(i).second);
                          p.setFont(labelFont);
                          p.setPen(ink);
                          p.drawText(QRectF(box.left() + pad, box.top() + valueHeight, box.width() - 2 * pad,
                                            box.height() - valueHeight),
                                     Qt::TextWordWrap, row.at(i).first);
                      }
                  }});
    }
}

void ReportDocument::addTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    auto columns = [weights, total](double width) {
        QList<QPair<double, double>> result;   // left offset, width
        double x = 0;
        for (int weight : weights) {
            const double w = width * weight / total;
            result.append({x, w});
            x += w;
        }
        return result;
    };
    auto rowBlock = [columns](const QStringList &cells, bool bold, bool shaded) {
        const QFont f = font(8.5, bold);
        Block block;
        block.height = [=](QPainter &p, double width) {
            double h = 0;
            const auto cols = columns(width);
            for (int i = 0; i < cols.size(); ++i)
                h = qMax(h, cellHeight(p, f, cols.at(i).second - 2 * QFontMetricsF(f, p.device()).height() * 0.25,
                                       cells.value(i)));
            return h + QFontMetricsF(f, p.device()).height() * 0.5;
        };
        block.paint = [=](QPainter &p, const QRectF &r) {
            if (shaded)
                p.fillRect(r, QColor(0xE4, 0xEC, 0xF3));
            p.setFont(f);
            p.setPen(ink);
            const auto cols = columns(r.width());
            const double pad = QFontMetricsF(f, p.device()).height() * 0.25;
            for (int i = 0; i < cols.size(); ++i)
                p.drawText(QRectF(r.left() + cols.at(i).first + pad, r.top() + pad, cols.at(i).second - 2 * pad,
                                  r.height() - pad),
                           cells.value(i), cellOption());
            p.setPen(QPen(rule, 0));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        };
        block.keepWithNext = bold;
        return block;
    };
    const int headerIndex = int(m_blocks.size());
    addBlock(rowBlock(header, true, true));
    for (const QStringList &row : rows) {
        Block block = rowBlock(row, false, false);
        // A table that runs onto the next page shows its header again there.
        block.repeatHeader = headerIndex;
        addBlock(std::move(block));
    }
}

void ReportDocument::addChart(QCustomPlot *plot, double heightMm)
{
    addDrawing([plot](QPainter &p, const QRectF &r) {
        // The writer works at 96 dpi, QCustomPlot's screen units, so tick lengths, margins and
        // fonts keep the proportions they have on screen.
        p.save();
        p.translate(r.topLeft());
        auto &qcp = static_cast<QCPPainter &>(p);
        plot->toPainter(&qcp, int(r.width()), int(r.height()));
        p.restore();
    }, heightMm);
}

void ReportDocument::addDrawing(std::function<void(QPainter &, const QRectF &)> draw, double heightMm)
{
    addBlock({[heightMm](QPainter &p, double) { return heightMm / 25.4 * p.device()->logicalDpiY(); },
              [draw](QPainter &p, const QRectF &r) {
                  // Charts need a little air below.
                  draw(p, r.adjusted(0, 0, 0, -r.height() * 0.04));
              }});
}

bool ReportDocument::write(QIODevice *device) const
{
    QPdfWriter writer(device);
    // Output is vector, so the resolution only sets the unit: a screen pixel, as QCustomPlot expects.
    writer.setResolution(96);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("CityLab"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 22, 18, 20),
                                     QPageLayout::Millimeter));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution()).translated(
        -writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());

    // Lay out first, so each page knows the page count.
    QList<QList<QPair<int, QRectF>>> pages(1);
    double y = 0;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const double h = m_blocks.at(i).height(painter, body.width());
        double needed = h;
        // A heading and a table header move to the next page with what follows them.
        for (int next = i; next + 1 < m_blocks.size() && m_blocks.at(next).keepWithNext; ++next)
            needed += m_blocks.at(next + 1).height(painter, body.width());
        if (y > 0 && y + needed > body.height()) {
            pages.append(QList<QPair<int, QRectF>>());
            y = 0;
            const int header = m_blocks.at(i).repeatHeader;
            if (header >= 0) {
                const double headerHeight = m_blocks.at(header).height(painter, body.width());
                pages.last().append({header, QRectF(body.left(), body.top(), body.width(), headerHeight)});
                y = headerHeight;
            }
        }
        pages.last().append({i, QRectF(body.left(), body.top() + y, body.width(), h)});
        y += h;
    }
    m_pageCount = pages.size();

    const QFont small = font(7.5);
    const QFont titleFont = font(9, true);
    const QMarginsF margins = writer.pageLayout().marginsPixels(writer.resolution());
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0)
            writer.newPage();
        // Header and footer live in the margins.
        painter.setPen(muted);
        painter.setFont(titleFont);
        const double line = QFontMetricsF(small, &writer).height();
        painter.drawText(QRectF(0, -margins.top() + line * 1.5, body.width(), line * 1.4), Qt::AlignLeft, m_title);
        painter.setFont(small);
        painter.drawText(QRectF(0, -margins.top() + line * 1.5, body.width(), line * 1.4), Qt::AlignRight, m_period);
        painter.setPen(QPen(rule, 0));
        painter.drawLine(QPointF(0, -line * 1.2), QPointF(body.width(), -line * 1.2));
        painter.drawLine(QPointF(0, body.height() + line * 0.8), QPointF(body.width(), body.height() + line * 0.8));
        painter.setPen(muted);
        painter.drawText(QRectF(0, body.height() + line, body.width(), line * 1.4), Qt::AlignLeft, m_generated);
        painter.drawText(QRectF(0, body.height() + line, body.width(), line * 1.4), Qt::AlignRight,
                         tr("page %1 of %2").arg(page + 1).arg(pages.size()));
        for (const auto &[index, rect] : pages.at(page))
            m_blocks.at(index).paint(painter, rect);
    }
    return painter.end();
}

} // namespace citylab
