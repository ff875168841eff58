// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "cases/experimentdetailpanel.h"
#include "conflictspanel.h"
#include "domain/vocabulary.h"
#include "geo/zonereader.h"
#include "geo/webmercator.h"
#include "i18n/dateformat.h"
#include "mapgeometry.h"
#include "shell/recordcolours.h"
#include "store/changeset.h"
#include "store/store.h"
#include "tilesettingsdialog.h"
#include "zoneediting.h"
#include "zonelayer.h"
#include "zoneoverlay.h"
#include "zonesketch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSlider>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace citylab {

namespace {

void registerQmlTypes()
{
    static const bool registered = [] {
        qmlRegisterType<ZoneLayer>("CityLab.Map", 1, 0, "ZoneLayer");
        qmlRegisterType<ZoneOverlay>("CityLab.Map", 1, 0, "ZoneOverlay");
        qmlRegisterType<ZoneSketch>("CityLab.Map", 1, 0, "ZoneSketch");
        return true;
    }();
    Q_UNUSED(registered);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MapView::MapView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_quick(new QQuickWidget(this))
    , m_details(new ExperimentDetailPanel(store, this))
    , m_conflicts(new ConflictsPanel(store, this))
    , m_search(new QLineEdit(this))
    , m_colourBy(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_experimentFilter(new QComboBox(this))
    , m_dated(new QCheckBox(this))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QToolButton(this))
    , m_tiles(new QToolButton(this))
    , m_timer(new QTimer(this))
    , m_legend(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filtersTitle(sectionTitle(this))
    , m_legendTitle(sectionTitle(this))
{
    registerQmlTypes();
    // Named for tests and for whoever scripts the window.
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_colourBy->setObjectName(QStringLiteral("mapColourBy"));
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_domain->setObjectName(QStringLiteral("mapDomain"));
    m_stage->setObjectName(QStringLiteral("mapStage"));
    m_organization->setObjectName(QStringLiteral("mapOrganization"));
    m_experimentFilter->setObjectName(QStringLiteral("mapExperiment"));
    m_day->setObjectName(QStringLiteral("mapDay"));
    m_play->setObjectName(QStringLiteral("mapPlay"));
    m_count->setObjectName(QStringLiteral("mapCount"));
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->setMinimumSize(320, 240);
    m_quick->setFocusPolicy(Qt::StrongFocus);

    // Above the map: the day the zones are shown for, and where tiles come from.
    auto *timeBar = new QHBoxLayout;
    timeBar->setContentsMargins(6, 4, 6, 4);
    m_day->setCalendarPopup(true);
    m_slider->setRange(0, 365);
    // Stretches with the window; small at 1024 pixels so that the map fits a small laptop.
    m_slider->setMinimumWidth(60);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_tiles->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setClearButtonEnabled(true);
    timeBar->addWidget(m_dated);
    timeBar->addWidget(m_day);
    timeBar->addWidget(m_slider, 1);
    timeBar->addWidget(m_play);
    timeBar->addSpacing(12);
    timeBar->addWidget(m_search);
    timeBar->addWidget(m_tiles);

    auto *mapColumn = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addLayout(timeBar);
    // Drawing and editing zones: a tool bar between the day and the map.
    m_editing = new ZoneEditing(store, mapColumn);
    m_editing->setExperimentSource([this] { return m_experiment; });
    connect(m_editing, &ZoneEditing::zoneSaved, this, [this](qint64, qint64 experimentId) {
        m_experiment = experimentId;
        if (m_layer)
            m_layer->setHighlightedExperiment(experimentId);
        m_details->showRecord(experimentId);
        emit experimentChosen(experimentId);
    });
    mapLayout->addWidget(m_editing);
    // Under the map, the conflicts of the day shown; a click frames both zones.
    auto *mapSplit = new QSplitter(Qt::Vertical, mapColumn);
    mapSplit->addWidget(m_quick);
    mapSplit->addWidget(m_conflicts);
    mapSplit->setStretchFactor(0, 1);
    mapSplit->setSizes({640, 170});
    mapLayout->addWidget(mapSplit, 1);
    connect(m_conflicts, &ConflictsPanel::conflictActivated, this, [this](qint64 a, qint64 b) { frameZones({a, b}); });
    connect(m_conflicts, &ConflictsPanel::conflictsChanged, this, [this](const QSet<qint64> &ids) {
        if (m_layer)
            m_layer->setConflictZones(ids);
    });

    // Beside it: filters, the legend and the page of the chosen experiment.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 6, 8, 6);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QComboBox *combo : {m_colourBy, m_domain, m_stage, m_organization, m_experimentFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_formLabels << label;
        form->addRow(label, combo);
    }
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_count->setWordWrap(true);
    panelLayout->addWidget(m_filtersTitle);
    panelLayout->addLayout(form);
    panelLayout->addSpacing(6);
    panelLayout->addWidget(m_legendTitle);
    panelLayout->addWidget(m_legend);
    panelLayout->addWidget(m_count);
    panelLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mapColumn);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({860, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_timer->setInterval(80);
    retranslate();
    loadMap();
    reload();

    connect(&m_store, &Store::changed, this, &MapView::applyChanges);
    for (QComboBox *combo : {m_domain, m_stage, m_organization, m_experimentFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MapView::applyFilters);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this] {
        updateLegend();
        applyFilters();
    });
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_day->setEnabled(on);
        m_slider->setEnabled(on);
        m_play->setEnabled(on);
        if (!on)
            m_play->setChecked(false);
        applyFilters();
    });
    m_day->setEnabled(false);
    m_slider->setEnabled(false);
    m_play->setEnabled(false);
    connect(m_day, &QDateEdit::dateChanged, this, &MapView::setDay);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        setDay(QDate(m_day->date().year(), 1, 1).addDays(value));
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        if (on)
            m_timer->start();
        else
            m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Two days a tick: a year plays in about fifteen seconds and wraps around.
        const QDate day = m_day->date();
        const QDate next = day.addDays(2);
        setDay(next.year() == day.year() ? next : QDate(day.year(), 1, 1));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &MapView::search);
    connect(m_tiles, &QToolButton::clicked, this, &MapView::chooseTiles);
    connect(m_details, &DetailPanel::recordLinkActivated, this, [this](const QString &table, qint64 id) {
        if (table == u"experiments")
            emit experimentChosen(id);
    });
    setDay(m_day->date());
}

void MapView::loadMap()
{
    const TileSettings tiles = TileSettings::load();
    QDir().mkpath(TileSettings::cacheDirectory());
    m_quick->engine()->rootContext()->setContextProperty(
        QStringLiteral("citylabTiles"),
        QVariantMap{{QStringLiteral("useTiles"), tiles.source != TileSettings::NoTiles && !tiles.tileHost().isEmpty()},
                    {QStringLiteral("tileHost"), tiles.tileHost()},
                    {QStringLiteral("offlineDirectory"), tiles.offlineDirectory()},
                    {QStringLiteral("cacheDirectory"), TileSettings::cacheDirectory()},
                    {QStringLiteral("copyright"), tiles.source == TileSettings::OpenStreetMap
                                                      ? tr("OpenStreetMap contributors")
                                                      : QString()}});
    QPointF center;
    double zoom = -1;
    if (m_map) {
        center = WebMercator::project(QPointF(m_map->property("center").value<QGeoCoordinate>().longitude(),
                                              m_map->property("center").value<QGeoCoordinate>().latitude()));
        zoom = m_map->property("zoomLevel").toDouble();
    }
    m_quick->setSource(QUrl());
    m_quick->engine()->clearComponentCache();
    m_quick->setSource(QUrl(QStringLiteral("qrc:/citylab/map/map.qml")));
    QQuickItem *root = m_quick->rootObject();
    m_layer = root ? root->findChild<ZoneLayer *>(QStringLiteral("zoneLayer")) : nullptr;
    m_map = m_layer ? m_layer->map() : nullptr;
    // The conflicts are searched once the map is on screen: on a two-core laptop the search
    // would otherwise delay the first picture of the zones by about half a second.
    if (m_layer)
        connect(m_quick->quickWindow(), &QQuickWindow::afterRendering, m_conflicts, &ConflictsPanel::start,
                Qt::SingleShotConnection);
    else
        m_conflicts->start();
    if (!m_layer) {
        qWarning("MapView: the map could not be loaded: %s",
                 qPrintable(m_quick->errors().isEmpty() ? QString() : m_quick->errors().constFirst().toString()));
        return;
    }
    connect(m_layer, &ZoneLayer::zoneClicked, this, [this](qint64, qint64 experimentId) {
        if (experimentId < 0)
            return;
        m_experiment = experimentId;
        m_layer->setHighlightedExperiment(experimentId);
        m_details->showRecord(experimentId);
        emit experimentChosen(experimentId);
    });
    m_editing->attach(m_layer, root->findChild<ZoneSketch *>(QStringLiteral("zoneSketch")), m_quick);
    m_layer->setConflictZones(m_conflicts->zoneIds());
    if (zoom > 0)
        setCenter(center, zoom);
    if (!m_zones.isEmpty())
        applyFilters();
}

void MapView::reload()
{
    const ZoneReader::Result read = ZoneReader::all(m_store);
    m_readError = read.ok ? QString() : read.error;
    if (read.ok) {
        m_zones = MapZone::fromZones(read.zones);
        m_unreadable.clear();
        for (qsizetype i = 0; i < read.unreadableIds.size(); ++i)
            m_unreadable.insert(read.unreadableIds.at(i), read.unreadable.at(i));
        // Outlines with no ring of at least three corners cannot be drawn either.
        m_zones.removeIf([this](const MapZone &zone) {
            if (zone.rings.isEmpty())
                m_unreadable.insert(zone.id, zone.name);
            return zone.rings.isEmpty();
        });
        m_zonesReadByLastUpdate = int(read.zones.size() + read.unreadable.size());
    }
    fillFilters();
    applyFilters();
    if (m_experiment >= 0)
        m_details->showRecord(m_experiment);
}

// What changed is read again, not the city: the zones named by the change (and those of
// changed experiments and organizations) are re-read and re-drawn in their batches of the
// layer; everything else stays as it is.
void MapView::applyChanges(const ChangeSet &changes)
{
    const QString zonesTable = QStringLiteral("zones"), experimentsTable = QStringLiteral("experiments"),
                  organizationsTable = QStringLiteral("organizations");
    if (!changes.touchesAny({zonesTable, experimentsTable, organizationsTable}))
        return;
    const auto namesNoRows = [&changes](const QString &table) {
        const ChangeSet::TableChanges t = changes.tables.value(table);
        return changes.touches(table) && t.inserted.isEmpty() && t.updated.isEmpty() && t.deleted.isEmpty();
    };
    // A restore, or a bulk write that names no rows: the whole map is read again.
    if (changes.everything || namesNoRows(zonesTable) || namesNoRows(experimentsTable)
        || namesNoRows(organizationsTable)) {
        reload();
        return;
    }
    QSet<qint64> zoneIds = changes.changedIds(zonesTable) + changes.tables.value(zonesTable).deleted;
    QSet<qint64> experimentIds = changes.changedIds(experimentsTable) + changes.tables.value(experimentsTable).deleted;
    const QSet<qint64> organizationIds = changes.changedIds(organizationsTable);
    for (const MapZone &zone : std::as_const(m_zones))
        if (organizationIds.contains(zone.organizationId))
            experimentIds << zone.experimentId;
    for (const MapZone &zone : std::as_const(m_zones))
        if (experimentIds.contains(zone.experimentId))
            zoneIds << zone.id;
    for (auto it = m_unreadable.cbegin(); it != m_unreadable.cend(); ++it)
        zoneIds << it.key();   // perhaps readable now
    const ZoneReader::Result read = ZoneReader::withIds(m_store, zoneIds);
    if (!read.ok) {
        m_readError = read.error;
        updateCount();
        return;
    }
    m_readError.clear();
    m_zonesReadByLastUpdate = int(read.zones.size() + read.unreadable.size());
    for (const qint64 id : std::as_const(zoneIds))
        m_unreadable.remove(id);
    for (qsizetype i = 0; i < read.unreadableIds.size(); ++i)
        m_unreadable.insert(read.unreadableIds.at(i), read.unreadable.at(i));
    QHash<qint64, MapZone> fresh;
    for (const MapZone &zone : MapZone::fromZones(read.zones)) {
        if (zone.rings.isEmpty())
            m_unreadable.insert(zone.id, zone.name);   // no ring of three corners to draw
        else
            fresh.insert(zone.id, zone);
    }

    // Replaced in place, removed, or added at the end; the filters' lists change only when a
    // zone comes or goes or an experiment, an organization or a zone's name changes.
    bool listsChanged = !experimentIds.isEmpty() || !organizationIds.isEmpty();
    QList<MapZone> shown;
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        const qint64 id = m_zones.at(i).id;
        if (!zoneIds.contains(id))
            continue;
        const MapZone now = fresh.take(id);
        if (now.id < 0) {
            m_zones.removeAt(i--);
            listsChanged = true;
            continue;
        }
        listsChanged = listsChanged || now.name != m_zones.at(i).name;
        m_zones[i] = now;
        if (passesFilters(now))
            shown << now;
    }
    for (const MapZone &zone : std::as_const(fresh)) {
        m_zones << zone;
        listsChanged = true;
        if (passesFilters(zone))
            shown << zone;
    }
    if (listsChanged)
        fillFilters();
    QSet<qint64> hidden = zoneIds;
    for (const MapZone &zone : std::as_const(shown))
        hidden.remove(zone.id);
    m_visibleIds -= hidden;
    for (const MapZone &zone : std::as_const(shown))
        m_visibleIds << zone.id;
    if (m_layer)
        m_layer->updateZones(shown, hidden, [this](const MapZone &zone) { return colourOf(zone); });
    updateCount();
}

void MapView::fillFilters()
{
    const auto refill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(qMax(0, index));
    };
    QList<std::pair<QString, QVariant>> domains, stages, organizations, experiments;
    for (const QString &key : Vocabulary::keys(Vocabulary::Domain))
        domains.append({Vocabulary::label(Vocabulary::Domain, key), key});
    for (const QString &key : Vocabulary::keys(Vocabulary::Stage))
        stages.append({Vocabulary::label(Vocabulary::Stage, key), key});
    QSet<qint64> seen, seenOrganizations;
    QStringList completions;
    for (const MapZone &zone : std::as_const(m_zones)) {
        completions << zone.name;
        if (zone.organizationId >= 0 && !seenOrganizations.contains(zone.organizationId)) {
            seenOrganizations.insert(zone.organizationId);
            organizations.append({zone.organization, zone.organizationId});
        }
        if (!seen.contains(zone.experimentId)) {
            seen.insert(zone.experimentId);
            experiments.append({zone.code % QStringLiteral(" – ") % zone.title, zone.experimentId});
            completions << zone.code << zone.title;
        }
    }
    const auto byText = [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; };
    std::sort(organizations.begin(), organizations.end(), byText);
    std::sort(experiments.begin(), experiments.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    refill(m_domain, tr("All domains"), domains);
    refill(m_stage, tr("All stages"), stages);
    refill(m_organization, tr("All organizations"), organizations);
    refill(m_experimentFilter, tr("All experiments"), experiments);
    completions.removeDuplicates();
    auto *completer = new QCompleter(completions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_search->completer();
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &MapView::search);
}

QColor MapView::colourOf(const MapZone &zone) const
{
    return m_colourBy->currentIndex() == 1 ? RecordColours::stage(zone.stage) : RecordColours::domain(zone.domain);
}

bool MapView::passesFilters(const MapZone &zone) const
{
    const QString domain = m_domain->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QVariant organization = m_organization->currentData();
    const QVariant experiment = m_experimentFilter->currentData();
    return (domain.isEmpty() || zone.domain == domain) && (stage.isEmpty() || zone.stage == stage)
        && (!organization.isValid() || zone.organizationId == organization.toLongLong())
        && (!experiment.isValid() || zone.experimentId == experiment.toLongLong())
        && (!m_dated->isChecked() || zone.activeOn(m_day->date()));
}

void MapView::applyFilters()
{
    QList<MapZone> visible;
    m_visibleIds.clear();
    for (const MapZone &zone : std::as_const(m_zones)) {
        if (!passesFilters(zone))
            continue;
        visible << zone;
        m_visibleIds << zone.id;
    }
    if (m_layer)
        m_layer->setZones(visible, [this](const MapZone &zone) { return colourOf(zone); });
    m_conflicts->setDay(m_dated->isChecked() ? m_day->date() : QDate());
    updateCount();
}

void MapView::updateCount()
{
    const bool dated = m_dated->isChecked();
    int undated = 0;
    if (dated)
        for (const MapZone &zone : std::as_const(m_zones))
            undated += m_visibleIds.contains(zone.id) && !zone.isDated() ? 1 : 0;
    QString count = tr("%n zone(s) shown", nullptr, int(m_visibleIds.size()));
    if (dated && undated > 0)
        count += u'\n' + tr("%n of them without dates, shown every day", nullptr, undated);
    if (!m_unreadable.isEmpty()) {
        const QStringList names = m_unreadable.values();
        count += u'\n' + tr("%n zone(s) cannot be drawn, their outline is unreadable: %1", nullptr, int(names.size()))
                             .arg(QStringList(names.mid(0, 5)).join(QStringLiteral(", "))
                                  + (names.size() > 5 ? QStringLiteral(", …") : QString()));
    }
    if (!m_readError.isEmpty())
        count += u'\n' + tr("The map could not read the zones from the database: %1").arg(m_readError);
    m_count->setText(count);
}

void MapView::updateLegend()
{
    const bool byStage = m_colourBy->currentIndex() == 1;
    const Vocabulary::Field field = byStage ? Vocabulary::Stage : Vocabulary::Domain;
    QString html = QStringLiteral("<table cellspacing=2>");
    for (const QString &key : Vocabulary::keys(field)) {
        const QColor colour = byStage ? RecordColours::stage(key) : RecordColours::domain(key);
        html += QStringLiteral("<tr><td><span style=\"background-color:%1; color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                               "</td><td>&nbsp;%2</td></tr>")
                    .arg(colour.name(), Vocabulary::label(field, key).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_legend->setText(html);
}

void MapView::setDay(QDate day)
{
    if (!day.isValid())
        return;
    {
        const QSignalBlocker dayBlocker(m_day);
        const QSignalBlocker sliderBlocker(m_slider);
        m_day->setDate(day);
        m_slider->setMaximum(day.daysInYear() - 1);
        m_slider->setValue(day.dayOfYear() - 1);
    }
    if (m_dated->isChecked())
        applyFilters();
}

void MapView::setActiveDay(QDate day)
{
    if (day.isValid())
        setDay(day);
    m_dated->setChecked(day.isValid());
}

void MapView::setUndoStack(QUndoStack *undo)
{
    m_editing->setUndoStack(undo);
}

void MapView::setCenter(QPointF mercator, double zoom)
{
    if (!m_map)
        return;
    const QPointF lonLat = WebMercator::unproject(mercator);
    m_map->setProperty("zoomLevel", zoom);
    m_map->setProperty("center", QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x())));
}

void MapView::frameZones(const QList<qint64> &zoneIds)
{
    if (!m_map)
        return;
    QRectF bounds;
    for (const MapZone &zone : std::as_const(m_zones))
        if (zoneIds.isEmpty() ? m_visibleIds.contains(zone.id) : zoneIds.contains(zone.id))
            bounds |= zone.bounds;
    if (bounds.isNull())
        return;
    // What is framed now replaces a framing still waiting for the view to be shown.
    m_frameOnShow = false;
    const QPointF southWest = WebMercator::unproject(bounds.topLeft());   // min x, min y
    const QPointF northEast = WebMercator::unproject(bounds.bottomRight());
    const QGeoRectangle rectangle(QGeoCoordinate(northEast.y(), southWest.x()), QGeoCoordinate(southWest.y(), northEast.x()));
    QMetaObject::invokeMethod(m_map, "fitViewportToGeoShape", Q_ARG(QGeoShape, rectangle), Q_ARG(QVariant, QVariant(60)));
    // A single small zone should not fill the screen down to the last paving stone.
    if (m_map->property("zoomLevel").toDouble() > 16)
        m_map->setProperty("zoomLevel", 16.0);
}

void MapView::showExperiment(qint64 experimentId)
{
    // The case manager's list passes through "no current record" each time it reloads
    // (after a zone is drawn or undone here, say): the map stays where it is.
    if (experimentId < 0 || (experimentId == m_experiment && !m_frameOnShow))
        return;
    m_experiment = experimentId;
    m_details->showRecord(experimentId);
    if (m_layer)
        m_layer->setHighlightedExperiment(experimentId);
    if (isVisible()) {
        QList<qint64> ids;
        for (const MapZone &zone : std::as_const(m_zones))
            if (zone.experimentId == experimentId)
                ids << zone.id;
        frameZones(ids);
        m_frameOnShow = false;
    } else {
        m_frameOnShow = true;
    }
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_frameOnShow && m_experiment >= 0) {
        // Framing needs the map's final size: wait for the layout to settle.
        QTimer::singleShot(0, this, [this] { showExperiment(m_experiment); });
    }
}

void MapView::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // A zone by name first, then an experiment by code or title.
    for (const MapZone &zone : std::as_const(m_zones)) {
        if (zone.name.compare(text, Qt::CaseInsensitive) == 0) {
            m_experiment = zone.experimentId;
            m_layer->setHighlightedExperiment(zone.experimentId);
            m_details->showRecord(zone.experimentId);
            frameZones({zone.id});
            emit experimentChosen(zone.experimentId);
            return;
        }
    }
    for (const MapZone &zone : std::as_const(m_zones)) {
        if (zone.code.compare(text, Qt::CaseInsensitive) == 0 || zone.title.contains(text, Qt::CaseInsensitive)
            || zone.name.contains(text, Qt::CaseInsensitive)) {
            m_frameOnShow = true;
            showExperiment(zone.experimentId);
            emit experimentChosen(zone.experimentId);
            return;
        }
    }
    m_count->setText(tr("Nothing on the map matches \"%1\".").arg(text));
}

void MapView::chooseTiles()
{
    TileSettingsDialog dialog(TileSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.settings().save();
    loadMap();
}

void MapView::retranslate()
{
    m_dated->setText(tr("Active on"));
    m_day->setDisplayFormat(DateFormat::pattern());
    m_dated->setToolTip(tr("Show only the zones whose active period includes this day"));
    m_play->setToolTip(tr("Play the year day by day"));
    m_search->setPlaceholderText(tr("Find a zone or experiment…"));
    // Wide enough for the whole hint in every language (Italian's is a third longer than
    // English's and was cut off): the line edit's own padding, as its sizeHint counts it,
    // around the hint's text.
    const QFontMetrics metrics = m_search->fontMetrics();
    m_search->setMinimumWidth(qMax(200, m_search->sizeHint().width() - 17 * metrics.horizontalAdvance(u'x')
                                            + metrics.horizontalAdvance(m_search->placeholderText()) + 1));
    m_tiles->setText(tr("Tiles…"));
    m_tiles->setToolTip(tr("Where the map's background comes from"));
    m_filtersTitle->setText(tr("Show"));
    m_legendTitle->setText(tr("Legend"));
    const QStringList labels = {tr("Colour by"), tr("Domain"), tr("Stage"), tr("Organization"), tr("Experiment")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    {
        const QSignalBlocker blocker(m_colourBy);
        const int index = qMax(0, m_colourBy->currentIndex());
        m_colourBy->clear();
        m_colourBy->addItems({tr("Domain"), tr("Stage")});
        m_colourBy->setCurrentIndex(index);
    }
    updateLegend();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The filters' "All …" entries and the count of zones shown are made there.
        fillFilters();
        applyFilters();
    }
    QWidget::changeEvent(event);
}

} // namespace citylab
