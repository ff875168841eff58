// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace citylab {

namespace {

struct Term
{
    const char *key;
    const char *label;
};

constexpr std::array domains{
    Term{"drones", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Drones")},
    Term{"autonomous_mobility", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Autonomous mobility")},
    Term{"telecom_5g", QT_TRANSLATE_NOOP("citylab::Vocabulary", "5G and telecoms")},
    Term{"robotics", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Robotics")},
    Term{"energy", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Energy")},
    Term{"environment", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Environment")},
    Term{"public_services", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Public services")},
};

constexpr std::array stages{
    Term{"proposal", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Proposal")},
    Term{"screening", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Screening")},
    Term{"agreement", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Agreement")},
    Term{"authorization", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Authorization")},
    Term{"active", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Active")},
    Term{"concluded", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Concluded")},
    Term{"evaluated", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Evaluated")},
    Term{"rejected", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Rejected")},
    Term{"withdrawn", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Withdrawn")},
};

constexpr std::array organizationKinds{
    Term{"company", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Company")},
    Term{"university", QT_TRANSLATE_NOOP("citylab::Vocabulary", "University")},
    Term{"research_centre", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Research centre")},
    Term{"startup", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Startup")},
    Term{"public_body", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Public body")},
    Term{"authority", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Authority or regulator")},
};

constexpr std::array agreementKinds{
    Term{"framework", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Framework partnership")},
    Term{"experimentation", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Experimentation agreement")},
    Term{"data_sharing", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Data sharing")},
    Term{"nda", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Non-disclosure agreement")},
    Term{"mou", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Memorandum of understanding")},
};

constexpr std::array agreementStatuses{
    Term{"draft", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Draft")},
    Term{"negotiation", QT_TRANSLATE_NOOP("citylab::Vocabulary", "In negotiation")},
    Term{"signed", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Signed")},
    Term{"expired", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Expired")},
    Term{"terminated", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Terminated")},
};

constexpr std::array requestKinds{
    Term{"authorization", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Authorization")},
    Term{"derogation", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Derogation")},
    Term{"simplification", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Simplification proposal")},
    Term{"opinion", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Opinion")},
    Term{"notification", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Notification")},
    Term{"art36", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Art. 36 experimentation (Sperimentazione Italia)")},
};

constexpr std::array requestStatuses{
    Term{"draft", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Draft")},
    Term{"submitted", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Submitted")},
    Term{"integration_requested", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Integration requested")},
    Term{"resubmitted", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Resubmitted")},
    Term{"granted", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Granted")},
    Term{"granted_with_conditions", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Granted with conditions")},
    Term{"denied", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Denied")},
    Term{"withdrawn", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Withdrawn")},
};

constexpr std::array interactionKinds{
    Term{"meeting", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Meeting")},
    Term{"call", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Call")},
    Term{"email", QT_TRANSLATE_NOOP("citylab::Vocabulary", "E-mail")},
    Term{"pec", QT_TRANSLATE_NOOP("citylab::Vocabulary", "PEC")},
    Term{"letter", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Letter")},
    Term{"note", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Note")},
};

constexpr std::array metricDirections{
    Term{"higher_is_better", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Higher is better")},
    Term{"lower_is_better", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Lower is better")},
};

constexpr std::array actKinds{
    Term{"notice", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Notice")},
    Term{"committee_minutes", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Committee minutes")},
    Term{"amendment", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Amendment")},
    Term{"other", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Other act")},
};

const Term barrierStatuses[] = {
    Term{"identified", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Identified")},
    Term{"under_test", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Under test")},
    Term{"evidence_ready", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Evidence ready")},
    Term{"change_proposed", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Change proposed")},
    Term{"changed", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Rule changed")},
    Term{"kept", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Rule kept")},
};

const Term incidentSeverities[] = {
    Term{"minor", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Minor")},
    Term{"moderate", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Moderate")},
    Term{"serious", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Serious")},
    Term{"critical", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Critical")},
};

// The area of law a rule belongs to; the last five are out of art. 36's reach.
const Term barrierAreas[] = {
    Term{"mobility", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Mobility and road traffic")},
    Term{"telecommunications", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Telecommunications")},
    Term{"public_land", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Public land and building")},
    Term{"aviation", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Aviation")},
    Term{"data_protection", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Data protection")},
    Term{"commerce", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Commerce and services")},
    Term{"other", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Other")},
    Term{"health", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Health")},
    Term{"environment", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Environment")},
    Term{"cultural_heritage", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Cultural heritage")},
    Term{"criminal_law", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Criminal law")},
    Term{"eu_obligations", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Obligations from EU law")},
};

const Term eventKinds[] = {
    Term{"marathon", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Marathon or race")},
    Term{"market", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Market")},
    Term{"concert", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Concert")},
    Term{"fair", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Fair")},
    Term{"demonstration", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Demonstration")},
    Term{"roadworks", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Roadworks")},
    Term{"other", QT_TRANSLATE_NOOP("citylab::Vocabulary", "Other event")},
};

std::span<const Term> terms(Vocabulary::Field field)
{
    switch (field) {
    case Vocabulary::Domain: return domains;
    case Vocabulary::Stage: return stages;
    case Vocabulary::OrganizationKind: return organizationKinds;
    case Vocabulary::AgreementKind: return agreementKinds;
    case Vocabulary::AgreementStatus: return agreementStatuses;
    case Vocabulary::RequestKind: return requestKinds;
    case Vocabulary::RequestStatus: return requestStatuses;
    case Vocabulary::InteractionKind: return interactionKinds;
    case Vocabulary::MetricDirection: return metricDirections;
    case Vocabulary::ActKind: return actKinds;
    case Vocabulary::BarrierStatus: return barrierStatuses;
    case Vocabulary::IncidentSeverity: return incidentSeverities;
    case Vocabulary::BarrierArea: return barrierAreas;
    case Vocabulary::EventKind: return eventKinds;
    }
    return {};
}

} // namespace

QStringList Vocabulary::keys(Field field)
{
    QStringList result;
    for (const Term &term : terms(field))
        result << QString::fromLatin1(term.key);
    return result;
}

QString Vocabulary::label(Field field, const QString &key)
{
    for (const Term &term : terms(field)) {
        if (key == QLatin1String(term.key))
            return QCoreApplication::translate("citylab::Vocabulary", term.label);
    }
    return key;
}

QStringList Vocabulary::pipelineStages()
{
    QStringList result = keys(Stage);
    result.removeAll(QStringLiteral("rejected"));
    result.removeAll(QStringLiteral("withdrawn"));
    return result;
}

} // namespace citylab
