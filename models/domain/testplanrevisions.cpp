// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplanrevisions.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace citylab {

QList<TestPlanRevisions::Revision> TestPlanRevisions::list(const Store &store, qint64 experimentId, QString *error)
{
    QList<Revision> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.revision, r.snapshot, r.author, r.note, r.created_at FROM plan_revisions r"
                             " JOIN test_plans p ON p.id = r.plan_id WHERE p.experiment_id = ? ORDER BY r.revision DESC"));
    q.addBindValue(experimentId);
    if (q.exec()) {
        while (q.next()) {
            Revision r;
            r.number = q.value(0).toInt();
            r.plan = TestPlan::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
            r.author = q.value(2).toString();
            r.note = q.value(3).toString();
            r.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toTimeZone(QTimeZone::UTC);
            result << r;
        }
    }
    if (StoreRead::failed(q, store, error))
        return {};
    return result;
}

int TestPlanRevisions::restore(Store &store, qint64 experimentId, int number, QString *error)
{
    QString readError;
    for (const Revision &r : list(store, experimentId, &readError))
        if (r.number == number)
            return TestPlan::save(store, experimentId, r.plan, tr("Restored from revision %1").arg(number), error);
    *error = readError.isEmpty() ? tr("Revision %1 of the plan no longer exists.").arg(number) : readError;
    return 0;
}

} // namespace citylab
