// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeread.h"

#include "sqlerrortext.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

bool StoreRead::failed(const QSqlQuery &query, const Store &store, QString *error)
{
    if (!query.lastError().isValid())
        return false;
    if (error)
        *error = tr("Cannot read %1: %2.").arg(store.path(), SqlErrorText::describe(query.lastError()));
    return true;
}

} // namespace citylab
