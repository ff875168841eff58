// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "charttabledialog.h"
#include "shell/filechooser.h"

#include "io/csvwriter.h"
#include "io/tablecsvexport.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace citylab {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_plot(new QCustomPlot(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A long Italian title wraps instead of holding the whole window wider than a laptop's screen.
    m_title->setWordWrap(true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    retranslate();

    m_plot->setLocale(QLocale());
    m_plot->setMinimumHeight(220);
    // Adaptive sampling keeps a million-point line fast; antialiasing would undo that.
    m_plot->setNotAntialiasedElements(QCP::aePlottables);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);

    m_table->setObjectName(QStringLiteral("chartTableButton"));
    m_export->setObjectName(QStringLiteral("chartExportButton"));
    connect(m_table, &QToolButton::clicked, this, [this] {
        ChartTableDialog dialog(*this, this);
        dialog.exec();
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_table);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);
}

void ChartView::retranslate()
{
    m_export->setText(tr("Export"));
    m_table->setText(tr("Table"));
    m_table->setToolTip(tr("The chart's data as a table"));
    m_table->setAccessibleName(tr("Show the chart's data as a table"));
    if (m_plot->focusPolicy() != Qt::NoFocus)
        m_plot->setToolTip(tr("Arrow keys move the chart, + and - zoom, Home shows all of it"));
    QMenu *menu = m_export->menu();
    menu->clear();
    menu->addAction(tr("Image (PNG)…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Vector document (PDF)…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    menu->addAction(tr("Data (CSV)…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
}

void ChartView::enableKeyboardNavigation()
{
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    retranslate();
}

void ChartView::resetView()
{
    m_plot->rescaleAxes();
    m_plot->replot();
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            update();   // the focus frame
        else if (event->type() == QEvent::KeyPress && navigate(static_cast<QKeyEvent *>(event)->key()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

// The axes the mouse drags and zooms are the ones the keys move, so a chart that pans
// only in time pans only in time from the keyboard too.
bool ChartView::navigate(int key)
{
    QCPAxisRect *rect = m_plot->axisRect();
    if (!rect)
        return false;
    const auto pan = [&](Qt::Orientation orientation, double fraction) {
        for (QCPAxis *axis : rect->rangeDragAxes(orientation))
            axis->moveRange(axis->range().size() * fraction * (axis->rangeReversed() ? -1 : 1));
    };
    const auto zoom = [&](double factor) {
        for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical})
            if (rect->rangeZoom().testFlag(orientation))
                for (QCPAxis *axis : rect->rangeZoomAxes(orientation))
                    axis->scaleRange(factor, axis->range().center());
    };
    switch (key) {
    case Qt::Key_Left: pan(Qt::Horizontal, -0.1); break;
    case Qt::Key_Right: pan(Qt::Horizontal, 0.1); break;
    case Qt::Key_Up:
        if (!rect->rangeDrag().testFlag(Qt::Vertical))
            return false;
        pan(Qt::Vertical, 0.1);
        break;
    case Qt::Key_Down:
        if (!rect->rangeDrag().testFlag(Qt::Vertical))
            return false;
        pan(Qt::Vertical, -0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(0.8); break;
    case Qt::Key_Minus: zoom(1.25); break;
    case Qt::Key_Home:
        resetView();
        return true;
    default: return false;
    }
    m_plot->replot();
    return true;
}

void ChartView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_plot->hasFocus())
        return;
    // QCustomPlot paints all of itself: where the keyboard is shows as a frame around it.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(m_plot->geometry().adjusted(-2, -2, 1, 1));
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        m_plot->setLocale(QLocale());
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

void ChartView::setTitle(const QString &title)
{
    m_title->setText(title);
    // a screen reader names the chart and says where its figures are
    m_plot->setAccessibleName(title);
    m_plot->setAccessibleDescription(tr("Chart. Its data is in a table: the Table button beside it."));
}

QString ChartView::title() const
{
    return m_title->text();
}

void ChartView::setTable(const QStringList &header, const QList<QStringList> &rows)
{
    m_header = header;
    m_rows = rows;
}

bool ChartView::exportPng(const QString &path) const
{
    return m_plot->savePng(path, qMax(m_plot->width(), 800), qMax(m_plot->height(), 500), 2.0);
}

bool ChartView::exportPdf(const QString &path) const
{
    return m_plot->savePdf(path, qMax(m_plot->width(), 800), qMax(m_plot->height(), 500), QCP::epNoCosmetic,
                           QStringLiteral("CityLab"), m_title->text());
}

bool ChartView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    CsvWriter csv(&file, TableCsvExport::separatorForLocale(), true);
    bool ok = csv.writeRow(m_header);
    for (const QStringList &row : m_rows)
        ok = ok && csv.writeRow(row);
    return ok && file.commit();
}

void ChartView::exportWithDialog(const QString &suffix)
{
    const QString filter = suffix == u"png" ? tr("PNG images (*.png)")
                           : suffix == u"pdf" ? tr("PDF documents (*.pdf)")
                                              : tr("CSV files (*.csv)");
    QString name = m_title->text();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    QString path = FileChooser::saveFile(this, tr("Export chart"), name + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    const bool ok = suffix == u"png" ? exportPng(path) : suffix == u"pdf" ? exportPdf(path) : exportCsv(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace citylab
