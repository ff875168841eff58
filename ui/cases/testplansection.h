// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// An experiment's test plan on its page: phases with dates and scale, safeguards (the
// insurance in red when it has run out or is about to), the data shared and its licence.
// Links plan:edit and plan:revisions open the plan's form and its revisions.
class TestPlanSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TestPlanSection)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable,
                    QDate today = QDate::currentDate());
    static bool openLink(const QUrl &url, Store &store, qint64 experimentId, QWidget *parent);
};

} // namespace citylab
