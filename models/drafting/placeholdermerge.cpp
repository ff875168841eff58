// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholdermerge.h"

#include <QRegularExpression>

namespace citylab {

namespace {

const QRegularExpression &nameSyntax()
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]+(\\.[a-z_]+)*$"));
    return re;
}

// HTML escapes leave '{' and '}' alone, so placeholders read the same in HTML and in text.
const QRegularExpression &placeholderInHtml()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([a-z_.]+)\\s*\\}\\}"));
    return re;
}

} // namespace

bool PlaceholderValues::has(const QString &name) const
{
    if (lists.contains(name))
        return !lists.value(name).isEmpty();
    return !text.value(name).trimmed().isEmpty();
}

QString PlaceholderProblem::toString() const
{
    return PlaceholderMerge::tr("%1 at line %2, column %3: %4").arg(placeholder).arg(line).arg(column).arg(reason);
}

QStringList PlaceholderMerge::knownNames()
{
    return {QStringLiteral("experiment.code"), QStringLiteral("experiment.title"), QStringLiteral("experiment.description"),
            QStringLiteral("experiment.start"), QStringLiteral("experiment.end"), QStringLiteral("experiment.duration"),
            QStringLiteral("lead.name"), QStringLiteral("lead.pec"), QStringLiteral("partners"), QStringLiteral("zones"),
            QStringLiteral("authority.name"), QStringLiteral("authority.pec"), QStringLiteral("legal_basis"),
            QStringLiteral("request.subject"), QStringLiteral("request.reference"), QStringLiteral("protocol_number"),
            QStringLiteral("today"), QStringLiteral("submitted_on"), QStringLiteral("officer"), QStringLiteral("office.name"),
            QStringLiteral("office.address"), QStringLiteral("office.city"), QStringLiteral("office.pec"),
            QStringLiteral("signatory.name"), QStringLiteral("signatory.role"), QStringLiteral("enclosures"),
            QStringLiteral("due_on"), QStringLiteral("days_late"), QStringLiteral("application.holder"),
            QStringLiteral("application.lead_person"), QStringLiteral("application.duration"), QStringLiteral("application.aims"),
            QStringLiteral("application.expected_results"), QStringLiteral("application.monitoring"),
            QStringLiteral("application.risks"), QStringLiteral("application.safeguards"), QStringLiteral("application.rules"),
            QStringLiteral("application.renews")};
}

QString PlaceholderMerge::description(const QString &name)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("experiment.code"), QT_TR_NOOP("code of the experiment")},
        {QStringLiteral("experiment.title"), QT_TR_NOOP("title of the experiment")},
        {QStringLiteral("experiment.description"), QT_TR_NOOP("description of the experiment")},
        {QStringLiteral("experiment.start"), QT_TR_NOOP("start date of the experiment")},
        {QStringLiteral("experiment.end"), QT_TR_NOOP("end date of the experiment")},
        {QStringLiteral("experiment.duration"), QT_TR_NOOP("duration of the experiment")},
        {QStringLiteral("lead.name"), QT_TR_NOOP("lead organization")},
        {QStringLiteral("lead.pec"), QT_TR_NOOP("PEC of the lead organization")},
        {QStringLiteral("partners"), QT_TR_NOOP("partners and their roles")},
        {QStringLiteral("zones"), QT_TR_NOOP("zones of the experiment")},
        {QStringLiteral("authority.name"), QT_TR_NOOP("name of the authority")},
        {QStringLiteral("authority.pec"), QT_TR_NOOP("PEC of the authority")},
        {QStringLiteral("legal_basis"), QT_TR_NOOP("legal basis")},
        {QStringLiteral("request.subject"), QT_TR_NOOP("subject of the request")},
        {QStringLiteral("request.reference"), QT_TR_NOOP("reference of the request")},
        {QStringLiteral("protocol_number"), QT_TR_NOOP("protocol number")},
        {QStringLiteral("today"), QT_TR_NOOP("today's date")},
        {QStringLiteral("submitted_on"), QT_TR_NOOP("submission date")},
        {QStringLiteral("officer"), QT_TR_NOOP("officer in charge")},
        {QStringLiteral("office.name"), QT_TR_NOOP("name of the office")},
        {QStringLiteral("office.address"), QT_TR_NOOP("address of the office")},
        {QStringLiteral("office.city"), QT_TR_NOOP("city of the office")},
        {QStringLiteral("office.pec"), QT_TR_NOOP("PEC of the office")},
        {QStringLiteral("signatory.name"), QT_TR_NOOP("name of the signatory")},
        {QStringLiteral("signatory.role"), QT_TR_NOOP("role of the signatory")},
        {QStringLiteral("enclosures"), QT_TR_NOOP("documents attached to the request")},
        {QStringLiteral("due_on"), QT_TR_NOOP("date the term ends")},
        {QStringLiteral("days_late"), QT_TR_NOOP("days since the term ended")},
        {QStringLiteral("application.holder"), QT_TR_NOOP("art. 36: holder of the experiment")},
        {QStringLiteral("application.lead_person"), QT_TR_NOOP("art. 36: person in charge")},
        {QStringLiteral("application.duration"), QT_TR_NOOP("art. 36: duration in months")},
        {QStringLiteral("application.aims"), QT_TR_NOOP("art. 36: aims")},
        {QStringLiteral("application.expected_results"), QT_TR_NOOP("art. 36: expected results")},
        {QStringLiteral("application.monitoring"), QT_TR_NOOP("art. 36: monitoring")},
        {QStringLiteral("application.risks"), QT_TR_NOOP("art. 36: risks and mitigations")},
        {QStringLiteral("application.safeguards"), QT_TR_NOOP("art. 36: safeguards")},
        {QStringLiteral("application.rules"), QT_TR_NOOP("art. 36: rules to be derogated")},
        {QStringLiteral("application.renews"), QT_TR_NOOP("art. 36: the request it renews")},
    };
    const char *text = texts.value(name);
    return text ? tr(text) : name;
}

QList<PlaceholderProblem> PlaceholderMerge::check(const QString &text)
{
    QList<PlaceholderProblem> problems;
    const QStringList known = knownNames();
    const auto locate = [&](qsizetype at, const QString &placeholder, const QString &reason) {
        PlaceholderProblem p;
        p.placeholder = placeholder;
        p.line = int(text.left(at).count(u'\n')) + 1;
        p.column = int(at - text.lastIndexOf(u'\n', at - 1));
        p.reason = reason;
        problems.append(p);
    };
    qsizetype at = 0;
    while ((at = text.indexOf(QStringLiteral("{{"), at)) >= 0) {
        const qsizetype close = text.indexOf(QStringLiteral("}}"), at + 2);
        const qsizetype nextOpen = text.indexOf(QStringLiteral("{{"), at + 2);
        const qsizetype lineEnd = text.indexOf(u'\n', at);
        const bool unclosed = close < 0 || (nextOpen >= 0 && nextOpen < close) || (lineEnd >= 0 && lineEnd < close);
        if (unclosed) {
            const qsizetype end = qMin<qsizetype>(lineEnd < 0 ? text.size() : lineEnd, nextOpen < 0 ? text.size() : nextOpen);
            locate(at, text.mid(at, qMin<qsizetype>(end - at, 30)).trimmed(), tr("the placeholder is not closed with }}"));
            at += 2;
            continue;
        }
        const QString whole = text.mid(at, close + 2 - at);
        const QString name = text.mid(at + 2, close - at - 2).trimmed();
        if (name.isEmpty())
            locate(at, whole, tr("the placeholder has no name"));
        else if (!nameSyntax().match(name).hasMatch())
            locate(at, whole, tr("a name has only lower-case letters, '_' and '.'"));
        else if (!known.contains(name))
            locate(at, whole, tr("there is no placeholder called '%1'").arg(name));
        at = close + 2;
    }
    return problems;
}

QString PlaceholderMerge::missingMarker(const QString &name)
{
    return tr("[missing: %1]").arg(description(name));
}

QString PlaceholderMerge::merge(const QString &html, const PlaceholderValues &values, Mode mode, QStringList *missing)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderInHtml().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (values.has(name)) {
            if (values.lists.contains(name)) {
                QStringList lines;
                for (const QString &line : values.lists.value(name))
                    lines << QStringLiteral("– ") + line.toHtmlEscaped();
                result += lines.join(QStringLiteral("<br/>"));
            } else {
                result += values.text.value(name).toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
            }
            continue;
        }
        if (missing && !missing->contains(name))
            missing->append(name);
        const QString marker = missingMarker(name).toHtmlEscaped();
        if (mode == Mode::Highlight)
            result += QStringLiteral("<span style=\"background-color:#ffd6d6; color:#a40000\">") + marker + QStringLiteral("</span>");
        else
            result += QStringLiteral("<b>") + marker + QStringLiteral("</b>");
    }
    result += QStringView(html).mid(last);
    // A malformed placeholder in a stored body ("{{ zones") must not reach a letter as is.
    if (mode == Mode::Export)
        result.replace(QStringLiteral("{{"), QStringLiteral("{ {")).replace(QStringLiteral("}}"), QStringLiteral("} }"));
    return result;
}

} // namespace citylab
