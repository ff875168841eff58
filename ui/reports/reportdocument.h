// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class QCustomPlot;
class QImage;
class QIODevice;
class QPainter;

namespace citylab {

// A printed report laid out in blocks (headings, text, key figures, tables, charts) on A4
// pages, written as a vector PDF: charts are drawn by QCustomPlot through the PDF painter,
// never as bitmaps. Every page carries the title, the period, the generation date and
// "page N of M".
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ReportDocument)
public:
    ReportDocument(const QString &title, const QString &period, const QString &generated);

    // The office's letterhead at the top of the first page: logo (when there is one),
    // name and address, as on its letters.
    void addLetterhead(const QString &name, const QString &address, const QImage &logo);
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    // A paragraph that names what follows (a chart): never left at a page's foot without it.
    void addCaption(const QString &text);
    void addKeyFigures(const QList<QPair<QString, QString>> &figures);
    // Column widths are shares of the page width; long cells wrap.
    void addTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &weights);
    // The plot is drawn at the given height (mm) across the page width.
    void addChart(QCustomPlot *plot, double heightMm);
    void addDrawing(std::function<void(QPainter &, const QRectF &)> draw, double heightMm);

    bool write(QIODevice *device) const;
    int pageCount() const { return m_pageCount; }

private:
    struct Block
    {
        std::function<double(QPainter &, double width)> height;
        std::function<void(QPainter &, const QRectF &)> paint;
        bool keepWithNext = false;
        int repeatHeader = -1;   // a table row: its table's header block
    };
    void addBlock(Block block) { m_blocks.append(std::move(block)); }

    QString m_title;
    QString m_period;
    QString m_generated;
    QList<Block> m_blocks;
    mutable int m_pageCount = 0;
};

} // namespace citylab
