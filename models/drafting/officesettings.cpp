// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesettings.h"

#include "store/store.h"

#include <QList>
#include <QSqlQuery>

namespace citylab {

namespace {

struct Field { const char *key; QString OfficeSettings::*member; };

const QList<Field> &fields()
{
    static const QList<Field> list = {
        {"office.name", &OfficeSettings::name},
        {"office.address", &OfficeSettings::address},
        {"office.city", &OfficeSettings::city},
        {"office.pec", &OfficeSettings::pec},
        {"office.logo", &OfficeSettings::logoPath},
        {"office.signatory_name", &OfficeSettings::signatoryName},
        {"office.signatory_role", &OfficeSettings::signatoryRole},
    };
    return list;
}

} // namespace

QList<std::pair<QString, QString>> OfficeSettings::entries() const
{
    QList<std::pair<QString, QString>> list;
    for (const Field &f : fields())
        list.append({QString::fromLatin1(f.key), (this->*f.member).trimmed()});
    return list;
}

OfficeSettings OfficeSettings::load(const Store &store)
{
    OfficeSettings s;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    for (const Field &f : fields()) {
        q.bindValue(QStringLiteral(":key"), QString::fromLatin1(f.key));
        if (q.exec() && q.next())
            s.*f.member = q.value(0).toString();
    }
    return s;
}

bool OfficeSettings::save(Store &store) const
{
    return store.transact([&] {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id, value FROM settings WHERE key = :key"));
        for (const Field &f : fields()) {
            const QString key = QString::fromLatin1(f.key);
            const QString value = (this->*f.member).trimmed();
            q.bindValue(QStringLiteral(":key"), key);
            if (q.exec() && q.next()) {
                if (q.value(1).toString() != value
                    && !store.update(QStringLiteral("settings"), q.value(0).toLongLong(), {{QStringLiteral("value"), value}}))
                    return false;
            } else if (!value.isEmpty()
                       && store.insert(QStringLiteral("settings"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}) < 0) {
                return false;
            }
        }
        return true;
    });
}

} // namespace citylab
