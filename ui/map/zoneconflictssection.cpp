// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneconflictssection.h"

#include "geo/conflictfinder.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QLocale>

namespace citylab {

void ZoneConflictsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId)
{
    const QList<ZoneConflict> conflicts = ConflictFinder::find(store, {QDate(), experimentId});
    if (conflicts.isEmpty())
        return;   // the Zones section above says enough
    page.section(tr("Zone conflicts"));
    page.paragraph(tr("Zones of other experiments overlap this experiment's zones while both are active: "
                      "the sites and the days need agreeing with them."));
    // Four columns, not five: the page is often a side panel of 400 pixels.
    page.beginTable({tr("Other experiment"), tr("Its zone / our zone"), tr("Overlap (m²)"), tr("Shared days")});
    const QLocale locale;
    const auto day = [](const QString &iso, const QString &open) {
        return iso.isEmpty() ? open : HtmlBuilder::date(QDate::fromString(iso, Qt::ISODate));
    };
    for (const ZoneConflict &c : conflicts) {
        const bool oursFirst = c.experimentIdA == experimentId;
        const QString days = tr("%1 – %2").arg(day(c.from, tr("no start")), day(c.to, tr("no end")));
        page.linkRow(oursFirst ? c.experimentB : c.experimentA,
                     QStringLiteral("record:experiments/%1").arg(oursFirst ? c.experimentIdB : c.experimentIdA),
                     {tr("%1 / %2").arg(oursFirst ? c.nameB : c.nameA, oursFirst ? c.nameA : c.nameB),
                      locale.toString(c.overlapM2, 'f', 0), days});
    }
    page.endTable();
}

} // namespace citylab
