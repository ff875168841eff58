// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class HtmlBuilder;
class Store;

// The "Zone conflicts" part of an experiment's page: every zone of another experiment that
// overlaps one of its zones while both are active, with the overlap and the shared days,
// the other experiment a link to its page. The same search as the map's conflicts panel,
// limited to the experiment's zones through the R*Tree, so it is quick enough for a page.
// Before it, the city events that take one of the experiment's places on its days.
class ZoneConflictsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneConflictsSection)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId);

private:
    static void addEventClashes(HtmlBuilder &page, const Store &store, qint64 experimentId);
};

} // namespace citylab
