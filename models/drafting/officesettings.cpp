// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesettings.h"

#include "store/store.h"
#include "store/storesettings.h"

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
    for (const Field &f : fields())
        s.*f.member = StoreSettings::value(store, QString::fromLatin1(f.key)).value_or(QString());
    return s;
}

bool OfficeSettings::save(Store &store) const
{
    return store.transact([&] {
        for (const Field &f : fields())
            if (!StoreSettings::setValue(store, QString::fromLatin1(f.key), (this->*f.member).trimmed()))
                return false;
        return true;
    });
}

} // namespace citylab
