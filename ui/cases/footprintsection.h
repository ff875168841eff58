// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// Where an experiment's tests really ran, on its page (ExperimentTracks): each recorded
// track with its period and whether it kept to the authorized zones, dates, hours and
// heights, and its excursions. Links (track:import, track:map, track:recheck/ID,
// track:remove/ID) import a GPX, GeoJSON or CSV file, show the tracks on the map, check a
// track again against the zones as they are now, or remove it.
class FootprintSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::FootprintSection)
public:
    static constexpr int listedExcursions = 30;   // per track; the CLI lists them all

    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable);
    // Acts on a track: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, qint64 experimentId, QWidget *parent);
    static void chooseAndImport(Store &store, qint64 experimentId, QWidget *parent);
};

} // namespace citylab
