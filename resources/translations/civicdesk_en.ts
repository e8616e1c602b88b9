<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPane</name>
    <message numerus="yes">
        <location filename="../../civicdesk/gui/panes/audit.py" line="220"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/audit.py" line="52"/>
        <source>(the newest %n entries; narrow with --since/--until for older)</source>
        <translation>
            <numerusform>(the newest %n entry; narrow with --since/--until for older)</numerusform>
            <numerusform>(the newest %n entries; narrow with --since/--until for older)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="66"/>
        <location filename="../../civicdesk/commands/backup.py" line="84"/>
        <location filename="../../civicdesk/commands/export.py" line="161"/>
        <location filename="../../civicdesk/commands/imports.py" line="105"/>
        <location filename="../../civicdesk/commands/imports.py" line="107"/>
        <location filename="../../civicdesk/commands/imports.py" line="212"/>
        <location filename="../../civicdesk/commands/imports.py" line="246"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="85"/>
        <location filename="../../civicdesk/commands/export.py" line="163"/>
        <location filename="../../civicdesk/commands/imports.py" line="106"/>
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="86"/>
        <location filename="../../civicdesk/commands/export.py" line="168"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/calendar.py" line="41"/>
        <source>%n shift(s) written to {path} (times in {zone})</source>
        <translation>
            <numerusform>%n shift written to {path} (times in {zone})</numerusform>
            <numerusform>%n shifts written to {path} (times in {zone})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/check.py" line="24"/>
        <location filename="../../civicdesk/commands/check.py" line="36"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="165"/>
        <location filename="../../civicdesk/commands/imports.py" line="210"/>
        <location filename="../../civicdesk/commands/imports.py" line="282"/>
        <source>%Ln shift(s)</source>
        <translation>
            <numerusform>%Ln shift</numerusform>
            <numerusform>%Ln shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="167"/>
        <location filename="../../civicdesk/commands/imports.py" line="211"/>
        <location filename="../../civicdesk/commands/imports.py" line="244"/>
        <location filename="../../civicdesk/commands/imports.py" line="280"/>
        <source>%Ln sign-up(s)</source>
        <translation>
            <numerusform>%Ln sign-up</numerusform>
            <numerusform>%Ln sign-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="182"/>
        <location filename="../../civicdesk/commands/export.py" line="200"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="183"/>
        <location filename="../../civicdesk/commands/export.py" line="199"/>
        <location filename="../../civicdesk/commands/move.py" line="233"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/find.py" line="36"/>
        <source>(the first %n; type more to narrow the search)</source>
        <translation>
            <numerusform>(the first %n; type more to narrow the search)</numerusform>
            <numerusform>(the first %n; type more to narrow the search)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="108"/>
        <location filename="../../civicdesk/commands/imports.py" line="245"/>
        <source>%Ln dues payment(s)</source>
        <translation>
            <numerusform>%Ln dues payment</numerusform>
            <numerusform>%Ln dues payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="209"/>
        <location filename="../../civicdesk/commands/imports.py" line="281"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/report.py" line="85"/>
        <source>{path}: {report}, %Ln byte(s)</source>
        <translation>
            <numerusform>{path}: {report}, %Ln byte</numerusform>
            <numerusform>{path}: {report}, %Ln bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
