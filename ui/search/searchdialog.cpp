// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdialog.h"
#include "shell/screenfit.h"

#include "search/searchindex.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

SearchDialog::SearchDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_field(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));
    ScreenFit::resize(this, QSize(760, 480));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search for"));
    m_field->setPlaceholderText(tr("Search experiments, organizations, people, agreements, requests, contacts, zones…"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Record"), tr("Where the words are")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->header()->resizeSection(0, 320);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_status->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    // Queries wait for a pause in typing, so fast typists are not slowed down.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &SearchDialog::runQuery);
    connect(m_field, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] { choose(m_results->currentItem()); });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
    m_field->installEventFilter(this);
    runQuery();
}

void SearchDialog::setText(const QString &text)
{
    m_field->setText(text);
    runQuery();
}

int SearchDialog::resultCount() const
{
    int count = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        count += m_results->topLevelItem(i)->childCount();
    return count;
}

void SearchDialog::showEvent(QShowEvent *event)
{
    m_field->selectAll();
    m_field->setFocus();
    QDialog::showEvent(event);
}

void SearchDialog::runQuery()
{
    m_debounce.stop();
    m_results->clear();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Type a few letters of a code, a name or a word."));
        return;
    }
    if (SearchIndex::isTooShort(text)) {
        m_status->setText(tr("Type at least %n letter(s) of a word.", nullptr, SearchIndex::minimumWordLength));
        return;
    }
    bool broad = false;
    const QList<SearchHit> hits = SearchIndex::query(m_store, text, 20, &broad);
    QTreeWidgetItem *group = nullptr;
    QString groupTable;
    QFont bold = m_results->font();
    bold.setBold(true);
    for (const SearchHit &hit : hits) {
        if (hit.table != groupTable) {
            group = new QTreeWidgetItem(m_results);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            groupTable = hit.table;
        }
        auto *item = new QTreeWidgetItem(group, {hit.title, hit.snippet});
        item->setData(0, TableRole, hit.table);
        item->setData(0, IdRole, hit.id);
        item->setToolTip(0, hit.title);
        item->setToolTip(1, hit.snippet);
    }
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_results->topLevelItem(i);
        g->setText(0, SearchIndex::kindLabel(g->child(0)->data(0, TableRole).toString(), g->childCount()));
    }
    m_results->expandAll();
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
    if (hits.isEmpty())
        m_status->setText(tr("Nothing found for “%1”.").arg(text));
    else if (broad)
        m_status->setText(tr("Many records match: each kind shows title matches and its newest records first. Type more to narrow."));
    else
        m_status->setText(tr("Enter opens the selected record; arrows move between results."));
}

void SearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, TableRole).isValid())
        return;
    emit recordChosen(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the field move through the results, skipping the group headings.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            QTreeWidgetItem *item = m_results->currentItem();
            do {
                item = item ? (key == Qt::Key_Down ? m_results->itemBelow(item) : m_results->itemAbove(item)) : nullptr;
            } while (item && !item->data(0, TableRole).isValid());
            if (item)
                m_results->setCurrentItem(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace citylab
