// SPDX-License-Identifier: GPL-3.0-or-later
#include "tacitdecisions.h"

#include "store/store.h"
#include "store/storesettings.h"

namespace citylab {

namespace {

QString settingKey(const QString &kind)
{
    return QStringLiteral("requests.silence.") + kind;
}

const char *ruleKey(TacitDecisions::Rule rule)
{
    switch (rule) {
    case TacitDecisions::Consent: return "consent";
    case TacitDecisions::Refusal: return "refusal";
    case TacitDecisions::NoEffect: break;
    }
    return "none";
}

} // namespace

TacitDecisions::Rule TacitDecisions::defaultRule(const QString &kind)
{
    // An authorization is granted by silence unless a special law says otherwise (art. 20);
    // an opinion or clearance asked of another public body is given by silence (art. 17-bis).
    if (kind == QLatin1String("authorization") || kind == QLatin1String("opinion"))
        return Consent;
    return NoEffect;
}

TacitDecisions::Rule TacitDecisions::rule(const Store &store, const QString &kind)
{
    const std::optional<QString> stored = StoreSettings::value(store, settingKey(kind));
    if (!stored)
        return defaultRule(kind);
    for (Rule rule : {NoEffect, Consent, Refusal})
        if (*stored == QLatin1String(ruleKey(rule)))
            return rule;
    return defaultRule(kind);
}

bool TacitDecisions::setRule(Store &store, const QString &kind, Rule rule)
{
    return StoreSettings::setValue(store, settingKey(kind), QString::fromLatin1(ruleKey(rule)));
}

QString TacitDecisions::ruleLabel(Rule rule)
{
    switch (rule) {
    case Consent: return tr("Tacit consent (silenzio-assenso)");
    case Refusal: return tr("Tacit refusal (silenzio-rigetto)");
    case NoEffect: break;
    }
    return tr("No effect: an answer is needed");
}

QString TacitDecisions::afterTerm(Rule rule, const QString &dueOn)
{
    switch (rule) {
    case Consent:
        return tr("The term ended on %1 without a decision: for this kind of request the authority's silence counts as "
                  "consent (silenzio-assenso), so the request is granted unless the authority acts to annul it.").arg(dueOn);
    case Refusal:
        return tr("The term ended on %1 without a decision: for this kind of request the authority's silence counts as "
                  "a refusal (silenzio-rigetto), which can be appealed.").arg(dueOn);
    case NoEffect: break;
    }
    return {};
}

} // namespace citylab
