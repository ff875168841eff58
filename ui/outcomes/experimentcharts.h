// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

class QTextDocument;

namespace citylab {

class Store;

// The experiment page's charts: each metric's weekly mean against its target, rendered by
// QCustomPlot into images that the page's document holds as resources, each linked to the
// Outcomes explorer ("outcomes:" links) for zooming and panning.
class ExperimentCharts
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentCharts)
public:
    // The charts of the page drawn last, by experiment, size and language: a page drawn again
    // because a zone or a contact changed does not read and draw its series again. Its owner
    // clears it when measurements, targets or metrics change.
    struct Cache
    {
        struct Chart
        {
            qint64 metricId = 0;
            QString name;
            QImage image;
        };
        QHash<QString, QList<Chart>> charts;
    };

    // HTML with one <img> per metric (empty when nothing is measured); the images are added
    // to `document` under chart: URLs.
    static QString html(const Store &store, qint64 experimentId, QTextDocument *document, Cache *cache = nullptr);
};

} // namespace citylab
