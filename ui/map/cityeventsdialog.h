// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace citylab {

struct ChangeSet;
class Store;

// The city's events (marathons, markets, concerts) that take places on the map for some
// days: listed by first day, imported from a GeoJSON or KML file as one kind, edited and
// removed (each an undoable step). New ones are also drawn on the map: a shape drawn there
// can be saved as a city event instead of an experiment's zone.
class CityEventsDialog : public QDialog
{
    Q_OBJECT
public:
    CityEventsDialog(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    // Imports `path` as events of `kind`; false (with a message or the problems shown) when
    // nothing was imported.
    bool importFile(const QString &path, const QString &kind);
    void editSelected();
    void removeSelected();

signals:
    // The user asked to see an event on the map.
    void showRequested(qint64 eventId);
    // The user wants to draw a new event's outline on the map.
    void drawRequested();

private:
    void reload();
    void storeChanged(const ChangeSet &changes);
    void chooseAndImport();
    void updateButtons();   // what the selection allows, and the store
    qint64 selectedId() const;

    Store &m_store;
    QUndoStack &m_undo;
    QLabel *m_status;
    QTableWidget *m_list;
    QComboBox *m_importKind;
    QPushButton *m_edit, *m_remove, *m_show;
};

} // namespace citylab
