// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMessageBox;
class QUndoStack;

namespace citylab {

class ExperimentFilterModel;
class ExperimentTableModel;
class StageColumn;
class Store;

// The pipeline as a board: one column per stage, rejected and withdrawn aside. Dragging a
// card to another column moves the experiment on the chosen date, if the stage rules allow
// it; otherwise the officer is told why.
class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    // Moves go on `undo` when given (the window's stack: Ctrl+Z puts the card back).
    explicit PipelineBoard(Store &store, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

    StageColumn *column(const QString &stage) const;
    int count(const QString &stage) const;

    // Moves on the date of the board's date field; false (and an explanation) when refused.
    bool moveExperiment(qint64 id, const QString &stage);

signals:
    void experimentActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    // The cards read again only while the board is on screen (see SqlTableModel::setWatched).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Column
    {
        QString stage;
        QLabel *header = nullptr;
        StageColumn *view = nullptr;
        ExperimentFilterModel *filter = nullptr;
    };

    void retranslate();
    void updateHeaders();

    Store &m_store;
    QUndoStack *m_undo;
    ExperimentTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_domain;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QList<Column> m_columns;
    QMessageBox *m_refusal = nullptr;
};

} // namespace citylab
