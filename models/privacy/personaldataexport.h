// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace citylab {

class Store;

// What CityLab holds about one person, for an access request (GDPR art. 15): every field of
// their record, the contact-log entries linked to them or naming them, the attachments and
// other records that name them, and the history of their record. Written as JSON (the
// whole, machine-readable) or CSV (one value per line, for a spreadsheet).
class PersonalDataExport
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PersonalDataExport)
public:
    static std::optional<QJsonObject> collect(const Store &store, qint64 personId, QString *error);
    static bool writeJson(const QJsonObject &data, const QString &path, QString *error);
    // section,item,field,value
    static bool writeCsv(const QJsonObject &data, const QString &path, QString *error);
};

} // namespace citylab
