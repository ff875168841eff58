<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeadlineExplanation</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1 to %2: %n day(s) not counted, waiting for the integration</source>
        <translation>
            <numerusform>from %1 to %2: %n day not counted, waiting for the integration</numerusform>
            <numerusform>from %1 to %2: %n days not counted, waiting for the integration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since %1, waiting for the integration: the clock stands with %n day(s) left</source>
        <translation>
            <numerusform>since %1, waiting for the integration: the clock stands with %n day left</numerusform>
            <numerusform>since %1, waiting for the integration: the clock stands with %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n day(s) = %2</source>
        <translation>
            <numerusform>%1 + %n day = %2</numerusform>
            <numerusform>%1 + %n days = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %2 + %n day(s) suspended = %3</source>
        <translation>
            <numerusform>%1 + %2 + %n day suspended = %3</numerusform>
            <numerusform>%1 + %2 + %n days suspended = %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected</source>
        <translation>
            <numerusform>%n field where %1 are expected</numerusform>
            <numerusform>%n fields where %1 are expected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::AgreementDetailPanel</name>
    <message numerus="yes">
        <source>%n day(s) before it ends</source>
        <translation>
            <numerusform>%n day before it ends</numerusform>
            <numerusform>%n days before it ends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::AgreementsView</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::Art36Application</name>
    <message numerus="yes">
        <source>the duration (at most %n month(s))</source>
        <translation>
            <numerusform>the duration (at most %n month)</numerusform>
            <numerusform>the duration (at most %n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::Art36Section</name>
    <message numerus="yes">
        <source>Duration, at most %n month(s)</source>
        <translation>
            <numerusform>Duration, at most %n month</numerusform>
            <numerusform>Duration, at most %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BarrierDetailPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n day so far</numerusform>
            <numerusform>%n days so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BarrierEvidence</name>
    <message numerus="yes">
        <source>%n experiment(s) tested the rule.</source>
        <translation>
            <numerusform>%n experiment tested the rule.</numerusform>
            <numerusform>%n experiments tested the rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No target measured yet (%n set).</source>
        <translation>
            <numerusform>No target measured yet (%n set).</numerusform>
            <numerusform>No target measured yet (%n set).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measured target(s) met.</source>
        <translation>
            <numerusform>%1 of %n measured target met.</numerusform>
            <numerusform>%1 of %n measured targets met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), %1 serious or critical.</source>
        <translation>
            <numerusform>%n incident, %1 serious or critical.</numerusform>
            <numerusform>%n incidents, %1 serious or critical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n recorded track(s) stayed within what was authorized.</source>
        <translation>
            <numerusform>The one recorded track stayed within what was authorized.</numerusform>
            <numerusform>Every one of %n recorded tracks stayed within what was authorized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s) outside what was authorized</source>
        <translation>
            <numerusform>%n excursion outside what was authorized</numerusform>
            <numerusform>%n excursions outside what was authorized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n recorded track(s).</source>
        <translation>
            <numerusform>in %n recorded track.</numerusform>
            <numerusform>in %n recorded tracks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests decided in %n day(s) on average</source>
        <translation>
            <numerusform>Requests decided in %n day on average</numerusform>
            <numerusform>Requests decided in %n days on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still pending.</source>
        <translation>
            <numerusform>; %n still pending.</numerusform>
            <numerusform>; %n still pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still pending.</source>
        <translation>
            <numerusform>%n request still pending.</numerusform>
            <numerusform>%n requests still pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BarrierReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n day so far</numerusform>
            <numerusform>%n days so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BarriersView</name>
    <message numerus="yes">
        <source>%n barrier(s)</source>
        <translation>
            <numerusform>%n barrier</numerusform>
            <numerusform>%n barriers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BlockerCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending, average wait %1 days, worst %2 days</source>
        <translation>
            <numerusform>%n pending, average wait %1 days, worst %2 days</numerusform>
            <numerusform>%n pending, average wait %1 days, worst %2 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::BlockersView</name>
    <message numerus="yes">
        <source>Past the %n statutory day(s).</source>
        <translation>
            <numerusform>Past the statutory day.</numerusform>
            <numerusform>Past the %n statutory days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s) held up, by %1.</source>
        <translation>
            <numerusform>%n experiment held up, by %1.</numerusform>
            <numerusform>%n experiments held up, by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::CallPanel</name>
    <message numerus="yes">
        <source>It is kept: %n check(s) or score(s) of the committee refer to it. Edit it instead.</source>
        <translation>
            <numerusform>It is kept: one check or score of the committee refers to it. Edit it instead.</numerusform>
            <numerusform>It is kept: %n checks or scores of the committee refer to it. Edit it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ChartTableDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::CityEventsDialog</name>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported from %1.</source>
        <translation>
            <numerusform>%n event imported from %1.</numerusform>
            <numerusform>%n events imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due within %n day(s).</source>
        <translation>
            <numerusform>Nothing due within %n day.</numerusform>
            <numerusform>Nothing due within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflict(s) between zones of different experiments active on %1.</source>
        <translation>
            <numerusform>%n conflict between zones of different experiments active on %1.</numerusform>
            <numerusform>%n conflicts between zones of different experiments active on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between zones of different experiments, on any day.</source>
        <translation>
            <numerusform>%n conflict between zones of different experiments, on any day.</numerusform>
            <numerusform>%n conflicts between zones of different experiments, on any day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::CoordinateText</name>
    <message numerus="yes">
        <source>A zone needs at least three different corners, one per line (%n given).</source>
        <translation>
            <numerusform>A zone needs at least three different corners, one per line (%n given).</numerusform>
            <numerusform>A zone needs at least three different corners, one per line (%n given).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::DraftCommand</name>
    <message numerus="yes">
        <source>warning: %n placeholder(s) could not be filled and are marked in the letter: %1</source>
        <translation>
            <numerusform>warning: %n placeholder could not be filled and are marked in the letter: %1</numerusform>
            <numerusform>warning: %n placeholders could not be filled and are marked in the letter: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::DraftContext</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::DraftExporter</name>
    <message numerus="yes">
        <source>Experiment %1: %n zone(s).</source>
        <translation>
            <numerusform>Experiment %1: %n zone.</numerusform>
            <numerusform>Experiment %1: %n zones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentBlockers</name>
    <message numerus="yes">
        <source>The admissibility check is not finished: %n item(s) not checked yet.</source>
        <translation>
            <numerusform>The admissibility check is not finished: one item not checked yet.</numerusform>
            <numerusform>The admissibility check is not finished: %n items not checked yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentCardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentDetailPanel</name>
    <message numerus="yes">
        <source>%n zone(s), active from %1 to %2</source>
        <translation>
            <numerusform>%n zone, active from %1 to %2</numerusform>
            <numerusform>%n zones, active from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), the last on %1</source>
        <translation>
            <numerusform>%n interaction, the last on %1</numerusform>
            <numerusform>%n interactions, the last on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n contacts</source>
        <translation>
            <numerusform>Show all %n contacts</numerusform>
            <numerusform>Show all %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ExperimentsView</name>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::FootprintCommand</name>
    <message numerus="yes">
        <source>%1: %n point(s) from %2 to %3</source>
        <translation>
            <numerusform>%1: %n point from %2 to %3</numerusform>
            <numerusform>%1: %n points from %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s):</source>
        <translation>
            <numerusform>%n excursion:</numerusform>
            <numerusform>%n excursions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::FootprintSection</name>
    <message numerus="yes">
        <source>%n excursion(s) outside what was authorized.</source>
        <translation>
            <numerusform>%n excursion outside what was authorized.</numerusform>
            <numerusform>%n excursions outside what was authorized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; citylab footprint lists them all.</source>
        <translation>
            <numerusform>… and %n more; citylab footprint lists them all.</numerusform>
            <numerusform>… and %n more; citylab footprint lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) compared with the experiment&apos;s zones.</source>
        <translation>
            <numerusform>%1: %n point compared with the experiment&apos;s zones.</numerusform>
            <numerusform>%1: %n points compared with the experiment&apos;s zones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MapView</name>
    <message numerus="yes">
        <source>%n zone(s) shown</source>
        <translation>
            <numerusform>%n zone shown</numerusform>
            <numerusform>%n zones shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without dates, shown every day</source>
        <translation>
            <numerusform>%n of them without dates, shown every day</numerusform>
            <numerusform>%n of them without dates, shown every day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) cannot be drawn, their outline is unreadable: %1</source>
        <translation>
            <numerusform>%n zone cannot be drawn, its outline is unreadable: %1</numerusform>
            <numerusform>%n zones cannot be drawn, their outline is unreadable: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) cannot be drawn, their outline is unreadable: %1</source>
        <translation>
            <numerusform>%n city event cannot be drawn, its outline is unreadable: %1</numerusform>
            <numerusform>%n city events cannot be drawn, their outline is unreadable: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) shown</source>
        <translation>
            <numerusform>%n city event shown</numerusform>
            <numerusform>%n city events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MeasurementCommands</name>
    <message numerus="yes">
        <source>%n more error(s) not shown</source>
        <translation>
            <numerusform>%n more error not shown</numerusform>
            <numerusform>%n more errors not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) imported from %1 in %2 s</source>
        <translation>
            <numerusform>%n measurement imported from %1 in %2 s</numerusform>
            <numerusform>%n measurements imported from %1 in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>%n more warning not shown</numerusform>
            <numerusform>%n more warnings not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MeasurementImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read. Correct the file (or the columns) and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be read. Correct the file (or the columns) and import it again.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be read. Correct the file (or the columns) and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) imported into %1.</source>
        <translation>
            <numerusform>%n measurement imported into %1.</numerusform>
            <numerusform>%n measurements imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a local time at a change of summer time:</source>
        <translation>
            <numerusform>%n row has a local time at a change of summer time:</numerusform>
            <numerusform>%n rows have a local time at a change of summer time:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MetricCatalog</name>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %2 measurements in %n experiment(s), which would be lost with it. Edit its name or description instead.</source>
        <translation>
            <numerusform>%1 cannot be deleted: it has %2 measurements in %n experiment, which would be lost with it. Edit its name or description instead.</numerusform>
            <numerusform>%1 cannot be deleted: it has %2 measurements in %n experiments, which would be lost with it. Edit its name or description instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::MetricsManager</name>
    <message numerus="yes">
        <source>Delete %1? Its %n target(s) in experiments will be deleted too (Undo brings them back).</source>
        <translation>
            <numerusform>Delete %1? Its %n target in experiments will be deleted too (Undo brings them back).</numerusform>
            <numerusform>Delete %1? Its %n targets in experiments will be deleted too (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationDetailPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::OrganizationsView</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::PersonErasureDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;The name, role, e-mail, phone and notes of &lt;b&gt;%1&lt;/b&gt; will be erased from this file, and from the change history, which keeps a dated note that an erasure happened and by whom. Their contacts stay linked to “%2”.&lt;/p&gt;&lt;p&gt;This cannot be undone. Daily backups made before today keep the person&apos;s data until they are replaced (CityLab keeps the last %n), and so do copies outside CityLab.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The name, role, e-mail, phone and notes of &lt;b&gt;%1&lt;/b&gt; will be erased from this file, and from the change history, which keeps a dated note that an erasure happened and by whom. Their contacts stay linked to “%2”.&lt;/p&gt;&lt;p&gt;This cannot be undone. Daily backups made before today keep the person&apos;s data until they are replaced (CityLab keeps the last one), and so do copies outside CityLab.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The name, role, e-mail, phone and notes of &lt;b&gt;%1&lt;/b&gt; will be erased from this file, and from the change history, which keeps a dated note that an erasure happened and by whom. Their contacts stay linked to “%2”.&lt;/p&gt;&lt;p&gt;This cannot be undone. Daily backups made before today keep the person&apos;s data until they are replaced (CityLab keeps the last %n), and so do copies outside CityLab.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ReportGenerator</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measurement(s) in the period</source>
        <translation>
            <numerusform>%1: %n measurement in the period</numerusform>
            <numerusform>%1: %n measurements in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) with a target</source>
        <translation>
            <numerusform>%n metric with a target</numerusform>
            <numerusform>%n metrics with a target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s), %1 points</source>
        <translation>
            <numerusform>%n track, %1 points</numerusform>
            <numerusform>%n tracks, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excursion(s): %1 outside the zones, %2 outside the dates, %3 outside the hours, %4 too high</source>
        <translation>
            <numerusform>%n excursion: %1 outside the zones, %2 outside the dates, %3 outside the hours, %4 too high</numerusform>
            <numerusform>%n excursions: %1 outside the zones, %2 outside the dates, %3 outside the hours, %4 too high</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::RequestDetailPanel</name>
    <message numerus="yes">
        <source>%n revision(s) kept.</source>
        <translation>
            <numerusform>%n revision kept.</numerusform>
            <numerusform>%n revisions kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::RequestsView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::SearchDialog</name>
    <message numerus="yes">
        <source>Type at least %n letter(s) of a word.</source>
        <translation>
            <numerusform>Type at least %n letter of a word.</numerusform>
            <numerusform>Type at least %n letters of a word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::SearchIndex</name>
    <message numerus="yes">
        <source>Experiments (%n)</source>
        <translation>
            <numerusform>Experiments (%n)</numerusform>
            <numerusform>Experiments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organizations (%n)</source>
        <translation>
            <numerusform>Organizations (%n)</numerusform>
            <numerusform>Organizations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements (%n)</source>
        <translation>
            <numerusform>Agreements (%n)</numerusform>
            <numerusform>Agreements (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regulatory requests (%n)</source>
        <translation>
            <numerusform>Regulatory requests (%n)</numerusform>
            <numerusform>Regulatory requests (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts log (%n)</source>
        <translation>
            <numerusform>Contacts log (%n)</numerusform>
            <numerusform>Contacts log (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zones (%n)</source>
        <translation>
            <numerusform>Zones (%n)</numerusform>
            <numerusform>Zones (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::StoreCheck</name>
    <message numerus="yes">
        <source>%n measurement(s) belong to no import of their experiment.</source>
        <translation>
            <numerusform>%n measurement belongs to no import of its experiment.</numerusform>
            <numerusform>%n measurements belong to no import of their experiment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::TeamSyncActions</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced — %n change(s) waiting</source>
        <translation>
            <numerusform>Not synced — %n change waiting</numerusform>
            <numerusform>Not synced — %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::TestPlanSection</name>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drone(s)</source>
        <translation>
            <numerusform>%n drone</numerusform>
            <numerusform>%n drones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s)</source>
        <translation>
            <numerusform>%n robot</numerusform>
            <numerusform>%n robots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>expires on %1, in %n day</numerusform>
            <numerusform>expires on %1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::TilePrefetch</name>
    <message numerus="yes">
        <source>Cancelled after %n tile(s).</source>
        <translation>
            <numerusform>Cancelled after %n tile.</numerusform>
            <numerusform>Cancelled after %n tiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::TileSettingsDialog</name>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n tile</numerusform>
            <numerusform>%n tiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s): %1</source>
        <translation>
            <numerusform>%n tile: %1</numerusform>
            <numerusform>%n tiles: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::TodayView</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneCommands</name>
    <message numerus="yes">
        <source>%n zone(s) imported from %1 into %2</source>
        <translation>
            <numerusform>%n zone imported from %1 into %2</numerusform>
            <numerusform>%n zones imported from %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) exported to %1</source>
        <translation>
            <numerusform>%n zone exported to %1</numerusform>
            <numerusform>%n zones exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n city event(s) imported from %1</source>
        <translation>
            <numerusform>%n city event imported from %1</numerusform>
            <numerusform>%n city events imported from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneEditing</name>
    <message numerus="yes">
        <source>%n measurement(s) taken in it keep their values but no longer name the zone, also after an undo.</source>
        <translation>
            <numerusform>%n measurement taken in it keep their values but no longer name the zone, also after an undo.</numerusform>
            <numerusform>%n measurements taken in it keep their values but no longer name the zone, also after an undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileActions</name>
    <message numerus="yes">
        <source>%n zone(s) imported from %1 into %2.</source>
        <translation>
            <numerusform>%n zone imported from %1 into %2.</numerusform>
            <numerusform>%n zones imported from %1 into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) written to %1.</source>
        <translation>
            <numerusform>%n zone written to %1.</numerusform>
            <numerusform>%n zones written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to fix in the file, then import it again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem to fix in the file, then import it again.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems to fix in the file, then import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citylab::ZoneFileReader</name>
    <message numerus="yes">
        <source>, and %n more position(s) out of range</source>
        <translation>
            <numerusform>, and %n more position out of range</numerusform>
            <numerusform>, and %n more positions out of range</numerusform>
        </translation>
    </message>
</context>
</TS>
