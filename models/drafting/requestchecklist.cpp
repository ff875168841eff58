// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestchecklist.h"

#include "domain/requestworkflow.h"
#include "store/opendatabases.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace citylab {

namespace {

struct Definition { const char *key; const char *label; };

} // namespace

QList<RequestChecklist::Item> RequestChecklist::itemsFor(const QString &kind, const QString &experimentDomain)
{
    static const Definition technical{"technical_description", QT_TR_NOOP("Technical description")};
    static const Definition risk{"risk_assessment", QT_TR_NOOP("Risk assessment")};
    static const Definition insurance{"insurance_policy", QT_TR_NOOP("Insurance policy")};
    static const Definition map{"zone_map", QT_TR_NOOP("Zone map")};
    static const Definition monitoring{"monitoring_plan", QT_TR_NOOP("Monitoring plan")};
    static const Definition operatorRegistration{"operator_registration", QT_TR_NOOP("Operator registration (UAS operator)")};
    static const Definition sora{"operations_manual", QT_TR_NOOP("Operations manual and risk assessment (SORA)")};
    static const Definition landPlan{"site_plan", QT_TR_NOOP("Site plan of the occupied area")};
    static const Definition evidence{"evidence_report", QT_TR_NOOP("Evidence from the experiment (data, report)")};
    static const Definition proposal{"rule_proposal", QT_TR_NOOP("Proposed text of the rule")};
    static const Definition agreement{"agreement_copy", QT_TR_NOOP("Copy of the agreement")};

    QList<Definition> defs;
    if (kind == QLatin1String("derogation"))
        defs = {technical, risk, insurance, map, monitoring};
    else if (kind == QLatin1String("art36"))   // its content is written in the application itself
        defs = {technical, insurance, map};
    else if (kind == QLatin1String("authorization") && experimentDomain == QLatin1String("drones"))
        defs = {operatorRegistration, insurance, sora, map};
    else if (kind == QLatin1String("authorization"))
        defs = {technical, insurance, map, landPlan};
    else if (kind == QLatin1String("simplification"))
        defs = {evidence, proposal};
    else if (kind == QLatin1String("opinion"))
        defs = {technical, map};
    else if (kind == QLatin1String("notification"))
        defs = {agreement};
    QList<Item> items;
    for (const Definition &d : defs)
        items.append({QString::fromLatin1(d.key), tr(d.label), {}, {}});
    return items;
}

QList<RequestChecklist::Item> RequestChecklist::load(const Store &store, qint64 requestId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT r.kind, e.domain FROM regulatory_requests r LEFT JOIN experiments e ON e.id = r.experiment_id"
                             " WHERE r.id = :id"));
    q.bindValue(QStringLiteral(":id"), requestId);
    if (!q.exec() || !q.next())
        return {};
    QList<Item> items = itemsFor(q.value(0).toString(), q.value(1).toString());
    q.prepare(QStringLiteral("SELECT id, checklist_item, file_name FROM attachments WHERE request_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), requestId);
    if (q.exec()) {
        while (q.next()) {
            for (Item &item : items) {
                if (item.key == q.value(1).toString()) {
                    item.attachmentIds << q.value(0).toLongLong();
                    item.fileNames << q.value(2).toString();
                }
            }
        }
    }
    return items;
}

QStringList RequestChecklist::missing(const Store &store, qint64 requestId)
{
    QStringList labels;
    for (const Item &item : load(store, requestId))
        if (!item.done())
            labels << item.label;
    return labels;
}

qint64 RequestChecklist::attach(Store &store, qint64 requestId, const QString &itemKey, const QString &path, QString *error)
{
    const QVariantMap request = store.record(QStringLiteral("regulatory_requests"), requestId);
    if (request.isEmpty()) {
        *error = tr("The request no longer exists.");
        return -1;
    }
    if (const QString refusal = OpenDatabases::refusalToRead(path); !refusal.isEmpty()) {
        *error = refusal;
        return -1;
    }
    const QFileInfo info(path);
    if (info.size() > 200LL * 1024 * 1024) {
        *error = tr("%1 is too large to keep in the database (%2).").arg(path, QLocale().formattedDataSize(info.size()));
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return -1;
    }
    const QByteArray data = file.readAll();
    qint64 id = -1;
    store.transact([&] {
        id = store.insert(QStringLiteral("attachments"),
                          {{QStringLiteral("file_name"), info.fileName()},
                           {QStringLiteral("mime_type"), QMimeDatabase().mimeTypeForFileNameAndData(path, data).name()},
                           {QStringLiteral("size"), data.size()},
                           {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
                           {QStringLiteral("data"), data},
                           {QStringLiteral("experiment_id"), request.value(QStringLiteral("experiment_id"))},
                           {QStringLiteral("request_id"), requestId},
                           {QStringLiteral("checklist_item"), itemKey}});
        return id >= 0;
    });
    if (id < 0)
        *error = store.errorString();
    return id;
}

QString RequestChecklist::submissionNote(const QStringList &missing, const QString &note, const QString &reason)
{
    QStringList parts;
    if (!note.trimmed().isEmpty())
        parts << note.trimmed();
    if (!missing.isEmpty())
        parts << tr("Submitted without: %1. Reason: %2").arg(missing.join(QStringLiteral("; ")), reason.trimmed());
    return parts.join(QStringLiteral(" — "));
}

bool RequestChecklist::submit(Store &store, qint64 requestId, const QDate &on, const QString &note, const QString &reason,
                              QString *error)
{
    const QStringList absent = missing(store, requestId);
    if (!absent.isEmpty() && reason.trimmed().isEmpty()) {
        *error = tr("These documents of the checklist are missing: %1. Say why the request is submitted without them.")
                     .arg(absent.join(QStringLiteral("; ")));
        return false;
    }
    RequestWorkflow workflow(store);
    if (!workflow.change(requestId, QStringLiteral("submitted"), on, submissionNote(absent, note, reason))) {
        *error = workflow.errorString();
        return false;
    }
    return true;
}

} // namespace citylab
