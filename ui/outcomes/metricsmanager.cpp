// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsmanager.h"
#include "shell/screenfit.h"
#include "shell/helpbrowser.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "items/metrictablemodel.h"
#include "outcomes/metriccatalog.h"
#include "shell/recordtable.h"
#include "store/recordedit.h"
#include "store/store.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace citylab {

namespace {

const QString metricsTable = QStringLiteral("metrics");

} // namespace

MetricsManager::MetricsManager(Store &store, QUndoStack &undo, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_model(new MetricTableModel(store, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new RecordTable(this))
    , m_intro(new QLabel(this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("metricsManager"));
    ScreenFit::resize(this, QSize(980, 560));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SqlTableModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setAccessibleName(tr("Metrics"));
    m_table->setModel(m_sorted);
    m_table->sortByColumn(MetricTableModel::Code, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("metricsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_new->setObjectName(QStringLiteral("newMetric"));
    m_edit->setObjectName(QStringLiteral("editMetric"));
    m_delete->setObjectName(QStringLiteral("deleteMetric"));

    // Ctrl+Z works here too: the window's shortcuts do not reach a modal dialog.
    QAction *undoAction = m_undo.createUndoAction(this);
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = m_undo.createRedoAction(this);
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undoAction);
    addAction(redoAction);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoMetricEdit"));
    undoButton->setDefaultAction(undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(undoButton);
    auto *closeBox = new QDialogButtonBox(this);
    closeBox->addButton(m_close, QDialogButtonBox::AcceptRole);
    HelpBrowser::addHelpButton(closeBox, QStringLiteral("outcomes.html#metrics"));
    buttons->addWidget(closeBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &MetricsManager::createMetric);
    connect(m_edit, &QPushButton::clicked, this, &MetricsManager::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MetricsManager::deleteCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &MetricsManager::editCurrent);
    connect(m_table, &RecordTable::currentRecordChanged, this, [this](qint64 id) {
        if (id >= 0)
            m_selected = id;
        updateButtons();
    });
    // the model reloads whenever metrics, targets or measurements change: keep the selection
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectMetric(m_selected) && m_sorted->rowCount() > 0)
            m_table->selectRow(0);
        updateButtons();
    });

    // measurements run to millions: counted on a worker with its own connection
    connect(&m_counting, &QFutureWatcher<QHash<qint64, qint64>>::finished, this, [this] {
        if (m_recount) {
            m_recount = false;
            countMeasurements();
            return;
        }
        m_model->setMeasurementCounts(m_counting.result());
    });
    connect(&store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (tables.isEmpty() || tables.contains(QStringLiteral("measurements")) || tables.contains(QStringLiteral("metrics")))
            countMeasurements();
    });
    countMeasurements();

    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Metric"), question) == QMessageBox::Yes;
    };
    retranslate();
    // names and units are short: they get their width, the description the rest
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MetricTableModel::Name, qMin(m_table->columnWidth(MetricTableModel::Name), 320));
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void MetricsManager::retranslate()
{
    setWindowTitle(tr("Metrics"));
    m_intro->setText(tr("The metrics experiments are measured by. Each has a code that partners' files use, "
                        "a unit, and whether higher or lower values are better. A metric that has measurements "
                        "can be edited but not deleted."));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_close->setText(tr("Close"));
}

void MetricsManager::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

qint64 MetricsManager::currentMetric() const
{
    return m_table->currentId();
}

bool MetricsManager::selectMetric(qint64 id)
{
    return id >= 0 && m_table->selectId(id);
}

void MetricsManager::updateButtons()
{
    const qint64 id = currentMetric();
    m_edit->setEnabled(id >= 0);
    m_delete->setEnabled(id >= 0);
    // said before the click too, so nobody has to try to find out
    m_delete->setToolTip(id >= 0 && MetricCatalog::hasMeasurements(m_store, id)
                             ? tr("This metric has measurements: it cannot be deleted, only edited.")
                             : QString());
}

void MetricsManager::countMeasurements()
{
    if (m_counting.isRunning()) {
        m_recount = true;
        return;
    }
    m_model->clearMeasurementCounts();
    m_counting.setFuture(QtConcurrent::run(&MetricCatalog::measurementCounts, m_store.path()));
}

void MetricsManager::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a40000") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

RecordEditDialog *MetricsManager::openForm(qint64 id)
{
    FormSpec spec = FormSpecs::metric();
    for (FieldSpec &field : spec) {
        if (field.column != QLatin1String("code"))
            continue;
        // the pattern first, then whether another metric has the code: both under the field
        const auto pattern = field.check;
        field.check = [this, id, pattern](const QVariant &value, const QVariantMap &record) {
            const QString problem = pattern ? pattern(value, record) : QString();
            return problem.isEmpty() ? MetricCatalog::codeTaken(m_store, value.toString(), id) : problem;
        };
    }
    const QVariantMap defaults = {{QStringLiteral("direction"), QStringLiteral("higher_is_better")},
                                  {QStringLiteral("value_kind"), QStringLiteral("real")}};
    auto *dialog = new RecordEditDialog(m_store, m_undo, metricsTable, id, spec, id < 0 ? defaults : QVariantMap(), this);
    dialog->setObjectName(QStringLiteral("metricForm"));
    dialog->setWindowTitle(id < 0 ? tr("New Metric")
                                  : tr("Edit Metric %1").arg(m_store.record(metricsTable, id).value(QStringLiteral("code")).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(560, dialog->height());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_selected = dialog->recordId();
        selectMetric(m_selected);
        showMessage({}, false);
    });
    dialog->open();
    return dialog;
}

RecordEditDialog *MetricsManager::createMetric()
{
    return openForm(-1);
}

RecordEditDialog *MetricsManager::editCurrent()
{
    const qint64 id = currentMetric();
    return id >= 0 ? openForm(id) : nullptr;
}

bool MetricsManager::deleteCurrent()
{
    const qint64 id = currentMetric();
    if (id < 0)
        return false;
    const QVariantMap metric = m_store.record(metricsTable, id);
    const QString code = metric.value(QStringLiteral("code")).toString();
    if (const QString refusal = MetricCatalog::deletionRefusal(m_store, id); !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    if (const int targets = MetricCatalog::targetCount(m_store, id); targets > 0
        && !confirm(tr("Delete %1? Its %n target(s) in experiments will be deleted too (Undo brings them back).", nullptr, targets)
                        .arg(code)))
        return false;
    if (!MetricCatalog::remove(m_store, m_undo, id)) {
        showMessage(m_store.errorString(), true);
        return false;
    }
    showMessage(tr("%1 deleted. Undo brings it back.").arg(code), false);
    return true;
}

} // namespace citylab
