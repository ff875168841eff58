// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/vocabulary.h"
#include "items/choicelists.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace citylab {

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
    // A rule of the field's own (a code's pattern, a value already taken): the problem in
    // words, or an empty string when the value is fine. Not called for empty values.
    std::function<QString(const QVariant &value)> check;
};

using FormSpec = QList<FieldSpec>;

// The forms of the case manager.
class FormSpecs
{
public:
    static FormSpec experiment();
    static FormSpec organization();
    static FormSpec person();
    static FormSpec request();
    static FormSpec interaction();
    static FormSpec agreement();
    static FormSpec metric();
    static FormSpec target();   // of one experiment: metric, value, date
};

} // namespace citylab
