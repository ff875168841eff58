// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementmappingmemory.h"

#include "store/store.h"
#include "store/storesettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace citylab {

namespace {

const char *const roles[] = {"time", "value", "metric", "zone"};

int *roleColumn(MeasurementCsvMapping &mapping, int role)
{
    int *columns[] = {&mapping.time, &mapping.value, &mapping.metric, &mapping.zone};
    return columns[role];
}

QString metricCode(const Store &store, qint64 id)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT code FROM metrics WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 metricId(const Store &store, const QString &code)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM metrics WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

QString MeasurementMappingMemory::settingsKey(const Store &store, qint64 organizationId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT uuid FROM organizations WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), organizationId);
    if (!query.exec() || !query.next())
        return {};
    // The uuid, not the id, so the key survives exports and team sync.
    return QStringLiteral("measurement_import.mapping.") + query.value(0).toString();
}

std::optional<MeasurementCsvMapping> MeasurementMappingMemory::load(const Store &store, qint64 organizationId,
                                                                    const QStringList &header)
{
    const QString key = settingsKey(store, organizationId);
    if (key.isEmpty())
        return std::nullopt;
    const std::optional<QString> stored = StoreSettings::value(store, key);
    if (!stored)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(stored->toUtf8()).object();
    if (json.isEmpty())
        return std::nullopt;
    MeasurementCsvMapping mapping;
    for (int role = 0; role < 4; ++role) {
        const QString name = json.value(QLatin1String(roles[role])).toString();
        if (name.isEmpty())
            continue;
        int found = -1;
        for (int i = 0; i < header.size() && found < 0; ++i)
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                found = i;
        if (found < 0)
            return std::nullopt;
        *roleColumn(mapping, role) = found;
    }
    const QString fixed = json.value(QLatin1String("fixed_metric")).toString();
    if (!fixed.isEmpty()) {
        mapping.fixedMetricId = metricId(store, fixed);
        if (mapping.fixedMetricId == 0)
            return std::nullopt;
    }
    return mapping;
}

bool MeasurementMappingMemory::save(Store &store, qint64 organizationId, const QStringList &header,
                                    const MeasurementCsvMapping &mapping)
{
    const QString key = settingsKey(store, organizationId);
    if (key.isEmpty())
        return store.fail(tr("The experiment has no lead organization to remember the columns for."), QStringLiteral("settings"));
    QJsonObject json;
    MeasurementCsvMapping copy = mapping;
    for (int role = 0; role < 4; ++role) {
        const int column = *roleColumn(copy, role);
        if (column >= 0 && column < header.size())
            json.insert(QLatin1String(roles[role]), header.at(column));
    }
    // A metric column wins over a fixed metric, as in the reader.
    if (mapping.metric < 0 && mapping.fixedMetricId > 0)
        json.insert(QLatin1String("fixed_metric"), metricCode(store, mapping.fixedMetricId));
    const QString value = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return StoreSettings::setValue(store, key, value);
}

} // namespace citylab
