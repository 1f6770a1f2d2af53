<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements/page.py" line="37" />
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Avtale</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="34" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Overordnet</source>
        <translation>Overordna</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="36" />
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="41" />
        <source>{n} avtaler</source>
        <translation>{n} avtalar</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="57" />
        <source>Fungerende leder for {unit}</source>
        <translation>Konstituert leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="57" />
        <source>Ny leder for {unit}</source>
        <translation>Ny leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="61" />
        <source>Ny person …</source>
        <translation>Ny person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="68" />
        <source>Har sluttdato</source>
        <translation>Har sluttdato</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="73" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="74" />
        <source>&amp;Fornavn</source>
        <translation>&amp;Førenamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="75" />
        <source>&amp;Etternavn</source>
        <translation>&amp;Etternamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="76" />
        <source>S&amp;tillingstittel</source>
        <translation>St&amp;illingstittel</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="77" />
        <source>Fr&amp;a og med</source>
        <translation>F&amp;rå og med</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="79" />
        <source>&amp;Til og med</source>
        <translation>&amp;Til og med</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Sett</source>
        <translation>Sett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="65" />
        <source>Perioder</source>
        <translation>Periodar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Sum (kr)</source>
        <translation>Sum (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="67" />
        <source>Budsjett- og regnskapssett</source>
        <translation>Budsjett- og rekneskapssett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="69" />
        <source>Sum per enhet</source>
        <translation>Sum per eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="86" />
        <source>Ingen budsjett eller regnskap er importert ennå.</source>
        <translation>Ingen budsjett eller rekneskap er importert enno.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="94" />
        <source>Sum per enhet i «{name}»</source>
        <translation>Sum per eining i «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="97" />
        <source>(ingen enhet)</source>
        <translation>(inga eining)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="166" />
        <source>Sammenligning: {a} og {b}</source>
        <translation>Samanlikning: {a} og {b}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="170" />
        <source>{a}: {ua} enheter, {fa} årsverk. {b}: {ub} enheter, {fb} årsverk. {added} nye, {removed} fjernet, {moved} flyttet, {renamed} nytt navn, {leaders} ny leder.</source>
        <translation>{a}: {ua} einingar, {fa} årsverk. {b}: {ub} einingar, {fb} årsverk. {added} nye, {removed} fjerna, {moved} flytta, {renamed} nytt namn, {leaders} ny leiar.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="179" />
        <source>(øverst)</source>
        <translation>(øvst)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="180" />
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="181" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="182" />
        <source>: enheter</source>
        <translation>: einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="183" />
        <source>: årsverk</source>
        <translation>: årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="184" />
        <source>: budsjett</source>
        <translation>: budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="188" />
        <source>Per oppfølgingsansvarlig</source>
        <translation>Per oppfølgingsansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189" />
        <location filename="../../ui/org/dialogs.py" line="191" />
        <location filename="../../ui/org/dialogs.py" line="193" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189" />
        <location filename="../../ui/org/dialogs.py" line="191" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="190" />
        <source>Nye ({n})</source>
        <translation>Nye ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="192" />
        <source>Fjernet ({n})</source>
        <translation>Fjerna ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193" />
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193" />
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="195" />
        <source>Flyttet ({n})</source>
        <translation>Flytta ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="196" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="196" />
        <location filename="../../ui/org/dialogs.py" line="198" />
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="197" />
        <source>Nytt navn ({n})</source>
        <translation>Nytt namn ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="200" />
        <source>Ny leder ({n})</source>
        <translation>Ny leiar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203" />
        <source>Budsjett fra «{name}», fordelt etter enhetenes ansvarsnumre.</source>
        <translation>Budsjett frå «{name}», fordelt etter ansvarsnumra til einingane.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21" />
        <source>Kan ikke fullføre</source>
        <translation>Kan ikkje fullføre</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28" />
        <location filename="../../ui/errors.py" line="35" />
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29" />
        <source>Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter.</source>
        <translation>Noko gjekk gale. Arbeidet som var lagra, er trygt, og programmet held fram.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.</source>
        <translation>Detaljane er skrivne til loggfila {path}. Kopier dei gjerne til brukarstøtte.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="35" />
        <source>Eksporter organisasjonen</source>
        <translation>Eksporter organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38" />
        <source>Organisasjonskart som PDF</source>
        <translation>Organisasjonskart som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38" />
        <source>Organisasjonskart som PNG</source>
        <translation>Organisasjonskart som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="39" />
        <source>Organisasjonskart som SVG</source>
        <translation>Organisasjonskart som SVG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="39" />
        <source>Enhetsliste som Excel</source>
        <translation>Einingsliste som Excel</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="45" />
        <source>Velg etter kartets form</source>
        <translation>Vel etter forma på kartet</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="46" />
        <source>Stående</source>
        <translation>Ståande</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="47" />
        <source>Liggende</source>
        <translation>Liggjande</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="48" />
        <source>Én side per underenhet av toppen</source>
        <translation>Éi side per undereining av toppen</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="49" />
        <source>Bare valgt enhet og enhetene under</source>
        <translation>Berre vald eining og einingane under</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="51" />
        <source>Vis oppfølgingsansvar i boksene</source>
        <translation>Vis oppfølgingsansvar i boksane</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="52" />
        <source>&amp;Hva</source>
        <translation>&amp;Kva</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="53" />
        <source>&amp;Papir</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="54" />
        <source>&amp;Retning</source>
        <translation>&amp;Retning</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="77" />
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="73" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="68" />
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="69" />
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="73" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="75" />
        <source>Møteoversikt for året</source>
        <translation>Møteoversyn for året</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="25" />
        <location filename="../../ui/help.py" line="31" />
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="37" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="38" />
        <source>Overordnet id</source>
        <translation>Overordna id</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="39" />
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="40" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="41" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="42" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="43" />
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="44" />
        <source>(ikke bruk)</source>
        <translation>(ikkje bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="55" />
        <source>Importer enheter fra {file}</source>
        <translation>Importer einingar frå {file}</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="65" />
        <source>&amp;Ark</source>
        <translation>&amp;Ark</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="66" />
        <source>&amp;Versjonsnavn</source>
        <translation>&amp;Versjonsnamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="68" />
        <source>Legg flere toppenheter under én ny enhet:</source>
        <translation>Legg fleire toppeiningar under éi ny eining:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="69" />
        <source>Rådmannen</source>
        <translation>Rådmannen</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="74" />
        <source>Kolonner (gjettet fra overskriftene – rett der det trengs):</source>
        <translation>Kolonnar (gjetta frå overskriftene – rett der det trengst):</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76" />
        <source>Overskrift i filen</source>
        <translation>Overskrift i fila</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76" />
        <source>Betyr</source>
        <translation>Tyder</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="81" />
        <source>Første rader:</source>
        <translation>Første rader:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="90" />
        <source>Problemer i filen</source>
        <translation>Problem i fila</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="93" />
        <source>&amp;Kontroller</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="94" />
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="128" />
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>Kva kolonnen «{h}» tyder</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="164" />
        <source>{n} enheter er klare til import. Ingen feil funnet.</source>
        <translation>{n} einingar er klare til import. Ingen feil funne.</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="183" />
        <source>Importer enheter</source>
        <translation>Importer einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="184" />
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Rådmannen</source>
        <translation>Rådmannen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Rådmannens ledergruppe</source>
        <translation>Rådmannen si leiargruppe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Stab</source>
        <translation>Stab</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Støtte</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Utviklingsenhet</source>
        <translation>Utviklingseining</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Servicetorg</source>
        <translation>Servicetorg</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Sektor samfunn</source>
        <translation>Sektor samfunn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Resultatenhet</source>
        <translation>Resultateining</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Til drøfting</source>
        <translation>Til drøfting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Evaluert</source>
        <translation>Evaluert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Erstattet</source>
        <translation>Erstatta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Lederavtale</source>
        <translation>Leiaravtale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Resultatavtale</source>
        <translation>Resultatavtale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Holdt</source>
        <translation>Halde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Utsatt</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Regnskap</source>
        <translation>Rekneskap</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Prognose</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Rådmann</source>
        <translation>Rådmann</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Kommunalsjef</source>
        <translation>Kommunalsjef</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Fungerende leder</source>
        <translation>Konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Medlem</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>okt</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>des</source>
        <translation>des</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Nylige</source>
        <translation>&amp;Nyleg brukte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;Om Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Åpner databasen …</source>
        <translation>Opnar databasen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Sider</source>
        <translation>Sider</translation>
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
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <location filename="../../ui/main_window.py" line="272" />
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog-database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>Fila finst alt. Vel Opne for å bruke ho, eller vel eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Vil du fylle den nye databasen med demokommunen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog-database (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Tryggingskopi herifrå gjeld databasefiler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Tryggingskopi skriven til {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leiar- og resultatavtalar, månadleg oppfølging og budsjett for staben til rådmannen. Verkar utan nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Om Styringsdialog</source>
        <translation>Om Styringsdialog</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="15" />
        <source>Oversikt</source>
        <translation>Oversyn</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="16" />
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="17" />
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="18" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="19" />
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <location filename="../../ui/org/commands.py" line="20" />
        <source>Flytt {name}</source>
        <translation>Flytt {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="36" />
        <location filename="../../ui/org/commands.py" line="158" />
        <source>Endre {name}</source>
        <translation>Endre {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="49" />
        <source>Endre ansvar for {name}</source>
        <translation>Endre ansvar for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="65" />
        <source>Ny enhet {name}</source>
        <translation>Ny eining {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="82" />
        <source>Slett {name}</source>
        <translation>Slett {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="128" />
        <source>Endre oppfølging for {name}</source>
        <translation>Endre oppfølging for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="143" />
        <source>Endre nettverket {name}</source>
        <translation>Endre nettverket {name}</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="46" />
        <source>gjeldende</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="47" />
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="48" />
        <source>historisk</source>
        <translation>historisk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="176" />
        <source>&amp;Versjon:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="177" />
        <source>Organisasjonsversjon</source>
        <translation>Organisasjonsversjon</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="178" />
        <source>&amp;Per dato:</source>
        <translation>&amp;Per dato:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="179" />
        <source>Vis organisasjonen per dato</source>
        <translation>Vis organisasjonen per dato</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="180" />
        <source>Nytt &amp;scenario …</source>
        <translation>Nytt &amp;scenario …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="181" />
        <source>Sa&amp;mmenlign …</source>
        <translation>Sa&amp;manlikn …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="182" />
        <source>&amp;Gjør gjeldende …</source>
        <translation>&amp;Gjer gjeldande …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="183" />
        <location filename="../../ui/org/page.py" line="391" />
        <source>Slett scenario</source>
        <translation>Slett scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="184" />
        <source>Ny &amp;enhet</source>
        <translation>Ny &amp;eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="185" />
        <location filename="../../ui/org/page.py" line="428" />
        <source>Slett enhet</source>
        <translation>Slett eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="186" />
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="187" />
        <source>E&amp;ksporter …</source>
        <translation>E&amp;ksporter …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="188" />
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="189" />
        <source>Søk enhet (Ctrl+F)</source>
        <translation>Søk eining (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="190" />
        <source>Søk etter enhet</source>
        <translation>Søk etter eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="191" />
        <source>Vis oppfølging</source>
        <translation>Vis oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="192" />
        <source>Fremhev nettverk</source>
        <translation>Framhev nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="194" />
        <source>Zoom inn</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="196" />
        <source>Zoom ut</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="197" />
        <source>Tilpass</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="198" />
        <source>Tilpass kartet til vinduet</source>
        <translation>Tilpass kartet til vindauget</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="199" />
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="200" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="201" />
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="201" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="202" />
        <source>Enhetene i organisasjonen</source>
        <translation>Einingane i organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="203" />
        <source>Organisasjonskart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="211" />
        <source>Ingen organisasjon er registrert ennå. Importer en enhetsliste.</source>
        <translation>Ingen organisasjon er registrert enno. Importer ei einingsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="244" />
        <source>Fremhev nettverk: ingen</source>
        <translation>Framhev nettverk: ingen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="246" />
        <source>Nettverk: {name} ({n})</source>
        <translation>Nettverk: {name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="257" />
        <source>{version}: {n} enheter, {vacant} uten fast leder. {mode}</source>
        <translation>{version}: {n} einingar, {vacant} utan fast leiar. {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="259" />
        <source>Historisk versjon: bare til visning.</source>
        <translation>Historisk versjon: berre til vising.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="260" />
        <source>Endringer lagres straks og kan angres med Ctrl+Z.</source>
        <translation>Endringar blir lagra straks og kan angrast med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="286" />
        <source>Ingen merknader.</source>
        <translation>Ingen merknader.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="287" />
        <source>Kontroller ({n})</source>
        <translation>Kontrollar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="351" />
        <source>Alternativ {n}</source>
        <translation>Alternativ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="365" />
        <source>Det finnes bare én versjon. Lag et scenario først.</source>
        <translation>Det finst berre éin versjon. Lag eit scenario først.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="368" />
        <source>Sammenlign</source>
        <translation>Samanlikn</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="368" />
        <source>Sammenlign med:</source>
        <translation>Samanlikn med:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="377" />
        <source>Gjør gjeldende</source>
        <translation>Gjer gjeldande</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="378" />
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før.</source>
        <translation>Frå kva dato skal «{name}» gjelde? Den gjeldande organisasjonen blir historisk dagen før.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="392" />
        <source>Slette scenariet «{name}» med alle enhetene i det? Dette kan ikke angres.</source>
        <translation>Slette scenarioet «{name}» med alle einingane i det? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="415" />
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="426" />
        <source>Slette «{name}»?</source>
        <translation>Slette «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="427" />
        <source>Slette «{name}» og de {n} enhetene under?</source>
        <translation>Slette «{name}» og dei {n} einingane under?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="428" />
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="460" />
        <source>Fungerende leder for {unit}</source>
        <translation>Konstituert leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="461" />
        <source>Ny leder for {unit}</source>
        <translation>Ny leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="466" />
        <location filename="../../ui/org/page.py" line="468" />
        <source>Avslutt stilling</source>
        <translation>Avslutt stilling</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="466" />
        <source>Siste dag i stillingen:</source>
        <translation>Siste dag i stillinga:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="487" />
        <source>Fant ingen enhet som passer «{text}».</source>
        <translation>Fann inga eining som passar «{text}».</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="499" />
        <source>Treff {i} av {n}: {name}</source>
        <translation>Treff {i} av {n}: {name}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="73" />
        <location filename="../../ui/overview/page.py" line="74" />
        <source>Enheter uten fast leder</source>
        <translation>Einingar utan fast leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="79" />
        <source>Databasen er tom. Velg Fil → Ny database for å lage demokommunen, eller importer en enhetsliste.</source>
        <translation>Databasen er tom. Vel Fil → Ny database for å lage demokommunen, eller importer ei einingsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="82" />
        <source>{n} innbyggere</source>
        <translation>{n} innbyggjarar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="85" />
        <source>kommunenr. {nr}</source>
        <translation>kommunenr. {nr}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="86" />
        <source>per {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="89" />
        <source>enheter</source>
        <translation>einingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="89" />
        <source>{n} resultatenheter</source>
        <translation>{n} resultateiningar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="90" />
        <source>ledere i stilling</source>
        <translation>leiarar i stilling</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="91" />
        <source>ledige lederstillinger</source>
        <translation>ledige leiarstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="92" />
        <source>{n} med fungerende leder</source>
        <translation>{n} med konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="93" />
        <source>avtaler for {year}</source>
        <translation>avtalar for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="94" />
        <source>{n} signert</source>
        <translation>{n} signerte</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="95" />
        <source>oppfølgingsmøter denne måneden</source>
        <translation>oppfølgingsmøte denne månaden</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="96" />
        <source>{n} holdt</source>
        <translation>{n} haldne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="97" />
        <source>åpne oppfølgingspunkter</source>
        <translation>opne oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="98" />
        <source>{n} forfalt</source>
        <translation>{n} forfalne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="105" />
        <source>fungerende: {name}</source>
        <translation>konstituert: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="106" />
        <source>ingen fungerende leder</source>
        <translation>ingen konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="109" />
        <source>Alle enheter har leder.</source>
        <translation>Alle einingar har leiar.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="128" />
        <source>Nytt scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="130" />
        <source>Kopi av «{name}». Endringer i scenariet rører ikke originalen.</source>
        <translation>Kopi av «{name}». Endringar i scenarioet rører ikkje originalen.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="134" />
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="135" />
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Skildring</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="41" />
        <source>Noen andre har endret dette mens du arbeidet. Endringen din er ikke lagret; last inn på nytt og gjør den igjen.</source>
        <translation>Nokon andre har endra dette medan du arbeidde. Endringa di er ikkje lagra; last inn på nytt og gjer ho igjen.</translation>
    </message>
</context>
<context>
    <name>UnitDetailForm</name>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Kortnavn</source>
        <translation>&amp;Kortnamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="173" />
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>Å&amp;rsverk</source>
        <translation>Å&amp;rsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="174" />
        <source>An&amp;satte</source>
        <translation>Tilsett&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="175" />
        <source>&amp;Ansvar</source>
        <translation>&amp;Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="175" />
        <source>&amp;Oppfølging</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="176" />
        <source>&amp;Samarbeid</source>
        <translation>&amp;Samarbeid</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="176" />
        <source>Å&amp;r følger</source>
        <translation>År &amp;følgjer</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="177" />
        <source>Arbeids&amp;område</source>
        <translation>Arbei&amp;dsområde</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="177" />
        <source>&amp;Tjenester (én per linje)</source>
        <translation>&amp;Tenester (éi per linje)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="183" />
        <source>Kalenderår</source>
        <translation>Kalenderår</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="184" />
        <source>Skoleår</source>
        <translation>Skuleår</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="185" />
        <source>Ekstern enhet eller samarbeid (f.eks. NAV, IKS)</source>
        <translation>Ekstern eining eller samarbeid (t.d. NAV, IKS)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="186" />
        <location filename="../../ui/org/detail_form.py" line="188" />
        <source>Ledere og stillinger</source>
        <translation>Leiarar og stillingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="187" />
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="189" />
        <source>Ny &amp;leder …</source>
        <translation>Ny &amp;leiar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="190" />
        <source>&amp;Fungerende leder …</source>
        <translation>Konstit&amp;uert leiar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="191" />
        <source>&amp;Avslutt stilling …</source>
        <translation>A&amp;vslutt stilling …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="192" />
        <location filename="../../ui/org/detail_form.py" line="193" />
        <source>Nettverk</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="204" />
        <source>Velg en enhet i treet eller kartet.</source>
        <translation>Vel ei eining i treet eller kartet.</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="219" />
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/org/tree_model.py" line="119" />
        <source>Ledig (fungerende: {name})</source>
        <translation>Ledig (konstituert: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/tree_model.py" line="120" />
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
</context>
</TS>
