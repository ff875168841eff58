// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QAction;
class QComboBox;
class QDateEdit;
class QToolButton;
class QUndoStack;

namespace citylab {

class DeferredRefresh;
class ExperimentFilterModel;
class Store;

// The case manager's experiment list: text, domain and stage filters, the sortable table
// and the selected experiment's page.
class ExperimentsView : public RecordBrowser
{
    Q_OBJECT
public:
    ExperimentsView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void createExperiment();   // opens the form for a new experiment
    void editCurrent();        // opens the form for the selected one
    void logContact();         // a meeting, call, e-mail, PEC, letter or note about it
    void addAgreement();
    void attachFile();
    bool attach(const QString &path);   // false with the reason shown

protected:
    QString countText(int count) const override;
    void clearFilters() override;
    void openLinkedRecord(const QString &table, qint64 id) override;
    QString exportName() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPeopleFilters();

    Store &m_store;
    QUndoStack &m_undo;
    ExperimentFilterModel *m_filter;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_contact;
    QToolButton *m_agreement;
    QToolButton *m_attach;
    QToolButton *m_zoneFiles;
    QAction *m_importZones;
    QAction *m_exportZones;
    QComboBox *m_domain;
    QComboBox *m_stage;
    QComboBox *m_officer;
    QComboBox *m_organization;
    QDateEdit *m_runningOn;
    DeferredRefresh *m_peopleRefresh;   // the officer and organization lists, once on screen
};

} // namespace citylab
