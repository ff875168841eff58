// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmentions.h"

#include "store/storeread.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantMap>

namespace citylab {

namespace {

// Bookkeeping and bulk data: no free text about people. The change log is cleaned by the
// erasure itself, record by record.
const QStringList skippedTables{QStringLiteral("change_log"), QStringLiteral("sync_state"), QStringLiteral("measurements"),
                                QStringLiteral("settings"), QStringLiteral("stage_transitions")};

bool isStructural(const QString &column)
{
    return column == QLatin1String("uuid") || column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_on"))
        || column == QLatin1String("sha256") || column == QLatin1String("geometry") || column == QLatin1String("mime_type");
}

} // namespace

QStringList PersonMentions::identifyingTexts(const QVariantMap &person)
{
    QStringList texts;
    const QString name = person.value(QStringLiteral("full_name")).toString().simplified();
    texts << name;
    // "Ferrero Giulia", as registers and signatures often write it
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 2)
        texts << words.at(1) + u' ' + words.at(0);
    texts << person.value(QStringLiteral("email")).toString().trimmed() << person.value(QStringLiteral("phone")).toString().trimmed();
    texts.removeIf([](const QString &text) { return text.size() < 3; });
    texts.removeDuplicates();
    return texts;
}

std::optional<QList<PersonMentions::Mention>> PersonMentions::find(const Store &store, const QStringList &texts,
                                                                   qint64 personId, QString *error)
{
    QList<Mention> mentions;
    if (texts.isEmpty())
        return mentions;
    QSqlQuery tables(store.database());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name NOT LIKE 'search_%' AND sql NOT LIKE '%VIRTUAL TABLE%' ORDER BY name"))) {
        StoreRead::failed(tables, store, error);
        return std::nullopt;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        if (skippedTables.contains(table))
            continue;
        QSqlQuery columns(store.database());
        if (!columns.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table))) {
            StoreRead::failed(columns, store, error);
            return std::nullopt;
        }
        QStringList textColumns;
        while (columns.next())
            if (columns.value(1).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0
                && !isStructural(columns.value(0).toString()))
                textColumns << columns.value(0).toString();
        if (textColumns.isEmpty() || !store.columns(table).contains(QLatin1String("id")))
            continue;
        for (const QString &column : std::as_const(textColumns)) {
            QStringList tests;
            for (qsizetype i = 0; i < texts.size(); ++i)
                tests << QStringLiteral("instr(lower(\"%1\"), lower(?)) > 0").arg(column);
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, \"%1\" FROM \"%2\" WHERE (%3)%4 ORDER BY id")
                          .arg(column, table, tests.join(QStringLiteral(" OR ")),
                               table == QLatin1String("people") ? QStringLiteral(" AND id <> ?") : QString()));
            for (const QString &text : texts)
                q.addBindValue(text);
            if (table == QLatin1String("people"))
                q.addBindValue(personId);
            if (!q.exec()) {
                StoreRead::failed(q, store, error);
                return std::nullopt;
            }
            while (q.next())
                mentions.append({table, q.value(0).toLongLong(), column, q.value(1).toString()});
            if (StoreRead::failed(q, store, error))
                return std::nullopt;
        }
    }
    return mentions;
}

QString PersonMentions::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("experiments"), QT_TR_NOOP("Experiment")},
        {QStringLiteral("organizations"), QT_TR_NOOP("Organization")},
        {QStringLiteral("people"), QT_TR_NOOP("Person")},
        {QStringLiteral("agreements"), QT_TR_NOOP("Agreement")},
        {QStringLiteral("regulatory_requests"), QT_TR_NOOP("Request")},
        {QStringLiteral("request_revisions"), QT_TR_NOOP("Letter revision")},
        {QStringLiteral("request_templates"), QT_TR_NOOP("Letter template")},
        {QStringLiteral("interactions"), QT_TR_NOOP("Contact log")},
        {QStringLiteral("zones"), QT_TR_NOOP("Zone")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Attachment")},
        {QStringLiteral("metrics"), QT_TR_NOOP("Metric")},
        {QStringLiteral("targets"), QT_TR_NOOP("Target")},
        {QStringLiteral("measurement_batches"), QT_TR_NOOP("Measurement import")},
        {QStringLiteral("conditions"), QT_TR_NOOP("Condition")},
        {QStringLiteral("acts"), QT_TR_NOOP("Act")},
        {QStringLiteral("calls"), QT_TR_NOOP("Call")},
        {QStringLiteral("call_checklist_items"), QT_TR_NOOP("Admissibility item")},
        {QStringLiteral("call_criteria"), QT_TR_NOOP("Evaluation criterion")},
        {QStringLiteral("committee_members"), QT_TR_NOOP("Committee member")},
        {QStringLiteral("admissibility_checks"), QT_TR_NOOP("Admissibility check")},
        {QStringLiteral("scores"), QT_TR_NOOP("Committee score")},
        {QStringLiteral("conflicts_of_interest"), QT_TR_NOOP("Conflict of interest")},
        {QStringLiteral("tracks"), QT_TR_NOOP("Track")},
        {QStringLiteral("track_excursions"), QT_TR_NOOP("Track excursion")},
        {QStringLiteral("test_plans"), QT_TR_NOOP("Test plan")},
        {QStringLiteral("plan_phases"), QT_TR_NOOP("Test plan phase")},
        {QStringLiteral("plan_revisions"), QT_TR_NOOP("Test plan revision")},
        {QStringLiteral("barriers"), QT_TR_NOOP("Barrier")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incident")},
        {QStringLiteral("art36_applications"), QT_TR_NOOP("Art. 36 application")},
        {QStringLiteral("city_events"), QT_TR_NOOP("City event")},
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString PersonMentions::blanked(QString text, const QStringList &texts, const QString &replacement)
{
    for (const QString &identifying : texts)
        text.replace(identifying, replacement, Qt::CaseInsensitive);
    return text;
}

} // namespace citylab
