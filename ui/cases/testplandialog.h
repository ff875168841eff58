// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/testplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace citylab {

class OptionalDateEdit;
class Store;

// Writes an experiment's test plan: its phases (name, dates, scale) in a table edited in
// place, its safeguards and the data the partner shares. Save checks the plan first (a phase
// ending before it starts is named under the table, its cell selected) and saves it as a new
// revision with what changed.
class TestPlanDialog : public QDialog
{
    Q_OBJECT
public:
    TestPlanDialog(Store &store, qint64 experimentId, QWidget *parent = nullptr);

    TestPlan plan() const;   // as the fields have it
    int savedRevision() const { return m_saved; }

    void addPhase();
    void save();

private:
    void setPlan(const TestPlan &plan);
    void removePhase();
    void showProblem(const QString &message, int row = -1, int column = -1);

    Store &m_store;
    qint64 m_experimentId;
    QDate m_plannedStart;
    QTableWidget *m_phases;
    QLineEdit *m_insurer;
    QLineEdit *m_policy;
    OptionalDateEdit *m_expires;
    QLineEdit *m_operator;
    QCheckBox *m_geofence;
    QCheckBox *m_emergencyStop;
    QPlainTextEdit *m_sharedData;
    QComboBox *m_licence;
    QPlainTextEdit *m_notes;
    QLineEdit *m_note;
    QLabel *m_problem;
    int m_saved = 0;
};

} // namespace citylab
