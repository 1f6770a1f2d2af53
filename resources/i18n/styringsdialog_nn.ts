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
        <location filename="../../ui/main_window.py" line="158" />
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Nylige</source>
        <translation>&amp;Nyleg brukte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;Om Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Åpner databasen …</source>
        <translation>Opnar databasen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Sider</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <location filename="../../ui/main_window.py" line="240" />
        <source>Ny database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <location filename="../../ui/main_window.py" line="269" />
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog-database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>Fila finst alt. Vel Opne for å bruke ho, eller vel eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Vil du fylle den nye databasen med demokommunen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog-database (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Tryggingskopi herifrå gjeld databasefiler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Tryggingskopi skriven til {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leiar- og resultatavtalar, månadleg oppfølging og budsjett for staben til rådmannen. Verkar utan nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
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
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="33" />
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="33" />
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Enhetene i organisasjonen</source>
        <translation>Einingane i organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="40" />
        <source>Ingen organisasjon er registrert ennå.</source>
        <translation>Ingen organisasjon er registrert enno.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="43" />
        <source>{version} – {n} enheter</source>
        <translation>{version} – {n} einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="59" />
        <source>Ledig (fungerende: {name})</source>
        <translation>Ledig (konstituert: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="61" />
        <source>Ledig</source>
        <translation>Ledig</translation>
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
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="41" />
        <source>Noen andre har endret dette mens du arbeidet. Endringen din er ikke lagret; last inn på nytt og gjør den igjen.</source>
        <translation>Nokon andre har endra dette medan du arbeidde. Endringa di er ikkje lagra; last inn på nytt og gjer ho igjen.</translation>
    </message>
</context>
</TS>
