// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "store/store.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace citylab {

namespace {

// Kind numbers as the schema's triggers write them (see 0001_initial.sql).
const QStringList kindTables = {QStringLiteral("experiments"), QStringLiteral("organizations"),
                                QStringLiteral("people"), QStringLiteral("agreements"),
                                QStringLiteral("regulatory_requests"), QStringLiteral("interactions"),
                                QStringLiteral("zones")};

// A few words of the body around the first word found, so the user sees why it matched.
QString snippet(const QString &body, const QStringList &words)
{
    if (body.isEmpty())
        return {};
    const QString plain = QString(body).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).simplified();
    const QString folded = SearchIndex::fold(plain);
    qsizetype at = -1;
    for (const QString &word : words) {
        const qsizetype found = folded.indexOf(SearchIndex::fold(word));
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    if (at < 0)
        return plain.left(80);
    // folding may shorten the text (decomposed accents dropped): positions are close enough
    const qsizetype from = qMax<qsizetype>(0, at - 30);
    return (from > 0 ? QStringLiteral("…") : QString()) + plain.mid(from, 90) + (from + 90 < plain.size() ? QStringLiteral("…") : QString());
}

} // namespace

QString SearchIndex::fold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toCaseFolded();
    return folded;
}

QStringList SearchIndex::tables()
{
    return kindTables;
}

QString SearchIndex::kindLabel(const QString &table, int count)
{
    if (table == QLatin1String("experiments")) return tr("Experiments (%n)", nullptr, count);
    if (table == QLatin1String("organizations")) return tr("Organizations (%n)", nullptr, count);
    if (table == QLatin1String("people")) return tr("People (%n)", nullptr, count);
    if (table == QLatin1String("agreements")) return tr("Agreements (%n)", nullptr, count);
    if (table == QLatin1String("regulatory_requests")) return tr("Regulatory requests (%n)", nullptr, count);
    if (table == QLatin1String("interactions")) return tr("Contacts log (%n)", nullptr, count);
    if (table == QLatin1String("zones")) return tr("Zones (%n)", nullptr, count);
    return table;
}

QString SearchIndex::matchExpression(const QString &text)
{
    // Words only: FTS5 operators typed by a user (quotes, stars, NEAR, colons) are not syntax here.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A one-letter prefix matches half the index: only whole one-letter words are sought.
        terms << (word.size() >= 2 ? QStringLiteral("\"%1\"*").arg(word) : QStringLiteral("\"%1\"").arg(word));
    }
    return terms.join(u' ');
}

QList<SearchHit> SearchIndex::query(const Store &store, const QString &text, int limitPerKind)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    // The best matches of each kind, ranked in SQL by bm25 with titles weighing four times
    // more than bodies, at most limitPerKind of each.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT kind, record_id, title, body FROM ("
        " SELECT kind, record_id, title, body, row_number() OVER (PARTITION BY kind ORDER BY score) AS n FROM ("
        "  SELECT kind, record_id, title, body, bm25(search_index, 0, 0, 4.0, 1.0) AS score"
        "  FROM search_index WHERE search_index MATCH ?))"
        " WHERE n <= ? ORDER BY kind, n"));
    q.addBindValue(match);
    q.addBindValue(limitPerKind);
    if (!q.exec())
        return hits;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    while (q.next()) {
        const int kind = q.value(0).toInt();
        if (kind < 1 || kind > kindTables.size())
            continue;
        hits.append({kindTables.at(kind - 1), q.value(1).toLongLong(), q.value(2).toString(),
                     snippet(q.value(3).toString(), words)});
    }
    return hits;
}

} // namespace citylab
