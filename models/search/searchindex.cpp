// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "store/store.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace citylab {

namespace {

// Kind numbers as the schema's triggers write them (see 0001_initial.sql).
const QStringList kindTables = {QStringLiteral("experiments"), QStringLiteral("organizations"),
                                QStringLiteral("people"), QStringLiteral("agreements"),
                                QStringLiteral("regulatory_requests"), QStringLiteral("interactions"),
                                QStringLiteral("zones")};

QString withoutInflection(const QString &word);

// A few words of the body around the first word found, so the user sees why it matched;
// nothing when the words are only in the title, which is shown anyway.
QString snippet(const QString &body, const QStringList &words)
{
    if (body.isEmpty())
        return {};
    const QString plain = QString(body).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).simplified();
    const QString folded = SearchIndex::fold(plain);
    qsizetype at = -1;
    for (const QString &word : words) {
        // as the index matched it: the word's stem, as a prefix ("droni" found "drone")
        const qsizetype found = folded.indexOf(SearchIndex::fold(withoutInflection(word)));
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    if (at < 0)
        return {};
    // folding may shorten the text (decomposed accents dropped): positions are close enough
    // whole words on both sides: "…ette, proposta" read like a typo
    qsizetype from = qMax<qsizetype>(0, at - 30);
    if (from > 0) {
        const qsizetype space = plain.indexOf(u' ', from);
        from = space >= 0 && space < at ? space + 1 : plain.lastIndexOf(u' ', at) + 1;
    }
    qsizetype length = qMin<qsizetype>(90, plain.size() - from);
    if (from + length < plain.size()) {
        const qsizetype space = plain.lastIndexOf(u' ', from + length);
        if (space > at)
            length = space - from;
    }
    return (from > 0 ? QStringLiteral("…") : QString()) + plain.mid(from, length)
        + (from + length < plain.size() ? QStringLiteral("…") : QString());
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

namespace {

// Italian inflects nouns and adjectives in their last vowel (drone / droni, città stays,
// sperimentazione / sperimentazioni): a word of five or more letters is searched without
// it, so either form finds both. Shorter words stay whole, or "rete" would find "retail".
QString withoutInflection(const QString &word)
{
    if (word.size() < 5)
        return word;
    const QChar last = word.back();
    const QString decomposed = last.decomposition();
    const QChar base = (decomposed.isEmpty() ? last : decomposed.front()).toLower();
    return QStringView(u"aeiou").contains(base) ? word.chopped(1) : word;
}

} // namespace

QString SearchIndex::matchExpression(const QString &text)
{
    // Words only: FTS5 operators typed by a user (quotes, stars, NEAR, colons) are not syntax here.
    // One-letter words are left out: as a prefix or as an Italian article ("a", "e") they match
    // most of the index and narrow nothing.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() >= minimumWordLength)
            terms << QStringLiteral("\"%1\"*").arg(withoutInflection(word));
    }
    return terms.join(u' ');
}

bool SearchIndex::isTooShort(const QString &text)
{
    return !text.trimmed().isEmpty() && matchExpression(text).isEmpty();
}

namespace {

// Up to `limit` rowids of each kind, ranked by bm25 with titles weighing four times more
// than bodies. bm25 is computed for every match, so this is for small match sets only.
QList<qint64> rankedRowids(const QSqlDatabase &db, const QString &match, int limit)
{
    QList<qint64> rowids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // kind = rowid & 15 (the triggers' rowid is id * 16 + kind): no content is read to rank
    q.prepare(QStringLiteral(
        "SELECT r FROM ("
        " SELECT r, row_number() OVER (PARTITION BY r & 15 ORDER BY s) AS n FROM ("
        "  SELECT rowid AS r, bm25(search_index, 0, 0, 4.0, 1.0) AS s FROM search_index WHERE search_index MATCH :match))"
        " WHERE n <= :limit ORDER BY r & 15, n"));
    q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (q.exec())
        while (q.next())
            rowids << q.value(0).toLongLong();
    return rowids;
}

// For broad queries (thousands of matches) ranking every match costs more than the user
// waits for: each kind shows its newest records whose title matches, then, among its
// newest `recentWindow` records, those matching anywhere. Each kind's scan starts at that
// kind's highest rowid, so a kind with few records is not reached through all the others,
// and the window bounds the scan when a word is everywhere in one kind and rare in another.
QList<qint64> newestRowids(const QSqlDatabase &db, const QString &match, int limit)
{
    QList<qint64> rowids;
    QSqlQuery top(db);
    QStringList maxima;
    for (const QString &table : kindTables)
        maxima << QStringLiteral("(SELECT max(id) FROM %1)").arg(table);
    if (!top.exec(QStringLiteral("SELECT ") + maxima.join(u',')) || !top.next())
        return rowids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH :match"
                             " AND rowid BETWEEN :bottom AND :top AND (rowid & 15) = :kind ORDER BY rowid DESC LIMIT :limit"));
    constexpr qint64 recentWindow = 1000;
    const QString inTitles = QStringLiteral("title : (%1)").arg(match);
    for (int kind = 1; kind <= int(kindTables.size()); ++kind) {
        if (top.value(kind - 1).isNull())
            continue;
        const qint64 highest = top.value(kind - 1).toLongLong() * 16 + kind;
        QList<qint64> found;
        for (const QString &expression : {inTitles, match}) {
            q.bindValue(QStringLiteral(":match"), expression);
            q.bindValue(QStringLiteral(":bottom"), expression == match ? qMax<qint64>(0, highest - recentWindow * 16) : 0);
            q.bindValue(QStringLiteral(":top"), highest);
            q.bindValue(QStringLiteral(":kind"), kind);
            q.bindValue(QStringLiteral(":limit"), limit);
            if (!q.exec())
                break;
            while (q.next() && found.size() < limit) {
                const qint64 rowid = q.value(0).toLongLong();
                if (!found.contains(rowid))
                    found << rowid;
            }
            if (found.size() >= limit)
                break;
        }
        rowids << found;
    }
    return rowids;
}

} // namespace

QList<SearchHit> SearchIndex::query(const Store &store, const QString &text, int limitPerKind, bool *broad)
{
    if (broad)
        *broad = false;
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    const QSqlDatabase db = store.database();
    // Is the match set small enough to rank it all? Counting stops at the threshold.
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH :match LIMIT :cap)"));
    count.bindValue(QStringLiteral(":match"), match);
    count.bindValue(QStringLiteral(":cap"), broadMatchCount);
    if (!count.exec() || !count.next())
        return hits;
    const bool isBroad = count.value(0).toInt() >= broadMatchCount;
    if (broad)
        *broad = isBroad;
    const QList<qint64> rowids = isBroad ? newestRowids(db, match, limitPerKind) : rankedRowids(db, match, limitPerKind);
    if (rowids.isEmpty())
        return hits;

    // Titles and bodies only of the rows shown.
    QStringList list;
    for (const qint64 rowid : rowids)
        list << QString::number(rowid);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, title, body FROM search_index WHERE rowid IN (%1)").arg(list.join(u','))))
        return hits;
    QHash<qint64, std::pair<QString, QString>> content;
    while (q.next())
        content.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const qint64 rowid : rowids) {
        const int kind = int(rowid & 15);
        const auto it = content.constFind(rowid);
        if (kind < 1 || kind > kindTables.size() || it == content.constEnd())
            continue;
        hits.append({kindTables.at(kind - 1), rowid / 16, it->first, snippet(it->second, words)});
    }
    // Kinds whose records are named by the words come first: an organization's name lists
    // the organization before the experiments that mention it among their partners.
    const auto named = [&words](const SearchHit &hit) {
        const QString title = fold(hit.title);
        for (const QString &word : words)
            if (word.size() >= minimumWordLength && !title.contains(fold(withoutInflection(word))))
                return false;
        return true;
    };
    QSet<QString> namedKinds;
    for (const SearchHit &hit : std::as_const(hits))
        if (named(hit))
            namedKinds.insert(hit.table);
    std::stable_sort(hits.begin(), hits.end(), [&namedKinds](const SearchHit &a, const SearchHit &b) {
        return namedKinds.contains(a.table) && !namedKinds.contains(b.table);
    });
    return hits;
}

} // namespace citylab
