// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncconflictsdialog.h"

#include "domain/fieldlabels.h"
#include "store/store.h"
#include "sync/syncrecordcodec.h"
#include "screenfit.h"
#include "helpbrowser.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {

bool isFieldConflict(const SyncConflict &conflict)
{
    return !conflict.field.isEmpty() && (conflict.kind == QLatin1String("edited") || conflict.kind == QLatin1String("duplicate"));
}

} // namespace

SyncConflictsDialog::SyncConflictsDialog(Store &store, const QList<SyncConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(this))
    , m_detail(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep mine"), this))
    , m_keepServer(new QPushButton(tr("Keep the server's"), this))
    , m_other(new QPushButton(tr("Another value…"), this))
{
    setObjectName(QStringLiteral("syncConflictsDialog"));
    setWindowTitle(tr("Sync Conflicts"));
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_other->setObjectName(QStringLiteral("otherValue"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Yours"), tr("On the server"), tr("By")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_detail->setWordWrap(true);

    auto *intro = new QLabel(tr("These changes of yours were not applied by the team server as you made them. Choose, "
                                "for each, which value the team keeps."), this);
    intro->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_keepMine);
    row->addWidget(m_keepServer);
    row->addWidget(m_other);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("offline.html#conflicts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncConflictsDialog::updateButtons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { answer(m_table->currentRow(), true, false); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { answer(m_table->currentRow(), false, false); });
    connect(m_other, &QPushButton::clicked, this, [this] { answer(m_table->currentRow(), false, true); });
    fill();
    ScreenFit::resize(this, QSize(820, 420));
}

QString SyncConflictsDialog::recordName(const SyncConflict &conflict) const
{
    const qint64 id = SyncRecordCodec::localId(m_store, conflict.table, conflict.row);
    const QVariantMap record = id > 0 ? m_store.record(conflict.table, id) : QVariantMap();
    for (const QString &key : {QStringLiteral("code"), QStringLiteral("reference"), QStringLiteral("name"),
                               QStringLiteral("title"), QStringLiteral("summary")}) {
        const QString value = record.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return tr("%1 (no longer here)").arg(FieldLabels::label(conflict.table));
}

// What the user's change was, in the table's few words.
QString SyncConflictsDialog::yours(const SyncConflict &c) const
{
    if (c.kind == QLatin1String("delete_edited"))
        return tr("deleted");
    if (c.field.isEmpty() || c.kind == QLatin1String("parent_deleted"))
        return tr("added");
    return SyncConflict::text(c.theirs);
}

// What the server has instead.
QString SyncConflictsDialog::onServer(const SyncConflict &c) const
{
    if (c.kind == QLatin1String("deleted"))
        return tr("deleted");
    if (c.kind == QLatin1String("delete_edited"))
        return tr("changed meanwhile");
    if (c.kind == QLatin1String("parent_deleted"))
        return tr("what it belongs to was deleted");
    if (c.kind == QLatin1String("duplicate") && c.field.isEmpty())
        return tr("already there");
    return SyncConflict::text(c.server);
}

QString SyncConflictsDialog::whatHappened(const SyncConflict &c) const
{
    if (c.kind == QLatin1String("edited"))
        return tr("%1 changed it first.").arg(c.serverWho);
    if (c.kind == QLatin1String("deleted"))
        return tr("%1 deleted the record; your change was not applied.").arg(c.serverWho);
    if (c.kind == QLatin1String("delete_edited"))
        return tr("%1 changed the record after you last synced, so your deletion was not applied.").arg(c.serverWho);
    if (c.kind == QLatin1String("parent_deleted"))
        return tr("The record it belongs to was deleted on the server; it was not added.");
    if (c.kind == QLatin1String("renamed"))
        return tr("The value was already taken on the server; yours was given a suffix.");
    if (c.kind == QLatin1String("duplicate"))
        return tr("The same value, or the same record, was already on the server.");
    if (c.kind == QLatin1String("move_refused"))
        return tr("%1 moved it first; your move was not recorded.").arg(c.serverWho);
    return c.kind;
}

void SyncConflictsDialog::fill()
{
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &c = m_conflicts.at(row);
        const QStringList cells = {recordName(c), c.field.isEmpty() ? QString() : FieldLabels::label(c.field), yours(c),
                                   onServer(c), c.serverWho};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->item(row, column)->setToolTip(m_table->item(row, column)->text());
    if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void SyncConflictsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_conflicts.size();
    const bool field = chosen && isFieldConflict(m_conflicts.at(row));
    m_keepMine->setEnabled(field);
    m_other->setEnabled(field);
    m_keepServer->setEnabled(chosen);
    m_keepServer->setText(field ? tr("Keep the server's") : tr("Understood"));
    m_detail->setText(chosen ? whatHappened(m_conflicts.at(row)) : QString());
}

void SyncConflictsDialog::answer(int row, bool keepMine, bool other)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict conflict = m_conflicts.at(row);
    std::optional<QJsonValue> value;
    if (keepMine) {
        value = conflict.theirs;
    } else if (other) {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Another value"), FieldLabels::label(conflict.field) + u':',
                                                    QLineEdit::Normal, SyncConflict::text(conflict.server), &ok);
        if (!ok)
            return;
        value = QJsonValue(typed);
    }
    emit answered(conflict, value);
    m_conflicts.removeAt(row);
    fill();
}

} // namespace citylab
