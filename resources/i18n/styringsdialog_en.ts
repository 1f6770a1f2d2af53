<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements/page.py" line="37" />
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Overordnet</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="36" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="41" />
        <source>{n} avtaler</source>
        <translation>{n} agreements</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="57" />
        <source>Fungerende leder for {unit}</source>
        <translation>Acting leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="57" />
        <source>Ny leder for {unit}</source>
        <translation>New leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="61" />
        <source>Ny person …</source>
        <translation>New person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="68" />
        <source>Har sluttdato</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="73" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="74" />
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="75" />
        <source>&amp;Etternavn</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="76" />
        <source>S&amp;tillingstittel</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="77" />
        <source>Fr&amp;a og med</source>
        <translation>Fr&amp;om</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="79" />
        <source>&amp;Til og med</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Sett</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Perioder</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <source>Linjer</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Sum (kr)</source>
        <translation>Total (NOK)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="67" />
        <source>Budsjett- og regnskapssett</source>
        <translation>Budget and accounts sets</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="69" />
        <source>Sum per enhet</source>
        <translation>Total per unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="86" />
        <source>Ingen budsjett eller regnskap er importert ennå.</source>
        <translation>No budget or accounts have been imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="94" />
        <source>Sum per enhet i «{name}»</source>
        <translation>Total per unit in “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="97" />
        <source>(ingen enhet)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="166" />
        <source>Sammenligning: {a} og {b}</source>
        <translation>Comparison: {a} and {b}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="170" />
        <source>{a}: {ua} enheter, {fa} årsverk. {b}: {ub} enheter, {fb} årsverk. {added} nye, {removed} fjernet, {moved} flyttet, {renamed} nytt navn, {leaders} ny leder.</source>
        <translation>{a}: {ua} units, {fa} FTEs. {b}: {ub} units, {fb} FTEs. {added} new, {removed} removed, {moved} moved, {renamed} renamed, {leaders} with a new leader.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="179" />
        <source>(øverst)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="180" />
        <source>Ledig</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="181" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="182" />
        <source>: enheter</source>
        <translation>: units</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="183" />
        <source>: årsverk</source>
        <translation>: FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="184" />
        <source>: budsjett</source>
        <translation>: budget</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="188" />
        <source>Per oppfølgingsansvarlig</source>
        <translation>By follow-up lead</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189" />
        <location filename="../../ui/org/dialogs.py" line="191" />
        <location filename="../../ui/org/dialogs.py" line="193" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189" />
        <location filename="../../ui/org/dialogs.py" line="191" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="190" />
        <source>Nye ({n})</source>
        <translation>New ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="192" />
        <source>Fjernet ({n})</source>
        <translation>Removed ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="195" />
        <source>Flyttet ({n})</source>
        <translation>Moved ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="196" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="196" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="197" />
        <source>Nytt navn ({n})</source>
        <translation>Renamed ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="200" />
        <source>Ny leder ({n})</source>
        <translation>New leader ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203" />
        <source>Budsjett fra «{name}», fordelt etter enhetenes ansvarsnumre.</source>
        <translation>Budget from “{name}”, allocated by the units' responsibility codes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21" />
        <source>Kan ikke fullføre</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28" />
        <location filename="../../ui/errors.py" line="35" />
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29" />
        <source>Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter.</source>
        <translation>Something went wrong. Work that was saved is safe, and the program carries on.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.</source>
        <translation>The details are written to the log file {path}. Feel free to copy them to your support staff.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="35" />
        <source>Eksporter organisasjonen</source>
        <translation>Export the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38" />
        <source>Organisasjonskart som PDF</source>
        <translation>Organisation chart as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38" />
        <source>Organisasjonskart som PNG</source>
        <translation>Organisation chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="39" />
        <source>Organisasjonskart som SVG</source>
        <translation>Organisation chart as SVG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="39" />
        <source>Enhetsliste som Excel</source>
        <translation>Unit list as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="45" />
        <source>Velg etter kartets form</source>
        <translation>Match the chart's shape</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="46" />
        <source>Stående</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="47" />
        <source>Liggende</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="48" />
        <source>Én side per underenhet av toppen</source>
        <translation>One page per unit directly under the top</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="49" />
        <source>Bare valgt enhet og enhetene under</source>
        <translation>Only the selected unit and the units below it</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="51" />
        <source>Vis oppfølgingsansvar i boksene</source>
        <translation>Show follow-up leads in the boxes</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="52" />
        <source>&amp;Hva</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="53" />
        <source>&amp;Papir</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="54" />
        <source>&amp;Retning</source>
        <translation>&amp;Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="77" />
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="73" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="68" />
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="69" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="73" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="75" />
        <source>Møteoversikt for året</source>
        <translation>Meetings of the year</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="25" />
        <location filename="../../ui/help.py" line="31" />
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="37" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="38" />
        <source>Overordnet id</source>
        <translation>Parent ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="39" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="40" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="41" />
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="42" />
        <source>Ansvar</source>
        <translation>Responsibility code</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="43" />
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="44" />
        <source>(ikke bruk)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="55" />
        <source>Importer enheter fra {file}</source>
        <translation>Import units from {file}</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="65" />
        <source>&amp;Ark</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="66" />
        <source>&amp;Versjonsnavn</source>
        <translation>&amp;Version name</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="68" />
        <source>Legg flere toppenheter under én ny enhet:</source>
        <translation>Put several top-level units under one new unit:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="69" />
        <source>Rådmannen</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="74" />
        <source>Kolonner (gjettet fra overskriftene – rett der det trengs):</source>
        <translation>Columns (guessed from the headings – correct them where needed):</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76" />
        <source>Overskrift i filen</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76" />
        <source>Betyr</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="81" />
        <source>Første rader:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="90" />
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="93" />
        <source>&amp;Kontroller</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="94" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="128" />
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>What the column “{h}” means</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="164" />
        <source>{n} enheter er klare til import. Ingen feil funnet.</source>
        <translation>{n} units are ready to import. No errors found.</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="183" />
        <source>Importer enheter</source>
        <translation>Import units</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="184" />
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Rådmannen</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Rådmannens ledergruppe</source>
        <translation>Chief executive's top team</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Stab</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Støtte</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Utviklingsenhet</source>
        <translation>Development unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Servicetorg</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Sektor samfunn</source>
        <translation>Community sector</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Resultatenhet</source>
        <translation>Result unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Til drøfting</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Evaluert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Erstattet</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Lederavtale</source>
        <translation>Leader agreement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Resultatavtale</source>
        <translation>Result agreement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Holdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Utsatt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Regnskap</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Rådmann</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Kommunalsjef</source>
        <translation>Director of services</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Fungerende leder</source>
        <translation>Acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>des</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Nylige</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;About Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <location filename="../../ui/main_window.py" line="243" />
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>The file already exists. Choose Open to use it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Do you want to fill the new database with the demo municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>Åpne database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog database (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Backups from here apply to database files.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisation chart, leader and result agreements, monthly follow-up and budget for the chief executive's staff. Works without a network.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Om Styringsdialog</source>
        <translation>About Styringsdialog</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="15" />
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="16" />
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="17" />
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="18" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="19" />
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <location filename="../../ui/org/commands.py" line="20" />
        <source>Flytt {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="36" />
        <location filename="../../ui/org/commands.py" line="158" />
        <source>Endre {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="49" />
        <source>Endre ansvar for {name}</source>
        <translation>Edit responsibility codes for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="65" />
        <source>Ny enhet {name}</source>
        <translation>New unit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="82" />
        <source>Slett {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="128" />
        <source>Endre oppfølging for {name}</source>
        <translation>Edit follow-up for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="143" />
        <source>Endre nettverket {name}</source>
        <translation>Edit the network {name}</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="46" />
        <source>gjeldende</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="47" />
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="48" />
        <source>historisk</source>
        <translation>historical</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="176" />
        <source>&amp;Versjon:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="177" />
        <source>Organisasjonsversjon</source>
        <translation>Organisation version</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="178" />
        <source>&amp;Per dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="179" />
        <source>Vis organisasjonen per dato</source>
        <translation>Show the organisation as of a date</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="180" />
        <source>Nytt &amp;scenario …</source>
        <translation>New &amp;scenario …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="181" />
        <source>Sa&amp;mmenlign …</source>
        <translation>Co&amp;mpare …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="182" />
        <source>&amp;Gjør gjeldende …</source>
        <translation>Make &amp;current …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="183" />
        <location filename="../../ui/org/page.py" line="391" />
        <source>Slett scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="184" />
        <source>Ny &amp;enhet</source>
        <translation>New &amp;unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="185" />
        <location filename="../../ui/org/page.py" line="428" />
        <source>Slett enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="186" />
        <source>&amp;Importer …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="187" />
        <source>E&amp;ksporter …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="188" />
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="189" />
        <source>Søk enhet (Ctrl+F)</source>
        <translation>Find unit (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="190" />
        <source>Søk etter enhet</source>
        <translation>Search for a unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="191" />
        <source>Vis oppfølging</source>
        <translation>Show follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="192" />
        <source>Fremhev nettverk</source>
        <translation>Highlight network</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="194" />
        <source>Zoom inn</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="196" />
        <source>Zoom ut</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="197" />
        <source>Tilpass</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="198" />
        <source>Tilpass kartet til vinduet</source>
        <translation>Fit the chart to the window</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="199" />
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="201" />
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="201" />
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="202" />
        <source>Enhetene i organisasjonen</source>
        <translation>The units of the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="203" />
        <source>Organisasjonskart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="211" />
        <source>Ingen organisasjon er registrert ennå. Importer en enhetsliste.</source>
        <translation>No organisation has been registered yet. Import a unit list.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="244" />
        <source>Fremhev nettverk: ingen</source>
        <translation>Highlight network: none</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="246" />
        <source>Nettverk: {name} ({n})</source>
        <translation>Network: {name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="257" />
        <source>{version}: {n} enheter, {vacant} uten fast leder. {mode}</source>
        <translation>{version}: {n} units, {vacant} without a permanent leader. {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="259" />
        <source>Historisk versjon: bare til visning.</source>
        <translation>Historical version: view only.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="260" />
        <source>Endringer lagres straks og kan angres med Ctrl+Z.</source>
        <translation>Changes are saved at once and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="286" />
        <source>Ingen merknader.</source>
        <translation>No issues.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="287" />
        <source>Kontroller ({n})</source>
        <translation>Checks ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="351" />
        <source>Alternativ {n}</source>
        <translation>Alternative {n}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="365" />
        <source>Det finnes bare én versjon. Lag et scenario først.</source>
        <translation>There is only one version. Create a scenario first.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="368" />
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="368" />
        <source>Sammenlign med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="377" />
        <source>Gjør gjeldende</source>
        <translation>Make current</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="378" />
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før.</source>
        <translation>From which date should “{name}” apply? The current organisation becomes historical the day before.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="392" />
        <source>Slette scenariet «{name}» med alle enhetene i det? Dette kan ikke angres.</source>
        <translation>Delete the scenario “{name}” with all its units? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="415" />
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="426" />
        <source>Slette «{name}»?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="427" />
        <source>Slette «{name}» og de {n} enhetene under?</source>
        <translation>Delete “{name}” and the {n} units below it?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="428" />
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="460" />
        <source>Fungerende leder for {unit}</source>
        <translation>Acting leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="461" />
        <source>Ny leder for {unit}</source>
        <translation>New leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="466" />
        <location filename="../../ui/org/page.py" line="468" />
        <source>Avslutt stilling</source>
        <translation>End position</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="466" />
        <source>Siste dag i stillingen:</source>
        <translation>Last day in the position:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="487" />
        <source>Fant ingen enhet som passer «{text}».</source>
        <translation>No unit matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="499" />
        <source>Treff {i} av {n}: {name}</source>
        <translation>Match {i} of {n}: {name}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="73" />
        <location filename="../../ui/overview/page.py" line="74" />
        <source>Enheter uten fast leder</source>
        <translation>Units without a permanent leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="79" />
        <source>Databasen er tom. Velg Fil → Ny database for å lage demokommunen, eller importer en enhetsliste.</source>
        <translation>The database is empty. Choose File → New database to create the demo municipality, or import a unit list.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="82" />
        <source>{n} innbyggere</source>
        <translation>{n} inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="85" />
        <source>kommunenr. {nr}</source>
        <translation>municipality no. {nr}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="86" />
        <source>per {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="89" />
        <source>enheter</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="89" />
        <source>{n} resultatenheter</source>
        <translation>{n} result units</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="90" />
        <source>ledere i stilling</source>
        <translation>leaders in post</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="91" />
        <source>ledige lederstillinger</source>
        <translation>vacant leader posts</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="92" />
        <source>{n} med fungerende leder</source>
        <translation>{n} with an acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="93" />
        <source>avtaler for {year}</source>
        <translation>agreements for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="94" />
        <source>{n} signert</source>
        <translation>{n} signed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="95" />
        <source>oppfølgingsmøter denne måneden</source>
        <translation>follow-up meetings this month</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="96" />
        <source>{n} holdt</source>
        <translation>{n} held</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="97" />
        <source>åpne oppfølgingspunkter</source>
        <translation>open action items</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="98" />
        <source>{n} forfalt</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="105" />
        <source>fungerende: {name}</source>
        <translation>acting: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="106" />
        <source>ingen fungerende leder</source>
        <translation>no acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="109" />
        <source>Alle enheter har leder.</source>
        <translation>Every unit has a leader.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="128" />
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="130" />
        <source>Kopi av «{name}». Endringer i scenariet rører ikke originalen.</source>
        <translation>Copy of “{name}”. Changes in the scenario do not affect the original.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="134" />
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="135" />
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="41" />
        <source>Noen andre har endret dette mens du arbeidet. Endringen din er ikke lagret; last inn på nytt og gjør den igjen.</source>
        <translation>Someone else changed this while you were working. Your change has not been saved; reload and make it again.</translation>
    </message>
</context>
<context>
    <name>UnitDetailForm</name>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Kortnavn</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>Å&amp;rsverk</source>
        <translation>&amp;FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>An&amp;satte</source>
        <translation>E&amp;mployees</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="175" />
        <source>&amp;Ansvar</source>
        <translation>&amp;Responsibility codes</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="175" />
        <source>&amp;Oppfølging</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="176" />
        <source>&amp;Samarbeid</source>
        <translation>&amp;Partnership</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="176" />
        <source>Å&amp;r følger</source>
        <translation>&amp;Year follows</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="177" />
        <source>Arbeids&amp;område</source>
        <translation>Area of &amp;work</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="177" />
        <source>&amp;Tjenester (én per linje)</source>
        <translation>Ser&amp;vices (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="183" />
        <source>Kalenderår</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="184" />
        <source>Skoleår</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="185" />
        <source>Ekstern enhet eller samarbeid (f.eks. NAV, IKS)</source>
        <translation>External unit or partnership (e.g. NAV, IKS)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="186" />
        <location filename="../../ui/org/detail_form.py" line="188" />
        <source>Ledere og stillinger</source>
        <translation>Leaders and positions</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="189" />
        <source>Ny &amp;leder …</source>
        <translation>New &amp;leader …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="190" />
        <source>&amp;Fungerende leder …</source>
        <translation>&amp;Acting leader …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="191" />
        <source>&amp;Avslutt stilling …</source>
        <translation>&amp;End position …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="192" />
        <location filename="../../ui/org/detail_form.py" line="193" />
        <source>Nettverk</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="204" />
        <source>Velg en enhet i treet eller kartet.</source>
        <translation>Select a unit in the tree or the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="219" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/org/tree_model.py" line="119" />
        <source>Ledig (fungerende: {name})</source>
        <translation>Vacant (acting: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/tree_model.py" line="120" />
        <source>Ledig</source>
        <translation>Vacant</translation>
    </message>
</context>
</TS>
