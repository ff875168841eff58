// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/vocabulary.h"
#include "items/choicelists.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace citylab {

class Store;

// One field of a record form: which column it edits and how.
struct FieldSpec
{
    enum Kind { Text, MultiLine, Date, Integer, Choice, Reference, Boolean, Number };

    QString column;
    Kind kind = Text;
    bool required = false;
    Vocabulary::Field vocabulary = Vocabulary::Domain;   // for Choice
    ChoiceLists::List choices = ChoiceLists::None;      // for Reference: the records it offers
    int minimum = 0, maximum = 0;                        // for Integer, when maximum > minimum
    QString notBefore;                                   // for Date: a date column it must not precede
    QString narrowedBy;   // for Reference: a reference column whose value keeps only the choices of its group
    // A rule of the field's own (a code's pattern, a value already taken, a date that must
    // not precede another record's): the problem in words, or an empty string when the value
    // is fine. `record` is every field of the form as it stands. Not called for empty values.
    std::function<QString(const QVariant &value, const QVariantMap &record)> check;
};

using FormSpec = QList<FieldSpec>;

// The forms of the case manager.
class FormSpecs
{
public:
    // `id` < 0 for a new proposal: its protocol number and arrival day are then required.
    static FormSpec experiment(const Store &store, qint64 id);
    static FormSpec call();
    static FormSpec checklistItem();   // of one call
    static FormSpec criterion();       // of one call: name, weight, position
    static FormSpec committeeMember(const Store &store, qint64 callId, qint64 memberId);
    static FormSpec organization();
    static FormSpec person();
    // `id` < 0 for a new request.
    static FormSpec request(const Store &store, qint64 id);
    // The content art. 36 asks of a "Sperimentazione Italia" request; a renewal must name a
    // granted art. 36 request not renewed yet.
    static FormSpec art36Application(const Store &store, qint64 requestId);
    static FormSpec interaction();
    // A city event's details; its place comes from the map or a file.
    static FormSpec cityEvent();
    static FormSpec agreement();
    static FormSpec metric();
    static FormSpec target();   // of one experiment: metric, value, date
    static FormSpec act();      // of one experiment: a notice, committee minutes, an amendment
    // Of one experiment: what it must do, imposed by its approval, an agreement or an authorization.
    static FormSpec condition(const Store &store, qint64 experimentId);
    // A rule under test: its reference, title, authority, what it says and what the derogation asks.
    static FormSpec barrier();
    // Of one experiment: something that went wrong during a test.
    static FormSpec incident();
    // A barrier's link to an experiment, a regulatory request or a metric (or, from a
    // request's page, the barrier it links: column "barrier_id").
    static FormSpec barrierLink(const QString &column);
};

} // namespace citylab
