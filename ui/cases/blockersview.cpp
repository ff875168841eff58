// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockersview.h"

#include "domain/casetables.h"
#include "domain/experimentblockers.h"
#include "domain/vocabulary.h"
#include "i18n/dateformat.h"
#include "io/tablecsvexport.h"
#include "shell/deferredrefresh.h"
#include "store/store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

BlockersView::BlockersView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_authoritiesTitle(new QLabel(this))
    , m_authorities(new QTreeWidget(this))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("blockersView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setWordWrap(true);
    QFont bold = m_authoritiesTitle->font();
    bold.setBold(true);
    m_authoritiesTitle->setFont(bold);
    for (QTreeWidget *tree : {m_list, m_authorities}) {
        tree->setRootIsDecorated(false);
        tree->setAlternatingRowColors(true);
    }
    // what blocks an experiment is the point of the list: it takes the width left (the
    // authority is named in it), and the chosen entry's whole text shows under the list
    m_list->setObjectName(QStringLiteral("blockerList"));
    m_list->setColumnCount(6);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("blockerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authorities->setObjectName(QStringLiteral("authorityWaits"));
    m_authorities->setColumnCount(4);
    m_authorities->setUniformRowHeights(true);
    m_authorities->setSelectionMode(QAbstractItemView::NoSelection);
    m_authorities->header()->setStretchLastSection(false);
    m_authorities->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_list, 1);
    upperLayout->addWidget(m_detail);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_authoritiesTitle);
    lowerLayout->addWidget(m_authorities, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, TableRole).isValid())
            emit recordChosen(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_detail->setText(item ? item->text(0) + QStringLiteral(": ") + item->text(5) : QString());
    });
    connect(&store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (CaseTables::touchedBy(tables))
            m_refresh->request();
    });
    retranslate();
}

void BlockersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BlockersView::retranslate()
{
    m_title->setText(tr("What holds up each experiment"));
    m_list->setAccessibleName(m_title->text());
    m_list->setHeaderLabels({tr("Experiment"), tr("Stage"), tr("Kind"), tr("Since"), tr("Days waiting"), tr("What blocks it")});
    m_authoritiesTitle->setText(tr("Pending authorizations per authority"));
    m_authorities->setAccessibleName(m_authoritiesTitle->text());
    m_authorities->setHeaderLabels({tr("Authority"), tr("Pending"), tr("Average wait"), tr("Worst wait")});
    m_refresh->request();
}

void BlockersView::refresh()
{
    QString error;
    const QDate today = QDate::currentDate();
    const std::optional<QList<Blocker>> blockers = ExperimentBlockers::all(m_store, today, &error);
    // the entry chosen stays chosen when another window's change refreshes the list
    const QTreeWidgetItem *chosen = m_list->currentItem();
    const QString keep = chosen ? chosen->text(5) + chosen->text(0) : QString();
    m_list->clear();
    m_authorities->clear();
    if (!blockers) {
        m_summary->setText(error);
        return;
    }
    m_detail->clear();
    QSet<qint64> experiments;
    const QLocale locale;
    const QColor late(0xa4, 0x00, 0x00);
    for (const Blocker &b : *blockers) {
        experiments.insert(b.experimentId);
        QString days = locale.toString(b.daysWaiting);
        const bool overStatutory = b.statutoryDays > 0 && b.daysWaiting > b.statutoryDays;
        if (b.statutoryDays > 0)
            days = tr("%1 of %2").arg(days, locale.toString(b.statutoryDays));
        auto *item = new QTreeWidgetItem(m_list, {b.experimentCode, Vocabulary::label(Vocabulary::Stage, b.stage),
                                                  Blocker::kindLabel(b.kind), DateFormat::shortDate(b.since), days, b.text});
        item->setData(0, TableRole, b.table);
        item->setData(0, IdRole, b.recordId);
        item->setToolTip(5, b.text);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (overStatutory) {
            // past the days the law gives the authority: said in words too, not by colour alone
            item->setForeground(4, late);
            item->setToolTip(4, tr("Past the %n statutory day(s).", nullptr, b.statutoryDays));
        }
    }
    for (const ExperimentBlockers::AuthorityWait &w : ExperimentBlockers::byAuthority(*blockers)) {
        auto *item = new QTreeWidgetItem(m_authorities, {w.authority, locale.toString(w.pending),
                                                         tr("%n day(s)", nullptr, qRound(w.averageDays)),
                                                         tr("%n day(s)", nullptr, w.worstDays)});
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_authoritiesTitle->setVisible(m_authorities->topLevelItemCount() > 0);
    m_authorities->setVisible(m_authorities->topLevelItemCount() > 0);
    m_summary->setText(blockers->isEmpty() ? tr("Nothing holds up the experiments not yet live.")
                                           : tr("%n experiment(s) held up, by %1.", nullptr, int(experiments.size()))
                                                 .arg(tr("%n blocker(s)", nullptr, int(blockers->size()))));
    for (int column = 0; column < 5; ++column)
        m_list->resizeColumnToContents(column);
    QTreeWidgetItem *current = m_list->topLevelItem(0);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(5) + m_list->topLevelItem(i)->text(0) == keep)
            current = m_list->topLevelItem(i);
    if (current)
        m_list->setCurrentItem(current);
    for (int column = 1; column < 4; ++column)
        m_authorities->resizeColumnToContents(column);
}

bool BlockersView::exportCsv(const QString &path, QString *error) const
{
    m_refresh->flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QList<int> columns;
    for (int column = 0; column < m_list->columnCount(); ++column)
        columns << column;
    if (!TableCsvExport::write(*m_list->model(), columns, &file) || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString BlockersView::exportName() const
{
    return tr("blockers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
}

int BlockersView::visibleCount() const
{
    m_refresh->flush();
    return m_list->topLevelItemCount();
}

} // namespace citylab
