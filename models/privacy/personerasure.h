// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "personmentions.h"

#include <QCoreApplication>

#include <optional>

namespace citylab {

class Store;

// Erasure of a person (GDPR art. 17). Their record keeps its place (contacts stay linked to
// "Erased person") but loses name, role, e-mail, phone and notes; the texts elsewhere that
// name them, as chosen after review, have those words blanked; the change log forgets every
// one of these values and keeps a dated 'erase' entry saying who erased what; then the file
// is compacted, so that the values are nowhere in its bytes.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PersonErasure)
public:
    struct Plan
    {
        qint64 personId = -1;
        QString name;
        QStringList texts;                        // what identifies them
        QList<PersonMentions::Mention> mentions;  // for review; all are blanked unless left out
    };

    static std::optional<Plan> plan(const Store &store, qint64 personId, QString *error);
    // Erases the person and the given mentions (normally all those of the plan). In a file that
    // syncs with a team server, the erasure goes to the server with the next push (TeamSync).
    static bool erase(Store &store, const Plan &plan, const QList<PersonMentions::Mention> &mentions, QString *error);

    // What named the person before `erased` was written over their record, and no longer does:
    // the texts to forget in the history (nothing, for a person erased before).
    static QStringList textsToForget(const QVariantMap &person, const QVariantMap &erased);

    static QString erasedName();
    // What an erased person's record holds.
    static QVariantMap erasedValues();
    static QString erasedText();
};

} // namespace citylab
