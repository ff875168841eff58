// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettertemplates.h"

#include "placeholdermerge.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextDocument>

namespace citylab {

QList<LetterTemplate> LetterTemplates::shipped()
{
    static const QList<LetterTemplate> list = [] {
        QList<LetterTemplate> result;
        QFile index(QStringLiteral(":/citylab/templates/index.json"));
        if (!index.open(QIODevice::ReadOnly))
            return result;
        for (const QJsonValue &v : QJsonDocument::fromJson(index.readAll()).array()) {
            const QJsonObject o = v.toObject();
            LetterTemplate t;
            t.key = o.value(QStringLiteral("file")).toString();
            t.name = o.value(QStringLiteral("name")).toString();
            t.kind = o.value(QStringLiteral("kind")).toString();
            t.language = o.value(QStringLiteral("language")).toString();
            t.isDefault = o.value(QStringLiteral("default")).toBool();
            t.builtIn = true;
            QFile body(QStringLiteral(":/citylab/templates/") + t.key + QStringLiteral(".html"));
            if (body.open(QIODevice::ReadOnly))
                t.body = QString::fromUtf8(body.readAll());
            result << t;
        }
        return result;
    }();
    return list;
}

QList<LetterTemplate> LetterTemplates::all(const Store &store)
{
    QList<LetterTemplate> result;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT id, name, kind, language, authority_id, body, is_default FROM request_templates"
                              " ORDER BY kind, language, name"))) {
        while (q.next()) {
            LetterTemplate t;
            t.id = q.value(0).toLongLong();
            t.name = q.value(1).toString();
            t.kind = q.value(2).toString();
            t.language = q.value(3).toString();
            t.authorityId = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            t.body = q.value(5).toString();
            t.isDefault = q.value(6).toBool();
            result << t;
        }
    }
    return result + shipped();
}

LetterTemplate LetterTemplates::defaultFor(const Store &store, const QString &kind, qint64 authorityId, const QString &language,
                                          const QString &experimentDomain)
{
    const QList<LetterTemplate> list = all(store);
    // best score wins: own template for this authority, own default, shipped default
    const LetterTemplate *best = nullptr;
    int bestScore = -1;
    for (const LetterTemplate &t : list) {
        if (t.kind != kind)
            continue;
        if (t.authorityId >= 0 && t.authorityId != authorityId)
            continue;
        int score = 0;
        score += t.language == language ? 100 : (t.language == QLatin1String("it") ? 50 : 0);
        score += t.authorityId >= 0 ? 20 : 0;
        score += t.builtIn ? 0 : 10;
        score += t.isDefault ? 5 : 0;
        // authorizations: drones follow EU 2019/947, anything else on the street needs the land
        if (t.builtIn && kind == QLatin1String("authorization"))
            score += t.key.startsWith(QLatin1String("authorization_drones")) == (experimentDomain == QLatin1String("drones")) ? 8 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = &t;
        }
    }
    return best ? *best : LetterTemplate();
}

qint64 LetterTemplates::save(Store &store, const LetterTemplate &letter, QString *error)
{
    if (letter.builtIn) {
        *error = tr("Templates shipped with CityLab cannot be changed: duplicate it first.");
        return -1;
    }
    QTextDocument document;
    document.setHtml(letter.body);
    const QList<PlaceholderProblem> problems = PlaceholderMerge::check(document.toPlainText());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const PlaceholderProblem &p : problems)
            lines << p.toString();
        *error = tr("The template \"%1\" has placeholders that cannot be filled:\n%2").arg(letter.name, lines.join(u'\n'));
        return -1;
    }
    const QVariantMap values{{QStringLiteral("name"), letter.name.trimmed()},
                             {QStringLiteral("kind"), letter.kind},
                             {QStringLiteral("language"), letter.language},
                             {QStringLiteral("authority_id"), letter.authorityId >= 0 ? QVariant(letter.authorityId) : QVariant()},
                             {QStringLiteral("body"), bodyFragment(letter.body)},
                             {QStringLiteral("is_default"), letter.isDefault ? 1 : 0}};
    qint64 id = letter.id;
    const bool ok = store.transact([&] {
        if (letter.isDefault) {
            // one default per kind, language and authority
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("SELECT id FROM request_templates WHERE is_default = 1 AND kind = :kind AND language = :lang"
                                     " AND coalesce(authority_id, -1) = :authority AND id <> :id"));
            q.bindValue(QStringLiteral(":kind"), letter.kind);
            q.bindValue(QStringLiteral(":lang"), letter.language);
            q.bindValue(QStringLiteral(":authority"), letter.authorityId);
            q.bindValue(QStringLiteral(":id"), letter.id);
            QList<qint64> others;
            if (q.exec())
                while (q.next())
                    others << q.value(0).toLongLong();
            for (qint64 other : others)
                if (!store.update(QStringLiteral("request_templates"), other, {{QStringLiteral("is_default"), 0}}))
                    return false;
        }
        if (id < 0)
            return (id = store.insert(QStringLiteral("request_templates"), values)) >= 0;
        return store.update(QStringLiteral("request_templates"), id, values);
    });
    if (!ok) {
        *error = store.errorString();
        return -1;
    }
    return id;
}

QString LetterTemplates::bodyFragment(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1).trimmed() : html;
}

bool LetterTemplates::remove(Store &store, qint64 id, QString *error)
{
    if (store.transact([&] { return store.remove(QStringLiteral("request_templates"), id); }))
        return true;
    *error = store.errorString();
    return false;
}

} // namespace citylab
