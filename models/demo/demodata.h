// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>

// The vocabulary the demo data set is drawn from: real Turin places and public bodies,
// fictional companies and people. Italian, as the office's records are.
namespace citylab::demodata {

struct Place
{
    const char *name;
    const char *district;
    double lat;
    double lon;
};

struct Authority
{
    const char *name;
    const char *shortName;
    const char *kind;       // organization kind key
    const char *pec;
    const char *city;
    int answerDays;
    bool clockRestarts;     // an integration request restarts the clock from zero
};

struct MetricDefinition
{
    const char *code;
    const char *name;
    const char *unit;
    const char *direction;
    const char *valueKind;
    const char *domain;
    double baseline;        // typical value at the start of a test
    double target;          // typical target
};

struct RequestTemplate
{
    const char *domain;
    const char *authorityShortName;
    const char *kind;
    const char *legalBasis;
    const char *subject;
};

std::span<const Place> places();
std::span<const Authority> authorities();
std::span<const Authority> researchBodies();   // universities and research centres
std::span<const MetricDefinition> metrics();
std::span<const RequestTemplate> requestTemplates();
std::span<const char *const> companyStems();
std::span<const char *const> companySectors(const QString &domain);
std::span<const char *const> firstNames();
std::span<const char *const> lastNames();
std::span<const char *const> officers();
std::span<const char *const> titleTemplates(const QString &domain);   // "%1" is a place
std::span<const char *const> interactionSummaries(const QString &kind); // "%1" is an organization

} // namespace citylab::demodata
