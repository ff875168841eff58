// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcode.h"

#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

QString ExperimentCode::next(const Store &store, int year)
{
    const QString prefix = QStringLiteral("TCL-%1-").arg(year);
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM experiments WHERE code LIKE ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(QString(prefix + u'%'));
    const int last = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 3, 10, QLatin1Char('0'));
}

} // namespace citylab
