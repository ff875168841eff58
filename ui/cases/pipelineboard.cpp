// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineboard.h"

#include "stagecolumn.h"
#include "domain/experimentpipeline.h"
#include "domain/stagemove.h"
#include "domain/vocabulary.h"
#include "i18n/dateformat.h"
#include "items/experimentfiltermodel.h"
#include "items/experimenttablemodel.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace citylab {

PipelineBoard::PipelineBoard(Store &store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_model(new ExperimentTableModel(store, this))
    , m_search(new QLineEdit(this))
    , m_domain(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setClearButtonEnabled(true);
    m_date->setObjectName(QStringLiteral("moveDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_dateLabel->setBuddy(m_date);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_domain, 1);
    bar->addStretch();
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);

    auto *strip = new QWidget;
    auto *columns = new QHBoxLayout(strip);
    columns->setContentsMargins(0, 0, 0, 0);
    // Columns share the board's width: at 1920 pixels cards widen instead of cutting their
    // titles beside empty space, and below their minimum the board scrolls sideways.
    const int width = fontMetrics().averageCharWidth() * 28;
    QStringList stages = Vocabulary::pipelineStages();
    stages << QStringLiteral("rejected") << QStringLiteral("withdrawn");
    for (const QString &stage : std::as_const(stages)) {
        if (stage == QLatin1String("rejected")) {
            // closed experiments stand apart from the flow
            auto *line = new QFrame(strip);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Sunken);
            columns->addWidget(line);
        }
        Column column;
        column.stage = stage;
        column.filter = new ExperimentFilterModel(this);
        column.filter->setSourceModel(m_model);
        column.filter->setStage(stage);
        column.filter->sort(ExperimentTableModel::StageSince, Qt::AscendingOrder); // longest waiting first
        column.view = new StageColumn(stage, strip);
        column.view->setModel(column.filter);
        column.view->setMinimumWidth(width);
        column.header = new QLabel(strip);
        QFont bold = column.header->font();
        bold.setBold(true);
        column.header->setFont(bold);
        auto *box = new QVBoxLayout;
        box->addWidget(column.header);
        box->addWidget(column.view, 1);
        columns->addLayout(box, 1);
        connect(column.view, &StageColumn::experimentDropped, this, &PipelineBoard::moveExperiment);
        connect(column.view, &StageColumn::experimentActivated, this, &PipelineBoard::experimentActivated);
        connect(column.filter, &QAbstractItemModel::modelReset, this, &PipelineBoard::updateHeaders);
        connect(column.filter, &QAbstractItemModel::rowsInserted, this, &PipelineBoard::updateHeaders);
        connect(column.filter, &QAbstractItemModel::rowsRemoved, this, &PipelineBoard::updateHeaders);
        m_columns << column;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);   // the columns take the focus; the board scrolls to them

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (const Column &c : std::as_const(m_columns))
            c.filter->setText(text);
        updateHeaders();
    });
    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] {
        for (const Column &c : std::as_const(m_columns))
            c.filter->setDomain(m_domain->currentData().toString());
        updateHeaders();
    });
    // A viewer of a team server sees the board, but moves nothing.
    const auto followStore = [this](bool readOnly) {
        for (const Column &c : std::as_const(m_columns))
            c.view->setMovable(!readOnly);
        m_date->setEnabled(!readOnly);
    };
    connect(&m_store, &Store::readOnlyChanged, this, followStore);
    followStore(m_store.isReadOnly());
    retranslate();
    m_model->setWatched(isVisible());
}

void PipelineBoard::retranslate()
{
    m_search->setPlaceholderText(tr("Filter cards by code, title, organization or officer"));
    m_search->setAccessibleName(tr("Filter cards"));
    m_dateLabel->setText(tr("&Date of moves:"));
    const QString dateTip = tr("The date recorded for the moves you make on this board, by dragging a card or from its menu: "
                               "set it back to record a move that happened on an earlier day.");
    m_dateLabel->setToolTip(dateTip);
    m_date->setToolTip(dateTip);
    m_date->setDisplayFormat(DateFormat::pattern());
    const QString domain = m_domain->currentData().toString();
    const QSignalBlocker blocker(m_domain);
    m_domain->clear();
    m_domain->addItem(tr("All domains"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::Domain))
        m_domain->addItem(Vocabulary::label(Vocabulary::Domain, key), key);
    m_domain->setCurrentIndex(qMax(0, m_domain->findData(domain)));
    for (const Column &c : std::as_const(m_columns))
        c.view->setToolTip(tr("Drag a card to another column to move the experiment, or use its menu (right click or the menu key); "
                              "double-click to open it."));
    updateHeaders();
}

void PipelineBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelineBoard::showEvent(QShowEvent *event)
{
    m_model->setWatched(true);
    QWidget::showEvent(event);
}

void PipelineBoard::hideEvent(QHideEvent *event)
{
    m_model->setWatched(false);
    QWidget::hideEvent(event);
}

void PipelineBoard::updateHeaders()
{
    for (const Column &c : std::as_const(m_columns)) {
        c.header->setText(QStringLiteral("%1 (%2)").arg(Vocabulary::label(Vocabulary::Stage, c.stage)).arg(c.filter->rowCount()));
        c.view->setAccessibleName(c.header->text());   // what a screen reader calls the column
    }
}

StageColumn *PipelineBoard::column(const QString &stage) const
{
    for (const Column &c : m_columns)
        if (c.stage == stage)
            return c.view;
    return nullptr;
}

int PipelineBoard::count(const QString &stage) const
{
    m_model->reloadIfStale();
    for (const Column &c : m_columns)
        if (c.stage == stage)
            return c.filter->rowCount();
    return 0;
}

bool PipelineBoard::moveExperiment(qint64 id, const QString &stage)
{
    ExperimentPipeline pipeline(m_store);
    QString error;
    if (m_undo ? StageMove::move(m_store, *m_undo, id, stage, m_date->date(), &error)
               : pipeline.move(id, stage, m_date->date()))
        return true;
    if (!m_undo)
        error = pipeline.errorString();
    const QString code = m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString();
    delete m_refusal;
    m_refusal = new QMessageBox(QMessageBox::Warning, tr("Move refused"),
                                tr("%1 cannot move to %2:").arg(code, Vocabulary::label(Vocabulary::Stage, stage)),
                                QMessageBox::Ok, this);
    m_refusal->setObjectName(QStringLiteral("moveRefusal"));
    QString reasons;
    for (const QString &reason : error.split(u'\n'))
        reasons += QStringLiteral("• ") + reason + u'\n';
    m_refusal->setInformativeText(reasons.trimmed());
    m_refusal->open(); // window-modal, not blocking: the board stays as it was
    return false;
}

} // namespace citylab
