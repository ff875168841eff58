// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
// The map of the zones: a Qt Location Map (tiles or a plain background) with one
// ZoneLayer on top drawing every zone. MapView (C++) loads it and reaches the layer and
// the sketch through the properties below.
import QtQuick
import QtLocation
import QtPositioning
import CityLab.Map

Item {
    id: root
    // Loaded again by MapView before the map is: the osm plugin reads its parameters only once.
    readonly property bool useTiles: MapTiles.useTiles
    readonly property string tileHost: MapTiles.tileHost
    readonly property string offlineDirectory: MapTiles.offlineDirectory
    readonly property string cacheDirectory: MapTiles.cacheDirectory
    readonly property string copyright: MapTiles.copyright
    readonly property ZoneLayer zoneLayer: layer
    readonly property ZoneSketch zoneSketch: sketch

    Plugin {
        id: osm
        name: "osm"
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.custom.host"; value: root.tileHost }
        PluginParameter { name: "osm.mapping.custom.mapcopyright"; value: root.copyright }
        PluginParameter { name: "osm.mapping.cache.directory"; value: root.cacheDirectory }
        PluginParameter { name: "osm.mapping.offline.directory"; value: root.offlineDirectory }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 500 * 1024 * 1024 }
        PluginParameter { name: "osm.mapping.cache.memory.size"; value: 64 * 1024 * 1024 }
        PluginParameter { name: "osm.mapping.cache.texture.size"; value: 64 * 1024 * 1024 }
    }
    Plugin {
        id: plain
        name: "itemsoverlay"
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: root.useTiles ? osm : plain
        color: "#eef0ec"
        center: QtPositioning.coordinate(45.0703, 7.6869)   // Turin
        zoomLevel: 12.5
        minimumZoomLevel: 3
        maximumZoomLevel: 19
        // Qt's own notice drew "Map" and "©" over each other on the OpenGL path; the
        // attribution is drawn below as plain text instead.
        copyrightsVisible: false
        onSupportedMapTypesChanged: {
            // The custom host is the last map type of the osm plugin.
            if (root.useTiles && supportedMapTypes.length > 0)
                activeMapType = supportedMapTypes[supportedMapTypes.length - 1]
        }

        WheelHandler {
            acceptedDevices: Qt.platform.pluginName === "cocoa" || Qt.platform.pluginName === "wayland"
                             ? PointerDevice.Mouse | PointerDevice.TouchPad : PointerDevice.Mouse
            rotationScale: 1 / 120
            property: "zoomLevel"
        }
        DragHandler {
            target: null
            onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
        }
        PinchHandler {
            id: pinch
            target: null
            property real startZoom
            onActiveChanged: if (active) startZoom = map.zoomLevel
            onScaleChanged: (delta) => map.zoomLevel = startZoom + Math.log2(activeScale)
        }
    }

    // Sized and placed by itself around the map. Its zones, their conflicts and the city
    // events are drawn by its tiles, each into a texture that panning moves and that is
    // drawn again only when something over it changes (z -1: under what the layer draws
    // itself, the highlight when no overlay draws it). The software scene graph has no
    // textures to draw into: there the layer paints everything itself.
    ZoneLayer {
        id: layer
        map: map
        viewCenter: map.center
        viewZoom: map.zoomLevel
        viewSize: Qt.size(map.width, map.height)

        Repeater {
            model: GraphicsInfo.api === GraphicsInfo.Software ? 0 : layer.tileCount
            ZoneTile {
                required property int index
                zones: root.zoneLayer
                tile: index
                z: -1
                layer.enabled: true
            }
        }
    }

    ZoneOverlay {
        anchors.fill: map
        source: layer
    }

    Item {
        anchors.fill: map
        HoverHandler {
            id: hover
            onPointChanged: layer.hoverAt(hover.point.position)
            onHoveredChanged: if (!hovered) layer.hoverAt(Qt.point(-1e6, -1e6))
        }
        TapHandler {
            onTapped: (eventPoint) => layer.clickAt(eventPoint.position)
        }
    }

    // The zone being drawn or edited, with its handles; idle, it lets every event through.
    ZoneSketch {
        id: sketch
        anchors.fill: map
        zones: layer
    }

    Rectangle {
        visible: layer.hoverText.length > 0 && hover.hovered
        x: Math.min(hover.point.position.x + 14, root.width - width - 4)
        y: Math.min(hover.point.position.y + 14, root.height - height - 4)
        width: label.implicitWidth + 12
        height: label.implicitHeight + 8
        radius: 3
        color: "#f8ffffff"
        border.color: "#888"
        Text {
            id: label
            anchors.centerIn: parent
            text: layer.hoverText
            font.pixelSize: 12
            color: "#202020"
        }
    }

    // The tile source's attribution (OpenStreetMap asks for it), bottom left; not when the
    // source gave no tiles.
    Rectangle {
        objectName: "attribution"
        visible: root.useTiles && root.copyright.length > 0 && !MapTiles.unavailable
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        width: attribution.implicitWidth + 8
        height: attribution.implicitHeight + 4
        color: "#c0ffffff"
        Text {
            id: attribution
            anchors.centerIn: parent
            text: "© " + root.copyright
            font.pixelSize: 11
            color: "#303030"
        }
    }

    // A scale bar: the width of 100 pixels in metres, rounded to 1-2-5.
    Item {
        id: scale
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 10
        width: bar.width
        height: 24
        property real metres: {
            map.center; map.zoomLevel; map.width;
            const a = map.toCoordinate(Qt.point(0, map.height / 2), false)
            const b = map.toCoordinate(Qt.point(100, map.height / 2), false)
            return a.distanceTo(b)
        }
        property real rounded: {
            const p = Math.pow(10, Math.floor(Math.log10(Math.max(1, metres))))
            const f = metres / p
            return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p
        }
        Rectangle {
            id: bar
            anchors.bottom: parent.bottom
            width: Math.max(10, 100 * scale.rounded / Math.max(1, scale.metres))
            height: 4
            color: "#303030"
        }
        Text {
            anchors.bottom: bar.top
            anchors.right: bar.right
            text: scale.rounded >= 1000 ? (scale.rounded / 1000) + " km" : scale.rounded + " m"
            font.pixelSize: 11
            color: "#303030"
        }
    }
}
