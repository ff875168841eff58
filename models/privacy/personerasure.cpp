// SPDX-License-Identifier: GPL-3.0-or-later
#include "personerasure.h"

#include "store/store.h"

#include <QMap>
#include <QVariantMap>

namespace citylab {

QString PersonErasure::erasedName()
{
    return tr("Erased person");
}

QVariantMap PersonErasure::erasedValues()
{
    const QVariant none(QMetaType(QMetaType::QString));
    return {{QStringLiteral("full_name"), erasedName()}, {QStringLiteral("role"), none}, {QStringLiteral("email"), none},
            {QStringLiteral("phone"), none}, {QStringLiteral("notes"), none}};
}

QString PersonErasure::erasedText()
{
    return tr("[erased]");
}

QStringList PersonErasure::textsToForget(const QVariantMap &person, const QVariantMap &erased)
{
    QVariantMap after = person;
    after.insert(erased);
    const QStringList kept = PersonMentions::identifyingTexts(after);
    QStringList texts = PersonMentions::identifyingTexts(person);
    texts.removeIf([&](const QString &text) { return kept.contains(text); });
    return texts;
}

std::optional<PersonErasure::Plan> PersonErasure::plan(const Store &store, qint64 personId, QString *error)
{
    const QVariantMap person = store.record(QStringLiteral("people"), personId);
    if (person.isEmpty()) {
        *error = store.errorString().isEmpty() ? tr("The person no longer exists (they may have been deleted meanwhile).")
                                               : store.errorString();
        return std::nullopt;
    }
    Plan plan;
    plan.personId = personId;
    plan.name = person.value(QStringLiteral("full_name")).toString();
    plan.texts = textsToForget(person, erasedValues());
    const std::optional<QList<PersonMentions::Mention>> mentions = PersonMentions::find(store, plan.texts, personId, error);
    if (!mentions)
        return std::nullopt;
    plan.mentions = *mentions;
    return plan;
}

bool PersonErasure::erase(Store &store, const Plan &plan, const QList<PersonMentions::Mention> &mentions, QString *error)
{
    // the fields of each record that name them, with those words blanked
    QMap<std::pair<QString, qint64>, QVariantMap> blanked;
    for (const PersonMentions::Mention &mention : mentions)
        blanked[{mention.table, mention.id}].insert(mention.field,
                                                    PersonMentions::blanked(mention.text, plan.texts, erasedText()));
    const bool erased = store.transact([&] {
        if (!store.erase(QStringLiteral("people"), plan.personId, erasedValues()))
            return false;
        for (auto it = blanked.cbegin(); it != blanked.cend(); ++it)
            if (!store.erase(it.key().first, it.key().second, it.value()))
                return false;
        // what other records' histories still hold: a summary that named them before an edit
        return store.forgetInHistory(plan.texts, erasedText());
    });
    if (!erased || !store.compact()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace citylab
