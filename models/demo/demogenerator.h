// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "zoneplacer.h"

#include <functional>

namespace citylab {

class Store;
class BulkInsert;

// A realistic, deterministic Turin data set: the same seed, scale and reference day give
// the same rows, uuids included. Dates are relative to `today`, so that a fresh demo always
// has overdue requests, agreements about to expire and measurements up to yesterday.
class DemoGenerator
{
public:
    struct Options
    {
        quint32 seed = 1;
        int scale = 1;              // 60 experiments and about 100 zones per unit
        QDate today = QDate::currentDate();
    };

    DemoGenerator(Store &store, const Options &options);

    // Writes everything in one transaction; on failure nothing is written and the reason is
    // in store.lastError(). progress gets 0..100 and may return false to cancel.
    bool generate(const std::function<bool(int)> &progress = {});

private:
    struct Experiment
    {
        qint64 id = 0;
        QString code;
        QString domain;
        QString stage;
        QDate proposedOn, startOn, endOn;
        QDate approvedOn;   // the manager's act; invalid before the agreement stage
        qint64 leadId = 0;
        QList<qint64> zoneIds;
        QString placeName;
    };

    bool addOffice();
    bool addMetrics();
    bool addOrganizations();
    bool addPeople();
    bool addExperiments();
    bool addZones(Experiment &experiment, BulkInsert &zones);
    bool addAgreements();
    bool addRequests();
    bool addInteractions();
    bool addCall();
    bool addConditionsAndActs();
    bool addCallAndEvaluations();
    bool addTrack();
    bool addTestPlan();
    bool addBarriers();
    bool addArt36Applications();
    bool addCityEvents();
    bool addMeasurements(const std::function<bool(int)> &progress);

    int between(int low, int high);      // inclusive
    double uniform(double low, double high);
    bool chance(double probability);
    template<typename List> auto pick(const List &list) -> decltype(list[0])
    {
        return list[between(0, int(std::size(list)) - 1)];
    }
    static QString iso(const QDate &date);
    static QVariant isoOrNull(const QDate &date);   // null for an invalid date
    static int stageIndex(const QString &stage);     // in pipeline order; -1 for rejected, withdrawn
    static bool atLeast(const QString &stage, const QString &other);
    static QString facilitationsFor(const QString &domain);   // what a proposal of the domain asks of the city
    QString uuid();
    QString stamp(const QDate &date);
    QString personName();
    QString pickStage();

    Store &m_store;
    Options m_options;
    QRandomGenerator m_random;
    QMap<QString, qint64> m_authorities;  // short name -> id
    QList<qint64> m_research;
    QList<qint64> m_companies;
    QMap<QString, QList<qint64>> m_companiesByDomain;
    QMap<qint64, QString> m_organizationNames;
    QMap<qint64, QList<qint64>> m_people;   // organization -> people
    qint64 m_callId = -1;                   // the open call every demo proposal comes through
    QMap<QString, qint64> m_metrics;         // code -> id
    QList<Experiment> m_experiments;
    ZonePlacer m_placer;
    bool m_suspensionShown = false;
};

} // namespace citylab
