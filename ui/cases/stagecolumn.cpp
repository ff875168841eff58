// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumn.h"

#include "experimentcarddelegate.h"
#include "domain/experimentpipeline.h"
#include "domain/vocabulary.h"
#include "items/sqltablemodel.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace citylab {

StageColumn::StageColumn(const QString &stage, QWidget *parent)
    : QListView(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stage_") + stage);
    setItemDelegate(new ExperimentCardDelegate(this));
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSpacing(1);
    connect(this, &QListView::activated, this,
            [this](const QModelIndex &index) { emit experimentActivated(index.data(SqlTableModel::IdRole).toLongLong()); });
}

void StageColumn::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    m_pressed = indexAt(m_pressPosition);
    QListView::mousePressEvent(event);
}

void StageColumn::setMovable(bool movable)
{
    m_movable = movable;
    setAcceptDrops(movable);
}

void StageColumn::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_movable || !(event->buttons() & Qt::LeftButton) || !m_pressed.isValid()
        || (event->position().toPoint() - m_pressPosition).manhattanLength() < QApplication::startDragDistance()) {
        QListView::mouseMoveEvent(event);
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), QByteArray::number(m_pressed.data(SqlTableModel::IdRole).toLongLong()));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    // the card itself follows the pointer
    const QRect rect = visualRect(m_pressed);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(m_pressPosition - rect.topLeft());
    m_pressed = QPersistentModelIndex();
    drag->exec(Qt::MoveAction);
}

void StageColumn::setHighlighted(bool on)
{
    setStyleSheet(on ? QStringLiteral("QListView { border: 2px solid palette(highlight); }") : QString());
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)) && event->source() != this) {
        setHighlighted(true);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QListView::dragLeaveEvent(event);
}

void StageColumn::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QByteArray data = event->mimeData()->data(QString::fromLatin1(mimeType));
    if (data.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // The move itself (and a refusal's explanation) may open a dialog: after the drop ends.
    const qint64 id = data.toLongLong();
    QMetaObject::invokeMethod(this, [this, id] { emit experimentDropped(id, m_stage); }, Qt::QueuedConnection);
}

void StageColumn::fillCardMenu(QMenu *menu, const QModelIndex &card)
{
    const qint64 id = card.data(SqlTableModel::IdRole).toLongLong();
    menu->addAction(tr("Open"), this, [this, id] { emit experimentActivated(id); });
    if (!m_movable)
        return;
    menu->addSeparator();
    // the next stages of the flow; whether the experiment's records allow the move is
    // checked as for a drop, with the reasons shown if not
    for (const QString &stage : ExperimentPipeline::nextStages(m_stage))
        menu->addAction(tr("Move to %1").arg(Vocabulary::label(Vocabulary::Stage, stage)), this,
                        [this, id, stage] { emit experimentDropped(id, stage); });
}

void StageColumn::keyPressEvent(QKeyEvent *event)
{
    const bool menuKey = event->key() == Qt::Key_Menu
                         || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (!menuKey) {
        QListView::keyPressEvent(event);
        return;
    }
    const QPoint at = visualRect(currentIndex()).center();
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
    contextMenuEvent(&menu);
}

void StageColumn::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex card = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!card.isValid())
        return;
    QMenu menu(this);
    fillCardMenu(&menu, card);
    menu.exec(event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                         : viewport()->mapToGlobal(visualRect(card).center()));
}

} // namespace citylab
