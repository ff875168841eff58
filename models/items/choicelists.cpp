// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicelists.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace citylab {

namespace {

QString sqlOf(ChoiceLists::List list)
{
    switch (list) {
    case ChoiceLists::Organizations:
        // NOCASE: in binary order "CNR - …" came before "Castello …" and "ARPA" before "Alpi"
        return QStringLiteral("SELECT id, name FROM organizations ORDER BY name COLLATE NOCASE");
    case ChoiceLists::Authorities:
        return QStringLiteral("SELECT id, name FROM organizations WHERE kind IN ('authority', 'public_body')"
                              " ORDER BY name COLLATE NOCASE");
    case ChoiceLists::Experiments:
        return QStringLiteral("SELECT id, code || ' — ' || title FROM experiments ORDER BY code");
    case ChoiceLists::People:
        return QStringLiteral("SELECT p.id, p.full_name || coalesce(' (' || o.name || ')', ''), p.organization_id"
                              " FROM people p LEFT JOIN organizations o ON o.id = p.organization_id"
                              " ORDER BY p.full_name COLLATE NOCASE");
    case ChoiceLists::Agreements:
        return QStringLiteral("SELECT id, title, experiment_id FROM agreements ORDER BY title COLLATE NOCASE");
    case ChoiceLists::Requests:
        return QStringLiteral("SELECT id, reference || ' — ' || subject, experiment_id FROM regulatory_requests ORDER BY reference");
    case ChoiceLists::Calls:
        return QStringLiteral("SELECT id, name FROM calls ORDER BY opened_on DESC, name COLLATE NOCASE");
    case ChoiceLists::Attachments:
        return QStringLiteral("SELECT id, file_name, experiment_id FROM attachments ORDER BY file_name COLLATE NOCASE");
    case ChoiceLists::Metrics:
        return QStringLiteral("SELECT id, code || ' — ' || name || coalesce(' (' || unit || ')', '')"
                              " FROM metrics ORDER BY code");
    case ChoiceLists::Officers:
        return QStringLiteral("SELECT DISTINCT officer, officer FROM experiments WHERE officer IS NOT NULL"
                              " ORDER BY officer COLLATE NOCASE");
    case ChoiceLists::ExperimentOrganizations:
        // leads and partners: an organization's experiments are those it leads or joins
        return QStringLiteral("SELECT o.name, o.name FROM organizations o WHERE o.id IN (SELECT lead_organization_id FROM experiments)"
                              " OR o.id IN (SELECT organization_id FROM experiment_partners) ORDER BY o.name COLLATE NOCASE");
    case ChoiceLists::Zones:
        return QStringLiteral("SELECT id, name, experiment_id FROM zones ORDER BY name COLLATE NOCASE");
    case ChoiceLists::Barriers:
        return QStringLiteral("SELECT id, reference || ' — ' || title FROM barriers ORDER BY reference COLLATE NOCASE");
    case ChoiceLists::Art36Requests:
        return QStringLiteral("SELECT id, reference || ' — ' || subject, experiment_id FROM regulatory_requests"
                              " WHERE kind = 'art36' ORDER BY reference");
    case ChoiceLists::None:
        break;
    }
    return {};
}

} // namespace

std::optional<QList<Choice>> ChoiceLists::load(const Store &store, List list, QString *error)
{
    QList<Choice> choices;
    if (list == None)
        return choices;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(sqlOf(list));
    while (query.next())
        choices.append({query.value(0), query.value(1).toString(), query.record().count() > 2 ? query.value(2) : QVariant()});
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return choices;
}

std::optional<QList<ChoiceLists::Experiment>> ChoiceLists::experiments(const Store &store, QString *error)
{
    QList<Experiment> experiments;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, code, title, lead_organization_id FROM experiments ORDER BY code"));
    while (query.next())
        experiments.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3)});
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return experiments;
}

std::optional<QList<ChoiceLists::Metric>> ChoiceLists::metrics(const Store &store, QString *error)
{
    QList<Metric> metrics;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, code, name, unit FROM metrics ORDER BY code"));
    while (query.next())
        metrics.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString()});
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return metrics;
}

} // namespace citylab
