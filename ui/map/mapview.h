// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/cityevents.h"
#include "mapzone.h"
#include "store/changeset.h"
#include "tilesettings.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QQuickWidget;
class QStackedWidget;
class QUndoStack;
class QToolButton;

namespace citylab {

class CityEventsDialog;

class TileAvailability;

class ConflictsPanel;
class MapDayBar;
class MapFilterPanel;
class ExperimentDetailPanel;
class Store;
class ZoneEditing;
class ZoneLayer;
class ZoneListPanel;

// The map of the experiments' zones: the Qt Location map with every zone coloured by
// domain or stage, filters and an "active on" day beside it, and the page of the
// experiment whose zone was clicked.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(Store &store, QWidget *parent = nullptr);

    // Highlights the experiment's zones and frames them (now, or once the map is shown).
    void showExperiment(qint64 experimentId);
    // The same, framing its zones and tracks even when it is already the one shown.
    void frameExperiment(qint64 experimentId);
    // One of its recorded tracks, framed alone.
    void frameTrack(qint64 experimentId, qint64 trackId);
    qint64 currentExperiment() const { return m_experiment; }
    ZoneLayer *layer() const { return m_layer; }
    QQuickWidget *quickWidget() const { return m_quick; }
    int visibleZoneCount() const { return int(m_visibleIds.size()); }
    // Zones read from the store by the last update: every zone when the map was filled
    // again, only the changed ones after an edit (tests check that an edit stays small).
    int zonesReadByLastUpdate() const { return m_zonesReadByLastUpdate; }
    QString legendText() const;
    // Frames the given zones (all visible ones when empty).
    // Frames the zones (and a box in Mercator metres, when given).
    void frameZones(const QList<qint64> &zoneIds, const QRectF &alsoMercator = {});
    // Centres the map at Web Mercator metres with the given zoom level (benchmarks, tests).
    void setCenter(QPointF mercator, double zoom);
    // Shows only the zones active on `day` (undated zones always); a null date shows all.
    void setActiveDay(QDate day);
    // Zone edits go on this undo history (the main window's), so Ctrl+Z covers them.
    void setUndoStack(QUndoStack *undo);
    ZoneEditing *zoneEditing() const { return m_editing; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    ZoneListPanel *zoneList() const { return m_zoneList; }

signals:
    // A zone was clicked: its experiment becomes the current one of the case manager.
    void experimentChosen(qint64 experimentId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadMap();
    void highlightExperiment(qint64 experimentId);
    void loadTracks();
    void readEvents();
    // The city events of the day shown (every event when no day is), drawn hatched in grey.
    void showEvents();
    void openEvents();
    void checkTiles();   // whether the tile source gives tiles where the map looks
    // Shows why the map cannot be drawn in its place; an empty reason: no graphics driver.
    void showMapError(const QString &reason);
    void reload();
    void applyChanges(const ChangeSet &changes);
    void applyFilters();
    bool passesFilters(const MapZone &zone) const;
    void updateCount();
    void fillFilters();
    void updateLegend();
    void retranslate();
    void chooseTiles();
    void search();
    QColor colourOf(const MapZone &zone) const;

    Store &m_store;
    QQuickWidget *m_quick;
    QStackedWidget *m_mapStack;
    QLabel *m_mapError;
    QLabel *m_tileProblem;   // the tile source gives no tiles here, and what to do
    TileAvailability *m_tileAvailability;
    QString m_mapErrorReason;   // what stopped the map (empty: no graphics driver)
    ZoneLayer *m_layer = nullptr;
    ZoneEditing *m_editing = nullptr;
    QObject *m_map = nullptr;
    ExperimentDetailPanel *m_details;
    ConflictsPanel *m_conflicts;
    ZoneListPanel *m_zoneList = nullptr;
    QLineEdit *m_search;
    MapDayBar *m_dayBar;
    MapFilterPanel *m_filters;
    QToolButton *m_tiles;
    QList<MapZone> m_zones;
    QMap<qint64, QString> m_unreadable;   // zones whose outline cannot be read: named, not dropped silently
    QString m_readError;                  // the store could not be read: the map shows what it had
    QSet<qint64> m_visibleIds;
    int m_zonesReadByLastUpdate = 0;
    ChangeSet m_changesWhileHidden;   // applied when the map is shown again
    qint64 m_experiment = -1;
    QHash<qint64, QRectF> m_trackBounds;   // the highlighted experiment's tracks, Mercator metres
    QList<CityEvent> m_events;
    int m_eventsShown = 0;
    QString m_eventsProblem;   // events that cannot be drawn, or could not be read
    QPointer<CityEventsDialog> m_eventsDialog;
    bool m_frameOnShow = false;
};

} // namespace citylab
