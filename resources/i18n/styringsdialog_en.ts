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
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>des</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Nylige</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;About Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Sider</source>
        <translation>Pages</translation>
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
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <location filename="../../ui/main_window.py" line="269" />
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>The file already exists. Choose Open to use it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Do you want to fill the new database with the demo municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Åpne database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog database (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Backups from here apply to database files.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisation chart, leader and result agreements, monthly follow-up and budget for the chief executive's staff. Works without a network.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
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
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="32" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="33" />
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="33" />
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="34" />
        <source>Enhetene i organisasjonen</source>
        <translation>The units of the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="40" />
        <source>Ingen organisasjon er registrert ennå.</source>
        <translation>No organisation has been registered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="43" />
        <source>{version} – {n} enheter</source>
        <translation>{version} – {n} units</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="59" />
        <source>Ledig (fungerende: {name})</source>
        <translation>Vacant (acting: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="61" />
        <source>Ledig</source>
        <translation>Vacant</translation>
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
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="41" />
        <source>Noen andre har endret dette mens du arbeidet. Endringen din er ikke lagret; last inn på nytt og gjør den igjen.</source>
        <translation>Someone else changed this while you were working. Your change has not been saved; reload and make it again.</translation>
    </message>
</context>
</TS>
