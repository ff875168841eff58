// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// What an authority's silence means once a request's term has passed, per kind of
// request: under Italian law some requests count as granted (silenzio-assenso, art. 20
// of law 241/1990; between public bodies art. 17-bis), some as refused (silenzio-rigetto),
// others need an explicit answer. The office sets the rule per kind (stored in the
// store's settings, shared by the team); the defaults follow the general rules.
class TacitDecisions
{
    Q_DECLARE_TR_FUNCTIONS(TacitDecisions)

public:
    enum Rule { NoEffect, Consent, Refusal };

    static Rule rule(const Store &store, const QString &kind);
    static Rule defaultRule(const QString &kind);
    static bool setRule(Store &store, const QString &kind, Rule rule);

    static QString ruleLabel(Rule rule);                     // "Tacit consent (silenzio-assenso)"
    // What the page says once the term passed without a decision; empty for NoEffect.
    static QString afterTerm(Rule rule, const QString &dueOn);
};

} // namespace citylab
