// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace citylab {

// Filters the experiment list by free text (code, title, lead, partners, officer; accents and
// case ignored), domain, stage, officer, organization and the day they run, and sorts by the
// raw values.
class ExperimentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ExperimentFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setDomain(const QString &key);   // empty: any
    void setStage(const QString &key);    // empty: any
    void setOfficer(const QString &name); // empty: any
    // Experiments the organization leads or joins as a partner; empty: any.
    void setOrganization(const QString &name);
    // Only experiments whose planned start..end contains `day`; an invalid date: any.
    void setRunningOn(const QDate &day);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_domain;
    QString m_stage;
    QString m_officer;
    QString m_organization;
    QString m_runningOn;   // ISO date, compared with the raw ISO start and end
};

} // namespace citylab
