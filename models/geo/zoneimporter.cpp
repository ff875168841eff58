// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneimporter.h"

#include "zone.h"

#include "store/store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace citylab {

ZoneImporter::ZoneImporter(Store &store, qint64 experimentId)
    : m_store(store)
    , m_experimentId(experimentId)
{
}

ZoneImportResult ZoneImporter::importFile(const QString &path)
{
    return import(ZoneFileReader::readFile(path), path);
}

QVariantMap ZoneImporter::values(const ZoneFileFeature &f, qint64 experimentId, const QString &fallbackName)
{
    auto optional = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    auto date = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
    QVariantMap values = Zone::geometryColumns(f.geometry);
    values.insert({{QStringLiteral("experiment_id"), experimentId},
                   {QStringLiteral("name"), f.name.isEmpty() ? fallbackName : f.name},
                   {QStringLiteral("active_from"), date(f.activeFrom)},
                   {QStringLiteral("active_to"), date(f.activeTo)},
                   {QStringLiteral("max_height_m"), f.maxHeightM},
                   {QStringLiteral("hours"), optional(f.hours)},
                   {QStringLiteral("district"), optional(f.district)},
                   {QStringLiteral("notes"), optional(f.notes)}});
    return values;
}

ZoneImportResult ZoneImporter::import(const ZoneFileContent &content, const QString &fileName)
{
    ZoneImportResult result;
    if (!content.isValid()) {
        result.problems = content.problems;
        result.message = tr("The file has zones that cannot be imported.");
        return result;
    }
    const QString baseName = QFileInfo(fileName).fileName();
    // The experiment is looked up inside the write: deleted by someone else meanwhile, it
    // cannot be imported into.
    const bool ok = m_store.transact([&] {
        if (m_store.record(QStringLiteral("experiments"), m_experimentId).isEmpty())
            return m_store.lastError().message.isEmpty() ? m_store.fail(tr("The experiment does not exist.")) : false;
        for (const ZoneFileFeature &f : content.features) {
            const QString fallback = QStringLiteral("%1 %2").arg(baseName).arg(f.number);
            if (m_store.insert(QStringLiteral("zones"), values(f, m_experimentId, fallback)) < 0) {
                // Name the feature: the store's own message names only the field.
                ZoneFileProblem problem{f.number, f.name, 0, 0, m_store.errorString()};
                return m_store.fail(problem.describe(), QStringLiteral("zones"));
            }
        }
        return true;
    });
    if (!ok) {
        result.message = m_store.errorString();
        return result;
    }
    result.ok = true;
    result.zones = int(content.features.size());
    return result;
}

} // namespace citylab
