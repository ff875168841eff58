// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneconflictssection.h"

#include "domain/vocabulary.h"
#include "geo/conflictfinder.h"
#include "geo/eventclashfinder.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QLocale>

namespace citylab {

void ZoneConflictsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId)
{
    addEventClashes(page, store, experimentId);
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
        const bool oursFirst = c.a->experimentId == experimentId;
        const QString days = tr("%1 – %2").arg(day(c.from, tr("no start")), day(c.to, tr("no end")));
        page.linkRow(oursFirst ? c.b->code : c.a->code,
                     QStringLiteral("record:experiments/%1").arg(oursFirst ? c.b->experimentId : c.a->experimentId),
                     {tr("%1 / %2").arg(oursFirst ? c.b->name : c.a->name, oursFirst ? c.a->name : c.b->name),
                      locale.toString(c.overlapM2, 'f', 0), days});
    }
    page.endTable();
}

void ZoneConflictsSection::addEventClashes(HtmlBuilder &page, const Store &store, qint64 experimentId)
{
    QString error;
    const QList<EventClash> clashes = EventClashFinder::find(store, {}, &error, experimentId);
    if (clashes.isEmpty() && error.isEmpty())
        return;
    page.section(tr("City events on our sites"));
    if (!error.isEmpty()) {
        page.note(tr("The city events could not be read: %1").arg(error));
        return;
    }
    page.paragraph(tr("A city event takes a place of this experiment on some of its days: the test must stop, move "
                      "or be agreed with the organizer."));
    page.beginTable({tr("Event"), tr("Our zone"), tr("Overlap (m²)"), tr("Shared days")});
    const QLocale locale;
    for (const EventClash &c : std::as_const(clashes))
        page.row({tr("%1 (%2)").arg(c.eventName, Vocabulary::label(Vocabulary::EventKind, c.eventKind)), c.zoneName,
                  locale.toString(c.overlapM2, 'f', 0),
                  tr("%1 – %2").arg(HtmlBuilder::date(QDate::fromString(c.from, Qt::ISODate)),
                                    HtmlBuilder::date(QDate::fromString(c.to, Qt::ISODate)))});
    page.endTable();
}

} // namespace citylab
