// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace citylab {

class Store;

// One organization with its contacts and the experiments it leads or joins.
struct OrganizationDetails
{
    struct Person { QString name; QString role; QString email; QString phone; qint64 id = -1; };
    struct Experiment { QString code; QString title; QString stage; QString role; qint64 id = -1; };

    qint64 id = -1;
    QString name, shortName, kind, city, website, email, pec, vatNumber, notes;
    int answerDays = 0;
    bool clockRestarts = false;
    QList<Person> people;
    QList<Experiment> experiments;
    int agreementCount = 0;
    int requestCount = 0;   // as the authority addressed

    bool isValid() const { return id >= 0; }
    static OrganizationDetails load(const Store &store, qint64 id);
};

} // namespace citylab
