// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttabledialog.h"

#include "chartview.h"
#include "shell/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace citylab {

ChartTableDialog::ChartTableDialog(const ChartView &chart, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chartTableDialog"));
    setWindowTitle(tr("Data of the Chart"));
    auto *title = new QLabel(chart.title(), this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *table = new QTableWidget(int(chart.tableRows().size()), int(chart.tableHeader().size()), this);
    table->setObjectName(QStringLiteral("chartTable"));
    table->setAccessibleName(tr("Data of %1").arg(chart.title()));
    table->setHorizontalHeaderLabels(chart.tableHeader());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    for (int row = 0; row < chart.tableRows().size(); ++row) {
        const QStringList &cells = chart.tableRows().at(row);
        for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            // figures line up on their decimal places
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    auto *count = new QLabel(tr("%n row(s)", nullptr, int(chart.tableRows().size())), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(640, 480));
    table->setFocus();
}

} // namespace citylab
