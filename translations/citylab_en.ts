<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
