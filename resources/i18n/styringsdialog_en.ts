<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../ui/agreements/commands.py" line="77"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/commands.py" line="269"/>
        <source>Oppsummering av evalueringen</source>
        <translation>Summary of the evaluation</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="457"/>
        <source>Velg en avtale i listen, eller lag en ny.</source>
        <translation>Select an agreement in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="539"/>
        <source>&amp;Tittel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="540"/>
        <source>Unntatt offentlighet</source>
        <translation>Exempt from public disclosure</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="541"/>
        <source>Merkingen står på hver side av avtalen.</source>
        <translation>The marking appears on every page of the agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="545"/>
        <source>Endre merking</source>
        <translation>Change marking</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="547"/>
        <source>{template} (versjon {version}) · {status} · revisjon {revision}</source>
        <translation>{template} (version {version}) · {status} · revision {revision}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="551"/>
        <source>Mal</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="560"/>
        <source>Avtalen er signert og teksten er låst. Lag en revisjon for å endre den.</source>
        <translation>The agreement is signed and its text is locked. Create a revision to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="600"/>
        <source>Signert {place} – leder {leader}, overordnet {superior}</source>
        <translation>Signed in {place} – leader on {leader}, superior on {superior}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="603"/>
        <source>Ikke signert ennå.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="608"/>
        <source>Oppsummering av evalueringen</source>
        <translation>Summary of the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="714"/>
        <source>Endre avtalen</source>
        <translation>Edit the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="723"/>
        <source>Endre dato</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="729"/>
        <source>Endre tittel</source>
        <translation>Change title</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements/page.py" line="386"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="350"/>
        <source>Ny avtale for denne enheten …</source>
        <translation>New agreement for this unit …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="354"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="355"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="357"/>
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="361"/>
        <source>Oppfølgingsansvarlig</source>
        <translation>Follow-up lead</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="362"/>
        <source>&amp;Ny avtale …</source>
        <translation>&amp;New agreement …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="363"/>
        <source>Til &amp;drøfting</source>
        <translation>For &amp;discussion</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="364"/>
        <source>&amp;Signer …</source>
        <translation>&amp;Sign …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="365"/>
        <source>Ny &amp;revisjon …</source>
        <translation>New &amp;revision …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="366"/>
        <source>Avslutt &amp;evaluering …</source>
        <translation>Finish &amp;evaluation …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="367"/>
        <source>Eksporter egenvurderingsskjema …</source>
        <translation>Export self-assessment form …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="368"/>
        <source>Lederens del av avtalen som skjema (Word eller PDF) lederen fyller ut selv</source>
        <translation>The leader&apos;s part of the agreement as a form (Word or PDF) the leader fills in</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="370"/>
        <source>Les inn egenvurdering …</source>
        <translation>Read in self-assessment …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="371"/>
        <source>Les lederens utfylte skjema inn som lederens egenevaluering</source>
        <translation>Read the leader&apos;s filled-in form in as the leader&apos;s self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="372"/>
        <source>Neste &amp;periode …</source>
        <translation>Ne&amp;xt period …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="373"/>
        <location filename="../../ui/agreements/page.py" line="741"/>
        <location filename="../../ui/agreements/page.py" line="744"/>
        <source>Slett utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="374"/>
        <source>&amp;PDF …</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="375"/>
        <source>&amp;Word …</source>
        <translation>&amp;Word …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="376"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="377"/>
        <source>Forhåndsvisning av sidene, så utskrift</source>
        <translation>A preview of the pages, then printing</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="378"/>
        <source>Alle for året …</source>
        <translation>All for the year …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="379"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="380"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="381"/>
        <source>Vis eller skjul avtalelisten for å gi skjemaet mer plass.</source>
        <translation>Show or hide the list of agreements to give the form more room.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="382"/>
        <source>&amp;Maler …</source>
        <translation>&amp;Templates …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="383"/>
        <source>&amp;Felles krav …</source>
        <translation>&amp;Common requirements …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="387"/>
        <source>Revisjoner av valgt avtale</source>
        <translation>Revisions of the selected agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="389"/>
        <source>Ledere uten avtale, eller med avtale som snart utløper</source>
        <translation>Leaders without an agreement, or with one that expires soon</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="489"/>
        <source>Alle oppfølgingsansvarlige</source>
        <translation>All follow-up leads</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="517"/>
        <source>ledig</source>
        <translation>vacant</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="518"/>
        <source>utløper {date}</source>
        <translation>expires {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="519"/>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="588"/>
        <source>laget {date}</source>
        <translation>made {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="592"/>
        <source>signert {date}</source>
        <translation>signed {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="593"/>
        <source>Revisjon {n}: {status} ({date})</source>
        <translation>Revision {n}: {status} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="630"/>
        <source>Ny avtale</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="638"/>
        <source>Til drøfting</source>
        <translation>Send for discussion</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="648"/>
        <source>Signer avtalen</source>
        <translation>Sign the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="650"/>
        <source>Avtalen «{title}» er signert {date}.</source>
        <translation>The agreement «{title}» is signed {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="658"/>
        <source>Ny revisjon</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="675"/>
        <source>Avslutt evaluering</source>
        <translation>Finish evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="688"/>
        <source>Eksporter egenvurderingsskjema</source>
        <translation>Export self-assessment form</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="689"/>
        <source>Word-skjema (*.docx)</source>
        <translation>Word form (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="689"/>
        <source>PDF med skjemafelt (*.pdf)</source>
        <translation>PDF with form fields (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="700"/>
        <source>Lagret egenvurderingsskjemaet i {path}. Send det til lederen, og les det inn med «Les inn egenvurdering …» når det kommer tilbake.</source>
        <translation>Saved the self-assessment form in {path}. Send it to the leader, and read it in with «Read in self-assessment …» when it comes back.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="708"/>
        <location filename="../../ui/agreements/page.py" line="713"/>
        <source>Les inn egenvurdering</source>
        <translation>Read in self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="709"/>
        <source>Egenvurderingsskjema (*.docx *.pdf)</source>
        <translation>Self-assessment form (*.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="715"/>
        <source>Leste inn {n} egenvurderinger fra {file}.</source>
        <translation>Read {n} self-assessments from {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="731"/>
        <source>Neste periodes avtale</source>
        <translation>Next period&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="741"/>
        <source>Slette utkastet «{title}»? Du kan angre med Ctrl+Z.</source>
        <translation>Delete the draft “{title}”? You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="766"/>
        <source>Lagre avtalen</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="777"/>
        <source>Lagret {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="792"/>
        <source>Forhåndsvisning – {title}</source>
        <translation>Preview – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="798"/>
        <source>Alle avtaler i én PDF</source>
        <translation>All agreements in one PDF</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="799"/>
        <source>Avtaler {year}.pdf</source>
        <translation>Agreements {year}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="809"/>
        <source>Skriver {n} avtaler …</source>
        <translation>Writing {n} agreements …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="815"/>
        <source>Lagret {n} avtaler i {path}</source>
        <translation>Saved {n} agreements in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="385"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="360"/>
        <location filename="../../ui/agreements/page.py" line="385"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="385"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="62"/>
        <source>Fungerende leder for {unit}</source>
        <translation>Acting leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="62"/>
        <source>Ny leder for {unit}</source>
        <translation>New leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="66"/>
        <source>Ny person …</source>
        <translation>New person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="73"/>
        <source>Har sluttdato</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="78"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="79"/>
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="80"/>
        <source>&amp;Etternavn</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="81"/>
        <source>S&amp;tillingstittel</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="82"/>
        <source>Fr&amp;a og med</source>
        <translation>Fr&amp;om</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="84"/>
        <source>&amp;Til og med</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <location filename="../../ui/audit_dialog.py" line="165"/>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <location filename="../../ui/audit_dialog.py" line="167"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="51"/>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="52"/>
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="53"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="57"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="57"/>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="58"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Organisasjonsversjon</source>
        <translation>Organisation version</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="61"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="61"/>
        <source>Ansvarskode</source>
        <translation>Responsibility code</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="62"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="62"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="63"/>
        <source>Oppfølgingsansvar</source>
        <translation>Follow-up responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="64"/>
        <source>Nettverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="65"/>
        <source>Nettverksmedlem</source>
        <translation>Network member</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="66"/>
        <source>Avtalemal</source>
        <translation>Agreement template</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="68"/>
        <source>Generelt krav</source>
        <translation>Common requirement</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="69"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="69"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="70"/>
        <source>Oppfølgingssamtale</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="71"/>
        <source>Målstatus</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="72"/>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>Budsjettsett</source>
        <translation>Budget set</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="74"/>
        <source>Innstilling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="158"/>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="162"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="163"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="168"/>
        <source>Alt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="174"/>
        <source>Søk i endringene …</source>
        <translation>Search the changes …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="175"/>
        <source>Søk i endringene</source>
        <translation>Search the changes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="177"/>
        <source>&amp;Nullstill</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="178"/>
        <source>&amp;Eksporter …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="180"/>
        <source>Antall endringer</source>
        <translation>Number of changes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184"/>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="197"/>
        <source>&amp;Bruker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="197"/>
        <source>&amp;Hva:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="246"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="294"/>
        <source>Ingen endringer passer med filteret.</source>
        <translation>No changes match the filter.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="296"/>
        <source>1 endring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="298"/>
        <source>{total} endringer</source>
        <translation>{total} changes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="300"/>
        <source>Viser de {shown} nyeste av {total} endringer; rull ned for flere.</source>
        <translation>Showing the {shown} newest of {total} changes; scroll down for more.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="306"/>
        <source>Eksporter endringsloggen</source>
        <translation>Export the change log</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="307"/>
        <source>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="325"/>
        <source>Eksporterer endringsloggen …</source>
        <translation>Exporting the change log …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="334"/>
        <source>Skrev {rows} endringer til {path}, merket «{marking}».</source>
        <translation>Wrote {rows} changes to {path}, marked “{marking}”.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/budget/bar_chart.py" line="171"/>
        <source>over avviksgrensen</source>
        <translation>beyond the deviation limit</translation>
    </message>
</context>
<context>
    <name>BudgetImportDialog</name>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="68"/>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Ansvar</source>
        <translation>Responsibility code</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="69"/>
        <source>Art / konto</source>
        <translation>Account type / account</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="70"/>
        <source>Funksjon / tjeneste</source>
        <translation>Function / service</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="71"/>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="72"/>
        <source>Periode (måned)</source>
        <translation>Period (month)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="73"/>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="74"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="75"/>
        <source>Navn på ansvar</source>
        <translation>Responsibility code name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="76"/>
        <source>Navn på art</source>
        <translation>Account type name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="77"/>
        <source>Navn på funksjon</source>
        <translation>Function name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="78"/>
        <source>Navn på prosjekt</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="79"/>
        <source>(ikke bruk)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="112"/>
        <source>Importer budsjett eller regnskap fra {file}</source>
        <translation>Import budget or accounts from {file}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="138"/>
        <source>&amp;Ark</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="140"/>
        <source>&amp;Beløpskolonne</source>
        <translation>&amp;Amount column</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="141"/>
        <source>Importer &amp;hver beløpskolonne som et eget sett</source>
        <translation>Import &amp;each amount column as a set of its own</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="144"/>
        <source>Importer &amp;uten ansvar: linjene knyttes ikke til noen enhet og vises under «Ikke knyttet til enhet»</source>
        <translation>Import &amp;without a responsibility code: the lines belong to no unit and show under «Ikke knyttet til enhet»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="152"/>
        <source>Kolonnene slik programmet forstår dem – rett der det trengs:</source>
        <translation>The columns as the program understands them – correct them where needed:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="154"/>
        <source>Overskrift i filen</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="154"/>
        <source>Betyr</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="158"/>
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="162"/>
        <source>Forhåndsvisning av linjene som importeres:</source>
        <translation>Preview of the lines to be imported:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Art</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Funksjon</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="168"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="185"/>
        <source>Problemer og rader som hoppes over</source>
        <translation>Problems and rows to be skipped</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="188"/>
        <source>Hopp over radene som er listet (tomme, tittel- og sumrader)</source>
        <translation>Skip the listed rows (empty, title and total rows)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="211"/>
        <source>&amp;Navn på settet</source>
        <translation>Set &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="212"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="209"/>
        <source>Å&amp;r</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="216"/>
        <source>Ett sett per beløpskolonne – rett type, år og navn der det trengs:</source>
        <translation>One set per amount column – correct the type, year and name where needed:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Navn på settet</source>
        <translation>Set name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="219"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="219"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="228"/>
        <source>Sett som importeres</source>
        <translation>Sets to import</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="238"/>
        <source>for eksempel «Visma månedsrapport»</source>
        <translation>for example “Visma monthly report”</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="239"/>
        <source>Lagre kolonnevalget som &amp;profil</source>
        <translation>Save the column choice as a &amp;profile</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="242"/>
        <source>&amp;Kontroller</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="243"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="308"/>
        <source>Kolonnene er valgt etter profilen «{name}».</source>
        <translation>The columns follow the profile “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="321"/>
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>What the column “{h}” means</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="349"/>
        <source>Leser {file} …</source>
        <translation>Reading {file} …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="416"/>
        <source>hele året</source>
        <translation>whole year</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="439"/>
        <source>{n} linjer er klare i {k} beløpskolonner.</source>
        <translation>{n} lines are ready in {k} amount columns.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="443"/>
        <source>1 rad med beløp hoppes over, {total} kr; kryss av for å godta det.</source>
        <translation>1 row with an amount is skipped, NOK {total}; tick to accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="445"/>
        <source>{k} rader med beløp hoppes over, til sammen {total} kr; kryss av for å godta det.</source>
        <translation>{k} rows with amounts are skipped, NOK {total} in all; tick to accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="448"/>
        <source>1 rad hoppes over uten at noe beløp går tapt.</source>
        <translation>1 row is skipped without losing any amount.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="449"/>
        <source>{k} rader hoppes over uten at noe beløp går tapt.</source>
        <translation>{k} rows are skipped without losing any amount.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="452"/>
        <source>Filen har ingen ansvarskolonne: linjene knyttes ikke til noen enhet.</source>
        <translation>The file has no responsibility code column: the lines belong to no unit.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="501"/>
        <source>Navn på settet fra «{h}»</source>
        <translation>Name of the set from «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="507"/>
        <source>Type for «{h}»</source>
        <translation>Type for «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="513"/>
        <source>År for «{h}»</source>
        <translation>Year for «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="568"/>
        <source>(fra kolonneoverskriften «{header}»)</source>
        <translation>(from the column heading «{header}»)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="570"/>
        <source>(fra filnavnet)</source>
        <translation>(from the file name)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="572"/>
        <source>(i år – verken beløpskolonnen eller filnavnet nevner et år; kontroller året)</source>
        <translation>(this year – neither the amount column nor the file name names a year; check the year)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="647"/>
        <source>Filen har rader med beløp som ikke kan importeres (se listen). Kryss av for å hoppe over dem, eller rett filen.</source>
        <translation>The file has rows with amounts that cannot be imported (see the list). Tick to skip them, or correct the file.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="653"/>
        <source>Kryss av for minst én beløpskolonne å importere.</source>
        <translation>Tick at least one amount column to import.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="683"/>
        <source>Vil du erstatte settet «{name}», og alle andre sett de {k} beløpskolonnene er importert til før?</source>
        <translation>Replace the set «{name}» and every other set the {k} amount columns were imported to before?</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="707"/>
        <source>{lines} linjer til «{name}», sum {total} kr</source>
        <translation>{lines} lines to «{name}», total NOK {total}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="709"/>
        <source> (erstattet {sets})</source>
        <translation> (replaced {sets})</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="714"/>
        <source>Avbryt kom etter at linjene var lagret, så importen ble fullført. Slett settet på Budsjett-siden hvis du ikke vil ha det.</source>
        <translation>Cancel came after the lines were saved, so the import was completed. Delete the set on the Budget page if you do not want it.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="750"/>
        <source>Import fullført</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="424"/>
        <source>Rad {row} hoppes over: {reason}</source>
        <translation>Row {row} is skipped: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="433"/>
        <source>Fant {n} feil. Ingenting importeres før de er rettet i filen eller i kolonnevalget.</source>
        <translation>Errors found: {n}. Nothing is imported until they are corrected in the file or in the column choices.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="437"/>
        <source>{n} linjer er klare, sum {total} kr.</source>
        <translation>Lines ready: {n}, total NOK {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="671"/>
        <source>Importerer {n} linjer …</source>
        <translation>Importing {n} lines …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="685"/>
        <source>Importert før</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="682"/>
        <source>Vil du erstatte settet «{name}»?</source>
        <translation>Do you want to replace the set “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="712"/>
        <source>Importert fra {file}:</source>
        <translation>Imported from {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="724"/>
        <source>Regneark og tekstfiler (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Tekst (*.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and text files (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Text (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="742"/>
        <source>Importer budsjett eller regnskap</source>
        <translation>Import budget or accounts</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="56"/>
        <source>Funksjon (KOSTRA)</source>
        <translation>Function (KOSTRA)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="57"/>
        <source>Art (KOSTRA)</source>
        <translation>Account type (KOSTRA)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="58"/>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Prosjekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="255"/>
        <source>&amp;Importer fra regneark …</source>
        <translation>&amp;Import from spreadsheet …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="256"/>
        <source>&amp;Eksporter til Excel …</source>
        <translation>&amp;Export to Excel …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="257"/>
        <source>Slett sett …</source>
        <translation>Delete set …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="258"/>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Sett</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="259"/>
        <location filename="../../ui/budget/page.py" line="270"/>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="260"/>
        <source>Budsjett mot regnskap</source>
        <translation>Budget against actual</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="261"/>
        <location filename="../../ui/budget/page.py" line="286"/>
        <source>Ansvar uten enhet</source>
        <translation>Responsibility codes without a unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Perioder</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <location filename="../../ui/budget/page.py" line="269"/>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Linjer</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="263"/>
        <location filename="../../ui/budget/page.py" line="269"/>
        <location filename="../../ui/budget/page.py" line="285"/>
        <source>Sum (kr)</source>
        <translation>Total (NOK)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="263"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="264"/>
        <source>Budsjett- og regnskapssett</source>
        <translation>Budget and accounts sets</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="265"/>
        <source>&amp;Sett:</source>
        <translation>&amp;Set:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="266"/>
        <source>&amp;Summer etter:</source>
        <translation>&amp;Total by:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="269"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="269"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="271"/>
        <source>Art</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="271"/>
        <source>Funksjon</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Beløp (kr)</source>
        <translation>Amount (NOK)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="273"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="274"/>
        <source>Linjene bak valgt rad</source>
        <translation>Lines behind the selected row</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="275"/>
        <source>&amp;Budsjett:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="275"/>
        <source>&amp;Regnskap:</source>
        <translation>&amp;Accounts:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="276"/>
        <source>Til og med &amp;måned:</source>
        <translation>Up to and including &amp;month:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="276"/>
        <source>Marker &amp;avvik over:</source>
        <translation>Highlight &amp;deviations above:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Budsjett måned</source>
        <translation>Budget (month)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Regnskap måned</source>
        <translation>Actual (month)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="280"/>
        <source>Budsjett hittil</source>
        <translation>Budget year to date</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="280"/>
        <source>Regnskap hittil</source>
        <translation>Actual year to date</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Avvik (kr)</source>
        <translation>Deviation (NOK)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Avvik (%)</source>
        <translation>Deviation (%)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Årsbudsjett</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="282"/>
        <source>Budsjett mot regnskap per enhet</source>
        <translation>Budget against actual by unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Navn i filen</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="287"/>
        <source>&amp;Knytt valgte til enhet …</source>
        <translation>Assign selected to a &amp;unit …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="390"/>
        <source>Ansvaret hører ikke til noen enhet.</source>
        <translation>The responsibility code does not belong to any unit.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="395"/>
        <source>Sum: {total} kr i 1 rad</source>
        <translation>Total: NOK {total} in 1 row</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="396"/>
        <source>Sum: {total} kr i {n} rader</source>
        <translation>Total: NOK {total} in {n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="413"/>
        <source>Hele året</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="427"/>
        <source>Importer et budsjett og et regnskap for å se avvik.</source>
        <translation>Import a budget and accounts to see deviations.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="451"/>
        <source>Hittil i år, til og med {month}</source>
        <translation>Year to date, up to and including {month}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="452"/>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="452"/>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>Regnskap</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>{unit} per måned</source>
        <translation>{unit} by month</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="505"/>
        <source>Ansvar uten enhet ({n})</source>
        <translation>Responsibility codes without a unit ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="514"/>
        <source>Ansvarsnumrene i settet «{set}» (valgt under Sammendrag) som ikke hører til noen enhet i gjeldende organisasjon. Velg dem og knytt dem til en enhet.</source>
        <translation>The ansvar codes in the set «{set}» (chosen under Summary) that belong to no unit in the current organisation. Select them and link them to a unit.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="524"/>
        <source>Knytt til enhet</source>
        <translation>Assign to a unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="525"/>
        <source>Enheten som skal eie {codes}:</source>
        <translation>The unit that will own {codes}:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="533"/>
        <source>Knytt ansvar til {unit}</source>
        <translation>Assign responsibility codes to {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="545"/>
        <source>Eksporter til Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="545"/>
        <source>Budsjett.xlsx</source>
        <translation>Budget.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="562"/>
        <source>Velg settet som skal slettes i fanen Sett.</source>
        <translation>Select the set to delete on the Set tab.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="565"/>
        <source>Slett sett</source>
        <translation>Delete set</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="566"/>
        <source>Slette «{name}» med {n} linjer? Filen kan importeres på nytt senere.</source>
        <translation>Delete “{name}” with {n} lines? The file can be imported again later.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="54"/>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="55"/>
        <location filename="../../ui/budget/page.py" line="271"/>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="382"/>
        <location filename="../../ui/budget/page.py" line="511"/>
        <source>Ingen budsjett eller regnskap er importert ennå.</source>
        <translation>No budget or accounts have been imported yet.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="45"/>
        <source>Regel for overføring av resultat</source>
        <translation>Rule for carrying over the result</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="48"/>
        <source>Regelen brukes i årsavslutningen («budget yearend» og rapporten Årsavslutning) når forslaget til overføring regnes ut for hver resultatenhet.</source>
        <translation>The rule is used at the year-end close (“budget yearend” and the Year-end report) when the proposed carry-over is calculated for each result unit.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="52"/>
        <source>Mindreforbruk overføres bare når &amp;målene i avtalen er nådd</source>
        <translation>Carry a surplus over only when the agreement&apos;s &amp;goals are met</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="61"/>
        <source>Tak for overføring i prosent av driftsbudsjettet</source>
        <translation>Carry-over cap as a percentage of the operating budget</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="62"/>
        <source>Buffer i prosent</source>
        <translation>Buffer in per cent</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="66"/>
        <source>Antall år merforbruk dekkes inn over</source>
        <translation>Number of years over which a deficit is covered</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="68"/>
        <source>&amp;Tak (andel av driftsbudsjettet)</source>
        <translation>&amp;Cap (share of the operating budget)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="69"/>
        <source>&amp;Buffer</source>
        <translation>&amp;Buffer</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="70"/>
        <source>Merforbruk dekkes inn over (å&amp;r)</source>
        <translation>Deficit covered over (&amp;years)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="89"/>
        <source>bare når enheten har nådd målene i avtalen, </source>
        <translation>only when the unit has met the goals in its agreement, </translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="90"/>
        <source>Mindreforbruk overføres {goals}høyst {cap} % av driftsbudsjettet og innenfor en buffer på {buffer} %. Merforbruk dekkes inn over {years} år.</source>
        <translation>A surplus is carried over {goals}at most {cap} % of the operating budget and within a buffer of {buffer} %. A deficit is covered over {years} years.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/org/chart_view.py" line="43"/>
        <source>Ledig – fung. {name}</source>
        <translation>Vacant – acting {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="44"/>
        <source>Ledig</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="53"/>
        <source>{n} årsverk</source>
        <translation>{n} FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="62"/>
        <source>Til {date}</source>
        <translation>Until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="63"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="64"/>
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="65"/>
        <source>Nytt navn</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="66"/>
        <source>Sammenslått</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="67"/>
        <source>Ny kommunalsjef</source>
        <translation>New director of services</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="71"/>
        <source>{change} fra {date}</source>
        <translation>{change} from {date}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="82"/>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="84"/>
        <source>{units} til {date}, så {name}</source>
        <translation>{units} until {date}, then {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="92"/>
        <source>Oppfølging: {name}</source>
        <translation>Follow-up: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="386"/>
        <source>Forslag/utkast</source>
        <translation>Proposal/draft</translation>
    </message>
</context>
<context>
    <name>CommonRequirementsDialog</name>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="88"/>
        <source>Felles krav til alle ledere</source>
        <translation>Common requirements for all leaders</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="95"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="103"/>
        <source>Gjelder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="103"/>
        <source>I avtaler</source>
        <translation>In agreements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="107"/>
        <source>Felles krav</source>
        <translation>Common requirements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="112"/>
        <source>&amp;Nytt krav …</source>
        <translation>&amp;New requirement …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="113"/>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="128"/>
        <source>Alle ledere</source>
        <translation>All leaders</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="144"/>
        <source>Kravet er lagt inn i {n} avtaleutkast.</source>
        <translation>The requirement has been added to {n} draft agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="157"/>
        <source>Kravet er fjernet fra {n} avtaleutkast. Signerte avtaler er uendret.</source>
        <translation>The requirement has been removed from {n} draft agreements. Signed agreements are unchanged.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="171"/>
        <source>Sammenligning fra «{a}» til «{b}»</source>
        <translation>Comparison from «{a}» to «{b}»</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="174"/>
        <source>Fra «{a}» til «{b}». {a}: {ua} enheter, {fa} årsverk. {b}: {ub} enheter, {fb} årsverk. {added}, {removed} fjernet, {moved} flyttet, {renamed} nytt navn, {leaders} ny leder.</source>
        <translation>From «{a}» to «{b}». {a}: {ua} units, {fa} FTEs. {b}: {ub} units, {fb} FTEs. {added}, {removed} removed, {moved} moved, {renamed} renamed, {leaders} new leader.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="178"/>
        <source>1 ny</source>
        <translation>1 new</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="178"/>
        <source>{n} nye</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="182"/>
        <source>{n} slått sammen: {groups}.</source>
        <translation>{n} merged: {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="184"/>
        <source>{units} til {into}</source>
        <translation>{units} into {into}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="188"/>
        <source>(øverst)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189"/>
        <source>Ledig</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="190"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="191"/>
        <source>: enheter</source>
        <translation>: units</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="192"/>
        <source>: årsverk</source>
        <translation>: FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193"/>
        <source>: budsjett</source>
        <translation>: budget</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="202"/>
        <source>Per oppfølgingsansvarlig</source>
        <translation>By follow-up lead</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203"/>
        <location filename="../../ui/org/dialogs.py" line="205"/>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203"/>
        <location filename="../../ui/org/dialogs.py" line="205"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="204"/>
        <source>Nye ({n})</source>
        <translation>New ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="206"/>
        <source>Fjernet ({n})</source>
        <translation>Removed ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="209"/>
        <source>Flyttet ({n})</source>
        <translation>Moved ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="210"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="210"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="211"/>
        <source>Nytt navn ({n})</source>
        <translation>Renamed ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="214"/>
        <source>Ny leder ({n})</source>
        <translation>New leader ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="215"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="215"/>
        <source>Slått sammen av</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="217"/>
        <source>Slått sammen ({n})</source>
        <translation>Merged ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="220"/>
        <source>Budsjett fra «{name}», fordelt etter enhetenes ansvarsnumre.</source>
        <translation>Budget from “{name}”, allocated by the units&apos; responsibility codes.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="130"/>
        <source>Teksten din i «{where}»:</source>
        <translation>Your text in “{where}”:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="131"/>
        <source>Teksten din:</source>
        <translation>Your text:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="136"/>
        <source>Teksten din som ikke ble lagret</source>
        <translation>Your text that was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>&amp;Kopier teksten min</source>
        <translation>&amp;Copy my text</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="141"/>
        <source>Legger teksten din på utklippstavlen, så du kan lime den inn der den skal stå.</source>
        <translation>Puts your text on the clipboard so you can paste it where it belongs.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>&amp;Bruk teksten min likevel</source>
        <translation>&amp;Use my text anyway</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Lagrer teksten din over den nye versjonen. Det den andre skrev, kan du angre deg tilbake til med Ctrl+Z.</source>
        <translation>Saves your text over the new version. You can get back what the other person wrote with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>&amp;Forkast teksten min</source>
        <translation>&amp;Discard my text</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Beholder den andres versjon og fjerner teksten din herfra.</source>
        <translation>Keeps the other person&apos;s version and removes your text from here.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="192"/>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="56"/>
        <source>Krypter databasen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="56"/>
        <source>Endre passord</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="57"/>
        <source>Fjern kryptering</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="60"/>
        <source>Databasefilen «{name}» blir kryptert, slik at ingen kan lese den uten passordet – heller ikke på en mistet bærbar PC. Passordet blir spurt om hver gang filen åpnes.</source>
        <translation>The database file “{name}” will be encrypted, so nobody can read it without the passphrase – not even on a lost laptop. The passphrase is asked for every time the file is opened.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="63"/>
        <source>Gi «{name}» et nytt passord. Det gamle slutter å virke med en gang.</source>
        <translation>Give “{name}” a new passphrase. The old one stops working at once.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="64"/>
        <source>Databasefilen «{name}» blir lagret ukryptert. Alle som får tak i filen, kan da lese avtalene og referatene i den.</source>
        <translation>The database file “{name}” will be stored unencrypted. Anyone who gets hold of the file can then read the agreements and notes in it.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="75"/>
        <source>Nåværende passord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="76"/>
        <location filename="../../ui/storage/encryption_dialog.py" line="82"/>
        <location filename="../../ui/storage/encryption_dialog.py" line="85"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="78"/>
        <source>&amp;Nåværende passord:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="81"/>
        <source>Nytt passord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="84"/>
        <source>Gjenta passordet</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="88"/>
        <source>Passordstyrke</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="92"/>
        <source>N&amp;ytt passord:</source>
        <translation>N&amp;ew passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="93"/>
        <source>&amp;Gjenta passordet:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="98"/>
        <source>&lt;b&gt;Et glemt passord kan ikke gjenopprettes.&lt;/b&gt; Uten det kan ingen – heller ikke brukerstøtte – åpne databasen igjen. Skriv passordet ned og oppbevar det trygt, for eksempel i kommunens passordhvelv.</source>
        <translation>&lt;b&gt;A forgotten passphrase cannot be recovered.&lt;/b&gt; Without it nobody – not even support – can open the database again. Write the passphrase down and keep it safe, for example in the municipality&apos;s password vault.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="103"/>
        <source>&lt;b&gt;Filen blir lesbar for alle som får tak i den.&lt;/b&gt; Fjern krypteringen bare når filen ligger et trygt sted.</source>
        <translation>&lt;b&gt;The file becomes readable by anyone who gets hold of it.&lt;/b&gt; Remove the encryption only when the file is kept somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="107"/>
        <source>Sikkerhetskopier som er tatt før, er fortsatt ukrypterte. Slett dem eller ta vare på dem like trygt som før; nye sikkerhetskopier blir kryptert med samme passord.</source>
        <translation>Backups taken earlier are still unencrypted. Delete them or keep them as safely as before; new backups are encrypted with the same passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="115"/>
        <source>&amp;Krypter</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="115"/>
        <source>&amp;Endre passord</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="116"/>
        <source>&amp;Fjern kryptering</source>
        <translation>&amp;Remove encryption</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="117"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="135"/>
        <source>Passordene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="141"/>
        <source>For kort: passordet må ha minst {n} tegn.</source>
        <translation>Too short: the passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="143"/>
        <source>Sterkt passord.</source>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="144"/>
        <source>Lengre er bedre: en setning på fire–fem ord er sterk og lett å huske.</source>
        <translation>Longer is better: a sentence of four or five words is strong and easy to remember.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="145"/>
        <source>Svakt passord.</source>
        <translation>Weak passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="145"/>
        <source>Middels sterkt passord.</source>
        <translation>Fairly strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="178"/>
        <source>Kryptering gjelder databasefiler, ikke en databaseserver.</source>
        <translation>Encryption is for database files, not a database server.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="183"/>
        <source>Databasen er allerede kryptert. Velg «Endre passord …».</source>
        <translation>The database is already encrypted. Choose «Change password …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="187"/>
        <source>Databasen er ikke kryptert. Velg «Krypter databasen …».</source>
        <translation>The database is not encrypted. Choose «Encrypt the database …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="223"/>
        <source>Databasen er kryptert. Passordet blir spurt om neste gang den åpnes.</source>
        <translation>The database is encrypted. The password is asked for the next time it is opened.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="225"/>
        <source>Passordet er endret.</source>
        <translation>The password is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="226"/>
        <source>Krypteringen er fjernet. Filen er nå lesbar for alle som får tak i den.</source>
        <translation>The encryption is removed. The file can now be read by anyone who gets hold of it.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Kan ikke fullføre</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter.</source>
        <translation>Something went wrong. Work that was saved is safe, and the program carries on.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.</source>
        <translation>The details are written to the log file {path}. Feel free to copy them to your support staff.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="34"/>
        <source>Eksporter organisasjonen</source>
        <translation>Export the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="37"/>
        <source>Organisasjonskart som PDF</source>
        <translation>Organisation chart as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="37"/>
        <source>Organisasjonskart som PNG</source>
        <translation>Organisation chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38"/>
        <source>Organisasjonskart som SVG</source>
        <translation>Organisation chart as SVG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38"/>
        <source>Enhetsliste som Excel</source>
        <translation>Unit list as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="44"/>
        <source>Velg etter kartets form</source>
        <translation>Match the chart&apos;s shape</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="45"/>
        <source>Stående</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="46"/>
        <source>Liggende</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="47"/>
        <source>Én side per underenhet av toppen</source>
        <translation>One page per unit directly under the top</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="48"/>
        <source>Bare valgt enhet og enhetene under</source>
        <translation>Only the selected unit and the units below it</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="50"/>
        <source>Vis oppfølgingsansvar i boksene</source>
        <translation>Show follow-up leads in the boxes</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="51"/>
        <source>&amp;Hva</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="52"/>
        <source>&amp;Papir</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="53"/>
        <source>&amp;Retning</source>
        <translation>&amp;Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="79"/>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="137"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="138"/>
        <source>Forhåndsvisning – organisasjonskart</source>
        <translation>Preview – organisation chart</translation>
    </message>
</context>
<context>
    <name>FocusAreasDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="233"/>
        <location filename="../../ui/scorecard/dialogs.py" line="243"/>
        <source>Fokusområder</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="236"/>
        <source>Kommunens målekart er delt i fokusområder. Dobbeltklikk et navn for å endre det.</source>
        <translation>The municipality&apos;s scorecard is divided into focus areas. Double-click a name to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="247"/>
        <source>Nytt fokusområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="248"/>
        <source>Navn på nytt fokusområde</source>
        <translation>Name of the new focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="249"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="250"/>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="265"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="265"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../ui/followup/commands.py" line="33"/>
        <source>Skriv i referatet</source>
        <translation>Write in the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="65"/>
        <source>Endre dato eller status for møtet</source>
        <translation>Change the meeting&apos;s date or status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="83"/>
        <source>Sett status for et mål</source>
        <translation>Set a goal&apos;s status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="94"/>
        <source>Kommentar til målet</source>
        <translation>Comment on the goal</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="110"/>
        <source>Legg til oppfølgingspunkt</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="128"/>
        <source>Endre oppfølgingspunkt</source>
        <translation>Change action item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="135"/>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="150"/>
        <source>Fjern oppfølgingspunkt</source>
        <translation>Remove action item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="164"/>
        <source>Merk oppfølgingspunkt som utført</source>
        <translation>Mark action item as done</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="165"/>
        <source>Merk punktet som ikke utført</source>
        <translation>Mark the item as not done</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="88"/>
        <source>Åpne møtet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="171"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="172"/>
        <source>&amp;Kommunalsjef:</source>
        <translation>&amp;Director of services:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="173"/>
        <source>&amp;Type enhet:</source>
        <translation>Unit &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="174"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="175"/>
        <source>Søk i alle referater og punkter (Ctrl+F)</source>
        <translation>Search all minutes and action items (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="176"/>
        <source>Søk i referater</source>
        <translation>Search minutes</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="179"/>
        <source>Dobbeltklikk en måned for å åpne eller lage møtet.</source>
        <translation>Double-click a month to open or create the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="180"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Reports …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="181"/>
        <source>Månedsoppsummering eller tertialrapport, med forhåndsvisning</source>
        <translation>Monthly summary or four-monthly report, with a preview</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="183"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="237"/>
        <location filename="../../ui/followup/page.py" line="238"/>
        <location filename="../../ui/followup/page.py" line="245"/>
        <location filename="../../ui/followup/page.py" line="246"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="266"/>
        <source>Uten kommunalsjef</source>
        <translation>No director of services</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="338"/>
        <source>Referatet er godkjent av begge og låst.</source>
        <translation>The minutes have been approved by both and are locked.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="350"/>
        <source>Åpne referatet igjen</source>
        <translation>Reopen the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="351"/>
        <source>Referatet er godkjent av begge. Skriv hvorfor det åpnes igjen; begrunnelsen og hvem som åpnet blir stående i referatet, og begge må godkjenne på nytt.</source>
        <translation>The minutes have been approved by both. Write why they are being reopened; the reason and who reopened them remain in the minutes, and both must approve again.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="368"/>
        <source>Lagre referatet som PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="378"/>
        <source>Lagret {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="394"/>
        <source>Forhåndsvisning – referat</source>
        <translation>Preview – minutes</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="414"/>
        <source>{n} treff for «{query}»</source>
        <translation>Matches for “{query}”: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="415"/>
        <source>Ingen treff for «{query}»</source>
        <translation>No matches for “{query}”</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="182"/>
        <source>Møteoversikt for året</source>
        <translation>Meetings of the year</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="129"/>
        <source>Egenevaluering</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="129"/>
        <source>Overordnedes vurdering</source>
        <translation>Superior&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="141"/>
        <location filename="../../ui/agreements/editor.py" line="142"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>GoalLinkDialog</name>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="53"/>
        <source>Målet i målekartet</source>
        <translation>The goal in the scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="58"/>
        <source>«{goal}»: velg fokusområdet målet hører til, og indikatoren det måles med der det er målbart. Har avtalens mal kolonnen «Indikator», viser den da indikatoren og ambisjonsnivået, med fritekst etter.</source>
        <translation>«{goal}»: choose the focus area the goal belongs to, and the indicator it is measured by where it can be measured. If the agreement&apos;s template has the column «Indicator», it then shows the indicator and the target level, followed by free text.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="65"/>
        <source>(ikke valgt)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="71"/>
        <source>&amp;Fokusområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="71"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="72"/>
        <source>Målets &amp;ambisjonsnivå:</source>
        <translation>The goal&apos;s &amp;target:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="73"/>
        <source>&amp;Tjener kommunens mål:</source>
        <translation>&amp;Serves the municipality&apos;s goal:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="98"/>
        <source>(ikke målbart med en indikator)</source>
        <translation>(not measurable by an indicator)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="104"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="114"/>
        <source>kommunens: {level}</source>
        <translation>the municipality&apos;s: {level}</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="204"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="330"/>
        <source>Egenevaluering</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="330"/>
        <source>Overordnedes vurdering</source>
        <translation>Superior&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <location filename="../../ui/agreements/editor.py" line="350"/>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <source>Opp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="227"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="227"/>
        <source>Målekart …</source>
        <translation>Scorecard …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="267"/>
        <source>Felles krav: endres under Felles krav, og gjelder alle ledere.</source>
        <translation>Common requirement: edited under Common requirements, and applies to all leaders.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="274"/>
        <source>Kildene råder til få mål: denne kategorien har {n}. Vurder å slå sammen eller prioritere.</source>
        <translation>The sources advise few goals: this category has {n}. Consider merging or prioritising.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="320"/>
        <source>«{text}» er ikke en dato. Skriv den som dd.mm.åååå.</source>
        <translation>“{text}” is not a date. Write it as dd.mm.yyyy.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="325"/>
        <source>Endre mål {n}</source>
        <translation>Edit goal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="335"/>
        <source>Velg målet som skal knyttes til målekartet.</source>
        <translation>Choose the goal to tie to the scorecard.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="350"/>
        <source>Nytt mål i {c}</source>
        <translation>New goal in {c}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="357"/>
        <source>Slett mål {n}</source>
        <translation>Delete goal {n}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="363"/>
        <source>Flytt mål {n}</source>
        <translation>Move goal {n}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="25"/>
        <location filename="../../ui/help.py" line="31"/>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="79"/>
        <source>Hvem:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="80"/>
        <source>Hvor:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="81"/>
        <source>Siden:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="86"/>
        <source>ukjent (låsefilen kan ikke leses)</source>
        <translation>unknown (the lock file cannot be read)</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="93"/>
        <source>{host}, prosess {pid}, Styringsdialog {version}</source>
        <translation>{host}, process {pid}, Styringsdialog {version}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="39"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="40"/>
        <source>Overordnet id</source>
        <translation>Parent ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="41"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="43"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="44"/>
        <source>Ansvar</source>
        <translation>Responsibility code</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="45"/>
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="46"/>
        <source>(ikke bruk)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="57"/>
        <source>Importer enheter fra {file}</source>
        <translation>Import units from {file}</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="67"/>
        <source>&amp;Ark</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="68"/>
        <source>&amp;Versjonsnavn</source>
        <translation>&amp;Version name</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="70"/>
        <source>Legg flere toppenheter under én ny enhet:</source>
        <translation>Put several top-level units under one new unit:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="71"/>
        <source>Rådmannen</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76"/>
        <source>Kolonner (gjettet fra overskriftene – rett der det trengs):</source>
        <translation>Columns (guessed from the headings – correct them where needed):</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="78"/>
        <source>Overskrift i filen</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="78"/>
        <source>Betyr</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="83"/>
        <source>Første rader:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="93"/>
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="97"/>
        <source>&amp;Kontroller</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="98"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="132"/>
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>What the column “{h}” means</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="170"/>
        <source>{n} enheter er klare til import. Ingen feil funnet.</source>
        <translation>{n} units are ready to import. No errors found.</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="220"/>
        <source>Importer enheter</source>
        <translation>Import units</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="221"/>
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportValuesDialog</name>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="39"/>
        <source>Importer måleverdier</source>
        <translation>Import measured values</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="42"/>
        <source>Én verdi per rad: enhet (navn eller kode), indikator, periode (T2 2026 eller 2026-08), verdi og eventuelt kommentar. Alt importeres, eller ingenting.</source>
        <translation>One value per row: unit (name or code), indicator, period (T2 2026 or 2026-08), value and a comment if any. Everything is imported, or nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="48"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="49"/>
        <source>Velg regneark</source>
        <translation>Choose spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="54"/>
        <source>Fra kolonnen «Indikator» i filen</source>
        <translation>From the file&apos;s «Indikator» column</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="58"/>
        <source>fra kolonnen «Periode», eller for eksempel T2 2026</source>
        <translation>from the «Periode» column, or for example T2 2026</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="59"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="59"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="60"/>
        <source>&amp;Periode for hele filen:</source>
        <translation>&amp;Period for the whole file:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="65"/>
        <source>&amp;Kontroller filen</source>
        <translation>&amp;Check the file</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="68"/>
        <source>Filens første rader</source>
        <translation>The file&apos;s first rows</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="74"/>
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="78"/>
        <source>I&amp;mporter</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="90"/>
        <source>Velg regnearket</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="91"/>
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="111"/>
        <source>Filen kan ikke leses.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="125"/>
        <source>Ingenting kan importeres før disse {n} problemene er rettet i filen:</source>
        <translation>Nothing can be imported until these {n} problems are corrected in the file:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="129"/>
        <source>{n} verdier for {indicators} er klare til import.</source>
        <translation>{n} values for {indicators} are ready to import.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="138"/>
        <source>Importerer verdier …</source>
        <translation>Importing values …</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="62"/>
        <source>Endre indikator</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="62"/>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="98"/>
        <source>for eksempel 7</source>
        <translation>for example 7</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="100"/>
        <source>for eksempel 8,5</source>
        <translation>for example 8.5</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="120"/>
        <source>Alle &amp;resultatenheter</source>
        <translation>All &amp;result units</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="121"/>
        <source>&amp;Ingen</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="135"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="135"/>
        <source>&amp;Fokusområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="136"/>
        <source>&amp;Måleenhet:</source>
        <translation>&amp;Unit of measure:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="136"/>
        <source>R&amp;etning:</source>
        <translation>Dir&amp;ection:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="137"/>
        <source>&amp;Ambisjonsnivå (grønt):</source>
        <translation>&amp;Target (green):</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="137"/>
        <source>&amp;Gult til:</source>
        <translation>&amp;Yellow up to:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="138"/>
        <source>Farger:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="138"/>
        <source>&amp;Hyppighet:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="139"/>
        <source>&amp;Kilde:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="139"/>
        <source>&amp;Sammenstilling i kommunen:</source>
        <translation>&amp;Combined for the municipality as:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="140"/>
        <source>&amp;Beskrivelse:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="140"/>
        <source>&amp;Enheter som rapporterer:</source>
        <translation>&amp;Units that report:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="71"/>
        <source>Kryss av alle resultatenheter</source>
        <translation>Tick every result unit</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="72"/>
        <source>Fjern alle krysser</source>
        <translation>Clear every tick</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="186"/>
        <source>Skriv ambisjonsnivået og grensen for gult som tall.</source>
        <translation>Write the target and the yellow limit as numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="189"/>
        <source>Uten ambisjonsnivå får verdiene ingen farge.</source>
        <translation>Without a target the values get no colour.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="194"/>
        <source>Grønn: {g}; rød: alt annet.</source>
        <translation>Green: {g}; red: anything else.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="197"/>
        <source>Grønn: til og med {t}; gul: over {t} til og med {y}; rød: over {y}.</source>
        <translation>Green: up to and including {t}; yellow: above {t} up to and including {y}; red: above {y}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="200"/>
        <source>Grønn: {t} eller mer; gul: fra {y} til under {t}; rød: under {y}.</source>
        <translation>Green: {t} or more; yellow: from {y} to below {t}; red: below {y}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Rådmannen</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Rådmannens ledergruppe</source>
        <translation>Chief executive&apos;s top team</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Stab</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Støtte</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Utviklingsenhet</source>
        <translation>Development unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Servicetorg</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Sektor samfunn</source>
        <translation>Community sector</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Resultatenhet</source>
        <translation>Result unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Til drøfting</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Evaluert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Erstattet</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Lederavtale</source>
        <translation>Leader agreement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resultatavtale</source>
        <translation>Result agreement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Holdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Utsatt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>På sporet</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Risiko</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Ikke på sporet</source>
        <translation>Off track</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Dagsorden (begge kan føre opp saker)</source>
        <translation>Agenda (both can add items)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Lederens egen vurdering av måneden</source>
        <translation>Leader&apos;s own assessment of the month</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Overordnedes syn</source>
        <translation>Superior&apos;s view</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Lederens forklaring på avviket</source>
        <translation>Leader&apos;s explanation of the deviation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Foreslåtte tiltak mot avviket</source>
        <translation>Proposed measures to address the deviation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Andre saker</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Behov for hjelp eller kompetanse</source>
        <translation>Need for help or expertise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Kommentar til mål</source>
        <translation>Comment on a goal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Regnskap</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Rådmann</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Kommunalsjef</source>
        <translation>Director of services</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Fungerende leder</source>
        <translation>Acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>des</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="38"/>
        <source>Databasen er i bruk</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="41"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; er åpen i et annet program.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; is open in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="47"/>
        <source>Bare ett program kan endre databasen om gangen, så ingenting blir skrevet over. Du kan åpne den skrivebeskyttet for å lese og skrive ut, eller vente til den er lukket der.</source>
        <translation>Only one program can change the database at a time, so nothing gets overwritten. You can open it read-only to read and print, or wait until it is closed there.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="52"/>
        <source>Åpne skrivebeskyttet</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="53"/>
        <source>Vent til den er ledig</source>
        <translation>Wait until it is free</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="54"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Koble til server …</source>
        <translation>&amp;Connect to server …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Nylige</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Reports …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Gjenopprett …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Krypter databasen …</source>
        <translation>&amp;Encrypt the database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Endre &amp;passord …</source>
        <translation>Change &amp;passphrase …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Fje&amp;rn kryptering …</source>
        <translation>&amp;Remove encryption …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Endringslogg …</source>
        <translation>&amp;Change log …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Ta med på samling …</source>
        <translation>&amp;Take to a seminar …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Hent inn fra samling …</source>
        <translation>&amp;Bring in from a seminar …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Skriv sa&amp;mlingsnotat …</source>
        <translation>Write a se&amp;minar note …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Samlingsn&amp;otater …</source>
        <translation>Seminar n&amp;otes …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Presentasjon</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Kom i gang …</source>
        <translation>&amp;Getting started …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;About Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>The file already exists. Choose Open to use it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Do you want to fill the new database with the demo municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Åpne database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Styringsdialog-database (*{suffix});;Samlingspakke (*.sdbpkg);;Alle filer (*)</source>
        <translation>Styringsdialog database (*{suffix});;Seminar package (*.sdbpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>{address} (server)</source>
        <translation>{address} (server)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Backups from here apply to database files.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Gjenoppretting herfra gjelder databasefiler.</source>
        <translation>Restoring from here applies to database files.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Databasen er åpnet skrivebeskyttet fordi et annet program har den åpen. Gjenopprett den der, eller lukk det andre programmet og åpne databasen på nytt.</source>
        <translation>The database is open read-only because another program has it open. Restore it there, or close the other program and open the database again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Gjenoppretter databasen …</source>
        <translation>Restoring the database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Databasen slik den var, er tatt vare på som {path}.</source>
        <translation>The database as it was has been kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Gjenopprettet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Databasen er gjenopprettet fra {backup}.</source>
        <translation>The database has been restored from {backup}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Den automatiske sikkerhetskopien mislyktes: {error}</source>
        <translation>The automatic backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Automatisk sikkerhetskopi tatt: {path}</source>
        <translation>Automatic backup taken: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602"/>
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisation chart, leader and result agreements, monthly follow-up and budget for the chief executive&apos;s staff. Works without a network.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Om Styringsdialog</source>
        <translation>About Styringsdialog</translation>
    </message>
</context>
<context>
    <name>MeetingNoteEditor</name>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="282"/>
        <source>← Årsoversikten</source>
        <translation>← Year overview</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="283"/>
        <source>PDF / skriv ut …</source>
        <translation>PDF / print …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="284"/>
        <source>Forhånds&amp;visning …</source>
        <translation>Pre&amp;view …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>Deltakere:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="293"/>
        <source>Samtalen</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="294"/>
        <source>Status for målene i avtalen</source>
        <translation>Status of the goals in the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Forrige møte</source>
        <translation>Previous meeting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Status nå</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="296"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="297"/>
        <source>Status for målene</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="298"/>
        <source>Enheten har ingen avtale med mål for denne perioden.</source>
        <translation>The unit has no agreement with goals for this period.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="299"/>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Regnskap</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Avvik kr</source>
        <translation>Deviation NOK</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Avvik %</source>
        <translation>Deviation %</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="303"/>
        <source>Måneden</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="304"/>
        <source>Hittil i år</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="305"/>
        <source>Annet og beslutninger</source>
        <translation>Other matters and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="306"/>
        <location filename="../../ui/followup/note_editor.py" line="309"/>
        <source>Oppfølgingspunkter</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="308"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="308"/>
        <source>Fra møtet</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="310"/>
        <source>Nytt punkt: hva skal gjøres?</source>
        <translation>New item: what needs to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="311"/>
        <source>Nytt oppfølgingspunkt</source>
        <translation>New action item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="312"/>
        <source>Ansvarlig for nytt punkt</source>
        <translation>Owner of the new item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="313"/>
        <source>Frist for nytt punkt</source>
        <translation>Deadline for the new item</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="314"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="315"/>
        <source>Fjern valgt</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="316"/>
        <source>Godkjenning</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="317"/>
        <source>Leder godkjenner</source>
        <translation>Approve as leader</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="318"/>
        <source>Overordnet godkjenner</source>
        <translation>Approve as superior</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="319"/>
        <source>Åpne referatet igjen …</source>
        <translation>Reopen the minutes …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="344"/>
        <source>Oppfølgingssamtale {month} {year} – {unit}</source>
        <translation>Follow-up meeting {month} {year} – {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="347"/>
        <source>Referatet er godkjent av begge og låst. Oppfølgingspunkter kan fortsatt merkes som utført. Vil du rette noe, velg «Åpne referatet igjen» og skriv hvorfor.</source>
        <translation>The minutes have been approved by both and are locked. Action items can still be marked as done. To correct something, choose “Reopen the minutes” and write why.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="360"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="361"/>
        <source>overordnet</source>
        <translation>superior</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="362"/>
        <source>Ingen leder registrert</source>
        <translation>No leader registered</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="390"/>
        <source>{leader} har ingen avtale med mål som gjelder denne måneden. En tidligere leders avtale følges ikke opp med ny leder.</source>
        <translation>{leader} has no agreement with goals for this month. A previous leader&apos;s agreement is not followed up with a new leader.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="392"/>
        <source>Enheten har ingen avtale med mål som gjelder denne måneden.</source>
        <translation>The unit has no agreement with goals for this month.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="418"/>
        <source>Status for målet: {goal}</source>
        <translation>Goal status: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="452"/>
        <source>Det er ikke lest inn budsjett for {year}, eller enheten har ingen ansvarskoder.</source>
        <translation>No budget has been imported for {year}, or the unit has no responsibility codes.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="459"/>
        <source>Hittil i år ({period})</source>
        <translation>Year to date ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="465"/>
        <source>Budsjett for året: {amount}</source>
        <translation>Budget for the year: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="467"/>
        <source>prognose for året: {amount}</source>
        <translation>forecast for the year: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="469"/>
        <source>ingen regnskap er lest inn ennå</source>
        <translation>no accounts have been imported yet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="471"/>
        <source>regnskapet går til og med {month}</source>
        <translation>actual figures run up to and including {month}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="473"/>
        <source>positivt avvik betyr merforbruk</source>
        <translation>a positive deviation means overspending</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="485"/>
        <source>Utført: {text}</source>
        <translation>Done: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="488"/>
        <source>Utført {date}</source>
        <translation>Done on {date}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="490"/>
        <source>Punktet er tatt med til et senere møte; merk det utført der.</source>
        <translation>The item has been carried over to a later meeting; mark it as done there.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="498"/>
        <location filename="../../ui/followup/note_editor.py" line="547"/>
        <source>{name} var ikke med på dette møtet. Velg en ny ansvarlig.</source>
        <translation>{name} was not at this meeting. Choose a new person responsible.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="506"/>
        <source>Fristen er passert</source>
        <translation>The deadline has passed</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="508"/>
        <source>dette møtet</source>
        <translation>this meeting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="525"/>
        <location filename="../../ui/followup/note_editor.py" line="542"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="546"/>
        <source>{name} (ikke med på møtet)</source>
        <translation>{name} (not at the meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="553"/>
        <source>Ansvarlig for: {text}</source>
        <translation>Responsible for: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="569"/>
        <source>Godkjent {date}</source>
        <translation>Approved on {date}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="569"/>
        <source>Ikke godkjent</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="575"/>
        <source>Åpnet igjen {date} av {who}: {reason}</source>
        <translation>Reopened on {date} by {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="673"/>
        <source>«{text}» er ikke en dato. Skriv fristen som dd.mm.åååå.</source>
        <translation>“{text}” is not a date. Write the deadline as dd.mm.yyyy.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="54"/>
        <source>Slå sammen enheter</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="56"/>
        <source>Personer og stillinger, avtaler, oppfølging, nettverk og ansvarskoder flyttes til den nye enheten. De gamle enhetene avsluttes dagen før datoen.</source>
        <translation>People and positions, agreements, follow-up, networks and responsibility codes move to the new unit. The old units end the day before the date.</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="62"/>
        <source>Enheter som slås sammen</source>
        <translation>Units to merge</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="64"/>
        <source>Navn på den sammenslåtte enheten</source>
        <translation>Name of the merged unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="67"/>
        <source>Leder for den sammenslåtte enheten</source>
        <translation>Leader of the merged unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="68"/>
        <source>De andre lederne slutter som ledere dagen før datoen.</source>
        <translation>The other leaders stop being leaders the day before the date.</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="71"/>
        <source>&amp;Enheter</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="72"/>
        <source>&amp;Nytt navn</source>
        <translation>&amp;New name</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="73"/>
        <source>&amp;Leder</source>
        <translation>&amp;Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="74"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="94"/>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="96"/>
        <source>Ingen leder (ledig)</source>
        <translation>No leader (vacant)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="32"/>
        <source>Hent inn fra samling</source>
        <translation>Bring in from a seminar</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="34"/>
        <source>Pakken «{name}» fra {source}, laget {when} av {who}. Kryss bort endringer som ikke skal hentes inn, og velg side for hver konflikt.</source>
        <translation>The package «{name}» from {source}, made {when} by {who}. Untick changes not to bring in, and choose a side for each conflict.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="41"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="41"/>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Felt</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="60"/>
        <source>Kan ikke hentes inn ({n})</source>
        <translation>Cannot be brought in ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Kontoret</source>
        <translation>The office</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="74"/>
        <source>Pakken</source>
        <translation>The package</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="74"/>
        <source>Bruk</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="85"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="86"/>
        <source>Kontorets</source>
        <translation>The office&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="87"/>
        <source>Pakkens</source>
        <translation>The package&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="88"/>
        <source>Hvilken side for {what}</source>
        <translation>Which side for {what}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="95"/>
        <source>&amp;Hent inn</source>
        <translation>&amp;Bring in</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="96"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="101"/>
        <source>Endringer ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="103"/>
        <source>Konflikter: samme felt er endret begge steder ({n})</source>
        <translation>Conflicts: the same field changed in both places ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="109"/>
        <source>Hentes ikke inn (blir igjen i pakken):</source>
        <translation>Not brought in (stays in the package):</translation>
    </message>
</context>
<context>
    <name>MoveLeaderDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="287"/>
        <source>Flytt {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="293"/>
        <source>&amp;Til enhet</source>
        <translation>&amp;To unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="294"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;From</translation>
    </message>
</context>
<context>
    <name>MoveManyDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="164"/>
        <source>Flytt flere enheter</source>
        <translation>Move several units</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="167"/>
        <source>Enheter som flyttes</source>
        <translation>Units to move</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="171"/>
        <source>Ny overordnet enhet</source>
        <translation>New parent unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="172"/>
        <source>&amp;Enheter</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="173"/>
        <source>&amp;Under</source>
        <translation>&amp;Under</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="16"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="17"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="18"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="19"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="20"/>
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="21"/>
        <source>Målekart</source>
        <translation>Scorecard</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="52"/>
        <source>Ny avtale</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="75"/>
        <source>&amp;Mal</source>
        <translation>Te&amp;mplate</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="76"/>
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="77"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="78"/>
        <source>&amp;Til og med</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="79"/>
        <source>Leder og overordnet hentes fra organisasjonen; felles krav for perioden legges inn automatisk.</source>
        <translation>The leader and the superior are taken from the organisation; common requirements for the period are added automatically.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="35"/>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Etternavn</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Stillingstittel</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>E-&amp;post</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="39"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
</context>
<context>
    <name>NextPeriodDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="135"/>
        <source>Neste periodes avtale</source>
        <translation>Next period&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="137"/>
        <source>Mål som ikke ble nådd i stor grad, tas med videre.</source>
        <translation>Goals not achieved to a great degree are carried forward.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="140"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="141"/>
        <source>&amp;Til og med</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="56"/>
        <source>Samlingsnotat</source>
        <translation>Seminar note</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="64"/>
        <source>Ett vedtak per linje</source>
        <translation>One decision per line</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="66"/>
        <source>(ikke knyttet til et scenario)</source>
        <translation>(not tied to a scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="72"/>
        <source>Enheter notatet gjelder</source>
        <translation>Units the note concerns</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="81"/>
        <source>Mål i enhetenes avtaler som notatet gjelder</source>
        <translation>Goals in the units&apos; agreements that the note concerns</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="95"/>
        <source>Oppfølgingspunkt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="95"/>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="96"/>
        <source>Frist (dd.mm.åååå)</source>
        <translation>Due (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="100"/>
        <source>&amp;Legg til oppfølgingspunkt</source>
        <translation>&amp;Add action item</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="102"/>
        <source>&amp;Fjern oppfølgingspunkt</source>
        <translation>&amp;Remove action item</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="107"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="108"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="112"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="113"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="114"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="115"/>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="116"/>
        <source>&amp;Enheter:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="117"/>
        <source>&amp;Mål:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="120"/>
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="121"/>
        <source>&amp;Vedtak:</source>
        <translation>&amp;Decisions:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="140"/>
        <source>{unit} – {goal}</source>
        <translation>{unit} – {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="157"/>
        <source>{agreement}: {goal}</source>
        <translation>{agreement}: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="168"/>
        <source>Ingen enheter har avtaler med mål som gjelder nå.</source>
        <translation>No units have agreements with goals in force now.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="170"/>
        <source>Kryss av enheter for å se målene i avtalene deres.</source>
        <translation>Tick units to see the goals in their agreements.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="172"/>
        <source>Notatet er også knyttet til {n} mål som ikke vises her (enheten er ikke krysset av, eller avtalen gjelder ikke nå); de beholdes.</source>
        <translation>The note is also linked to {n} goals not shown here (their unit is not ticked, or the agreement is not in force now); they are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="210"/>
        <source>Samlingsnotat – {title}</source>
        <translation>Seminar note – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="259"/>
        <source>Fristen «{text}» i oppfølgingspunkt {n} er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 15.09.2027.</source>
        <translation>The due date «{text}» in action item {n} is not a date. Write it as dd.mm.yyyy, for example 15.09.2027.</translation>
    </message>
</context>
<context>
    <name>NoteScorecardBox</name>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="103"/>
        <source>Målekart og årsprognose</source>
        <translation>Scorecard and year-end forecast</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Ambisjonsnivå</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Verdi nå</source>
        <translation>Value now</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="106"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="107"/>
        <source>Måleverdier denne perioden</source>
        <translation>Measured values this period</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="108"/>
        <source>Års&amp;prognose, avvik ved årets slutt (kr):</source>
        <translation>Year-end &amp;forecast, deviation at the end of the year (NOK):</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="109"/>
        <source>Årsak til p&amp;rognosen:</source>
        <translation>&amp;Reason for the forecast:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="147"/>
        <source>Skriv verdien for {period}; tom celle fjerner den.</source>
        <translation>Write the value for {period}; an empty cell removes it.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="157"/>
        <source>Ingen indikatorer på enhetens målekart har en periode som slutter i {month}.</source>
        <translation>No indicator on the unit&apos;s scorecard has a period ending in {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="159"/>
        <source>Verdiene for periodene som slutter denne måneden. Skriv verdien og en kommentar der målet ikke er nådd.</source>
        <translation>The values for the periods ending this month. Write the value, and a comment where the target is not reached.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="231"/>
        <source>«{text}» er ikke et beløp. Skriv avviket i kroner, for eksempel 250 000 eller −100 000.</source>
        <translation>«{text}» is not an amount. Write the deviation in kroner, for example 250 000 or −100 000.</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="60"/>
        <source>Samlingsnotater</source>
        <translation>Seminar notes</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="65"/>
        <source>Vedtak</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="65"/>
        <source>Oppfølgingspunkter</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="78"/>
        <source>Ingen samlingsnotater ennå. Velg «Nytt samlingsnotat» for å skrive det første.</source>
        <translation>No seminar notes yet. Choose «New seminar note» to write the first.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="81"/>
        <source>&amp;Nytt samlingsnotat …</source>
        <translation>&amp;New seminar note …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="82"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="83"/>
        <source>&amp;Slett …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="93"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="109"/>
        <source>Scenario: {name}</source>
        <translation>Scenario: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="111"/>
        <source>{n} mål</source>
        <translation>{n} goals</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="112"/>
        <source>{n} ({m} hentet inn)</source>
        <translation>{n} ({m} brought in)</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <location filename="../../ui/org/commands.py" line="21"/>
        <source>Flytt {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="37"/>
        <location filename="../../ui/org/commands.py" line="181"/>
        <source>Endre {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="50"/>
        <source>Endre ansvar for {name}</source>
        <translation>Edit responsibility codes for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="66"/>
        <source>Ny enhet {name}</source>
        <translation>New unit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="84"/>
        <source>Slett {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="150"/>
        <source>Endre oppfølging for {name}</source>
        <translation>Edit follow-up for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="166"/>
        <source>Endre nettverket {name}</source>
        <translation>Edit the network {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="268"/>
        <source>Slå sammen til {name}</source>
        <translation>Merge into {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="275"/>
        <source>Del ut {name}</source>
        <translation>Split off {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="282"/>
        <source>Flytt {n} enheter</source>
        <translation>Move {n} units</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="290"/>
        <source>Ny forbindelse</source>
        <translation>New relation</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="311"/>
        <source>Slett forbindelse</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="330"/>
        <source>Rollebeskrivelse for {name}</source>
        <translation>Role description for {name}</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="71"/>
        <source>gjeldende</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="72"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="73"/>
        <source>historisk</source>
        <translation>historical</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="311"/>
        <source>&amp;Versjon:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="312"/>
        <source>Organisasjonsversjon</source>
        <translation>Organisation version</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="313"/>
        <source>&amp;Per dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="314"/>
        <source>Vis organisasjonen per dato</source>
        <translation>Show the organisation as of a date</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="315"/>
        <source>Nytt &amp;scenario …</source>
        <translation>New &amp;scenario …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="316"/>
        <source>Sa&amp;mmenlign …</source>
        <translation>Co&amp;mpare …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="317"/>
        <source>&amp;Gjør gjeldende …</source>
        <translation>Make &amp;current …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="318"/>
        <location filename="../../ui/org/page.py" line="653"/>
        <source>Slett scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="319"/>
        <source>&amp;Omorganisering …</source>
        <translation>&amp;Reorganisation …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="320"/>
        <source>Slå sammen enheter …</source>
        <translation>Merge units …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="321"/>
        <source>Del enhet …</source>
        <translation>Split unit …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="322"/>
        <source>Flytt flere …</source>
        <translation>Move several …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="323"/>
        <source>Forbindelser …</source>
        <translation>Relations …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="324"/>
        <source>Rollebeskrivelse …</source>
        <translation>Role description …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="325"/>
        <source>Skriv ut roller …</source>
        <translation>Print roles …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="326"/>
        <source>Ny &amp;enhet</source>
        <translation>New &amp;unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="327"/>
        <location filename="../../ui/org/page.py" line="693"/>
        <source>Slett enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="328"/>
        <source>&amp;Importer …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="329"/>
        <source>E&amp;ksporter …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="330"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="331"/>
        <source>&amp;Personer …</source>
        <translation>P&amp;eople …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="332"/>
        <source>&amp;Grenser for kontrollene …</source>
        <translation>Check &amp;thresholds …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="333"/>
        <source>Søk enhet (Ctrl+F)</source>
        <translation>Find unit (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="334"/>
        <source>Søk etter enhet</source>
        <translation>Search for a unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="335"/>
        <source>Vis oppfølging</source>
        <translation>Show follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="336"/>
        <source>Fremhev nettverk</source>
        <translation>Highlight network</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="338"/>
        <source>Zoom inn</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="340"/>
        <source>Zoom ut</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="341"/>
        <source>Tilpass</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="342"/>
        <source>Tilpass kartet til vinduet</source>
        <translation>Fit the chart to the window</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="343"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="344"/>
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="345"/>
        <source>Merknader fra kontrollen av organisasjonen</source>
        <translation>Findings of the organisation checks</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="347"/>
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="347"/>
        <source>Ansvar</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="348"/>
        <source>Enhetene i organisasjonen</source>
        <translation>The units of the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="349"/>
        <source>Organisasjonskart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="390"/>
        <location filename="../../ui/org/page.py" line="470"/>
        <source>Ingen organisasjon er registrert ennå. Importer en enhetsliste.</source>
        <translation>No organisation has been registered yet. Import a unit list.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="423"/>
        <source>Fremhev nettverk: ingen</source>
        <translation>Highlight network: none</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="425"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="426"/>
        <source>Nettverk: {name} ({n})</source>
        <translation>Network: {name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="460"/>
        <source>{version}: {n} enheter, {vacant} uten fast leder. {mode}</source>
        <translation>{version}: {n} units, {vacant} without a permanent leader. {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="462"/>
        <source>Historisk versjon: bare til visning.</source>
        <translation>Historical version: view only.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="463"/>
        <source>Endringer lagres straks og kan angres med Ctrl+Z.</source>
        <translation>Changes are saved at once and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="493"/>
        <source>Fjernet mot «{name}»: {units}</source>
        <translation>Removed compared with «{name}»: {units}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="514"/>
        <source>Ingen merknader.</source>
        <translation>No issues.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="515"/>
        <source>Kontroller ({n})</source>
        <translation>Checks ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="602"/>
        <source>Alternativ {n}</source>
        <translation>Alternative {n}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="616"/>
        <source>Det finnes bare én versjon. Lag et scenario først.</source>
        <translation>There is only one version. Create a scenario first.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="619"/>
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="619"/>
        <source>Sammenlign med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="629"/>
        <source>Gjør gjeldende</source>
        <translation>Make current</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="630"/>
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før. Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med Ctrl+Z.</source>
        <translation>From which date shall «{name}» apply? Today&apos;s organisation becomes history the day before. This cannot be undone, and what you changed before can no longer be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="654"/>
        <source>Slette scenariet «{name}» med alle enhetene i det? Dette kan ikke angres.</source>
        <translation>Delete the scenario “{name}” with all its units? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="680"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="691"/>
        <source>Slette «{name}»?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="692"/>
        <source>Slette «{name}» og de {n} enhetene under?</source>
        <translation>Delete “{name}” and the {n} units below it?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="693"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="714"/>
        <source>Fungerende leder for {unit}</source>
        <translation>Acting leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="715"/>
        <source>Ny leder for {unit}</source>
        <translation>New leader for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="729"/>
        <location filename="../../ui/org/page.py" line="731"/>
        <source>Avslutt stilling</source>
        <translation>End position</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="729"/>
        <source>Siste dag i stillingen:</source>
        <translation>Last day in the position:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="739"/>
        <source>Velg en leder som er i stillingen nå for å flytte vedkommende.</source>
        <translation>Select a leader who holds the position now to move them.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="744"/>
        <source>Flytt {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="755"/>
        <source>Endre grenser for kontrollene</source>
        <translation>Change thresholds for the checks</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="775"/>
        <source>Fant ingen enhet som passer «{text}».</source>
        <translation>No unit matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="787"/>
        <source>Treff {i} av {n}: {name}</source>
        <translation>Match {i} of {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="806"/>
        <source>Lagret {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="836"/>
        <source>Velg enheten som skal deles i treet eller kartet først.</source>
        <translation>Choose the unit to split in the tree or the chart first.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="871"/>
        <source>Velg enheten i treet eller kartet først.</source>
        <translation>Choose the unit in the tree or the chart first.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="36"/>
        <source>Oppfølgingspunkter over fristen</source>
        <translation>Overdue action items</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="37"/>
        <source>Oppfølgingspunkter med frist innen 7 dager</source>
        <translation>Action items due within 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="38"/>
        <source>Ledere uten holdt oppfølgingsmøte forrige måned</source>
        <translation>Leaders with no follow-up meeting held last month</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="39"/>
        <source>Avtaler som ikke er signert</source>
        <translation>Unsigned agreements</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="40"/>
        <source>Avtaler som utløper innen 60 dager</source>
        <translation>Agreements expiring within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="41"/>
        <source>Enheter med budsjettavvik hittil i år over terskelen</source>
        <translation>Units with a year-to-date budget deviation above the threshold</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="45"/>
        <source>Indikatorer som er røde to perioder på rad</source>
        <translation>Indicators red two periods running</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="46"/>
        <source>Måleverdier som mangler for en avsluttet periode</source>
        <translation>Measured values missing for a closed period</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="47"/>
        <source>Rådmannens årsplan evaluert for sjelden</source>
        <translation>Chief executive&apos;s annual plan evaluated too rarely</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="100"/>
        <location filename="../../ui/overview/page.py" line="101"/>
        <source>Trenger oppmerksomhet i dag</source>
        <translation>Needs attention today</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="102"/>
        <source>&amp;Terskel for budsjettavvik:</source>
        <translation>Budget deviation &amp;threshold:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="103"/>
        <source>Terskel for budsjettavvik i prosent</source>
        <translation>Budget deviation threshold in per cent</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="106"/>
        <location filename="../../ui/overview/page.py" line="107"/>
        <source>Enheter uten fast leder</source>
        <translation>Units without a permanent leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="127"/>
        <source>fungerende: {name}</source>
        <translation>acting: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="128"/>
        <source>ingen fungerende leder</source>
        <translation>no acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="131"/>
        <source>Alle enheter har leder.</source>
        <translation>Every unit has a leader.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="143"/>
        <source>{unit}: {text} – {owner}, frist {day}</source>
        <translation>{unit}: {text} – {owner}, due {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="144"/>
        <source>uten ansvarlig</source>
        <translation>no owner</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="146"/>
        <source>{unit}: {leader} ({month} {year}), følges opp av {lead}</source>
        <translation>{unit}: {leader} ({month} {year}), followed up by {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="150"/>
        <source>{title} – {leader}</source>
        <translation>{title} – {leader}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="152"/>
        <source>{title} – utløper {day}</source>
        <translation>{title} – expires {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="154"/>
        <source>{unit}: avvik {amount} ({pct}) til og med {month}</source>
        <translation>{unit}: deviation {amount} ({pct}) up to and including {month}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="160"/>
        <source>Rådmannens plan for {year} er evaluert 1 gang; avtalen krever minst {required} evalueringssamtaler i året.</source>
        <translation>The chief executive&apos;s plan for {year} has been evaluated once; the agreement asks for at least {required} evaluation meetings a year.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="162"/>
        <source>Rådmannens plan for {year} er evaluert {held} ganger; avtalen krever minst {required} evalueringssamtaler i året.</source>
        <translation>The chief executive&apos;s plan for {year} has been evaluated {held} times; the agreement asks for at least {required} evaluation meetings a year.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="166"/>
        <source>{unit}: «{indicator}» rød i {first} og {second}</source>
        <translation>{unit}: «{indicator}» red in {first} and {second}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="168"/>
        <source>{unit}: «{indicator}» mangler verdi for {period}</source>
        <translation>{unit}: «{indicator}» has no value for {period}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="189"/>
        <location filename="../../ui/overview/page.py" line="203"/>
        <source>Dobbeltklikk eller trykk Enter for å åpne</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="209"/>
        <source>Ingenting krever oppmerksomhet i dag.</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="60"/>
        <source>Databasen er tom. Velg Fil → Ny database for å lage demokommunen, eller importer en enhetsliste.</source>
        <translation>The database is empty. Choose File → New database to create the demo municipality, or import a unit list.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="64"/>
        <source>{n} innbyggere</source>
        <translation>{n} inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="66"/>
        <source>kommunenr. {nr}</source>
        <translation>municipality no. {nr}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="68"/>
        <source>per {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="71"/>
        <source>enheter</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="72"/>
        <source>{n} resultatenheter</source>
        <translation>{n} result units</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="73"/>
        <source>ledere i stilling</source>
        <translation>leaders in post</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="74"/>
        <source>ledige lederstillinger</source>
        <translation>vacant leader posts</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="75"/>
        <source>{n} med fungerende leder</source>
        <translation>{n} with an acting leader</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="78"/>
        <source>avtaler for {year}</source>
        <translation>agreements for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="79"/>
        <source>{n} signert</source>
        <translation>{n} signed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="81"/>
        <source>oppfølgingsmøter denne måneden</source>
        <translation>follow-up meetings this month</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="82"/>
        <source>{n} holdt</source>
        <translation>{n} held</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="83"/>
        <source>åpne oppfølgingspunkter</source>
        <translation>open action items</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="84"/>
        <source>{n} forfalt</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="106"/>
        <source>Henter det som trenger oppmerksomhet …</source>
        <translation>Fetching what needs attention …</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="30"/>
        <source>Ta med på samling</source>
        <translation>Take to a seminar</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="31"/>
        <source>Velg hva som skal med på samlingen. Pakken blir én kryptert fil som kan åpnes uten nett. Endringene hentes inn igjen med Fil → Hent inn fra samling.</source>
        <translation>Choose what to take to the seminar. The package is one encrypted file that opens without a network. The changes come back with File → Bring in from a seminar.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="35"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="37"/>
        <location filename="../../ui/seminar/package_dialog.py" line="59"/>
        <source>Scenarioer</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="38"/>
        <source>Ta med &amp;oppfølgingsnotatene (personopplysninger)</source>
        <translation>Include the &amp;follow-up notes (personal data)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="40"/>
        <location filename="../../ui/seminar/package_dialog.py" line="98"/>
        <source>Pakkefil</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="41"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="45"/>
        <source>Passord for pakken</source>
        <translation>Password for the package</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="48"/>
        <source>Gjenta passordet</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="50"/>
        <source>&amp;Lag pakken</source>
        <translation>&amp;Make the package</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="51"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="58"/>
        <source>Enheter (ingen valgt: hele kommunen)</source>
        <translation>Units (none chosen: the whole municipality)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="66"/>
        <source>Pakkefil:</source>
        <translation>Package file:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="71"/>
        <source>Passord for pakken (minst 8 tegn), to ganger:</source>
        <translation>Password for the package (at least 8 characters), twice:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="99"/>
        <source>Samlingspakke (*.sdbpkg)</source>
        <translation>Seminar package (*.sdbpkg)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="58"/>
        <source>Kryptert samlingspakke</source>
        <translation>Encrypted seminar package</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="59"/>
        <source>Samlingspakken «{name}» er kryptert. Skriv passordet pakken fikk da den ble laget.</source>
        <translation>The seminar package «{name}» is encrypted. Type the passphrase it was given when it was made.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="61"/>
        <source>Kryptert database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="62"/>
        <source>Databasen «{name}» er kryptert. Skriv passordet for å åpne den.</source>
        <translation>The database “{name}” is encrypted. Enter the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="69"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="72"/>
        <source>Passord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="73"/>
        <source>&amp;Vis</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="74"/>
        <source>Vis passordet</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="75"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="79"/>
        <source>Å&amp;pne</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="80"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="102"/>
        <source>Feil passord for samlingspakken «{name}». Skriv passordet på nytt (store og små bokstaver er forskjellige). Det er passordet som ble valgt med Fil → Ta med på samling da pakken ble laget.</source>
        <translation>Wrong passphrase for the seminar package «{name}». Type it again (capitals and small letters differ). It is the passphrase chosen with File → Take to a seminar when the package was made.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="57"/>
        <location filename="../../ui/org/people_dialog.py" line="67"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Etternavn</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Stillingstittel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>Stillinger nå</source>
        <translation>Current positions</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="70"/>
        <source>&amp;Ny person …</source>
        <translation>&amp;New person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="104"/>
        <source>Ny person {name}</source>
        <translation>New person {name}</translation>
    </message>
</context>
<context>
    <name>PlainTableEditor</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="382"/>
        <source>Ny rad</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="383"/>
        <source>Slett rad</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="423"/>
        <source>Endre {title}</source>
        <translation>Edit {title}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="33"/>
        <source>Presentasjon</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="112"/>
        <source>Piltastene blar, Esc avslutter.</source>
        <translation>The arrow keys turn the pages, Esc ends.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="170"/>
        <source>… og {n} til</source>
        <translation>… and {n} more</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/agreements/preview.py" line="37"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/progress.py" line="205"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="225"/>
        <source>Arbeider …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="228"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="163"/>
        <source>Ny revisjon</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="165"/>
        <source>Den signerte avtalen beholdes. Revisjonen er et utkast som signeres på nytt.</source>
        <translation>The signed agreement is kept. The revision is a draft that is signed again.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="167"/>
        <source>&amp;Begrunnelse</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>RelationsDialog</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="43"/>
        <source>Forbindelser utenfor linjen</source>
        <translation>Relations outside the line</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="46"/>
        <source>Forbindelser</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="53"/>
        <source>Bestiller/utfører</source>
        <translation>Commissioner/provider</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="54"/>
        <source>Stabskontakt</source>
        <translation>Staff contact</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="55"/>
        <source>&amp;Fra (bestiller eller stab)</source>
        <translation>&amp;From (commissioner or staff)</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="56"/>
        <source>&amp;Til (utfører eller enheten som betjenes)</source>
        <translation>&amp;To (provider or the unit served)</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="57"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="60"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="61"/>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Remove selected</translation>
    </message>
</context>
<context>
    <name>ReorganisationDialog</name>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="72"/>
        <source>Omorganisering: alternativer side om side</source>
        <translation>Reorganisation: alternatives side by side</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="78"/>
        <source>&amp;Prosjekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="80"/>
        <source>Omorganiseringsprosjekt</source>
        <translation>Reorganisation project</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="85"/>
        <source>Nytt &amp;prosjekt …</source>
        <translation>New &amp;project …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="86"/>
        <source>Nytt &amp;alternativ</source>
        <translation>New &amp;alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="87"/>
        <source>Vis i &amp;kartet</source>
        <translation>Show in the &amp;chart</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="93"/>
        <source>Alternativene i prosjektet</source>
        <translation>The project&apos;s alternatives</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="98"/>
        <source>Nøkkeltall per alternativ</source>
        <translation>Key figures per alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="100"/>
        <source>Budsjett per enhet og alternativ</source>
        <translation>Budget per unit and alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="102"/>
        <source>Endringer fra 0-alternativet</source>
        <translation>Changes from the zero alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="104"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="295"/>
        <source>Plan for overgangen</source>
        <translation>Transition plan</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="107"/>
        <source>Side om side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="108"/>
        <source>Budsjett per enhet</source>
        <translation>Budget per unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="109"/>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="110"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="113"/>
        <source>Skriv &amp;ut (PDF) …</source>
        <translation>&amp;Print (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="114"/>
        <source>Lagre som &amp;xlsx …</source>
        <translation>Save as &amp;xlsx …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="115"/>
        <source>&amp;Gjør gjeldende …</source>
        <translation>Make &amp;current …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="116"/>
        <source>Lagre &amp;planen som xlsx …</source>
        <translation>Save the &amp;plan as xlsx …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="163"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="214"/>
        <source>Lag et prosjekt for omorganiseringen først.</source>
        <translation>Make a project for the reorganisation first.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="174"/>
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="177"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="180"/>
        <source>Alternativ</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="180"/>
        <source>Endring fra 0-alternativet</source>
        <translation>Change from the zero alternative</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="182"/>
        <source>Budsjett fra {budget}, ledere og oppfølging per {day}. Alt er forslag/utkast til et alternativ er gjort gjeldende.</source>
        <translation>Budget from {budget}, leaders and follow-up as of {day}. Everything is a proposal/draft until an alternative is made current.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="184"/>
        <source>(intet budsjett)</source>
        <translation>(no budget)</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="200"/>
        <source>Nytt prosjekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="201"/>
        <source>Navn på omorganiseringen (0-alternativet er dagens organisasjon):</source>
        <translation>Name of the reorganisation (the zero alternative is today&apos;s organisation):</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="234"/>
        <source>Lagre alternativene</source>
        <translation>Save the alternatives</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="235"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="235"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="289"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="246"/>
        <source>Lagret {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="255"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="262"/>
        <source>Gjør gjeldende</source>
        <translation>Make current</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="256"/>
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon avsluttes dagen før, og planen for overgangen vises. Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med Ctrl+Z.</source>
        <translation>From which date shall «{name}» apply? Today&apos;s organisation ends the day before, and the transition plan is shown. This cannot be undone, and what you changed before can no longer be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="263"/>
        <source>Gjøre «{name}» gjeldende fra {day}?</source>
        <translation>Make «{name}» current from {day}?</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Hva skjer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="275"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="280"/>
        <source>«{name}» gjelder fra {day}. Planen har {n} steg.</source>
        <translation>«{name}» applies from {day}. The plan has {n} steps.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="288"/>
        <source>Lagre planen</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="288"/>
        <source>Plan for overgangen.xlsx</source>
        <translation>Transition plan.xlsx</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="200"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="201"/>
        <source>&amp;Månedsoppsummering (PDF) – alle enhetene én måned</source>
        <translation>&amp;Monthly summary (PDF) – every unit, one month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="202"/>
        <source>&amp;Tertialrapport med målekart (Excel, Word eller PDF) – fire måneder</source>
        <translation>&amp;Four-monthly report with scorecard (Excel, Word or PDF) – four months</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="203"/>
        <source>En&amp;hetens målekart på én side (PDF) – til oppfølgingssamtalen</source>
        <translation>The &amp;unit&apos;s scorecard on one page (PDF) – for the follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="204"/>
        <source>&amp;Gjelder enhet</source>
        <translation>For &amp;unit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="205"/>
        <source>Årsoppgjør med forslag til overføring til ne&amp;ste år (PDF eller Excel)</source>
        <translation>Year-end with the proposed carry-over to the ne&amp;xt year (PDF or Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="206"/>
        <source>&amp;Offentlig versjon for politikerne (uten navn og personlige utviklingsmål)</source>
        <translation>&amp;Public version for the politicians (without names and personal development goals)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="207"/>
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="208"/>
        <source>Må&amp;ned</source>
        <translation>Mo&amp;nth</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="209"/>
        <source>T&amp;ertial</source>
        <translation>F&amp;our-month period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="210"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="211"/>
        <source>&amp;Lagres som</source>
        <translation>&amp;Save as</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="212"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="213"/>
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="214"/>
        <source>1. tertial (januar–april)</source>
        <translation>1st period (January–April)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="214"/>
        <source>2. tertial (mai–august)</source>
        <translation>2nd period (May–August)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="215"/>
        <source>3. tertial (september–desember)</source>
        <translation>3rd period (September–December)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="217"/>
        <source>Lag &amp;rapporten</source>
        <translation>Make the &amp;report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="218"/>
        <source>Forhånds&amp;visning …</source>
        <translation>Pre&amp;view …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="241"/>
        <source>Excel-arbeidsbok (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="241"/>
        <source>Word-utkast (.docx)</source>
        <translation>Word draft (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="250"/>
        <source>Årsoppgjør {year}.{fmt}</source>
        <translation>Year-end {year}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="252"/>
        <source>Målekart {unit} {year} T{tertial}.{fmt}</source>
        <translation>Scorecard {unit} {year} T{tertial}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="255"/>
        <source>Tertialrapport {year} T{tertial} offentlig.{fmt}</source>
        <translation>Four-monthly report {year} T{tertial} public.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="258"/>
        <source>Månedsoppsummering {year}-{month:02d}.{fmt}</source>
        <translation>Monthly summary {year}-{month:02d}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="260"/>
        <source>Tertialrapport {year} T{tertial}.{fmt}</source>
        <translation>Four-monthly report {year} T{tertial}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="267"/>
        <source>Dette formatet er et regneark eller et Word-utkast: åpne filen i Excel eller Word for å skrive den ut.</source>
        <translation>This format is a spreadsheet or a Word draft: open the file in Excel or Word to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="275"/>
        <source>Lagre rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="287"/>
        <source>Skriv hvor rapporten skal lagres, eller velg «Bla gjennom …».</source>
        <translation>Type where to save the report, or choose «Browse …».</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="295"/>
        <source>Rapporten kunne ikke lagres i {path}: {error}. Velg en annen mappe.</source>
        <translation>The report could not be saved in {path}: {error}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="298"/>
        <source>Lagret {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="313"/>
        <source>Forhåndsvisning – {name}</source>
        <translation>Preview – {name}</translation>
    </message>
</context>
<context>
    <name>RequirementForm</name>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="41"/>
        <source>Generelle krav felles for alle ledere</source>
        <translation>General requirements common to all leaders</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="42"/>
        <source>Faglige krav</source>
        <translation>Professional requirements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="43"/>
        <source>Personlige utviklingsmål som leder</source>
        <translation>Personal development goals as a leader</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="50"/>
        <source>Felles krav</source>
        <translation>Common requirement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="58"/>
        <source>Alle ledere</source>
        <translation>All leaders</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="66"/>
        <source>Fra og med</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="66"/>
        <source>Til og med</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="67"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="67"/>
        <source>Gjelder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="68"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="68"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="69"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="47"/>
        <source>&lt;p&gt;Databasen &lt;b&gt;{target}&lt;/b&gt; erstattes med sikkerhetskopien &lt;b&gt;{backup}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Databasen slik den er nå, tas vare på i samme mappe som &lt;b&gt;{kept}&lt;/b&gt;. Den slettes ikke.&lt;/p&gt;&lt;p&gt;Vil du gjenopprette?&lt;/p&gt;</source>
        <translation>&lt;p&gt;The database &lt;b&gt;{target}&lt;/b&gt; will be replaced by the backup &lt;b&gt;{backup}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The database as it is now will be kept in the same folder as &lt;b&gt;{kept}&lt;/b&gt;. It is not deleted.&lt;/p&gt;&lt;p&gt;Do you want to restore?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="56"/>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="63"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="64"/>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="78"/>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="81"/>
        <source>Automatiske sikkerhetskopier av &lt;b&gt;{db}&lt;/b&gt;, nyeste først. Programmet tar en når vinduet lukkes etter endringer, og den første gangen databasen åpnes hver dag.</source>
        <translation>Automatic backups of &lt;b&gt;{db}&lt;/b&gt;, newest first. The program takes one when the window is closed after changes, and the first time the database is opened each day.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Tatt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="91"/>
        <source>Automatiske sikkerhetskopier</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="104"/>
        <source>Ingen automatiske sikkerhetskopier ennå. Velg en fil med «Velg fil …».</source>
        <translation>No automatic backups yet. Choose a file with «Choose file …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="107"/>
        <source>Mappe: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="113"/>
        <source>Behold de siste</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="117"/>
        <source> automatiske kopiene</source>
        <translation> automatic copies</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="118"/>
        <source>Antall automatiske sikkerhetskopier som beholdes</source>
        <translation>Number of automatic backups to keep</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="119"/>
        <source>Når det blir flere, slettes de eldste ved neste automatiske kopi.</source>
        <translation>When there are more, the oldest are deleted at the next automatic backup.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="127"/>
        <source>&amp;Gjenopprett …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="131"/>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="135"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="166"/>
        <source>Velg sikkerhetskopi</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="167"/>
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog database (*{suffix});;All files (*)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="101"/>
        <source>Rollebeskrivelse</source>
        <translation>Role description</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="106"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="107"/>
        <source>&amp;Stilling</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="108"/>
        <source>&amp;Personalansvar</source>
        <translation>&amp;Staff responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="108"/>
        <source>&amp;Budsjettansvar</source>
        <translation>&amp;Budget responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="109"/>
        <source>&amp;Fagansvar</source>
        <translation>&amp;Professional responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="109"/>
        <source>&amp;Myndighet</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="110"/>
        <source>Ønsket &amp;kompetanse</source>
        <translation>Desired &amp;competence</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="133"/>
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="135"/>
        <source>Kopi av «{name}». Endringer i scenariet rører ikke originalen.</source>
        <translation>Copy of “{name}”. Changes in the scenario do not affect the original.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="139"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="140"/>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../ui/scorecard/commands.py" line="26"/>
        <source>Registrer verdi {label}</source>
        <translation>Record value {label}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/commands.py" line="47"/>
        <source>Definer indikator {name}</source>
        <translation>Define indicator {name}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="20"/>
        <source>grønn</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="21"/>
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="22"/>
        <source>rød</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="23"/>
        <source>ingen verdi</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="57"/>
        <source>lavere er bedre</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="58"/>
        <source>høyere er bedre</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="62"/>
        <source>måned</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="63"/>
        <source>tertial</source>
        <translation>four-month period</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="64"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="68"/>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="69"/>
        <source>gjennomsnitt</source>
        <translation>average</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="70"/>
        <source>vektet etter årsverk</source>
        <translation>weighted by FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="71"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="75"/>
        <source>registreres</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="76"/>
        <source>importeres</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="77"/>
        <source>budsjettavvik (beregnes)</source>
        <translation>budget deviation (calculated)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="78"/>
        <source>sykefravær (importert fra HR)</source>
        <translation>sickness absence (imported from HR)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="79"/>
        <source>holdte møter (beregnes)</source>
        <translation>meetings held (calculated)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="80"/>
        <source>signerte avtaler (beregnes)</source>
        <translation>signed agreements (calculated)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="41"/>
        <source>Endre årsprognose</source>
        <translation>Change year-end forecast</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="110"/>
        <source>for eksempel 250 000 (merforbruk) eller −100 000</source>
        <translation>for example 250 000 (overspending) or −100 000</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="31"/>
        <source>Knytt mål til målekartet</source>
        <translation>Tie goal to the scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="28"/>
        <source>Endre regel for overføring</source>
        <translation>Change carry-over rule</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../ui/scorecard/page.py" line="272"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="273"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="280"/>
        <source>{n}. tertial</source>
        <translation>Period {n}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="283"/>
        <source>&amp;Ny indikator …</source>
        <translation>&amp;New indicator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="284"/>
        <source>&amp;Endre indikator …</source>
        <translation>&amp;Change indicator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="285"/>
        <source>Fjern indikator …</source>
        <translation>Remove indicator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="286"/>
        <source>F&amp;okusområder …</source>
        <translation>F&amp;ocus areas …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="287"/>
        <source>Enhetens &amp;målekart …</source>
        <translation>The unit&apos;s &amp;scorecard …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="288"/>
        <source>&amp;Importer verdier …</source>
        <translation>&amp;Import values …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="289"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Reports …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="290"/>
        <source>O&amp;verføringsregel …</source>
        <translation>Carry-o&amp;ver rule …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="291"/>
        <source>Regelen for å overføre mindre- og merforbruk til neste år</source>
        <translation>The rule for carrying a surplus or deficit over to the next year</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <location filename="../../ui/scorecard/page.py" line="481"/>
        <location filename="../../ui/scorecard/page.py" line="487"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <source>Registrer verdier</source>
        <translation>Record values</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="293"/>
        <source>Balanse</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="293"/>
        <location filename="../../ui/scorecard/page.py" line="313"/>
        <location filename="../../ui/scorecard/page.py" line="320"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="295"/>
        <source>Fokusområde / indikator / enhet</source>
        <translation>Focus area / indicator / unit</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="295"/>
        <location filename="../../ui/scorecard/page.py" line="303"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Ambisjonsnivå</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="296"/>
        <location filename="../../ui/scorecard/page.py" line="303"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="296"/>
        <location filename="../../ui/scorecard/page.py" line="303"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="296"/>
        <source>Sammenstilling / kommentar</source>
        <translation>Combination / comment</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="297"/>
        <source>Kommunens målekart</source>
        <translation>The municipality&apos;s scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="298"/>
        <source>Kommunens verdi er enhetenes verdier sammenstilt etter indikatorens regel. Åpne en indikator for å se enhetene; dobbeltklikk en enhet for enhetens målekart.</source>
        <translation>The municipality&apos;s value is the units&apos; values combined by the indicator&apos;s rule. Open an indicator to see the units; double-click a unit for its scorecard.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="301"/>
        <source>Enhe&amp;t:</source>
        <translation>Uni&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="302"/>
        <location filename="../../ui/scorecard/page.py" line="313"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Fokusområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="302"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="304"/>
        <source>Utvikling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="304"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="305"/>
        <source>Enhetens målekart</source>
        <translation>The unit&apos;s scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="306"/>
        <source>In&amp;dikator:</source>
        <translation>In&amp;dicator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="307"/>
        <source>Skriv en verdi i cellen for enhet og periode (Enter lagrer, tom celle fjerner verdien). Velg en celle for å se hvem som registrerte den og skrive en kommentar.</source>
        <translation>Write a value in the cell for unit and period (Enter saves, an empty cell removes the value). Choose a cell to see who recorded it and to write a comment.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="310"/>
        <source>Verdier per enhet og periode</source>
        <translation>Values per unit and period</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="311"/>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="312"/>
        <source>Lagre kommentar</source>
        <translation>Save comment</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="314"/>
        <source>Mål i avtalene</source>
        <translation>Goals in the agreements</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="314"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="315"/>
        <source>Balansesjekk</source>
        <translation>Balance check</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Måleenhet</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Gult til</source>
        <translation>Yellow up to</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Hyppighet</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Sammenstilling</source>
        <translation>Combined as</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="319"/>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="403"/>
        <source>{n} indikatorer</source>
        <translation>{n} indicators</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="403"/>
        <source>1 indikator</source>
        <translation>1 indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="460"/>
        <source>{unit}, {period}: {n} indikatorer{colours}. Utviklingen viser de siste periodene.</source>
        <translation>{unit}, {period}: {n} indicators{colours}. The trend shows the last periods.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="469"/>
        <source>1 rød</source>
        <translation>1 red</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="469"/>
        <source>{n} røde</source>
        <translation>{n} red</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="470"/>
        <source>1 gul</source>
        <translation>1 yellow</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="470"/>
        <source>{n} gule</source>
        <translation>{n} yellow</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="471"/>
        <source>{n} uten verdi</source>
        <translation>{n} without a value</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="408"/>
        <source>Ingen indikatorer i dette fokusområdet</source>
        <translation>No indicators in this focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="276"/>
        <source>Hele året (snitt)</source>
        <translation>Whole year (mean)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="277"/>
        <source>For hele året er en enhets verdi snittet av periodene den har verdier for; kommunens verdi regnes fra enhetenes etter indikatorens regel.</source>
        <translation>For the whole year a unit&apos;s value is the mean of the periods it has values for; the municipality&apos;s value is worked out from the units&apos; by the indicator&apos;s rule.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="452"/>
        <source>Ingen enhet har målekart ennå. Velg «Enhetens målekart …» eller definer en indikator for enhetene.</source>
        <translation>No unit has a scorecard yet. Choose «The unit&apos;s scorecard …» or define an indicator for the units.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="455"/>
        <source>{unit} har ingen indikatorer på målekartet. Velg «Enhetens målekart …» for å legge dem til.</source>
        <translation>{unit} has no indicators on its scorecard. Choose «The unit&apos;s scorecard …» to add them.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="502"/>
        <source>Registrert av {who} {when}</source>
        <translation>Recorded by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="522"/>
        <source>Ingen mål i avtalene – tomt fokusområde</source>
        <translation>No goals in the agreements – an empty focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="523"/>
        <source>I orden</source>
        <translation>In order</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="535"/>
        <source>Fokusområder uten mål i årets avtaler: {areas}. Knytt avtalemål til dem i avtalene (kolonnen «Fokusområde»).</source>
        <translation>Focus areas without goals in this year&apos;s agreements: {areas}. Tie agreement goals to them in the agreements (the «Fokusområde» column).</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="540"/>
        <source>{n} mål i årets avtaler er knyttet til fokusområdene, og alle fokusområdene har mål.</source>
        <translation>{n} goals in this year&apos;s agreements are tied to the focus areas, and every focus area has goals.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="603"/>
        <source>Velg en celle.</source>
        <translation>Choose a cell.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="608"/>
        <source>{what}: ingen verdi ennå.</source>
        <translation>{what}: no value yet.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="610"/>
        <source>{what}: {value} ({colour}), registrert av {who} {when}.</source>
        <translation>{what}: {value} ({colour}), recorded by {who} {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="624"/>
        <source>Skriv verdien i cellen først; kommentaren hører til verdien.</source>
        <translation>Write the value in the cell first; the comment belongs to the value.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="671"/>
        <source>Velg indikatoren som skal endres, i fanen «Indikatorer».</source>
        <translation>Choose the indicator to change in the «Indicators» tab.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="679"/>
        <source>Fjern indikator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="680"/>
        <source>Fjerne «{name}» fra målekartet, med alle målte verdier? Dette kan ikke angres.</source>
        <translation>Remove «{name}» from the scorecard, with all measured values? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="698"/>
        <source>Velg enheten i fanen «Enhet» først.</source>
        <translation>Choose the unit in the «Unit» tab first.</translation>
    </message>
</context>
<context>
    <name>Seminar</name>
    <message>
        <location filename="../../ui/seminar/actions.py" line="71"/>
        <source>Samlingspakken er skrevet til {path} ({rows} rader).</source>
        <translation>The seminar package is written to {path} ({rows} rows).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="107"/>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="108"/>
        <source>{n} rader</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="109"/>
        <source>1 nytt oppfølgingspunkt</source>
        <translation>1 new action item</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="110"/>
        <source>{n} nye oppfølgingspunkter</source>
        <translation>{n} new action items</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="111"/>
        <source>Samlingspakken er hentet inn: {rows}, {items}.</source>
        <translation>The seminar package is brought in: {rows}, {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="114"/>
        <source>1 endring som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).</source>
        <translation>1 change that could not be brought in is left out (as the preview showed).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="117"/>
        <source>{n} endringer som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).</source>
        <translation>{n} changes that could not be brought in are left out (as the preview showed).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="129"/>
        <location filename="../../ui/seminar/actions.py" line="150"/>
        <source>Hent inn fra samling</source>
        <translation>Bring in from a seminar</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="131"/>
        <source>Samlingspakke (*.sdbpkg)</source>
        <translation>Seminar package (*.sdbpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="151"/>
        <source>Pakken har ingen endringer å hente inn.</source>
        <translation>The package has no changes to bring in.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="195"/>
        <source>Samlingsnotatet er lagret.</source>
        <translation>The seminar note is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="241"/>
        <source>Samlingsnotatet «{title}» er slettet.</source>
        <translation>The seminar note «{title}» is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="302"/>
        <source>Styringsdialog – SAMLINGSPAKKE – {name}</source>
        <translation>Styringsdialog – SEMINAR PACKAGE – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="34"/>
        <source>Slette samlingsnotatet «{title}»?</source>
        <translation>Delete the seminar note «{title}»?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="36"/>
        <source>Slette samlingsnotatet «{title}» med 1 oppfølgingspunkt?</source>
        <translation>Delete the seminar note «{title}» with 1 action item?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="39"/>
        <source>Slette samlingsnotatet «{title}» med {n} oppfølgingspunkter?</source>
        <translation>Delete the seminar note «{title}» with {n} action items?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="42"/>
        <source>{n} av dem er alt hentet inn som oppfølgingspunkter i oppfølgingen; de blir stående der.</source>
        <translation>{n} of them are already brought in as action items in the follow-up; they stay there.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="45"/>
        <source>Slett samlingsnotat</source>
        <translation>Delete seminar note</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="29"/>
        <source>Koble til server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="30"/>
        <source>Når flere i staben arbeider samtidig, ligger databasen på en PostgreSQL-server som IT driver. Skriv inn adressen du har fått fra IT, og ditt eget passord.</source>
        <translation>When several people in the staff work at the same time, the database lives on a PostgreSQL server run by IT. Enter the address IT gave you, and your own password.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="48"/>
        <source>Krypter når serveren kan (standard)</source>
        <translation>Encrypt when the server can (default)</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="49"/>
        <source>Krev kryptert forbindelse</source>
        <translation>Require an encrypted connection</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="50"/>
        <source>Krev kryptert forbindelse og gyldig sertifikat</source>
        <translation>Require an encrypted connection and a valid certificate</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="51"/>
        <source>Ukryptert (bare på eget nett)</source>
        <translation>Unencrypted (own network only)</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="57"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="58"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="59"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="60"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="61"/>
        <source>&amp;Forbindelse:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="63"/>
        <source>Koble til</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="117"/>
        <source>Signer avtalen</source>
        <translation>Sign the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="119"/>
        <source>Når begge har signert, låses teksten. Senere endringer blir en ny revisjon.</source>
        <translation>When both have signed, the text is locked. Later changes become a new revision.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="123"/>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="124"/>
        <source>Signert av {name} (leder)</source>
        <translation>Signed by {name} (leader)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="125"/>
        <source>Signert av {name} (overordnet)</source>
        <translation>Signed by {name} (superior)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="116"/>
        <source>Del {name}</source>
        <translation>Split {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="119"/>
        <source>Nytt navn på enheten som deles</source>
        <translation>New name of the unit being split</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="121"/>
        <source>Navn på den nye enheten</source>
        <translation>Name of the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="123"/>
        <source>Stillinger som går til den nye enheten</source>
        <translation>Positions that go to the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="125"/>
        <source>Ansvarskoder som går til den nye enheten</source>
        <translation>Responsibility codes that go to the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="127"/>
        <source>Underenheter som går til den nye enheten</source>
        <translation>Sub-units that go to the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="131"/>
        <source>Årsverk til den nye enheten</source>
        <translation>FTEs for the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="134"/>
        <source>Ansatte til den nye enheten</source>
        <translation>Employees for the new unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="136"/>
        <source>Enheten &amp;heter nå</source>
        <translation>The unit is &amp;now called</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="137"/>
        <source>&amp;Ny enhet</source>
        <translation>&amp;New unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="138"/>
        <source>&amp;Stillinger</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="139"/>
        <source>&amp;Ansvarskoder</source>
        <translation>&amp;Responsibility codes</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="140"/>
        <source>&amp;Underenheter</source>
        <translation>&amp;Sub-units</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="141"/>
        <source>Å&amp;rsverk</source>
        <translation>&amp;FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="142"/>
        <source>Ansa&amp;tte</source>
        <translation>Emplo&amp;yees</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="143"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;From</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="50"/>
        <source>{name} (skrivebeskyttet)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="75"/>
        <source>Databasen er nå åpnet av {who} på {host} (siden {since}), fordi dette programmet ikke svarte på en stund. Endringer herfra lagres ikke lenger. Lukk databasen og åpne den på nytt.</source>
        <translation>The database is now open by {who} on {host} (since {since}), because this program did not respond for a while. Changes made here are no longer saved. Close the database and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="78"/>
        <source>Låsefilen til databasen er borte eller tatt over av et annet program. Endringer herfra lagres ikke lenger. Lukk databasen og åpne den på nytt.</source>
        <translation>The database&apos;s lock file is gone or has been taken over by another program. Changes made here are no longer saved. Close the database and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="107"/>
        <source>Databasen er åpnet skrivebeskyttet, så endringen er ikke lagret. Lukk den og åpne den på nytt når den er ledig for å gjøre endringer.</source>
        <translation>The database is open read-only, so the change was not saved. Close it and open it again when it is free to make changes.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="151"/>
        <source>Avslutt evalueringen</source>
        <translation>Finish the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="153"/>
        <source>Oppsummer evalueringssamtalen. Vurderingene låses.</source>
        <translation>Summarise the evaluation meeting. The assessments will be locked.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="156"/>
        <source>&amp;Oppsummering</source>
        <translation>&amp;Summary</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="41"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="42"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="43"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="44"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="45"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="46"/>
        <source>Egenevaluering</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="47"/>
        <source>Overordnedes vurdering</source>
        <translation>Superior&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="50"/>
        <source>Tekst på én linje</source>
        <translation>Text on one line</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="51"/>
        <source>Tekst på flere linjer</source>
        <translation>Text on several lines</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="52"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="53"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="54"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="66"/>
        <source>Maler for avtaler</source>
        <translation>Agreement templates</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="89"/>
        <location filename="../../ui/agreements/template_editor.py" line="95"/>
        <source>Maler</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="94"/>
        <source>&amp;Kopier mal …</source>
        <translation>Co&amp;py template …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="107"/>
        <location filename="../../ui/agreements/template_editor.py" line="109"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="112"/>
        <location filename="../../ui/agreements/template_editor.py" line="330"/>
        <source>Nytt avsnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="113"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="114"/>
        <source>Opp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="115"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="125"/>
        <source>Valgt avsnitt</source>
        <translation>Selected section</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="130"/>
        <source>&amp;Overskrift</source>
        <translation>&amp;Heading</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="131"/>
        <source>Fast &amp;tekst</source>
        <translation>Fixed &amp;text</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="133"/>
        <location filename="../../ui/agreements/template_editor.py" line="136"/>
        <source>Felt</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="133"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="135"/>
        <source>Felt i avsnittet</source>
        <translation>Fields in the section</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="138"/>
        <source>Nytt felt …</source>
        <translation>New field …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="139"/>
        <source>Slett felt</source>
        <translation>Delete field</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="144"/>
        <source>Målkategorier og kolonner</source>
        <translation>Goal categories and columns</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="147"/>
        <source>Målkategorier</source>
        <translation>Goal categories</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="150"/>
        <source>Ny kategori …</source>
        <translation>New category …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="151"/>
        <source>Gi nytt navn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="152"/>
        <source>Slett kategori</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="157"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="157"/>
        <source>Kolonnetittel</source>
        <translation>Column heading</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="159"/>
        <source>Kolonner i måltabellen</source>
        <translation>Columns in the goal table</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="162"/>
        <source>Ny kolonne</source>
        <translation>New column</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="163"/>
        <source>Slett kolonne</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="210"/>
        <source>Innebygd mal: kopier den for å lage en egen variant.</source>
        <translation>Built-in template: copy it to make your own variant.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="211"/>
        <source>Egen mal. Er den brukt i en avtale, lagres endringene som en ny versjon.</source>
        <translation>Your own template. If it is used in an agreement, the changes are saved as a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="222"/>
        <source>Kopier mal</source>
        <translation>Copy template</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="222"/>
        <source>Navn på den nye malen:</source>
        <translation>Name of the new template:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="223"/>
        <source> (kopi)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="330"/>
        <source>Overskrift:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="335"/>
        <location filename="../../ui/agreements/template_editor.py" line="340"/>
        <source>Nytt felt</source>
        <translation>New field</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="335"/>
        <source>Ledetekst:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="340"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="351"/>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="351"/>
        <source>Navn på kategorien:</source>
        <translation>Name of the category:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="359"/>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="359"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="237"/>
        <source>Grenser for kontrollene</source>
        <translation>Thresholds for the checks</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="240"/>
        <source>Enheter per kommunalsjef</source>
        <translation>Units per director of services</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="240"/>
        <source>Ansatte per enhetsleder</source>
        <translation>Employees per unit leader</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="241"/>
        <source>Medlemmer i et nettverk</source>
        <translation>Members of a network</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="250"/>
        <source>minst</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="250"/>
        <source>høyst</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="253"/>
        <source>Skoler er unntatt kravet til antall ansatte</source>
        <translation>Schools are exempt from the requirement on the number of employees</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="257"/>
        <source>Like enheter som utgjør en gruppe</source>
        <translation>Similar units that make a group</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="258"/>
        <source>Høyeste andel like enheter hos én kommunalsjef (%)</source>
        <translation>Highest share of similar units with one director (%)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="259"/>
        <source>Måneder før oppfølgingen flyttes igjen</source>
        <translation>Months before the follow-up moves again</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="260"/>
        <source>Resultatenheter rådmannen selv følger opp</source>
        <translation>Result units the chief executive follows up personally</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="268"/>
        <source>Alle enhetsledere skal være med i et nettverk</source>
        <translation>Every unit leader is to be in a network</translation>
    </message>
</context>
<context>
    <name>UnitDetailForm</name>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Kortnavn</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>Å&amp;rsverk</source>
        <translation>&amp;FTEs</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>An&amp;satte</source>
        <translation>E&amp;mployees</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="195"/>
        <source>&amp;Ansvar</source>
        <translation>&amp;Responsibility codes</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="195"/>
        <source>&amp;Oppfølging</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="196"/>
        <source>&amp;Samarbeid</source>
        <translation>&amp;Partnership</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="196"/>
        <source>Å&amp;r følger</source>
        <translation>&amp;Year follows</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="197"/>
        <source>Arbeids&amp;område</source>
        <translation>Area of &amp;work</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="197"/>
        <source>&amp;Tjenester (én per linje)</source>
        <translation>Ser&amp;vices (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="203"/>
        <source>Kalenderår</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="204"/>
        <source>Skoleår</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="205"/>
        <source>Ekstern / samarbeid</source>
        <translation>External / partnership</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="206"/>
        <source>Ekstern enhet eller samarbeid (f.eks. NAV, IKS)</source>
        <translation>External unit or partnership (e.g. NAV, IKS)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="207"/>
        <location filename="../../ui/org/detail_form.py" line="209"/>
        <source>Ledere og stillinger</source>
        <translation>Leaders and positions</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="210"/>
        <source>Ny &amp;leder …</source>
        <translation>New &amp;leader …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="211"/>
        <source>&amp;Fungerende leder …</source>
        <translation>&amp;Acting leader …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="212"/>
        <source>&amp;Avslutt stilling …</source>
        <translation>&amp;End position …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="213"/>
        <source>Fl&amp;ytt leder …</source>
        <translation>Move lea&amp;der …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="214"/>
        <location filename="../../ui/org/detail_form.py" line="215"/>
        <source>Nettverk</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="226"/>
        <source>Velg en enhet i treet eller kartet.</source>
        <translation>Select a unit in the tree or the chart.</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="255"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>UnitScorecardDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="307"/>
        <source>Målekart for {unit}</source>
        <translation>Scorecard for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="310"/>
        <source>Kryss av indikatorene enheten rapporterer. Skriv enhetens eget ambisjonsnivå der det skiller seg fra kommunens; tomt betyr kommunens.</source>
        <translation>Tick the indicators the unit reports. Write the unit&apos;s own target where it differs from the municipality&apos;s; empty means the municipality&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="317"/>
        <source>Enhetens målekart</source>
        <translation>The unit&apos;s scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="322"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="322"/>
        <source>Fokusområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="323"/>
        <source>Kommunens nivå</source>
        <translation>The municipality&apos;s level</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="323"/>
        <source>Eget ambisjonsnivå</source>
        <translation>Own target</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="324"/>
        <source>Eget gult til</source>
        <translation>Own yellow up to</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/org/tree_model.py" line="49"/>
        <source>Ledig (fungerende: {name})</source>
        <translation>Vacant (acting: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/tree_model.py" line="52"/>
        <source>Ledig</source>
        <translation>Vacant</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="108"/>
        <source>Venter på databasen</source>
        <translation>Waiting for the database</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="111"/>
        <source>Venter på at {name} blir ledig. Den åpnes så snart programmet som har den, lukker den.</source>
        <translation>Waiting for {name} to become free. It opens as soon as the program that has it closes it.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="119"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="122"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="137"/>
        <source>Kan ikke lese låsefilen for {name}: {problem}</source>
        <translation>Cannot read the lock file for {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="20"/>
        <source>Velkommen til Styringsdialog</source>
        <translation>Welcome to Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="28"/>
        <source>Ny database …</source>
        <translation>New database …</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="31"/>
        <source>Åpne eksempelfilene</source>
        <translation>Open the example files</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Se på demokommunen</source>
        <translation>Look at the demo municipality</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="41"/>
        <source>&lt;p&gt;Eksempelfilene ligger i &lt;b&gt;{folder}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The example files are in &lt;b&gt;{folder}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>&lt;h3&gt;Velkommen til Styringsdialog&lt;/h3&gt;&lt;p&gt;Programmet har åpnet &lt;b&gt;Lindvik kommune&lt;/b&gt;, en oppdiktet demokommune med enheter, ledere, avtaler, oppfølgingsmøter og budsjett. Alt her er laget for å prøve seg fram: endre, skriv ut og eksporter som du vil. Det finnes ingen ekte personer eller tall i den.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Slik kommer du i gang med kommunens egne data:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fil → Ny database&lt;/b&gt; lager en tom database i en fil du velger.&lt;/li&gt;&lt;li&gt;Hent inn organisasjonen fra en enhetsliste (Excel eller CSV) med &lt;b&gt;Importer&lt;/b&gt; på siden Organisasjon, og budsjett og regnskap med &lt;b&gt;Importer fra regneark&lt;/b&gt; på siden Budsjett.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vil du prøve importen først? Eksempelfilene er regneark i samme form som økonomisystemet og personalsystemet lager.&lt;/p&gt;{where}&lt;p&gt;Programmet trenger ikke nettverk. Trykk F1 for hjelp på siden du står på.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to Styringsdialog&lt;/h3&gt;&lt;p&gt;The program has opened &lt;b&gt;Lindvik kommune&lt;/b&gt;, an invented demo municipality with units, leaders, agreements, follow-up meetings and a budget. Everything here is made for trying things out: change, print and export as you like. There are no real people or figures in it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;To start on the municipality&apos;s own data:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;File → New database&lt;/b&gt; makes an empty database in a file you choose.&lt;/li&gt;&lt;li&gt;Bring in the organisation from a unit list (Excel or CSV) with &lt;b&gt;Import&lt;/b&gt; on the Organisation page, and budget and accounts with &lt;b&gt;Import from spreadsheet&lt;/b&gt; on the Budget page.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Want to try the import first? The example files are spreadsheets in the same form as the accounting and HR systems produce.&lt;/p&gt;{where}&lt;p&gt;The program needs no network. Press F1 for help on the page you are on.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <location filename="../../ui/followup/grid.py" line="72"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="74"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="98"/>
        <source>(ledig)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="101"/>
        <source>ikke noe møte</source>
        <translation>no meeting</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="113"/>
        <source>Dobbeltklikk eller trykk Enter for å åpne eller lage møtet</source>
        <translation>Double-click or press Enter to open or create the meeting</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="148"/>
        <source>Lagre rollebeskrivelsene</source>
        <translation>Save the role descriptions</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="149"/>
        <source>Rollebeskrivelser.pdf</source>
        <translation>Role descriptions.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="149"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
</TS>
