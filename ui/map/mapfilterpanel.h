// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapzone.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace citylab {

// Beside the map: which zones it shows (domain, stage, organization, experiment), what their
// colour means (by domain or stage) and the legend, with the count of zones shown under it.
class MapFilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MapFilterPanel(QWidget *parent = nullptr);

    // The organizations and experiments to choose from: those of these zones. The choice made
    // stays when it is still there. Called again after a change of language (the "All …" entries).
    void setZones(const QList<MapZone> &zones);
    bool passes(const MapZone &zone) const;
    QColor colourOf(const MapZone &zone) const;
    // The legend names the tracks' and the city events' colours only when the map shows them.
    void setLegendExtras(bool tracks, bool events);
    QString legendText() const;
    void setCountText(const QString &text);

signals:
    void filtersChanged();
    void colouringChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLegend();

    QComboBox *m_colourBy;
    QComboBox *m_domain;
    QComboBox *m_stage;
    QComboBox *m_organization;
    QComboBox *m_experiment;
    QLabel *m_filtersTitle;
    QLabel *m_legendTitle;
    QLabel *m_legend;
    QLabel *m_count;
    QList<QLabel *> m_formLabels;
    bool m_tracks = false;
    bool m_events = false;
};

} // namespace citylab
