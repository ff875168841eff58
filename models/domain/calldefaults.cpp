// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldefaults.h"

#include "store/store.h"

namespace citylab {

QStringList CallDefaults::checklist()
{
    return {tr("The application form is complete and signed by the legal representative"),
            tr("The proposer is identified (company registration or statute, VAT number)"),
            tr("The experiment fits the call's domains and takes place in the city"),
            tr("The places, times and technologies of the tests are described"),
            tr("Insurance cover for the tests is declared"),
            tr("Personal data processed in the tests is declared, with its legal basis")};
}

QList<CallDefaults::Criterion> CallDefaults::criteria()
{
    return {{tr("Technology maturity (TRL)"), 20}, {tr("Public interest"), 25}, {tr("Innovation"), 20},
            {tr("Scalability and replicability"), 15}, {tr("Risks and mitigations"), 10}, {tr("Proposer's capacity"), 10}};
}

qint64 CallDefaults::create(Store &store, const QString &name, const QDate &openedOn)
{
    if (!openedOn.isValid()) {
        store.fail(tr("A call needs the day it opened."), QStringLiteral("calls"), QStringLiteral("opened_on"));
        return -1;
    }
    qint64 id = -1;
    const bool created = store.transact([&] {
        id = store.insert(QStringLiteral("calls"), {{QStringLiteral("name"), name.trimmed()},
                                                    {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)}});
        if (id < 0)
            return false;
        int position = 0;
        for (const QString &text : checklist())
            if (store.insert(QStringLiteral("call_checklist_items"), {{QStringLiteral("call_id"), id},
                                                                      {QStringLiteral("position"), ++position},
                                                                      {QStringLiteral("text"), text}}) < 0)
                return false;
        position = 0;
        for (const Criterion &c : criteria())
            if (store.insert(QStringLiteral("call_criteria"), {{QStringLiteral("call_id"), id}, {QStringLiteral("position"), ++position},
                                                               {QStringLiteral("name"), c.name}, {QStringLiteral("weight"), c.weight}}) < 0)
                return false;
        return true;
    });
    return created ? id : -1;
}

} // namespace citylab
