// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace citylab {

class Store;

// Where a person's name, e-mail or phone number is written in the records besides their own
// row: a contact's summary, an experiment's notes, a letter, an attachment's name. What an
// access request exports and an erasure offers to blank, for review.
class PersonMentions
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PersonMentions)
public:
    struct Mention
    {
        QString table;
        qint64 id = -1;
        QString field;
        QString text;   // the field's whole text
    };

    // The texts that identify a person: full name (also surname first), e-mail, phone.
    static QStringList identifyingTexts(const QVariantMap &person);
    // Every text field of every record (the person's own row left out) holding one of
    // `texts`, whatever its case; nullopt with `error` set when the store cannot be read.
    static std::optional<QList<Mention>> find(const Store &store, const QStringList &texts, qint64 personId,
                                              QString *error);
    // The kind of record a mention is in, for a reader ("Contact log", "Letter revision").
    static QString tableLabel(const QString &table);
    // `text` with each of `texts` (in any case) replaced by `replacement`.
    static QString blanked(QString text, const QStringList &texts, const QString &replacement);
};

} // namespace citylab
