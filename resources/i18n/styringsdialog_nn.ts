<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements/page.py" line="33" />
        <location filename="../../ui/agreements/page.py" line="39" />
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="36" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="36" />
        <source>Avtale</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="36" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="37" />
        <source>Overordnet</source>
        <translation>Overordna</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="37" />
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="37" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="38" />
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="43" />
        <source>{n} avtaler</source>
        <translation>{n} avtalar</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="63" />
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <source>Sett</source>
        <translation>Sett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="66" />
        <source>Perioder</source>
        <translation>Periodar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="67" />
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="67" />
        <location filename="../../ui/budget/page.py" line="69" />
        <source>Sum (kr)</source>
        <translation>Sum (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="68" />
        <source>Budsjett- og regnskapssett</source>
        <translation>Budsjett- og rekneskapssett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="69" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="69" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="70" />
        <source>Sum per enhet</source>
        <translation>Sum per eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="87" />
        <source>Ingen budsjett eller regnskap er importert ennå.</source>
        <translation>Ingen budsjett eller rekneskap er importert enno.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="95" />
        <source>Sum per enhet i «{name}»</source>
        <translation>Sum per eining i «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="98" />
        <source>(ingen enhet)</source>
        <translation>(inga eining)</translation>
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
        <location filename="../../ui/errors.py" line="33" />
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29" />
        <source>Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter.</source>
        <translation>Noko gjekk gale. Arbeidet som var lagra, er trygt, og programmet held fram.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30" />
        <source>Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.</source>
        <translation>Detaljane er skrivne til loggfila {path}. Kopier dei gjerne til brukarstøtte.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="67" />
        <location filename="../../ui/followup/page.py" line="75" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="70" />
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="71" />
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="75" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="77" />
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
        <source>jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>okt</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>des</source>
        <translation>des</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&amp;Nylige</source>
        <translation>&amp;Nyleg brukte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;Om Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Sider</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <location filename="../../ui/main_window.py" line="197" />
        <source>Ny database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <location filename="../../ui/main_window.py" line="224" />
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog-database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>Fila finst alt. Vel Opne for å bruke ho, eller vel eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Vil du fylle den nye databasen med demokommunen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog-database (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Tryggingskopi herifrå gjeld databasefiler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Tryggingskopi skriven til {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leiar- og resultatavtalar, månadleg oppfølging og budsjett for staben til rådmannen. Verkar utan nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Om Styringsdialog</source>
        <translation>Om Styringsdialog</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="31" />
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="35" />
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="35" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="36" />
        <source>Enhetene i organisasjonen</source>
        <translation>Einingane i organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="42" />
        <source>Ingen organisasjon er registrert ennå.</source>
        <translation>Ingen organisasjon er registrert enno.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="45" />
        <source>{version} – {n} enheter</source>
        <translation>{version} – {n} einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="58" />
        <source>Ledig (fungerende: {name})</source>
        <translation>Ledig (konstituert: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="60" />
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="72" />
        <source>Oversikt</source>
        <translation>Oversyn</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="75" />
        <location filename="../../ui/overview/page.py" line="76" />
        <source>Enheter uten fast leder</source>
        <translation>Einingar utan fast leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="81" />
        <source>Databasen er tom. Velg Fil → Ny database for å lage demokommunen, eller importer en enhetsliste.</source>
        <translation>Databasen er tom. Vel Fil → Ny database for å lage demokommunen, eller importer ei einingsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="84" />
        <source>{n} innbyggere</source>
        <translation>{n} innbyggjarar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="87" />
        <source>kommunenr. {nr}</source>
        <translation>kommunenr. {nr}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="88" />
        <source>per {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="91" />
        <source>enheter</source>
        <translation>einingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="91" />
        <source>{n} resultatenheter</source>
        <translation>{n} resultateiningar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="92" />
        <source>ledere i stilling</source>
        <translation>leiarar i stilling</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="93" />
        <source>ledige lederstillinger</source>
        <translation>ledige leiarstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="94" />
        <source>{n} med fungerende leder</source>
        <translation>{n} med konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="95" />
        <source>avtaler for {year}</source>
        <translation>avtalar for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="96" />
        <source>{n} signert</source>
        <translation>{n} signerte</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="97" />
        <source>oppfølgingsmøter denne måneden</source>
        <translation>oppfølgingsmøte denne månaden</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="98" />
        <source>{n} holdt</source>
        <translation>{n} haldne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="99" />
        <source>åpne oppfølgingspunkter</source>
        <translation>opne oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="100" />
        <source>{n} forfalt</source>
        <translation>{n} forfalne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="107" />
        <source>fungerende: {name}</source>
        <translation>konstituert: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="108" />
        <source>ingen fungerende leder</source>
        <translation>ingen konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="111" />
        <source>Alle enheter har leder.</source>
        <translation>Alle einingar har leiar.</translation>
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
</TS>
