// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QToolButton;

namespace citylab {

// A QCustomPlot with a title, an export menu (PNG, vector PDF, CSV of the data shown) and
// the table of its data, which each kind of chart fills as it draws and which the Table
// button shows (the chart's text alternative, named and described for screen readers).
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    void setTitle(const QString &title);
    QString title() const;

    // What "Export CSV" writes: a header row and the rows, already formatted for the locale.
    void setTable(const QStringList &header, const QList<QStringList> &rows);
    QStringList tableHeader() const { return m_header; }
    QList<QStringList> tableRows() const { return m_rows; }

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    bool exportCsv(const QString &path) const;

    // The keyboard's way to what the mouse does on a chart that pans and zooms: arrows pan
    // by a tenth, + and - zoom around the middle, Home shows all (resetView).
    void enableKeyboardNavigation();

protected:
    // What Home shows: the whole data, as a double click does.
    virtual void resetView();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    // Follows a language switch: export menu texts, and the plot's locale for numbers and
    // month names on the axes.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportWithDialog(const QString &suffix);
    bool navigate(int key);

    QLabel *m_title;
    QToolButton *m_table;    // the data as a table: the chart's text alternative
    QToolButton *m_export;
    QCustomPlot *m_plot;
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace citylab
