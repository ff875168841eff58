// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class QMenu;

namespace citylab {

// One column of the pipeline board: the experiments in one stage, as cards that can be
// dragged to another column, or moved from their context menu (right click, the menu key
// or Shift+F10 on the current card) without a mouse drag.
class StageColumn : public QListView
{
    Q_OBJECT
public:
    static constexpr const char *mimeType = "application/x-citylab-experiment-id";

    StageColumn(const QString &stage, QWidget *parent = nullptr);
    QString stage() const { return m_stage; }
    // The card's menu: open it, or move it to each stage its own may go to.
    void fillCardMenu(QMenu *menu, const QModelIndex &card);
    // Whether cards may be moved (dragged, dropped, "Move to"): not for a viewer of a team server.
    void setMovable(bool movable);

signals:
    void experimentDropped(qint64 id, const QString &stage);
    void experimentActivated(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // The menu key and Shift+F10 open the current card's menu (Move to…), as a right click does.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setHighlighted(bool on);

    bool m_movable = true;
    QString m_stage;
    QPoint m_pressPosition;
    QPersistentModelIndex m_pressed;
};

} // namespace citylab
