// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace citylab {

// The closed sets of values the store keeps as text keys (stage, domain, kinds, statuses)
// and their translated labels. Keys are stable and English; labels follow the UI language.
class Vocabulary
{
public:
    enum Field {
        Domain,
        Stage,
        OrganizationKind,
        AgreementKind,
        AgreementStatus,
        RequestKind,
        RequestStatus,
        InteractionKind,
        MetricDirection,
        ActKind,   // acts recorded on their own: notices, committee minutes, amendments
        BarrierStatus,      // where a rule under test stands: identified … changed or kept
        IncidentSeverity,   // minor, moderate, serious, critical
        BarrierArea,        // the area of law of a rule under test: mobility … EU obligations
        EventKind,          // a city event: marathon, market, concert, fair …
    };

    // In their natural order (stages in pipeline order).
    static QStringList keys(Field field);
    static QString label(Field field, const QString &key);
    // The stages of the pipeline proper, without rejected and withdrawn.
    static QStringList pipelineStages();
};

} // namespace citylab
