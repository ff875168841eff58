// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace citylab {

// One column of the pipeline board: the experiments in one stage, as cards that can be
// dragged to another column.
class StageColumn : public QListView
{
    Q_OBJECT
public:
    static constexpr const char *mimeType = "application/x-citylab-experiment-id";

    StageColumn(const QString &stage, QWidget *parent = nullptr);
    QString stage() const { return m_stage; }

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

private:
    void setHighlighted(bool on);

    QString m_stage;
    QPoint m_pressPosition;
    QPersistentModelIndex m_pressed;
};

} // namespace citylab
