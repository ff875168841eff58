// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/vocabulary.h"

#include <QList>
#include <QString>

namespace citylab {

// One field of a record form: which column it edits and how.
struct FieldSpec
{
    enum Kind { Text, MultiLine, Date, Integer, Choice, Reference, Boolean };

    QString column;
    Kind kind = Text;
    bool required = false;
    Vocabulary::Field vocabulary = Vocabulary::Domain;   // for Choice
    QString referenceSql;                                // for Reference: SELECT id, label ... ORDER BY label
    int minimum = 0, maximum = 0;                        // for Integer, when maximum > minimum
    QString notBefore;                                   // for Date: a date column it must not precede
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
};

} // namespace citylab
