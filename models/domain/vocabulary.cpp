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

#define TERM(key, label) Term{key, QT_TRANSLATE_NOOP("citylab::Vocabulary", label)}

constexpr std::array domains{
    TERM("drones", "Drones"),
    TERM("autonomous_mobility", "Autonomous mobility"),
    TERM("telecom_5g", "5G and telecoms"),
    TERM("robotics", "Robotics"),
    TERM("energy", "Energy"),
    TERM("environment", "Environment"),
    TERM("public_services", "Public services"),
};

constexpr std::array stages{
    TERM("proposal", "Proposal"),
    TERM("screening", "Screening"),
    TERM("agreement", "Agreement"),
    TERM("authorization", "Authorization"),
    TERM("active", "Active"),
    TERM("concluded", "Concluded"),
    TERM("evaluated", "Evaluated"),
    TERM("rejected", "Rejected"),
    TERM("withdrawn", "Withdrawn"),
};

constexpr std::array organizationKinds{
    TERM("company", "Company"),
    TERM("university", "University"),
    TERM("research_centre", "Research centre"),
    TERM("startup", "Startup"),
    TERM("public_body", "Public body"),
    TERM("authority", "Authority or regulator"),
};

constexpr std::array agreementKinds{
    TERM("framework", "Framework partnership"),
    TERM("experimentation", "Experimentation agreement"),
    TERM("data_sharing", "Data sharing"),
    TERM("nda", "Non-disclosure agreement"),
    TERM("mou", "Memorandum of understanding"),
};

constexpr std::array agreementStatuses{
    TERM("draft", "Draft"),
    TERM("negotiation", "In negotiation"),
    TERM("signed", "Signed"),
    TERM("expired", "Expired"),
    TERM("terminated", "Terminated"),
};

constexpr std::array requestKinds{
    TERM("authorization", "Authorization"),
    TERM("derogation", "Derogation"),
    TERM("simplification", "Simplification proposal"),
    TERM("opinion", "Opinion"),
    TERM("notification", "Notification"),
};

constexpr std::array requestStatuses{
    TERM("draft", "Draft"),
    TERM("submitted", "Submitted"),
    TERM("integration_requested", "Integration requested"),
    TERM("resubmitted", "Resubmitted"),
    TERM("granted", "Granted"),
    TERM("granted_with_conditions", "Granted with conditions"),
    TERM("denied", "Denied"),
    TERM("withdrawn", "Withdrawn"),
};

constexpr std::array interactionKinds{
    TERM("meeting", "Meeting"),
    TERM("call", "Call"),
    TERM("email", "E-mail"),
    TERM("pec", "PEC"),
    TERM("letter", "Letter"),
    TERM("note", "Note"),
};

constexpr std::array metricDirections{
    TERM("higher_is_better", "Higher is better"),
    TERM("lower_is_better", "Lower is better"),
};

#undef TERM

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
