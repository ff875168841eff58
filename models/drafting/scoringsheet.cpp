// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringsheet.h"

#include "domain/committeeevaluation.h"
#include "i18n/dateformat.h"
#include "htmlpdf.h"
#include "i18n/scopedlanguage.h"
#include "store/store.h"

#include <QDate>
#include <QLocale>

namespace citylab {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString cell(const QString &text, const QString &style = {})
{
    return HtmlPdf::cell(text, style);
}

QString headerCell(const QString &text)
{
    return HtmlPdf::headerCell(text);
}

} // namespace

QString ScoringSheet::html(const Store &store, qint64 experimentId, QString *error)
{
    const std::optional<CommitteeEvaluation> evaluation = CommitteeEvaluation::load(store, experimentId, error);
    if (!evaluation)
        return {};
    const QVariantMap experiment = store.record(QStringLiteral("experiments"), experimentId);
    if (experiment.isEmpty()) {
        *error = tr("The experiment no longer exists.");
        return {};
    }
    const CommitteeEvaluation &e = *evaluation;
    QString html = HtmlPdf::begin();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Committee scoring sheet").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1 — %2</b></p>")
                .arg(experiment.value(QStringLiteral("code")).toString().toHtmlEscaped(),
                     experiment.value(QStringLiteral("title")).toString().toHtmlEscaped());
    const auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p>%1: %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Call"), e.hasCall() ? e.callName : tr("none"));
    line(tr("Protocol number"), experiment.value(QStringLiteral("protocol_number")).toString());
    line(tr("Arrived on"), DateFormat::shortDate(QDate::fromString(experiment.value(QStringLiteral("proposed_on")).toString(), Qt::ISODate)));
    line(tr("Printed on"), DateFormat::shortDate(QDate::currentDate()));
    if (!e.hasCall()) {
        html += QStringLiteral("<p>%1</p></body></html>").arg(tr("The proposal came through no call: no committee scores it.").toHtmlEscaped());
        return html;
    }

    // one column per criterion, one row per member: scores, then the member's weighted mean
    html += QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'><tr>")
        + QStringLiteral("<th width='22%' style='border:1px solid #999;padding:3px;background:#eee;text-align:left'>%1</th>")
              .arg(tr("Member").toHtmlEscaped());
    for (const CommitteeEvaluation::Criterion &c : e.criteria)
        html += headerCell(tr("%1 (weight %2)").arg(c.name, number(c.weight, 0)));
    html += headerCell(tr("Weighted mean")) + QStringLiteral("</tr>");
    for (const CommitteeEvaluation::Member &m : e.members) {
        html += QStringLiteral("<tr>") + cell(m.organization.isEmpty() ? m.name : m.name + QStringLiteral(" (") + m.organization + u')');
        if (m.conflict) {
            html += QStringLiteral("<td colspan='%1' style='border:1px solid #999;padding:3px;font-style:italic'>%2</td>")
                        .arg(e.criteria.size() + 1)
                        .arg(tr("Conflict of interest declared: left out of the total.").toHtmlEscaped());
        } else {
            for (const CommitteeEvaluation::Criterion &c : e.criteria) {
                const CommitteeEvaluation::Score *s = e.score(m.id, c.id);
                html += cell(s ? number(s->value, 1) : QStringLiteral("—"), QStringLiteral("text-align:right"));
            }
            const std::optional<double> mean = e.memberTotal(m.id);
            html += cell(mean ? number(*mean) : QStringLiteral("—"), QStringLiteral("text-align:right;font-weight:bold"));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    if (const std::optional<double> total = e.total()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Total: %1 of 10").arg(number(*total)).toHtmlEscaped());
        QString rankError;
        if (const auto ranking = CommitteeEvaluation::ranking(store, e.callId, &rankError)) {
            int ranked = 0;
            for (const CommitteeEvaluation::Ranked &r : *ranking)
                ranked += r.rank > 0;
            for (const CommitteeEvaluation::Ranked &r : *ranking)
                if (r.experimentId == experimentId && r.rank > 0)
                    html += QStringLiteral("<p>%1</p>").arg(tr("Rank %1 of %2 evaluated pending proposals of the call.")
                                                             .arg(r.rank).arg(ranked).toHtmlEscaped());
        }
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("The evaluation is not complete:").toHtmlEscaped());
        for (const QString &missing : e.missing())
            html += QStringLiteral("<li>%1</li>").arg(missing.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Comments").toHtmlEscaped());
    bool anyComment = false;
    for (const CommitteeEvaluation::Member &m : e.members) {
        for (const CommitteeEvaluation::Criterion &c : e.criteria) {
            const CommitteeEvaluation::Score *s = e.score(m.id, c.id);
            if (m.conflict || !s || s->comment.isEmpty())
                continue;
            anyComment = true;
            html += QStringLiteral("<p><b>%1</b>, %2: %3</p>").arg(m.name.toHtmlEscaped(), c.name.toHtmlEscaped(), s->comment.toHtmlEscaped());
        }
    }
    if (!anyComment)
        html += QStringLiteral("<p>%1</p>").arg(tr("No comments.").toHtmlEscaped());
    // a line to sign for each member, the one in conflict too: they attend and abstain
    html += QStringLiteral("<p style='margin-top:18pt'><b>%1</b></p><table width='100%' cellspacing='0'>")
                .arg(tr("Signatures of the committee members:").toHtmlEscaped());
    for (const CommitteeEvaluation::Member &m : e.members)
        html += QStringLiteral("<tr><td width='40%' style='padding:14pt 3px 3px 3px'>%1</td>"
                               "<td style='padding:14pt 3px 3px 3px'>______________________________</td></tr>")
                    .arg(m.name.toHtmlEscaped());
    return html + QStringLiteral("</table></body></html>");
}

bool ScoringSheet::writePdf(const Store &store, qint64 experimentId, const QString &path, const QString &language,
                            QString *error)
{
    const ScopedLanguage scope(language);
    const QString text = html(store, experimentId, error);
    if (text.isEmpty())
        return false;
    return HtmlPdf::write(text, path, tr("Committee scoring sheet"), QPageLayout::Landscape, error);
}

} // namespace citylab
