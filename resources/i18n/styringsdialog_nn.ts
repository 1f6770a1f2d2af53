<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../ui/agreements/commands.py" line="77"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/commands.py" line="269"/>
        <source>Oppsummering av evalueringen</source>
        <translation>Oppsummering av evalueringa</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="457"/>
        <source>Velg en avtale i listen, eller lag en ny.</source>
        <translation>Vel ein avtale i lista, eller lag ein ny.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="539"/>
        <source>&amp;Tittel</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="540"/>
        <source>Unntatt offentlighet</source>
        <translation>Unnateke frå offentlegheit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="541"/>
        <source>Merkingen står på hver side av avtalen.</source>
        <translation>Merkinga står på kvar side av avtalen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="545"/>
        <source>Endre merking</source>
        <translation>Endre merking</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="547"/>
        <source>{template} (versjon {version}) · {status} · revisjon {revision}</source>
        <translation>{template} (versjon {version}) · {status} · revisjon {revision}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="551"/>
        <source>Mal</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="560"/>
        <source>Avtalen er signert og teksten er låst. Lag en revisjon for å endre den.</source>
        <translation>Avtalen er signert, og teksten er låst. Lag ein revisjon for å endre han.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="600"/>
        <source>Signert {place} – leder {leader}, overordnet {superior}</source>
        <translation>Signert {place} – leiar {leader}, overordna {superior}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="603"/>
        <source>Ikke signert ennå.</source>
        <translation>Ikkje signert enno.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="608"/>
        <source>Oppsummering av evalueringen</source>
        <translation>Oppsummering av evalueringa</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="714"/>
        <source>Endre avtalen</source>
        <translation>Endre avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="723"/>
        <source>Endre dato</source>
        <translation>Endre dato</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="729"/>
        <source>Endre tittel</source>
        <translation>Endre tittel</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements/page.py" line="386"/>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="350"/>
        <source>Ny avtale for denne enheten …</source>
        <translation>Ny avtale for denne eininga …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="354"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="355"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="357"/>
        <source>Alle statuser</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="361"/>
        <source>Oppfølgingsansvarlig</source>
        <translation>Oppfølgingsansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="362"/>
        <source>&amp;Ny avtale …</source>
        <translation>&amp;Ny avtale …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="363"/>
        <source>Til &amp;drøfting</source>
        <translation>Til &amp;drøfting</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="364"/>
        <source>&amp;Signer …</source>
        <translation>&amp;Signer …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="365"/>
        <source>Ny &amp;revisjon …</source>
        <translation>Ny &amp;revisjon …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="366"/>
        <source>Avslutt &amp;evaluering …</source>
        <translation>Avslutt &amp;evaluering …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="367"/>
        <source>Eksporter egenvurderingsskjema …</source>
        <translation>Eksporter eigenvurderingsskjema …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="368"/>
        <source>Lederens del av avtalen som skjema (Word eller PDF) lederen fyller ut selv</source>
        <translation>Leiarens del av avtalen som skjema (Word eller PDF) leiaren fyller ut sjølv</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="370"/>
        <source>Les inn egenvurdering …</source>
        <translation>Les inn eigenvurdering …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="371"/>
        <source>Les lederens utfylte skjema inn som lederens egenevaluering</source>
        <translation>Les inn det utfylte skjemaet som leiarens eigenevaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="372"/>
        <source>Neste &amp;periode …</source>
        <translation>Nes&amp;te periode …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="373"/>
        <location filename="../../ui/agreements/page.py" line="741"/>
        <location filename="../../ui/agreements/page.py" line="744"/>
        <source>Slett utkast</source>
        <translation>Slett utkast</translation>
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
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="377"/>
        <source>Forhåndsvisning av sidene, så utskrift</source>
        <translation>Førehandsvising av sidene, så utskrift</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="378"/>
        <source>Alle for året …</source>
        <translation>Alle for året …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="379"/>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="380"/>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="381"/>
        <source>Vis eller skjul avtalelisten for å gi skjemaet mer plass.</source>
        <translation>Vis eller gøym avtalelista for å gje skjemaet meir plass.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="382"/>
        <source>&amp;Maler …</source>
        <translation>&amp;Malar …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="383"/>
        <source>&amp;Felles krav …</source>
        <translation>&amp;Felles krav …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Avtale</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="384"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="387"/>
        <source>Revisjoner av valgt avtale</source>
        <translation>Revisjonar av den valde avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="389"/>
        <source>Ledere uten avtale, eller med avtale som snart utløper</source>
        <translation>Leiarar utan avtale, eller med avtale som snart går ut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="489"/>
        <source>Alle oppfølgingsansvarlige</source>
        <translation>Alle oppfølgingsansvarlege</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="517"/>
        <source>ledig</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="518"/>
        <source>utløper {date}</source>
        <translation>går ut {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="519"/>
        <source>mangler</source>
        <translation>manglar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="588"/>
        <source>laget {date}</source>
        <translation>laga {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="592"/>
        <source>signert {date}</source>
        <translation>signert {date}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="593"/>
        <source>Revisjon {n}: {status} ({date})</source>
        <translation>Revisjon {n}: {status} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="630"/>
        <source>Ny avtale</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="638"/>
        <source>Til drøfting</source>
        <translation>Til drøfting</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="648"/>
        <source>Signer avtalen</source>
        <translation>Signer avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="650"/>
        <source>Avtalen «{title}» er signert {date}.</source>
        <translation>Avtalen «{title}» er signert {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="658"/>
        <source>Ny revisjon</source>
        <translation>Ny revisjon</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="675"/>
        <source>Avslutt evaluering</source>
        <translation>Avslutt evaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="688"/>
        <source>Eksporter egenvurderingsskjema</source>
        <translation>Eksporter eigenvurderingsskjema</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="689"/>
        <source>Word-skjema (*.docx)</source>
        <translation>Word-skjema (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="689"/>
        <source>PDF med skjemafelt (*.pdf)</source>
        <translation>PDF med skjemafelt (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="700"/>
        <source>Lagret egenvurderingsskjemaet i {path}. Send det til lederen, og les det inn med «Les inn egenvurdering …» når det kommer tilbake.</source>
        <translation>Lagra eigenvurderingsskjemaet i {path}. Send det til leiaren, og les det inn med «Les inn eigenvurdering …» når det kjem tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="708"/>
        <location filename="../../ui/agreements/page.py" line="713"/>
        <source>Les inn egenvurdering</source>
        <translation>Les inn eigenvurdering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="709"/>
        <source>Egenvurderingsskjema (*.docx *.pdf)</source>
        <translation>Eigenvurderingsskjema (*.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="715"/>
        <source>Leste inn {n} egenvurderinger fra {file}.</source>
        <translation>Las inn {n} eigenvurderingar frå {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="731"/>
        <source>Neste periodes avtale</source>
        <translation>Avtale for neste periode</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="741"/>
        <source>Slette utkastet «{title}»? Du kan angre med Ctrl+Z.</source>
        <translation>Slette utkastet «{title}»? Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="766"/>
        <source>Lagre avtalen</source>
        <translation>Lagre avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="777"/>
        <source>Lagret {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="792"/>
        <source>Forhåndsvisning – {title}</source>
        <translation>Førehandsvising – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="798"/>
        <source>Alle avtaler i én PDF</source>
        <translation>Alle avtalar i éin PDF</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="799"/>
        <source>Avtaler {year}.pdf</source>
        <translation>Avtalar {year}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="809"/>
        <source>Skriver {n} avtaler …</source>
        <translation>Eksporterer {n} avtalar …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="815"/>
        <source>Lagret {n} avtaler i {path}</source>
        <translation>Lagra {n} avtalar i {path}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="385"/>
        <source>Periode</source>
        <translation>Periode</translation>
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
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>AppointDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="62"/>
        <source>Fungerende leder for {unit}</source>
        <translation>Konstituert leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="62"/>
        <source>Ny leder for {unit}</source>
        <translation>Ny leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="66"/>
        <source>Ny person …</source>
        <translation>Ny person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="73"/>
        <source>Har sluttdato</source>
        <translation>Har sluttdato</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="78"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="79"/>
        <source>&amp;Fornavn</source>
        <translation>&amp;Førenamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="80"/>
        <source>&amp;Etternavn</source>
        <translation>&amp;Etternamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="81"/>
        <source>S&amp;tillingstittel</source>
        <translation>St&amp;illingstittel</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="82"/>
        <source>Fr&amp;a og med</source>
        <translation>F&amp;rå og med</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="84"/>
        <source>&amp;Til og med</source>
        <translation>&amp;Til og med</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <location filename="../../ui/audit_dialog.py" line="165"/>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <location filename="../../ui/audit_dialog.py" line="167"/>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="51"/>
        <source>Opprettet</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="52"/>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="53"/>
        <source>Slettet</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="57"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="57"/>
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="58"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Organisasjonsversjon</source>
        <translation>Organisasjonsversjon</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="61"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="61"/>
        <source>Ansvarskode</source>
        <translation>Ansvarskode</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="62"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="62"/>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="63"/>
        <source>Oppfølgingsansvar</source>
        <translation>Oppfølgingsansvar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="64"/>
        <source>Nettverk</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="65"/>
        <source>Nettverksmedlem</source>
        <translation>Nettverksmedlem</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="66"/>
        <source>Avtalemal</source>
        <translation>Avtalemal</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Avtale</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="68"/>
        <source>Generelt krav</source>
        <translation>Generelt krav</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="69"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="69"/>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="70"/>
        <source>Oppfølgingssamtale</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="71"/>
        <source>Målstatus</source>
        <translation>Målstatus</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="72"/>
        <source>Oppfølgingspunkt</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>Budsjettsett</source>
        <translation>Budsjettsett</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="74"/>
        <source>Innstilling</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="158"/>
        <source>Endringslogg</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="162"/>
        <source>Fra dato</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="163"/>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="168"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="174"/>
        <source>Søk i endringene …</source>
        <translation>Søk i endringane …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="175"/>
        <source>Søk i endringene</source>
        <translation>Søk i endringane</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="177"/>
        <source>&amp;Nullstill</source>
        <translation>&amp;Nullstill</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="178"/>
        <source>&amp;Eksporter …</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="180"/>
        <source>Antall endringer</source>
        <translation>Tal på endringar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="184"/>
        <source>Endringer</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196"/>
        <source>&amp;Fra:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196"/>
        <source>&amp;Til:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="197"/>
        <source>&amp;Bruker:</source>
        <translation>&amp;Brukar:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="197"/>
        <source>&amp;Hva:</source>
        <translation>&amp;Kva:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="246"/>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="294"/>
        <source>Ingen endringer passer med filteret.</source>
        <translation>Ingen endringar passar med filteret.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="296"/>
        <source>1 endring</source>
        <translation>1 endring</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="298"/>
        <source>{total} endringer</source>
        <translation>{total} endringar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="300"/>
        <source>Viser de {shown} nyeste av {total} endringer; rull ned for flere.</source>
        <translation>Viser dei {shown} nyaste av {total} endringar; rull ned for fleire.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="306"/>
        <source>Eksporter endringsloggen</source>
        <translation>Eksporter endringsloggen</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="307"/>
        <source>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="325"/>
        <source>Eksporterer endringsloggen …</source>
        <translation>Eksporterer endringsloggen …</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="334"/>
        <source>Skrev {rows} endringer til {path}, merket «{marking}».</source>
        <translation>Skreiv {rows} endringar til {path}, merkt «{marking}».</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/budget/bar_chart.py" line="171"/>
        <source>over avviksgrensen</source>
        <translation>over avviksgrensa</translation>
    </message>
</context>
<context>
    <name>BudgetImportDialog</name>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="68"/>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="69"/>
        <source>Art / konto</source>
        <translation>Art / konto</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="70"/>
        <source>Funksjon / tjeneste</source>
        <translation>Funksjon / teneste</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="71"/>
        <source>Prosjekt</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="72"/>
        <source>Periode (måned)</source>
        <translation>Periode (månad)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="73"/>
        <source>Beløp</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="74"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="75"/>
        <source>Navn på ansvar</source>
        <translation>Namn på ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="76"/>
        <source>Navn på art</source>
        <translation>Namn på art</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="77"/>
        <source>Navn på funksjon</source>
        <translation>Namn på funksjon</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="78"/>
        <source>Navn på prosjekt</source>
        <translation>Namn på prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="79"/>
        <source>(ikke bruk)</source>
        <translation>(ikkje bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="112"/>
        <source>Importer budsjett eller regnskap fra {file}</source>
        <translation>Importer budsjett eller rekneskap frå {file}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="138"/>
        <source>&amp;Ark</source>
        <translation>&amp;Ark</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="140"/>
        <source>&amp;Beløpskolonne</source>
        <translation>&amp;Beløpskolonne</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="141"/>
        <source>Importer &amp;hver beløpskolonne som et eget sett</source>
        <translation>Importer &amp;kvar beløpskolonne som eit eige sett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="144"/>
        <source>Importer &amp;uten ansvar: linjene knyttes ikke til noen enhet og vises under «Ikke knyttet til enhet»</source>
        <translation>Importer &amp;utan ansvar: linjene blir ikkje knytte til noka eining og blir viste under «Ikke knyttet til enhet»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="152"/>
        <source>Kolonnene slik programmet forstår dem – rett der det trengs:</source>
        <translation>Kolonnane slik programmet forstår dei – rett der det trengst:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="154"/>
        <source>Overskrift i filen</source>
        <translation>Overskrift i fila</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="154"/>
        <source>Betyr</source>
        <translation>Tyder</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="158"/>
        <source>Kolonner</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="162"/>
        <source>Forhåndsvisning av linjene som importeres:</source>
        <translation>Førehandsvising av linjene som blir importerte:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="164"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Funksjon</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="165"/>
        <source>Beløp (kr)</source>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="168"/>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="185"/>
        <source>Problemer og rader som hoppes over</source>
        <translation>Problem og rader som blir hoppa over</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="188"/>
        <source>Hopp over radene som er listet (tomme, tittel- og sumrader)</source>
        <translation>Hopp over radene i lista (tomme rader, tittel- og sumrader)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="211"/>
        <source>&amp;Navn på settet</source>
        <translation>&amp;Namn på settet</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="212"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="209"/>
        <source>Å&amp;r</source>
        <translation>Å&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="216"/>
        <source>Ett sett per beløpskolonne – rett type, år og navn der det trengs:</source>
        <translation>Eitt sett per beløpskolonne – rett type, år og namn der det trengst:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="218"/>
        <source>Navn på settet</source>
        <translation>Namn på settet</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="219"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="219"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="228"/>
        <source>Sett som importeres</source>
        <translation>Sett som blir importerte</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="238"/>
        <source>for eksempel «Visma månedsrapport»</source>
        <translation>til dømes «Visma månadsrapport»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="239"/>
        <source>Lagre kolonnevalget som &amp;profil</source>
        <translation>Lagre kolonneval&amp;get som profil</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="242"/>
        <source>&amp;Kontroller</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="243"/>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="308"/>
        <source>Kolonnene er valgt etter profilen «{name}».</source>
        <translation>Kolonnane er valde etter profilen «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="321"/>
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>Kva kolonnen «{h}» tyder</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="349"/>
        <source>Leser {file} …</source>
        <translation>Les {file} …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="416"/>
        <source>hele året</source>
        <translation>heile året</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="439"/>
        <source>{n} linjer er klare i {k} beløpskolonner.</source>
        <translation>{n} linjer er klare i {k} beløpskolonnar.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="443"/>
        <source>1 rad med beløp hoppes over, {total} kr; kryss av for å godta det.</source>
        <translation>1 rad med beløp blir hoppa over, {total} kr; kryss av for å godta det.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="445"/>
        <source>{k} rader med beløp hoppes over, til sammen {total} kr; kryss av for å godta det.</source>
        <translation>{k} rader med beløp blir hoppa over, til saman {total} kr; kryss av for å godta det.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="448"/>
        <source>1 rad hoppes over uten at noe beløp går tapt.</source>
        <translation>1 rad blir hoppa over utan at noko beløp går tapt.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="449"/>
        <source>{k} rader hoppes over uten at noe beløp går tapt.</source>
        <translation>{k} rader blir hoppa over utan at noko beløp går tapt.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="452"/>
        <source>Filen har ingen ansvarskolonne: linjene knyttes ikke til noen enhet.</source>
        <translation>Fila har ingen ansvarskolonne: linjene blir ikkje knytte til noka eining.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="501"/>
        <source>Navn på settet fra «{h}»</source>
        <translation>Namn på settet frå «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="507"/>
        <source>Type for «{h}»</source>
        <translation>Type for «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="513"/>
        <source>År for «{h}»</source>
        <translation>År for «{h}»</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="568"/>
        <source>(fra kolonneoverskriften «{header}»)</source>
        <translation>(frå kolonneoverskrifta «{header}»)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="570"/>
        <source>(fra filnavnet)</source>
        <translation>(frå filnamnet)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="572"/>
        <source>(i år – verken beløpskolonnen eller filnavnet nevner et år; kontroller året)</source>
        <translation>(i år – verken beløpskolonnen eller filnamnet nemner eit år; kontroller året)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="647"/>
        <source>Filen har rader med beløp som ikke kan importeres (se listen). Kryss av for å hoppe over dem, eller rett filen.</source>
        <translation>Fila har rader med beløp som ikkje kan importerast (sjå lista). Kryss av for å hoppe over dei, eller rett fila.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="653"/>
        <source>Kryss av for minst én beløpskolonne å importere.</source>
        <translation>Kryss av for minst éin beløpskolonne å importere.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="683"/>
        <source>Vil du erstatte settet «{name}», og alle andre sett de {k} beløpskolonnene er importert til før?</source>
        <translation>Vil du erstatte settet «{name}», og alle andre sett dei {k} beløpskolonnane er importerte til før?</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="707"/>
        <source>{lines} linjer til «{name}», sum {total} kr</source>
        <translation>{lines} linjer til «{name}», sum {total} kr</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="709"/>
        <source> (erstattet {sets})</source>
        <translation> (erstatta {sets})</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="714"/>
        <source>Avbryt kom etter at linjene var lagret, så importen ble fullført. Slett settet på Budsjett-siden hvis du ikke vil ha det.</source>
        <translation>Avbryt kom etter at linjene var lagra, så importen vart fullført. Slett settet på Budsjett-sida om du ikkje vil ha det.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="750"/>
        <source>Import fullført</source>
        <translation>Importen er fullført</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="424"/>
        <source>Rad {row} hoppes over: {reason}</source>
        <translation>Rad {row} blir hoppa over: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="433"/>
        <source>Fant {n} feil. Ingenting importeres før de er rettet i filen eller i kolonnevalget.</source>
        <translation>Fann {n} feil. Ingenting blir importert før dei er retta i fila eller i kolonnevalet.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="437"/>
        <source>{n} linjer er klare, sum {total} kr.</source>
        <translation>{n} linjer er klare, sum {total} kr.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="671"/>
        <source>Importerer {n} linjer …</source>
        <translation>Importerer {n} linjer …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="685"/>
        <source>Importert før</source>
        <translation>Importert før</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="682"/>
        <source>Vil du erstatte settet «{name}»?</source>
        <translation>Vil du erstatte settet «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="712"/>
        <source>Importert fra {file}:</source>
        <translation>Importert frå {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="724"/>
        <source>Regneark og tekstfiler (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Tekst (*.csv *.txt);;Alle filer (*)</source>
        <translation>Rekneark og tekstfiler (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Tekst (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/import_wizard.py" line="742"/>
        <source>Importer budsjett eller regnskap</source>
        <translation>Importer budsjett eller rekneskap</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../ui/budget/page.py" line="56"/>
        <source>Funksjon (KOSTRA)</source>
        <translation>Funksjon (KOSTRA)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="57"/>
        <source>Art (KOSTRA)</source>
        <translation>Art (KOSTRA)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="58"/>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Prosjekt</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="255"/>
        <source>&amp;Importer fra regneark …</source>
        <translation>&amp;Importer frå rekneark …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="256"/>
        <source>&amp;Eksporter til Excel …</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="257"/>
        <source>Slett sett …</source>
        <translation>Slett sett …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="258"/>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Sett</source>
        <translation>Sett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="259"/>
        <location filename="../../ui/budget/page.py" line="270"/>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="260"/>
        <source>Budsjett mot regnskap</source>
        <translation>Budsjett mot rekneskap</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="261"/>
        <location filename="../../ui/budget/page.py" line="286"/>
        <source>Ansvar uten enhet</source>
        <translation>Ansvar utan eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <source>Perioder</source>
        <translation>Periodar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="262"/>
        <location filename="../../ui/budget/page.py" line="269"/>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="263"/>
        <location filename="../../ui/budget/page.py" line="269"/>
        <location filename="../../ui/budget/page.py" line="285"/>
        <source>Sum (kr)</source>
        <translation>Sum (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="263"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="264"/>
        <source>Budsjett- og regnskapssett</source>
        <translation>Budsjett- og rekneskapssett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="265"/>
        <source>&amp;Sett:</source>
        <translation>&amp;Sett:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="266"/>
        <source>&amp;Summer etter:</source>
        <translation>S&amp;ummer etter:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="269"/>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="269"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="271"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="271"/>
        <source>Funksjon</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="272"/>
        <source>Beløp (kr)</source>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="273"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="274"/>
        <source>Linjene bak valgt rad</source>
        <translation>Linjene bak vald rad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="275"/>
        <source>&amp;Budsjett:</source>
        <translation>&amp;Budsjett:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="275"/>
        <source>&amp;Regnskap:</source>
        <translation>&amp;Rekneskap:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="276"/>
        <source>Til og med &amp;måned:</source>
        <translation>Til og med &amp;månad:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="276"/>
        <source>Marker &amp;avvik over:</source>
        <translation>Marker &amp;avvik over:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Budsjett måned</source>
        <translation>Budsjett månad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Regnskap måned</source>
        <translation>Rekneskap månad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="280"/>
        <source>Budsjett hittil</source>
        <translation>Budsjett hittil i år</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="280"/>
        <source>Regnskap hittil</source>
        <translation>Rekneskap hittil i år</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Avvik (kr)</source>
        <translation>Avvik (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Avvik (%)</source>
        <translation>Avvik (%)</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="281"/>
        <source>Årsbudsjett</source>
        <translation>Årsbudsjett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="282"/>
        <source>Budsjett mot regnskap per enhet</source>
        <translation>Budsjett mot rekneskap per eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Navn i filen</source>
        <translation>Namn i fila</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="287"/>
        <source>&amp;Knytt valgte til enhet …</source>
        <translation>&amp;Knyt valde til eining …</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="390"/>
        <source>Ansvaret hører ikke til noen enhet.</source>
        <translation>Ansvaret høyrer ikkje til nokon eining.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="395"/>
        <source>Sum: {total} kr i 1 rad</source>
        <translation>Sum: {total} kr i 1 rad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="396"/>
        <source>Sum: {total} kr i {n} rader</source>
        <translation>Sum: {total} kr i {n} rader</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="413"/>
        <source>Hele året</source>
        <translation>Heile året</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="427"/>
        <source>Importer et budsjett og et regnskap for å se avvik.</source>
        <translation>Importer eit budsjett og eit rekneskap for å sjå avvik.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="451"/>
        <source>Hittil i år, til og med {month}</source>
        <translation>Hittil i år, til og med {month}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="452"/>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="452"/>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>Regnskap</source>
        <translation>Rekneskap</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="491"/>
        <source>{unit} per måned</source>
        <translation>{unit} per månad</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="505"/>
        <source>Ansvar uten enhet ({n})</source>
        <translation>Ansvar utan eining ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="514"/>
        <source>Ansvarsnumrene i settet «{set}» (valgt under Sammendrag) som ikke hører til noen enhet i gjeldende organisasjon. Velg dem og knytt dem til en enhet.</source>
        <translation>Ansvarsnummera i settet «{set}» (valt under Samandrag) som ikkje høyrer til nokon eining i gjeldande organisasjon. Vel dei og knyt dei til ei eining.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="524"/>
        <source>Knytt til enhet</source>
        <translation>Knyt til eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="525"/>
        <source>Enheten som skal eie {codes}:</source>
        <translation>Eininga som skal eige {codes}:</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="533"/>
        <source>Knytt ansvar til {unit}</source>
        <translation>Knyt ansvar til {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="545"/>
        <source>Eksporter til Excel</source>
        <translation>Eksporter til Excel</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="545"/>
        <source>Budsjett.xlsx</source>
        <translation>Budsjett.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="562"/>
        <source>Velg settet som skal slettes i fanen Sett.</source>
        <translation>Vel settet som skal slettast i fana Sett.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="565"/>
        <source>Slett sett</source>
        <translation>Slett sett</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="566"/>
        <source>Slette «{name}» med {n} linjer? Filen kan importeres på nytt senere.</source>
        <translation>Slette «{name}» med {n} linjer? Fila kan importerast på nytt seinare.</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="54"/>
        <location filename="../../ui/budget/page.py" line="279"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="55"/>
        <location filename="../../ui/budget/page.py" line="271"/>
        <location filename="../../ui/budget/page.py" line="284"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/budget/page.py" line="382"/>
        <location filename="../../ui/budget/page.py" line="511"/>
        <source>Ingen budsjett eller regnskap er importert ennå.</source>
        <translation>Ingen budsjett eller rekneskap er importert enno.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="45"/>
        <source>Regel for overføring av resultat</source>
        <translation>Regel for overføring av resultat</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="48"/>
        <source>Regelen brukes i årsavslutningen («budget yearend» og rapporten Årsavslutning) når forslaget til overføring regnes ut for hver resultatenhet.</source>
        <translation>Regelen blir brukt i årsavslutninga («budget yearend» og rapporten Årsavslutning) når framlegget til overføring blir rekna ut for kvar resultateining.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="52"/>
        <source>Mindreforbruk overføres bare når &amp;målene i avtalen er nådd</source>
        <translation>Mindreforbruk blir overført berre når &amp;måla i avtalen er nådde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="61"/>
        <source>Tak for overføring i prosent av driftsbudsjettet</source>
        <translation>Tak for overføring i prosent av driftsbudsjettet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="62"/>
        <source>Buffer i prosent</source>
        <translation>Buffer i prosent</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="66"/>
        <source>Antall år merforbruk dekkes inn over</source>
        <translation>Talet på år meirforbruk blir dekt inn over</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="68"/>
        <source>&amp;Tak (andel av driftsbudsjettet)</source>
        <translation>&amp;Tak (del av driftsbudsjettet)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="69"/>
        <source>&amp;Buffer</source>
        <translation>&amp;Buffer</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="70"/>
        <source>Merforbruk dekkes inn over (å&amp;r)</source>
        <translation>Meirforbruk blir dekt inn over (å&amp;r)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="89"/>
        <source>bare når enheten har nådd målene i avtalen, </source>
        <translation>berre når eininga har nådd måla i avtalen, </translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="90"/>
        <source>Mindreforbruk overføres {goals}høyst {cap} % av driftsbudsjettet og innenfor en buffer på {buffer} %. Merforbruk dekkes inn over {years} år.</source>
        <translation>Mindreforbruk blir overført {goals}høgst {cap} % av driftsbudsjettet og innanfor ein buffer på {buffer} %. Meirforbruk blir dekt inn over {years} år.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/org/chart_view.py" line="43"/>
        <source>Ledig – fung. {name}</source>
        <translation>Ledig – fung. {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="44"/>
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="53"/>
        <source>{n} årsverk</source>
        <translation>{n} årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="62"/>
        <source>Til {date}</source>
        <translation>Til {date}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="63"/>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="64"/>
        <source>Flyttet</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="65"/>
        <source>Nytt navn</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="66"/>
        <source>Sammenslått</source>
        <translation>Slått saman</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="67"/>
        <source>Ny kommunalsjef</source>
        <translation>Ny kommunalsjef</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="71"/>
        <source>{change} fra {date}</source>
        <translation>{change} frå {date}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="82"/>
        <source>{first} og {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="84"/>
        <source>{units} til {date}, så {name}</source>
        <translation>{units} til {date}, så {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="92"/>
        <source>Oppfølging: {name}</source>
        <translation>Oppfølging: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/chart_view.py" line="386"/>
        <source>Forslag/utkast</source>
        <translation>Forslag/utkast</translation>
    </message>
</context>
<context>
    <name>CommonRequirementsDialog</name>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="88"/>
        <source>Felles krav til alle ledere</source>
        <translation>Felles krav til alle leiarar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="95"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="102"/>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="103"/>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="103"/>
        <source>I avtaler</source>
        <translation>I avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="107"/>
        <source>Felles krav</source>
        <translation>Felles krav</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="112"/>
        <source>&amp;Nytt krav …</source>
        <translation>&amp;Nytt krav …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="113"/>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="128"/>
        <source>Alle ledere</source>
        <translation>Alle leiarar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="144"/>
        <source>Kravet er lagt inn i {n} avtaleutkast.</source>
        <translation>Kravet er lagt inn i {n} avtaleutkast.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="157"/>
        <source>Kravet er fjernet fra {n} avtaleutkast. Signerte avtaler er uendret.</source>
        <translation>Kravet er fjerna frå {n} avtaleutkast. Signerte avtalar er uendra.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="171"/>
        <source>Sammenligning fra «{a}» til «{b}»</source>
        <translation>Samanlikning frå «{a}» til «{b}»</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="174"/>
        <source>Fra «{a}» til «{b}». {a}: {ua} enheter, {fa} årsverk. {b}: {ub} enheter, {fb} årsverk. {added}, {removed} fjernet, {moved} flyttet, {renamed} nytt navn, {leaders} ny leder.</source>
        <translation>Frå «{a}» til «{b}». {a}: {ua} einingar, {fa} årsverk. {b}: {ub} einingar, {fb} årsverk. {added}, {removed} fjerna, {moved} flytta, {renamed} nytt namn, {leaders} ny leiar.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="178"/>
        <source>1 ny</source>
        <translation>1 ny</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="178"/>
        <source>{n} nye</source>
        <translation>{n} nye</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="182"/>
        <source>{n} slått sammen: {groups}.</source>
        <translation>{n} slått saman: {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="184"/>
        <source>{units} til {into}</source>
        <translation>{units} til {into}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="188"/>
        <source>(øverst)</source>
        <translation>(øvst)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="189"/>
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="190"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="191"/>
        <source>: enheter</source>
        <translation>: einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="192"/>
        <source>: årsverk</source>
        <translation>: årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="193"/>
        <source>: budsjett</source>
        <translation>: budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="202"/>
        <source>Per oppfølgingsansvarlig</source>
        <translation>Per oppfølgingsansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203"/>
        <location filename="../../ui/org/dialogs.py" line="205"/>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="203"/>
        <location filename="../../ui/org/dialogs.py" line="205"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="204"/>
        <source>Nye ({n})</source>
        <translation>Nye ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="206"/>
        <source>Fjernet ({n})</source>
        <translation>Fjerna ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="207"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="209"/>
        <source>Flyttet ({n})</source>
        <translation>Flytta ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="210"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="210"/>
        <location filename="../../ui/org/dialogs.py" line="212"/>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="211"/>
        <source>Nytt navn ({n})</source>
        <translation>Nytt namn ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="214"/>
        <source>Ny leder ({n})</source>
        <translation>Ny leiar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="215"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="215"/>
        <source>Slått sammen av</source>
        <translation>Slått saman av</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="217"/>
        <source>Slått sammen ({n})</source>
        <translation>Slått saman ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="220"/>
        <source>Budsjett fra «{name}», fordelt etter enhetenes ansvarsnumre.</source>
        <translation>Budsjett frå «{name}», fordelt etter ansvarsnumra til einingane.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="130"/>
        <source>Teksten din i «{where}»:</source>
        <translation>Teksten din i «{where}»:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="131"/>
        <source>Teksten din:</source>
        <translation>Teksten din:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="136"/>
        <source>Teksten din som ikke ble lagret</source>
        <translation>Teksten din som ikkje vart lagra</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>&amp;Kopier teksten min</source>
        <translation>&amp;Kopier teksten min</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="141"/>
        <source>Legger teksten din på utklippstavlen, så du kan lime den inn der den skal stå.</source>
        <translation>Legg teksten din på utklippstavla, så du kan lime han inn der han skal stå.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>&amp;Bruk teksten min likevel</source>
        <translation>&amp;Bruk teksten min likevel</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Lagrer teksten din over den nye versjonen. Det den andre skrev, kan du angre deg tilbake til med Ctrl+Z.</source>
        <translation>Lagrar teksten din over den nye versjonen. Det den andre skreiv, kan du angre deg tilbake til med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>&amp;Forkast teksten min</source>
        <translation>&amp;Forkast teksten min</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Beholder den andres versjon og fjerner teksten din herfra.</source>
        <translation>Beheld versjonen til den andre og fjernar teksten din herifrå.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="192"/>
        <source>Kopiert</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="56"/>
        <source>Krypter databasen</source>
        <translation>Krypter databasen</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="56"/>
        <source>Endre passord</source>
        <translation>Endre passord</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="57"/>
        <source>Fjern kryptering</source>
        <translation>Fjern kryptering</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="60"/>
        <source>Databasefilen «{name}» blir kryptert, slik at ingen kan lese den uten passordet – heller ikke på en mistet bærbar PC. Passordet blir spurt om hver gang filen åpnes.</source>
        <translation>Databasefila «{name}» blir kryptert, slik at ingen kan lese henne utan passordet – heller ikkje på ein mista berbar PC. Du blir spurd om passordet kvar gong fila blir opna.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="63"/>
        <source>Gi «{name}» et nytt passord. Det gamle slutter å virke med en gang.</source>
        <translation>Gi «{name}» eit nytt passord. Det gamle sluttar å verke med ein gong.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="64"/>
        <source>Databasefilen «{name}» blir lagret ukryptert. Alle som får tak i filen, kan da lese avtalene og referatene i den.</source>
        <translation>Databasefila «{name}» blir lagra ukryptert. Alle som får tak i fila, kan då lese avtalane og referata i henne.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="75"/>
        <source>Nåværende passord</source>
        <translation>Noverande passord</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="76"/>
        <location filename="../../ui/storage/encryption_dialog.py" line="82"/>
        <location filename="../../ui/storage/encryption_dialog.py" line="85"/>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="78"/>
        <source>&amp;Nåværende passord:</source>
        <translation>&amp;Noverande passord:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="81"/>
        <source>Nytt passord</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="84"/>
        <source>Gjenta passordet</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="88"/>
        <source>Passordstyrke</source>
        <translation>Passordstyrke</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="92"/>
        <source>N&amp;ytt passord:</source>
        <translation>N&amp;ytt passord:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="93"/>
        <source>&amp;Gjenta passordet:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="98"/>
        <source>&lt;b&gt;Et glemt passord kan ikke gjenopprettes.&lt;/b&gt; Uten det kan ingen – heller ikke brukerstøtte – åpne databasen igjen. Skriv passordet ned og oppbevar det trygt, for eksempel i kommunens passordhvelv.</source>
        <translation>&lt;b&gt;Eit gløymt passord kan ikkje gjenopprettast.&lt;/b&gt; Utan det kan ingen – heller ikkje brukarstøtte – opne databasen igjen. Skriv passordet ned og oppbevar det trygt, til dømes i passordkvelvet til kommunen.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="103"/>
        <source>&lt;b&gt;Filen blir lesbar for alle som får tak i den.&lt;/b&gt; Fjern krypteringen bare når filen ligger et trygt sted.</source>
        <translation>&lt;b&gt;Fila blir lesbar for alle som får tak i henne.&lt;/b&gt; Fjern krypteringa berre når fila ligg ein trygg stad.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="107"/>
        <source>Sikkerhetskopier som er tatt før, er fortsatt ukrypterte. Slett dem eller ta vare på dem like trygt som før; nye sikkerhetskopier blir kryptert med samme passord.</source>
        <translation>Tryggingskopiar som er tekne før, er framleis ukrypterte. Slett dei eller ta vare på dei like trygt som før; nye tryggingskopiar blir krypterte med same passord.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="115"/>
        <source>&amp;Krypter</source>
        <translation>&amp;Krypter</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="115"/>
        <source>&amp;Endre passord</source>
        <translation>&amp;Endre passord</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="116"/>
        <source>&amp;Fjern kryptering</source>
        <translation>&amp;Fjern kryptering</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="117"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="135"/>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="141"/>
        <source>For kort: passordet må ha minst {n} tegn.</source>
        <translation>For kort: passordet må ha minst {n} teikn.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="143"/>
        <source>Sterkt passord.</source>
        <translation>Sterkt passord.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="144"/>
        <source>Lengre er bedre: en setning på fire–fem ord er sterk og lett å huske.</source>
        <translation>Lengre er betre: ei setning på fire–fem ord er sterk og lett å hugse.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="145"/>
        <source>Svakt passord.</source>
        <translation>Svakt passord.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="145"/>
        <source>Middels sterkt passord.</source>
        <translation>Middels sterkt passord.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="178"/>
        <source>Kryptering gjelder databasefiler, ikke en databaseserver.</source>
        <translation>Kryptering gjeld databasefiler, ikkje ein databasetenar.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="183"/>
        <source>Databasen er allerede kryptert. Velg «Endre passord …».</source>
        <translation>Databasen er allereie kryptert. Vel «Endre passord …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="187"/>
        <source>Databasen er ikke kryptert. Velg «Krypter databasen …».</source>
        <translation>Databasen er ikkje kryptert. Vel «Krypter databasen …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="223"/>
        <source>Databasen er kryptert. Passordet blir spurt om neste gang den åpnes.</source>
        <translation>Databasen er kryptert. Passordet blir spurt om neste gong han blir opna.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="225"/>
        <source>Passordet er endret.</source>
        <translation>Passordet er endra.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/encryption_dialog.py" line="226"/>
        <source>Krypteringen er fjernet. Filen er nå lesbar for alle som får tak i den.</source>
        <translation>Krypteringa er fjerna. Fila kan no lesast av alle som får tak i ho.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Kan ikke fullføre</source>
        <translation>Kan ikkje fullføre</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter.</source>
        <translation>Noko gjekk gale. Arbeidet som var lagra, er trygt, og programmet held fram.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.</source>
        <translation>Detaljane er skrivne til loggfila {path}. Kopier dei gjerne til brukarstøtte.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="34"/>
        <source>Eksporter organisasjonen</source>
        <translation>Eksporter organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="37"/>
        <source>Organisasjonskart som PDF</source>
        <translation>Organisasjonskart som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="37"/>
        <source>Organisasjonskart som PNG</source>
        <translation>Organisasjonskart som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38"/>
        <source>Organisasjonskart som SVG</source>
        <translation>Organisasjonskart som SVG</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="38"/>
        <source>Enhetsliste som Excel</source>
        <translation>Einingsliste som Excel</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="44"/>
        <source>Velg etter kartets form</source>
        <translation>Vel etter forma på kartet</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="45"/>
        <source>Stående</source>
        <translation>Ståande</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="46"/>
        <source>Liggende</source>
        <translation>Liggjande</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="47"/>
        <source>Én side per underenhet av toppen</source>
        <translation>Éi side per undereining av toppen</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="48"/>
        <source>Bare valgt enhet og enhetene under</source>
        <translation>Berre vald eining og einingane under</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="50"/>
        <source>Vis oppfølgingsansvar i boksene</source>
        <translation>Vis oppfølgingsansvar i boksane</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="51"/>
        <source>&amp;Hva</source>
        <translation>&amp;Kva</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="52"/>
        <source>&amp;Papir</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="53"/>
        <source>&amp;Retning</source>
        <translation>&amp;Retning</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="79"/>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="137"/>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../ui/org/export_dialog.py" line="138"/>
        <source>Forhåndsvisning – organisasjonskart</source>
        <translation>Førehandsvising – organisasjonskart</translation>
    </message>
</context>
<context>
    <name>FocusAreasDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="233"/>
        <location filename="../../ui/scorecard/dialogs.py" line="243"/>
        <source>Fokusområder</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="236"/>
        <source>Kommunens målekart er delt i fokusområder. Dobbeltklikk et navn for å endre det.</source>
        <translation>Målekartet til kommunen er delt i fokusområde. Dobbeltklikk eit namn for å endre det.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="247"/>
        <source>Nytt fokusområde</source>
        <translation>Nytt fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="248"/>
        <source>Navn på nytt fokusområde</source>
        <translation>Namn på nytt fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="249"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="250"/>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Fjern valt</translation>
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
        <translation>Skriv i referatet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="65"/>
        <source>Endre dato eller status for møtet</source>
        <translation>Endre dato eller status for møtet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="83"/>
        <source>Sett status for et mål</source>
        <translation>Set status for eit mål</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="94"/>
        <source>Kommentar til målet</source>
        <translation>Kommentar til målet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="110"/>
        <source>Legg til oppfølgingspunkt</source>
        <translation>Legg til oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="128"/>
        <source>Endre oppfølgingspunkt</source>
        <translation>Endre oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="135"/>
        <source>Oppfølgingspunkt</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="150"/>
        <source>Fjern oppfølgingspunkt</source>
        <translation>Fjern oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="164"/>
        <source>Merk oppfølgingspunkt som utført</source>
        <translation>Merk oppfølgingspunkt som utført</translation>
    </message>
    <message>
        <location filename="../../ui/followup/commands.py" line="165"/>
        <source>Merk punktet som ikke utført</source>
        <translation>Merk punktet som ikkje utført</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="88"/>
        <source>Åpne møtet</source>
        <translation>Opne møtet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="171"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="172"/>
        <source>&amp;Kommunalsjef:</source>
        <translation>&amp;Kommunalsjef:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="173"/>
        <source>&amp;Type enhet:</source>
        <translation>&amp;Type eining:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="174"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="175"/>
        <source>Søk i alle referater og punkter (Ctrl+F)</source>
        <translation>Søk i alle referat og punkt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="176"/>
        <source>Søk i referater</source>
        <translation>Søk i referat</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="179"/>
        <source>Dobbeltklikk en måned for å åpne eller lage møtet.</source>
        <translation>Dobbeltklikk på ein månad for å opne eller lage møtet.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="180"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Rapportar …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="181"/>
        <source>Månedsoppsummering eller tertialrapport, med forhåndsvisning</source>
        <translation>Månadsoppsummering eller tertialrapport, med førehandsvising</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="183"/>
        <source>Søkeresultater</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="237"/>
        <location filename="../../ui/followup/page.py" line="238"/>
        <location filename="../../ui/followup/page.py" line="245"/>
        <location filename="../../ui/followup/page.py" line="246"/>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="266"/>
        <source>Uten kommunalsjef</source>
        <translation>Utan kommunalsjef</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="338"/>
        <source>Referatet er godkjent av begge og låst.</source>
        <translation>Referatet er godkjent av begge og låst.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="350"/>
        <source>Åpne referatet igjen</source>
        <translation>Opne referatet igjen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="351"/>
        <source>Referatet er godkjent av begge. Skriv hvorfor det åpnes igjen; begrunnelsen og hvem som åpnet blir stående i referatet, og begge må godkjenne på nytt.</source>
        <translation>Referatet er godkjent av begge. Skriv kvifor det blir opna igjen; grunngivinga og kven som opna det, blir ståande i referatet, og begge må godkjenne på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="368"/>
        <source>Lagre referatet som PDF</source>
        <translation>Lagre referatet som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="378"/>
        <source>Lagret {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="394"/>
        <source>Forhåndsvisning – referat</source>
        <translation>Førehandsvising – referat</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="414"/>
        <source>{n} treff for «{query}»</source>
        <translation>{n} treff for «{query}»</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="415"/>
        <source>Ingen treff for «{query}»</source>
        <translation>Ingen treff for «{query}»</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="182"/>
        <source>Møteoversikt for året</source>
        <translation>Møteoversyn for året</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="129"/>
        <source>Egenevaluering</source>
        <translation>Eigenevaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="129"/>
        <source>Overordnedes vurdering</source>
        <translation>Vurderinga til overordna</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="141"/>
        <location filename="../../ui/agreements/editor.py" line="142"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>GoalLinkDialog</name>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="53"/>
        <source>Målet i målekartet</source>
        <translation>Målet i målekartet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="58"/>
        <source>«{goal}»: velg fokusområdet målet hører til, og indikatoren det måles med der det er målbart. Har avtalens mal kolonnen «Indikator», viser den da indikatoren og ambisjonsnivået, med fritekst etter.</source>
        <translation>«{goal}»: vel fokusområdet målet høyrer til, og indikatoren det blir målt med der det er målbart. Har malen til avtalen kolonnen «Indikator», viser han då indikatoren og ambisjonsnivået, med fritekst etter.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="65"/>
        <source>(ikke valgt)</source>
        <translation>(ikkje valt)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="71"/>
        <source>&amp;Fokusområde:</source>
        <translation>&amp;Fokusområde:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="71"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="72"/>
        <source>Målets &amp;ambisjonsnivå:</source>
        <translation>&amp;Ambisjonsnivået for målet:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="73"/>
        <source>&amp;Tjener kommunens mål:</source>
        <translation>&amp;Tener måla til kommunen:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="98"/>
        <source>(ikke målbart med en indikator)</source>
        <translation>(ikkje målbart med ein indikator)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="104"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="114"/>
        <source>kommunens: {level}</source>
        <translation>kommunen sitt: {level}</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="204"/>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="330"/>
        <source>Egenevaluering</source>
        <translation>Eigenevaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="330"/>
        <source>Overordnedes vurdering</source>
        <translation>Vurderinga til overordna</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <location filename="../../ui/agreements/editor.py" line="350"/>
        <source>Nytt mål</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="226"/>
        <source>Opp</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="227"/>
        <source>Ned</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="227"/>
        <source>Målekart …</source>
        <translation>Målekart …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="267"/>
        <source>Felles krav: endres under Felles krav, og gjelder alle ledere.</source>
        <translation>Felles krav: blir endra under Felles krav og gjeld alle leiarar.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="274"/>
        <source>Kildene råder til få mål: denne kategorien har {n}. Vurder å slå sammen eller prioritere.</source>
        <translation>Kjeldene rår til få mål: denne kategorien har {n}. Vurder å slå saman eller prioritere.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="320"/>
        <source>«{text}» er ikke en dato. Skriv den som dd.mm.åååå.</source>
        <translation>«{text}» er ikkje ein dato. Skriv han som dd.mm.åååå.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="325"/>
        <source>Endre mål {n}</source>
        <translation>Endre mål {n}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="335"/>
        <source>Velg målet som skal knyttes til målekartet.</source>
        <translation>Vel målet som skal knytast til målekartet.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="350"/>
        <source>Nytt mål i {c}</source>
        <translation>Nytt mål i {c}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="357"/>
        <source>Slett mål {n}</source>
        <translation>Slett mål {n}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="363"/>
        <source>Flytt mål {n}</source>
        <translation>Flytt mål {n}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="25"/>
        <location filename="../../ui/help.py" line="31"/>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="79"/>
        <source>Hvem:</source>
        <translation>Kven:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="80"/>
        <source>Hvor:</source>
        <translation>Kvar:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="81"/>
        <source>Siden:</source>
        <translation>Sidan:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="86"/>
        <source>ukjent (låsefilen kan ikke leses)</source>
        <translation>ukjend (låsefila kan ikkje lesast)</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="93"/>
        <source>{host}, prosess {pid}, Styringsdialog {version}</source>
        <translation>{host}, prosess {pid}, Styringsdialog {version}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="39"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="40"/>
        <source>Overordnet id</source>
        <translation>Overordna id</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="41"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="43"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="44"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="45"/>
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="46"/>
        <source>(ikke bruk)</source>
        <translation>(ikkje bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="57"/>
        <source>Importer enheter fra {file}</source>
        <translation>Importer einingar frå {file}</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="67"/>
        <source>&amp;Ark</source>
        <translation>&amp;Ark</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="68"/>
        <source>&amp;Versjonsnavn</source>
        <translation>&amp;Versjonsnamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="70"/>
        <source>Legg flere toppenheter under én ny enhet:</source>
        <translation>Legg fleire toppeiningar under éi ny eining:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="71"/>
        <source>Rådmannen</source>
        <translation>Rådmannen</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="76"/>
        <source>Kolonner (gjettet fra overskriftene – rett der det trengs):</source>
        <translation>Kolonnar (gjetta frå overskriftene – rett der det trengst):</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="78"/>
        <source>Overskrift i filen</source>
        <translation>Overskrift i fila</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="78"/>
        <source>Betyr</source>
        <translation>Tyder</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="83"/>
        <source>Første rader:</source>
        <translation>Første rader:</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="93"/>
        <source>Problemer i filen</source>
        <translation>Problem i fila</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="97"/>
        <source>&amp;Kontroller</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="98"/>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="132"/>
        <source>Hva kolonnen «{h}» betyr</source>
        <translation>Kva kolonnen «{h}» tyder</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="170"/>
        <source>{n} enheter er klare til import. Ingen feil funnet.</source>
        <translation>{n} einingar er klare til import. Ingen feil funne.</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="220"/>
        <source>Importer enheter</source>
        <translation>Importer einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/import_dialog.py" line="221"/>
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>ImportValuesDialog</name>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="39"/>
        <source>Importer måleverdier</source>
        <translation>Importer måleverdiar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="42"/>
        <source>Én verdi per rad: enhet (navn eller kode), indikator, periode (T2 2026 eller 2026-08), verdi og eventuelt kommentar. Alt importeres, eller ingenting.</source>
        <translation>Éin verdi per rad: eining (namn eller kode), indikator, periode (T2 2026 eller 2026-08), verdi og eventuelt kommentar. Alt blir importert, eller ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="48"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="49"/>
        <source>Velg regneark</source>
        <translation>Vel rekneark</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="54"/>
        <source>Fra kolonnen «Indikator» i filen</source>
        <translation>Frå kolonnen «Indikator» i fila</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="58"/>
        <source>fra kolonnen «Periode», eller for eksempel T2 2026</source>
        <translation>frå kolonnen «Periode», eller til dømes T2 2026</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="59"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="59"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="60"/>
        <source>&amp;Periode for hele filen:</source>
        <translation>&amp;Periode for heile fila:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="65"/>
        <source>&amp;Kontroller filen</source>
        <translation>&amp;Kontroller fila</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="68"/>
        <source>Filens første rader</source>
        <translation>Dei første radene i fila</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="74"/>
        <source>Problemer i filen</source>
        <translation>Problem i fila</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="78"/>
        <source>I&amp;mporter</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="90"/>
        <source>Velg regnearket</source>
        <translation>Vel reknearket</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="91"/>
        <source>Regneark (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="111"/>
        <source>Filen kan ikke leses.</source>
        <translation>Fila kan ikkje lesast.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="125"/>
        <source>Ingenting kan importeres før disse {n} problemene er rettet i filen:</source>
        <translation>Ingenting kan importerast før desse {n} problema er retta i fila:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="129"/>
        <source>{n} verdier for {indicators} er klare til import.</source>
        <translation>{n} verdiar for {indicators} er klare til import.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/import_dialog.py" line="138"/>
        <source>Importerer verdier …</source>
        <translation>Importerer verdiar …</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="62"/>
        <source>Endre indikator</source>
        <translation>Endre indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="62"/>
        <source>Ny indikator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="98"/>
        <source>for eksempel 7</source>
        <translation>til dømes 7</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="100"/>
        <source>for eksempel 8,5</source>
        <translation>til dømes 8,5</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="120"/>
        <source>Alle &amp;resultatenheter</source>
        <translation>Alle &amp;resultateiningar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="121"/>
        <source>&amp;Ingen</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="135"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="135"/>
        <source>&amp;Fokusområde:</source>
        <translation>&amp;Fokusområde:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="136"/>
        <source>&amp;Måleenhet:</source>
        <translation>&amp;Måleeining:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="136"/>
        <source>R&amp;etning:</source>
        <translation>R&amp;etning:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="137"/>
        <source>&amp;Ambisjonsnivå (grønt):</source>
        <translation>&amp;Ambisjonsnivå (grønt):</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="137"/>
        <source>&amp;Gult til:</source>
        <translation>&amp;Gult til:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="138"/>
        <source>Farger:</source>
        <translation>Fargar:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="138"/>
        <source>&amp;Hyppighet:</source>
        <translation>&amp;Kor ofte:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="139"/>
        <source>&amp;Kilde:</source>
        <translation>&amp;Kjelde:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="139"/>
        <source>&amp;Sammenstilling i kommunen:</source>
        <translation>&amp;Samanstilling i kommunen:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="140"/>
        <source>&amp;Beskrivelse:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="140"/>
        <source>&amp;Enheter som rapporterer:</source>
        <translation>&amp;Einingar som rapporterer:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="71"/>
        <source>Kryss av alle resultatenheter</source>
        <translation>Kryss av alle resultateiningar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="72"/>
        <source>Fjern alle krysser</source>
        <translation>Fjern alle kryssa</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="186"/>
        <source>Skriv ambisjonsnivået og grensen for gult som tall.</source>
        <translation>Skriv ambisjonsnivået og grensa for gult som tal.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="189"/>
        <source>Uten ambisjonsnivå får verdiene ingen farge.</source>
        <translation>Utan ambisjonsnivå får verdiane ingen farge.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="194"/>
        <source>Grønn: {g}; rød: alt annet.</source>
        <translation>Grøn: {g}; raud: alt anna.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="197"/>
        <source>Grønn: til og med {t}; gul: over {t} til og med {y}; rød: over {y}.</source>
        <translation>Grøn: til og med {t}; gul: over {t} til og med {y}; raud: over {y}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="200"/>
        <source>Grønn: {t} eller mer; gul: fra {y} til under {t}; rød: under {y}.</source>
        <translation>Grøn: {t} eller meir; gul: frå {y} til under {t}; raud: under {y}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Rådmannen</source>
        <translation>Rådmannen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Rådmannens ledergruppe</source>
        <translation>Rådmannen si leiargruppe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Stab</source>
        <translation>Stab</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Støtte</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Utviklingsenhet</source>
        <translation>Utviklingseining</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Servicetorg</source>
        <translation>Servicetorg</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Sektor samfunn</source>
        <translation>Sektor samfunn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Resultatenhet</source>
        <translation>Resultateining</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Til drøfting</source>
        <translation>Til drøfting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Evaluert</source>
        <translation>Evaluert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Erstattet</source>
        <translation>Erstatta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Lederavtale</source>
        <translation>Leiaravtale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resultatavtale</source>
        <translation>Resultatavtale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Holdt</source>
        <translation>Halde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Utsatt</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>På sporet</source>
        <translation>På sporet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Ikke på sporet</source>
        <translation>Ikkje på sporet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>januar</source>
        <translation>januar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>februar</source>
        <translation>februar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>mars</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>april</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>juni</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>juli</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>august</source>
        <translation>august</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>september</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>oktober</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>november</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>desember</source>
        <translation>desember</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Dagsorden (begge kan føre opp saker)</source>
        <translation>Dagsorden (begge kan føre opp saker)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Lederens egen vurdering av måneden</source>
        <translation>Leiaren si eiga vurdering av månaden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Overordnedes syn</source>
        <translation>Synet til overordna</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Lederens forklaring på avviket</source>
        <translation>Leiaren si forklaring på avviket</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Foreslåtte tiltak mot avviket</source>
        <translation>Føreslåtte tiltak mot avviket</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Andre saker</source>
        <translation>Andre saker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Behov for hjelp eller kompetanse</source>
        <translation>Behov for hjelp eller kompetanse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Beslutninger</source>
        <translation>Avgjerder</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Oppfølgingspunkt</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Kommentar til mål</source>
        <translation>Kommentar til mål</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Regnskap</source>
        <translation>Rekneskap</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Prognose</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Rådmann</source>
        <translation>Rådmann</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Kommunalsjef</source>
        <translation>Kommunalsjef</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Fungerende leder</source>
        <translation>Konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Medlem</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Ikke vurdert</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>okt</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>des</source>
        <translation>des</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="38"/>
        <source>Databasen er i bruk</source>
        <translation>Databasen er i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="41"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; er åpen i et annet program.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; er open i eit anna program.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="47"/>
        <source>Bare ett program kan endre databasen om gangen, så ingenting blir skrevet over. Du kan åpne den skrivebeskyttet for å lese og skrive ut, eller vente til den er lukket der.</source>
        <translation>Berre eitt program kan endre databasen om gongen, så ingenting blir skrive over. Du kan opne den skriveverna for å lese og skrive ut, eller vente til den er lukka der.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="52"/>
        <source>Åpne skrivebeskyttet</source>
        <translation>Opne skriveverna</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="53"/>
        <source>Vent til den er ledig</source>
        <translation>Vent til den er ledig</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="54"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Koble til server …</source>
        <translation>&amp;Kopla til server …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Nylige</source>
        <translation>&amp;Nyleg brukte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Rapportar …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Gjenopprett …</source>
        <translation>&amp;Gjenopprett …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Krypter databasen …</source>
        <translation>&amp;Krypter databasen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Endre &amp;passord …</source>
        <translation>Endre &amp;passord …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Fje&amp;rn kryptering …</source>
        <translation>Fje&amp;rn kryptering …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Endringslogg …</source>
        <translation>&amp;Endringslogg …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Ta med på samling …</source>
        <translation>&amp;Ta med på samling …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Hent inn fra samling …</source>
        <translation>&amp;Hent inn frå samling …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Skriv sa&amp;mlingsnotat …</source>
        <translation>Skriv sa&amp;mlingsnotat …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Samlingsn&amp;otater …</source>
        <translation>Samlingsn&amp;otat …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Presentasjon</source>
        <translation>&amp;Presentasjon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Kom i gang …</source>
        <translation>&amp;Kom i gang …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Om Styringsdialog</source>
        <translation>&amp;Om Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Åpner databasen …</source>
        <translation>Opnar databasen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Sider</source>
        <translation>Sider</translation>
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
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Styringsdialog-database (*{suffix})</source>
        <translation>Styringsdialog-database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Filen finnes allerede. Velg Åpne for å bruke den, eller velg et annet navn.</source>
        <translation>Fila finst alt. Vel Opne for å bruke ho, eller vel eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Vil du fylle den nye databasen med demokommunen?</source>
        <translation>Vil du fylle den nye databasen med demokommunen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Styringsdialog-database (*{suffix});;Samlingspakke (*.sdbpkg);;Alle filer (*)</source>
        <translation>Styringsdialog-database (*{suffix});;Samlingspakke (*.sdbpkg);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>{address} (server)</source>
        <translation>{address} (server)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Sikkerhetskopi herfra gjelder databasefiler.</source>
        <translation>Tryggingskopi herifrå gjeld databasefiler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Sikkerhetskopi skrevet til {path}</source>
        <translation>Tryggingskopi skriven til {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Gjenoppretting herfra gjelder databasefiler.</source>
        <translation>Gjenoppretting herifrå gjeld databasefiler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Databasen er åpnet skrivebeskyttet fordi et annet program har den åpen. Gjenopprett den der, eller lukk det andre programmet og åpne databasen på nytt.</source>
        <translation>Databasen er opna skriveverna fordi eit anna program har han open. Gjenopprett han der, eller lukk det andre programmet og opna databasen på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Gjenoppretter databasen …</source>
        <translation>Gjenopprettar databasen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Databasen slik den var, er tatt vare på som {path}.</source>
        <translation>Databasen slik han var, er teken vare på som {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Gjenopprettet</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Databasen er gjenopprettet fra {backup}.</source>
        <translation>Databasen er gjenoppretta frå {backup}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Den automatiske sikkerhetskopien mislyktes: {error}</source>
        <translation>Den automatiske tryggingskopien mislukkast: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Automatisk sikkerhetskopi tatt: {path}</source>
        <translation>Automatisk tryggingskopi teken: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602"/>
        <source>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett for rådmannens stab. Virker uten nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Styringsdialog {version}&lt;/h3&gt;&lt;p&gt;Organisasjonskart, leiar- og resultatavtalar, månadleg oppfølging og budsjett for staben til rådmannen. Verkar utan nettverk.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Om Styringsdialog</source>
        <translation>Om Styringsdialog</translation>
    </message>
</context>
<context>
    <name>MeetingNoteEditor</name>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="282"/>
        <source>← Årsoversikten</source>
        <translation>← Årsoversynet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="283"/>
        <source>PDF / skriv ut …</source>
        <translation>PDF / skriv ut …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="284"/>
        <source>Forhånds&amp;visning …</source>
        <translation>Førehands&amp;vising …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="285"/>
        <source>Deltakere:</source>
        <translation>Deltakarar:</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="293"/>
        <source>Samtalen</source>
        <translation>Samtalen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="294"/>
        <source>Status for målene i avtalen</source>
        <translation>Status for måla i avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Forrige møte</source>
        <translation>Førre møte</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="295"/>
        <source>Status nå</source>
        <translation>Status no</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="296"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="297"/>
        <source>Status for målene</source>
        <translation>Status for måla</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="298"/>
        <source>Enheten har ingen avtale med mål for denne perioden.</source>
        <translation>Eininga har ingen avtale med mål for denne perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="299"/>
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Regnskap</source>
        <translation>Rekneskap</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Avvik kr</source>
        <translation>Avvik kr</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="300"/>
        <source>Avvik %</source>
        <translation>Avvik %</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="303"/>
        <source>Måneden</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="304"/>
        <source>Hittil i år</source>
        <translation>Hittil i år</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="305"/>
        <source>Annet og beslutninger</source>
        <translation>Anna og avgjerder</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="306"/>
        <location filename="../../ui/followup/note_editor.py" line="309"/>
        <source>Oppfølgingspunkter</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Punkt</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="307"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="308"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="308"/>
        <source>Fra møtet</source>
        <translation>Frå møtet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="310"/>
        <source>Nytt punkt: hva skal gjøres?</source>
        <translation>Nytt punkt: kva skal gjerast?</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="311"/>
        <source>Nytt oppfølgingspunkt</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="312"/>
        <source>Ansvarlig for nytt punkt</source>
        <translation>Ansvarleg for nytt punkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="313"/>
        <source>Frist for nytt punkt</source>
        <translation>Frist for nytt punkt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="314"/>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="315"/>
        <source>Fjern valgt</source>
        <translation>Fjern valt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="316"/>
        <source>Godkjenning</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="317"/>
        <source>Leder godkjenner</source>
        <translation>Leiar godkjenner</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="318"/>
        <source>Overordnet godkjenner</source>
        <translation>Overordna godkjenner</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="319"/>
        <source>Åpne referatet igjen …</source>
        <translation>Opne referatet igjen …</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="344"/>
        <source>Oppfølgingssamtale {month} {year} – {unit}</source>
        <translation>Oppfølgingssamtale {month} {year} – {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="347"/>
        <source>Referatet er godkjent av begge og låst. Oppfølgingspunkter kan fortsatt merkes som utført. Vil du rette noe, velg «Åpne referatet igjen» og skriv hvorfor.</source>
        <translation>Referatet er godkjent av begge og låst. Oppfølgingspunkt kan framleis bli merkte som utførte. Vil du rette noko, vel «Opne referatet igjen» og skriv kvifor.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="360"/>
        <source>leder</source>
        <translation>leiar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="361"/>
        <source>overordnet</source>
        <translation>overordna</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="362"/>
        <source>Ingen leder registrert</source>
        <translation>Ingen leiar registrert</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="390"/>
        <source>{leader} har ingen avtale med mål som gjelder denne måneden. En tidligere leders avtale følges ikke opp med ny leder.</source>
        <translation>{leader} har inga avtale med mål som gjeld denne månaden. Avtalen til ein tidlegare leiar blir ikkje følgd opp med ny leiar.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="392"/>
        <source>Enheten har ingen avtale med mål som gjelder denne måneden.</source>
        <translation>Eininga har inga avtale med mål som gjeld denne månaden.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="418"/>
        <source>Status for målet: {goal}</source>
        <translation>Status for målet: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="452"/>
        <source>Det er ikke lest inn budsjett for {year}, eller enheten har ingen ansvarskoder.</source>
        <translation>Det er ikkje importert noko budsjett for {year}, eller eininga har ingen ansvarskodar.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="459"/>
        <source>Hittil i år ({period})</source>
        <translation>Så langt i år ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="465"/>
        <source>Budsjett for året: {amount}</source>
        <translation>Budsjett for året: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="467"/>
        <source>prognose for året: {amount}</source>
        <translation>prognose for året: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="469"/>
        <source>ingen regnskap er lest inn ennå</source>
        <translation>ingen rekneskap er importert enno</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="471"/>
        <source>regnskapet går til og med {month}</source>
        <translation>rekneskapstala går til og med {month}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="473"/>
        <source>positivt avvik betyr merforbruk</source>
        <translation>positivt avvik tyder meirforbruk</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="485"/>
        <source>Utført: {text}</source>
        <translation>Utført: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="488"/>
        <source>Utført {date}</source>
        <translation>Utført {date}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="490"/>
        <source>Punktet er tatt med til et senere møte; merk det utført der.</source>
        <translation>Punktet er teke med til eit seinare møte; merk det som utført der.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="498"/>
        <location filename="../../ui/followup/note_editor.py" line="547"/>
        <source>{name} var ikke med på dette møtet. Velg en ny ansvarlig.</source>
        <translation>{name} var ikkje med på dette møtet. Vel ein ny ansvarleg.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="506"/>
        <source>Fristen er passert</source>
        <translation>Fristen er passert</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="508"/>
        <source>dette møtet</source>
        <translation>dette møtet</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="525"/>
        <location filename="../../ui/followup/note_editor.py" line="542"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="546"/>
        <source>{name} (ikke med på møtet)</source>
        <translation>{name} (ikkje med på møtet)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="553"/>
        <source>Ansvarlig for: {text}</source>
        <translation>Ansvarleg for: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="569"/>
        <source>Godkjent {date}</source>
        <translation>Godkjent {date}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="569"/>
        <source>Ikke godkjent</source>
        <translation>Ikkje godkjent</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="575"/>
        <source>Åpnet igjen {date} av {who}: {reason}</source>
        <translation>Opna igjen {date} av {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/note_editor.py" line="673"/>
        <source>«{text}» er ikke en dato. Skriv fristen som dd.mm.åååå.</source>
        <translation>«{text}» er ikkje ein dato. Skriv fristen som dd.mm.åååå.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="54"/>
        <source>Slå sammen enheter</source>
        <translation>Slå saman einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="56"/>
        <source>Personer og stillinger, avtaler, oppfølging, nettverk og ansvarskoder flyttes til den nye enheten. De gamle enhetene avsluttes dagen før datoen.</source>
        <translation>Personar og stillingar, avtalar, oppfølging, nettverk og ansvarskodar blir flytta til den nye eininga. Dei gamle einingane blir avslutta dagen før datoen.</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="62"/>
        <source>Enheter som slås sammen</source>
        <translation>Einingar som blir slått saman</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="64"/>
        <source>Navn på den sammenslåtte enheten</source>
        <translation>Namn på den samanslåtte eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="67"/>
        <source>Leder for den sammenslåtte enheten</source>
        <translation>Leiar for den samanslåtte eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="68"/>
        <source>De andre lederne slutter som ledere dagen før datoen.</source>
        <translation>Dei andre leiarane sluttar som leiarar dagen før datoen.</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="71"/>
        <source>&amp;Enheter</source>
        <translation>&amp;Einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="72"/>
        <source>&amp;Nytt navn</source>
        <translation>&amp;Nytt namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="73"/>
        <source>&amp;Leder</source>
        <translation>&amp;Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="74"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;Frå og med</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="94"/>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="96"/>
        <source>Ingen leder (ledig)</source>
        <translation>Ingen leiar (ledig)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="32"/>
        <source>Hent inn fra samling</source>
        <translation>Hent inn frå samling</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="34"/>
        <source>Pakken «{name}» fra {source}, laget {when} av {who}. Kryss bort endringer som ikke skal hentes inn, og velg side for hver konflikt.</source>
        <translation>Pakken «{name}» frå {source}, laga {when} av {who}. Kryss bort endringar som ikkje skal hentast inn, og vel side for kvar konflikt.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="41"/>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="41"/>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="60"/>
        <source>Kan ikke hentes inn ({n})</source>
        <translation>Kan ikkje hentast inn ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="73"/>
        <source>Kontoret</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="74"/>
        <source>Pakken</source>
        <translation>Pakken</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="74"/>
        <source>Bruk</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="85"/>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="86"/>
        <source>Kontorets</source>
        <translation>Kontoret sin</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="87"/>
        <source>Pakkens</source>
        <translation>Pakken sin</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="88"/>
        <source>Hvilken side for {what}</source>
        <translation>Kva side for {what}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="95"/>
        <source>&amp;Hent inn</source>
        <translation>&amp;Hent inn</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="96"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="101"/>
        <source>Endringer ({n})</source>
        <translation>Endringar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="103"/>
        <source>Konflikter: samme felt er endret begge steder ({n})</source>
        <translation>Konfliktar: same felt er endra begge stader ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/merge_dialog.py" line="109"/>
        <source>Hentes ikke inn (blir igjen i pakken):</source>
        <translation>Blir ikkje henta inn (blir att i pakken):</translation>
    </message>
</context>
<context>
    <name>MoveLeaderDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="287"/>
        <source>Flytt {name}</source>
        <translation>Flytt {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="293"/>
        <source>&amp;Til enhet</source>
        <translation>&amp;Til eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="294"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;Frå og med</translation>
    </message>
</context>
<context>
    <name>MoveManyDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="164"/>
        <source>Flytt flere enheter</source>
        <translation>Flytt fleire einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="167"/>
        <source>Enheter som flyttes</source>
        <translation>Einingar som blir flytta</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="171"/>
        <source>Ny overordnet enhet</source>
        <translation>Ny overordna eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="172"/>
        <source>&amp;Enheter</source>
        <translation>&amp;Einingar</translation>
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
        <translation>Oversyn</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="17"/>
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="18"/>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="19"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="20"/>
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="21"/>
        <source>Målekart</source>
        <translation>Målekart</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="52"/>
        <source>Ny avtale</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="75"/>
        <source>&amp;Mal</source>
        <translation>&amp;Mal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="76"/>
        <source>&amp;Enhet</source>
        <translation>&amp;Eining</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="77"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;Frå og med</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="78"/>
        <source>&amp;Til og med</source>
        <translation>&amp;Til og med</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="79"/>
        <source>Leder og overordnet hentes fra organisasjonen; felles krav for perioden legges inn automatisk.</source>
        <translation>Leiar og overordna blir henta frå organisasjonen; felles krav for perioden blir lagde inn automatisk.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="35"/>
        <source>Ny person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Fornavn</source>
        <translation>&amp;Førenamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Etternavn</source>
        <translation>&amp;Etternamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>&amp;Stillingstittel</source>
        <translation>&amp;Stillingstittel</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="38"/>
        <source>E-&amp;post</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="39"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Telefon</translation>
    </message>
</context>
<context>
    <name>NextPeriodDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="135"/>
        <source>Neste periodes avtale</source>
        <translation>Avtale for neste periode</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="137"/>
        <source>Mål som ikke ble nådd i stor grad, tas med videre.</source>
        <translation>Mål som ikkje vart nådde i stor grad, blir tekne med vidare.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="140"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;Frå og med</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="141"/>
        <source>&amp;Til og med</source>
        <translation>&amp;Til og med</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="56"/>
        <source>Samlingsnotat</source>
        <translation>Samlingsnotat</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="64"/>
        <source>Ett vedtak per linje</source>
        <translation>Eitt vedtak per linje</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="66"/>
        <source>(ikke knyttet til et scenario)</source>
        <translation>(ikkje knytt til eit scenario)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="72"/>
        <source>Enheter notatet gjelder</source>
        <translation>Einingar notatet gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="81"/>
        <source>Mål i enhetenes avtaler som notatet gjelder</source>
        <translation>Mål i avtalane til einingane som notatet gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="95"/>
        <source>Oppfølgingspunkt</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="95"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="96"/>
        <source>Frist (dd.mm.åååå)</source>
        <translation>Frist (dd.mm.åååå)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="100"/>
        <source>&amp;Legg til oppfølgingspunkt</source>
        <translation>&amp;Legg til oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="102"/>
        <source>&amp;Fjern oppfølgingspunkt</source>
        <translation>&amp;Fjern oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="107"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="108"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="112"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="113"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="114"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="115"/>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="116"/>
        <source>&amp;Enheter:</source>
        <translation>&amp;Einingar:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="117"/>
        <source>&amp;Mål:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="120"/>
        <source>&amp;Notat:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="121"/>
        <source>&amp;Vedtak:</source>
        <translation>&amp;Vedtak:</translation>
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
        <translation>Ingen einingar har avtalar med mål som gjeld no.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="170"/>
        <source>Kryss av enheter for å se målene i avtalene deres.</source>
        <translation>Kryss av einingar for å sjå måla i avtalane deira.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="172"/>
        <source>Notatet er også knyttet til {n} mål som ikke vises her (enheten er ikke krysset av, eller avtalen gjelder ikke nå); de beholdes.</source>
        <translation>Notatet er også knytt til {n} mål som ikkje blir viste her (eininga er ikkje kryssa av, eller avtalen gjeld ikkje no); dei blir haldne på.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="210"/>
        <source>Samlingsnotat – {title}</source>
        <translation>Samlingsnotat – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/note_dialog.py" line="259"/>
        <source>Fristen «{text}» i oppfølgingspunkt {n} er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 15.09.2027.</source>
        <translation>Fristen «{text}» i oppfølgingspunkt {n} er ikkje ein dato. Skriv han som dd.mm.åååå, til dømes 15.09.2027.</translation>
    </message>
</context>
<context>
    <name>NoteScorecardBox</name>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="103"/>
        <source>Målekart og årsprognose</source>
        <translation>Målekart og årsprognose</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="104"/>
        <source>Ambisjonsnivå</source>
        <translation>Ambisjonsnivå</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Forrige periode</source>
        <translation>Førre periode</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Verdi nå</source>
        <translation>Verdi no</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="106"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="107"/>
        <source>Måleverdier denne perioden</source>
        <translation>Måleverdiar denne perioden</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="108"/>
        <source>Års&amp;prognose, avvik ved årets slutt (kr):</source>
        <translation>Års&amp;prognose, avvik ved slutten av året (kr):</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="109"/>
        <source>Årsak til p&amp;rognosen:</source>
        <translation>Årsak til p&amp;rognosen:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="147"/>
        <source>Skriv verdien for {period}; tom celle fjerner den.</source>
        <translation>Skriv verdien for {period}; tom celle fjernar han.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="157"/>
        <source>Ingen indikatorer på enhetens målekart har en periode som slutter i {month}.</source>
        <translation>Ingen indikatorar på målekartet til eininga har ein periode som sluttar i {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="159"/>
        <source>Verdiene for periodene som slutter denne måneden. Skriv verdien og en kommentar der målet ikke er nådd.</source>
        <translation>Verdiane for periodane som sluttar denne månaden. Skriv verdien og ein kommentar der målet ikkje er nådd.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="231"/>
        <source>«{text}» er ikke et beløp. Skriv avviket i kroner, for eksempel 250 000 eller −100 000.</source>
        <translation>«{text}» er ikkje eit beløp. Skriv avviket i kroner, til dømes 250 000 eller −100 000.</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="60"/>
        <source>Samlingsnotater</source>
        <translation>Samlingsnotat</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="64"/>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="65"/>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="65"/>
        <source>Oppfølgingspunkter</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="78"/>
        <source>Ingen samlingsnotater ennå. Velg «Nytt samlingsnotat» for å skrive det første.</source>
        <translation>Ingen samlingsnotat enno. Vel «Nytt samlingsnotat» for å skrive det første.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="81"/>
        <source>&amp;Nytt samlingsnotat …</source>
        <translation>&amp;Nytt samlingsnotat …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="82"/>
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="83"/>
        <source>&amp;Slett …</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="93"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="109"/>
        <source>Scenario: {name}</source>
        <translation>Scenario: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="111"/>
        <source>{n} mål</source>
        <translation>{n} mål</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="112"/>
        <source>{n} ({m} hentet inn)</source>
        <translation>{n} ({m} henta inn)</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <location filename="../../ui/org/commands.py" line="21"/>
        <source>Flytt {name}</source>
        <translation>Flytt {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="37"/>
        <location filename="../../ui/org/commands.py" line="181"/>
        <source>Endre {name}</source>
        <translation>Endre {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="50"/>
        <source>Endre ansvar for {name}</source>
        <translation>Endre ansvar for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="66"/>
        <source>Ny enhet {name}</source>
        <translation>Ny eining {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="84"/>
        <source>Slett {name}</source>
        <translation>Slett {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="150"/>
        <source>Endre oppfølging for {name}</source>
        <translation>Endre oppfølging for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="166"/>
        <source>Endre nettverket {name}</source>
        <translation>Endre nettverket {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="268"/>
        <source>Slå sammen til {name}</source>
        <translation>Slå saman til {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="275"/>
        <source>Del ut {name}</source>
        <translation>Del ut {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="282"/>
        <source>Flytt {n} enheter</source>
        <translation>Flytt {n} einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="290"/>
        <source>Ny forbindelse</source>
        <translation>Ny samanheng</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="311"/>
        <source>Slett forbindelse</source>
        <translation>Slett samanheng</translation>
    </message>
    <message>
        <location filename="../../ui/org/commands.py" line="330"/>
        <source>Rollebeskrivelse for {name}</source>
        <translation>Rolleskildring for {name}</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/org/page.py" line="71"/>
        <source>gjeldende</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="72"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="73"/>
        <source>historisk</source>
        <translation>historisk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="311"/>
        <source>&amp;Versjon:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="312"/>
        <source>Organisasjonsversjon</source>
        <translation>Organisasjonsversjon</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="313"/>
        <source>&amp;Per dato:</source>
        <translation>&amp;Per dato:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="314"/>
        <source>Vis organisasjonen per dato</source>
        <translation>Vis organisasjonen per dato</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="315"/>
        <source>Nytt &amp;scenario …</source>
        <translation>Nytt &amp;scenario …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="316"/>
        <source>Sa&amp;mmenlign …</source>
        <translation>Sa&amp;manlikn …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="317"/>
        <source>&amp;Gjør gjeldende …</source>
        <translation>&amp;Gjer gjeldande …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="318"/>
        <location filename="../../ui/org/page.py" line="653"/>
        <source>Slett scenario</source>
        <translation>Slett scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="319"/>
        <source>&amp;Omorganisering …</source>
        <translation>&amp;Omorganisering …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="320"/>
        <source>Slå sammen enheter …</source>
        <translation>Slå saman einingar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="321"/>
        <source>Del enhet …</source>
        <translation>Del eining …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="322"/>
        <source>Flytt flere …</source>
        <translation>Flytt fleire …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="323"/>
        <source>Forbindelser …</source>
        <translation>Samanhengar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="324"/>
        <source>Rollebeskrivelse …</source>
        <translation>Rolleskildring …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="325"/>
        <source>Skriv ut roller …</source>
        <translation>Skriv ut roller …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="326"/>
        <source>Ny &amp;enhet</source>
        <translation>Ny &amp;eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="327"/>
        <location filename="../../ui/org/page.py" line="693"/>
        <source>Slett enhet</source>
        <translation>Slett eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="328"/>
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="329"/>
        <source>E&amp;ksporter …</source>
        <translation>E&amp;ksporter …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="330"/>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="331"/>
        <source>&amp;Personer …</source>
        <translation>Perso&amp;nar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="332"/>
        <source>&amp;Grenser for kontrollene …</source>
        <translation>G&amp;renser for kontrollane …</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="333"/>
        <source>Søk enhet (Ctrl+F)</source>
        <translation>Søk eining (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="334"/>
        <source>Søk etter enhet</source>
        <translation>Søk etter eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="335"/>
        <source>Vis oppfølging</source>
        <translation>Vis oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="336"/>
        <source>Fremhev nettverk</source>
        <translation>Framhev nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="338"/>
        <source>Zoom inn</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="340"/>
        <source>Zoom ut</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="341"/>
        <source>Tilpass</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="342"/>
        <source>Tilpass kartet til vinduet</source>
        <translation>Tilpass kartet til vindauget</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="343"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="344"/>
        <source>Kontroller</source>
        <translation>Kontrollar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="345"/>
        <source>Merknader fra kontrollen av organisasjonen</source>
        <translation>Merknader frå kontrollen av organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="346"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="347"/>
        <source>Årsverk</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="347"/>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="348"/>
        <source>Enhetene i organisasjonen</source>
        <translation>Einingane i organisasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="349"/>
        <source>Organisasjonskart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="390"/>
        <location filename="../../ui/org/page.py" line="470"/>
        <source>Ingen organisasjon er registrert ennå. Importer en enhetsliste.</source>
        <translation>Ingen organisasjon er registrert enno. Importer ei einingsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="423"/>
        <source>Fremhev nettverk: ingen</source>
        <translation>Framhev nettverk: ingen</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="425"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="426"/>
        <source>Nettverk: {name} ({n})</source>
        <translation>Nettverk: {name} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="460"/>
        <source>{version}: {n} enheter, {vacant} uten fast leder. {mode}</source>
        <translation>{version}: {n} einingar, {vacant} utan fast leiar. {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="462"/>
        <source>Historisk versjon: bare til visning.</source>
        <translation>Historisk versjon: berre til vising.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="463"/>
        <source>Endringer lagres straks og kan angres med Ctrl+Z.</source>
        <translation>Endringar blir lagra straks og kan angrast med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="493"/>
        <source>Fjernet mot «{name}»: {units}</source>
        <translation>Fjerna mot «{name}»: {units}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="514"/>
        <source>Ingen merknader.</source>
        <translation>Ingen merknader.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="515"/>
        <source>Kontroller ({n})</source>
        <translation>Kontrollar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="602"/>
        <source>Alternativ {n}</source>
        <translation>Alternativ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="616"/>
        <source>Det finnes bare én versjon. Lag et scenario først.</source>
        <translation>Det finst berre éin versjon. Lag eit scenario først.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="619"/>
        <source>Sammenlign</source>
        <translation>Samanlikn</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="619"/>
        <source>Sammenlign med:</source>
        <translation>Samanlikn med:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="629"/>
        <source>Gjør gjeldende</source>
        <translation>Gjer gjeldande</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="630"/>
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før. Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med Ctrl+Z.</source>
        <translation>Frå kva dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før. Dette kan ikkje angrast, og det du har endra før, kan etterpå ikkje angrast med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="654"/>
        <source>Slette scenariet «{name}» med alle enhetene i det? Dette kan ikke angres.</source>
        <translation>Slette scenarioet «{name}» med alle einingane i det? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="680"/>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="691"/>
        <source>Slette «{name}»?</source>
        <translation>Slette «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="692"/>
        <source>Slette «{name}» og de {n} enhetene under?</source>
        <translation>Slette «{name}» og dei {n} einingane under?</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="693"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="714"/>
        <source>Fungerende leder for {unit}</source>
        <translation>Konstituert leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="715"/>
        <source>Ny leder for {unit}</source>
        <translation>Ny leiar for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="729"/>
        <location filename="../../ui/org/page.py" line="731"/>
        <source>Avslutt stilling</source>
        <translation>Avslutt stilling</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="729"/>
        <source>Siste dag i stillingen:</source>
        <translation>Siste dag i stillinga:</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="739"/>
        <source>Velg en leder som er i stillingen nå for å flytte vedkommende.</source>
        <translation>Vel ein leiar som er i stillinga no, for å flytte vedkomande.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="744"/>
        <source>Flytt {name}</source>
        <translation>Flytt {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="755"/>
        <source>Endre grenser for kontrollene</source>
        <translation>Endre grenser for kontrollane</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="775"/>
        <source>Fant ingen enhet som passer «{text}».</source>
        <translation>Fann inga eining som passar «{text}».</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="787"/>
        <source>Treff {i} av {n}: {name}</source>
        <translation>Treff {i} av {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="806"/>
        <source>Lagret {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="836"/>
        <source>Velg enheten som skal deles i treet eller kartet først.</source>
        <translation>Vel eininga som skal delast, i treet eller kartet først.</translation>
    </message>
    <message>
        <location filename="../../ui/org/page.py" line="871"/>
        <source>Velg enheten i treet eller kartet først.</source>
        <translation>Vel eininga i treet eller kartet først.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="36"/>
        <source>Oppfølgingspunkter over fristen</source>
        <translation>Oppfølgingspunkt over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="37"/>
        <source>Oppfølgingspunkter med frist innen 7 dager</source>
        <translation>Oppfølgingspunkt med frist innan 7 dagar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="38"/>
        <source>Ledere uten holdt oppfølgingsmøte forrige måned</source>
        <translation>Leiarar som ikkje hadde oppfølgingsmøte førre månad</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="39"/>
        <source>Avtaler som ikke er signert</source>
        <translation>Avtalar som ikkje er signerte</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="40"/>
        <source>Avtaler som utløper innen 60 dager</source>
        <translation>Avtalar som går ut innan 60 dagar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="41"/>
        <source>Enheter med budsjettavvik hittil i år over terskelen</source>
        <translation>Einingar med budsjettavvik hittil i år over terskelen</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="45"/>
        <source>Indikatorer som er røde to perioder på rad</source>
        <translation>Indikatorar som er raude to periodar på rad</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="46"/>
        <source>Måleverdier som mangler for en avsluttet periode</source>
        <translation>Måleverdiar som manglar for ein avslutta periode</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="47"/>
        <source>Rådmannens årsplan evaluert for sjelden</source>
        <translation>Årsplanen til rådmannen er evaluert for sjeldan</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="100"/>
        <location filename="../../ui/overview/page.py" line="101"/>
        <source>Trenger oppmerksomhet i dag</source>
        <translation>Treng merksemd i dag</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="102"/>
        <source>&amp;Terskel for budsjettavvik:</source>
        <translation>&amp;Terskel for budsjettavvik:</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="103"/>
        <source>Terskel for budsjettavvik i prosent</source>
        <translation>Terskel for budsjettavvik i prosent</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="106"/>
        <location filename="../../ui/overview/page.py" line="107"/>
        <source>Enheter uten fast leder</source>
        <translation>Einingar utan fast leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="127"/>
        <source>fungerende: {name}</source>
        <translation>konstituert: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="128"/>
        <source>ingen fungerende leder</source>
        <translation>ingen konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="131"/>
        <source>Alle enheter har leder.</source>
        <translation>Alle einingar har leiar.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="143"/>
        <source>{unit}: {text} – {owner}, frist {day}</source>
        <translation>{unit}: {text} – {owner}, frist {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="144"/>
        <source>uten ansvarlig</source>
        <translation>utan ansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="146"/>
        <source>{unit}: {leader} ({month} {year}), følges opp av {lead}</source>
        <translation>{unit}: {leader} ({month} {year}), oppfølgingsansvarleg {lead}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="150"/>
        <source>{title} – {leader}</source>
        <translation>{title} – {leader}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="152"/>
        <source>{title} – utløper {day}</source>
        <translation>{title} – går ut {day}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="154"/>
        <source>{unit}: avvik {amount} ({pct}) til og med {month}</source>
        <translation>{unit}: avvik {amount} ({pct}) til og med {month}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="160"/>
        <source>Rådmannens plan for {year} er evaluert 1 gang; avtalen krever minst {required} evalueringssamtaler i året.</source>
        <translation>Rådmannens plan for {year} er evaluert 1 gong; avtalen krev minst {required} evalueringssamtalar i året.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="162"/>
        <source>Rådmannens plan for {year} er evaluert {held} ganger; avtalen krever minst {required} evalueringssamtaler i året.</source>
        <translation>Rådmannens plan for {year} er evaluert {held} gonger; avtalen krev minst {required} evalueringssamtalar i året.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="166"/>
        <source>{unit}: «{indicator}» rød i {first} og {second}</source>
        <translation>{unit}: «{indicator}» raud i {first} og {second}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="168"/>
        <source>{unit}: «{indicator}» mangler verdi for {period}</source>
        <translation>{unit}: «{indicator}» manglar verdi for {period}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="189"/>
        <location filename="../../ui/overview/page.py" line="203"/>
        <source>Dobbeltklikk eller trykk Enter for å åpne</source>
        <translation>Dobbeltklikk eller trykk Enter for å opne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="209"/>
        <source>Ingenting krever oppmerksomhet i dag.</source>
        <translation>Ingenting treng merksemd i dag.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="60"/>
        <source>Databasen er tom. Velg Fil → Ny database for å lage demokommunen, eller importer en enhetsliste.</source>
        <translation>Databasen er tom. Vel Fil → Ny database for å lage demokommunen, eller importer ei einingsliste.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="64"/>
        <source>{n} innbyggere</source>
        <translation>{n} innbyggjarar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="66"/>
        <source>kommunenr. {nr}</source>
        <translation>kommunenr. {nr}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="68"/>
        <source>per {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="71"/>
        <source>enheter</source>
        <translation>einingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="72"/>
        <source>{n} resultatenheter</source>
        <translation>{n} resultateiningar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="73"/>
        <source>ledere i stilling</source>
        <translation>leiarar i stilling</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="74"/>
        <source>ledige lederstillinger</source>
        <translation>ledige leiarstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="75"/>
        <source>{n} med fungerende leder</source>
        <translation>{n} med konstituert leiar</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="78"/>
        <source>avtaler for {year}</source>
        <translation>avtalar for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="79"/>
        <source>{n} signert</source>
        <translation>{n} signerte</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="81"/>
        <source>oppfølgingsmøter denne måneden</source>
        <translation>oppfølgingsmøte denne månaden</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="82"/>
        <source>{n} holdt</source>
        <translation>{n} haldne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="83"/>
        <source>åpne oppfølgingspunkter</source>
        <translation>opne oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="84"/>
        <source>{n} forfalt</source>
        <translation>{n} forfalne</translation>
    </message>
    <message>
        <location filename="../../ui/overview/figures.py" line="106"/>
        <source>Henter det som trenger oppmerksomhet …</source>
        <translation>Hentar det som treng merksemd …</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="30"/>
        <source>Ta med på samling</source>
        <translation>Ta med på samling</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="31"/>
        <source>Velg hva som skal med på samlingen. Pakken blir én kryptert fil som kan åpnes uten nett. Endringene hentes inn igjen med Fil → Hent inn fra samling.</source>
        <translation>Vel kva som skal med på samlinga. Pakken blir éi kryptert fil som kan opnast utan nett. Endringane blir henta inn att med Fil → Hent inn frå samling.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="35"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="37"/>
        <location filename="../../ui/seminar/package_dialog.py" line="59"/>
        <source>Scenarioer</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="38"/>
        <source>Ta med &amp;oppfølgingsnotatene (personopplysninger)</source>
        <translation>Ta med &amp;oppfølgingsnotata (personopplysingar)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="40"/>
        <location filename="../../ui/seminar/package_dialog.py" line="98"/>
        <source>Pakkefil</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="41"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="45"/>
        <source>Passord for pakken</source>
        <translation>Passord for pakken</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="48"/>
        <source>Gjenta passordet</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="50"/>
        <source>&amp;Lag pakken</source>
        <translation>&amp;Lag pakken</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="51"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="58"/>
        <source>Enheter (ingen valgt: hele kommunen)</source>
        <translation>Einingar (ingen valde: heile kommunen)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="66"/>
        <source>Pakkefil:</source>
        <translation>Pakkefil:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="71"/>
        <source>Passord for pakken (minst 8 tegn), to ganger:</source>
        <translation>Passord for pakken (minst 8 teikn), to gonger:</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/package_dialog.py" line="99"/>
        <source>Samlingspakke (*.sdbpkg)</source>
        <translation>Samlingspakke (*.sdbpkg)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="58"/>
        <source>Kryptert samlingspakke</source>
        <translation>Kryptert samlingspakke</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="59"/>
        <source>Samlingspakken «{name}» er kryptert. Skriv passordet pakken fikk da den ble laget.</source>
        <translation>Samlingspakken «{name}» er kryptert. Skriv passordet pakken fekk då han vart laga.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="61"/>
        <source>Kryptert database</source>
        <translation>Kryptert database</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="62"/>
        <source>Databasen «{name}» er kryptert. Skriv passordet for å åpne den.</source>
        <translation>Databasen «{name}» er kryptert. Skriv passordet for å opne henne.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="69"/>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="72"/>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="73"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="74"/>
        <source>Vis passordet</source>
        <translation>Vis passordet</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="75"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="79"/>
        <source>Å&amp;pne</source>
        <translation>O&amp;pne</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="80"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/storage/passphrase_dialog.py" line="102"/>
        <source>Feil passord for samlingspakken «{name}». Skriv passordet på nytt (store og små bokstaver er forskjellige). Det er passordet som ble valgt med Fil → Ta med på samling da pakken ble laget.</source>
        <translation>Feil passord for samlingspakken «{name}». Skriv passordet på nytt (store og små bokstavar er ulike). Det er passordet som vart valt med Fil → Ta med på samling då pakken vart laga.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="57"/>
        <location filename="../../ui/org/people_dialog.py" line="67"/>
        <source>Personer</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="61"/>
        <source>Stillingstittel</source>
        <translation>Stillingstittel</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="62"/>
        <source>Stillinger nå</source>
        <translation>Stillingar no</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="70"/>
        <source>&amp;Ny person …</source>
        <translation>&amp;Ny person …</translation>
    </message>
    <message>
        <location filename="../../ui/org/people_dialog.py" line="104"/>
        <source>Ny person {name}</source>
        <translation>Ny person {name}</translation>
    </message>
</context>
<context>
    <name>PlainTableEditor</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="382"/>
        <source>Ny rad</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="383"/>
        <source>Slett rad</source>
        <translation>Slett rad</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="423"/>
        <source>Endre {title}</source>
        <translation>Endre {title}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="33"/>
        <source>Presentasjon</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="112"/>
        <source>Piltastene blar, Esc avslutter.</source>
        <translation>Piltastane blar, Esc avsluttar.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/presentation.py" line="170"/>
        <source>… og {n} til</source>
        <translation>… og {n} til</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/agreements/preview.py" line="37"/>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/progress.py" line="205"/>
        <source>Avbryter …</source>
        <translation>Stansar …</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="225"/>
        <source>Arbeider …</source>
        <translation>Arbeider …</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="228"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="163"/>
        <source>Ny revisjon</source>
        <translation>Ny revisjon</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="165"/>
        <source>Den signerte avtalen beholdes. Revisjonen er et utkast som signeres på nytt.</source>
        <translation>Den signerte avtalen blir behalden. Revisjonen er eit utkast som blir signert på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="167"/>
        <source>&amp;Begrunnelse</source>
        <translation>&amp;Grunngiving</translation>
    </message>
</context>
<context>
    <name>RelationsDialog</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="43"/>
        <source>Forbindelser utenfor linjen</source>
        <translation>Samanhengar utanom linja</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="46"/>
        <source>Forbindelser</source>
        <translation>Samanhengar</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="53"/>
        <source>Bestiller/utfører</source>
        <translation>Bestillar/utførar</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="54"/>
        <source>Stabskontakt</source>
        <translation>Stabskontakt</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="55"/>
        <source>&amp;Fra (bestiller eller stab)</source>
        <translation>&amp;Frå (bestillar eller stab)</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="56"/>
        <source>&amp;Til (utfører eller enheten som betjenes)</source>
        <translation>&amp;Til (utførar eller eininga som blir tent)</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="57"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="60"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="61"/>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Fjern valt</translation>
    </message>
</context>
<context>
    <name>ReorganisationDialog</name>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="72"/>
        <source>Omorganisering: alternativer side om side</source>
        <translation>Omorganisering: alternativ side om side</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="78"/>
        <source>&amp;Prosjekt:</source>
        <translation>&amp;Prosjekt:</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="80"/>
        <source>Omorganiseringsprosjekt</source>
        <translation>Omorganiseringsprosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="85"/>
        <source>Nytt &amp;prosjekt …</source>
        <translation>Nytt &amp;prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="86"/>
        <source>Nytt &amp;alternativ</source>
        <translation>Nytt &amp;alternativ</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="87"/>
        <source>Vis i &amp;kartet</source>
        <translation>Vis i &amp;kartet</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="93"/>
        <source>Alternativene i prosjektet</source>
        <translation>Alternativa i prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="98"/>
        <source>Nøkkeltall per alternativ</source>
        <translation>Nøkkeltal per alternativ</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="100"/>
        <source>Budsjett per enhet og alternativ</source>
        <translation>Budsjett per eining og alternativ</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="102"/>
        <source>Endringer fra 0-alternativet</source>
        <translation>Endringar frå 0-alternativet</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="104"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="295"/>
        <source>Plan for overgangen</source>
        <translation>Plan for overgangen</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="107"/>
        <source>Side om side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="108"/>
        <source>Budsjett per enhet</source>
        <translation>Budsjett per eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="109"/>
        <source>Endringer</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="110"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="113"/>
        <source>Skriv &amp;ut (PDF) …</source>
        <translation>Skriv &amp;ut (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="114"/>
        <source>Lagre som &amp;xlsx …</source>
        <translation>Lagre som &amp;xlsx …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="115"/>
        <source>&amp;Gjør gjeldende …</source>
        <translation>&amp;Gjer gjeldande …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="116"/>
        <source>Lagre &amp;planen som xlsx …</source>
        <translation>Lagre &amp;planen som xlsx …</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="163"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="214"/>
        <source>Lag et prosjekt for omorganiseringen først.</source>
        <translation>Lag eit prosjekt for omorganiseringa først.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="174"/>
        <source>Nøkkeltall</source>
        <translation>Nøkkeltal</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="177"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="180"/>
        <source>Alternativ</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="180"/>
        <source>Endring fra 0-alternativet</source>
        <translation>Endring frå 0-alternativet</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="182"/>
        <source>Budsjett fra {budget}, ledere og oppfølging per {day}. Alt er forslag/utkast til et alternativ er gjort gjeldende.</source>
        <translation>Budsjett frå {budget}, leiarar og oppfølging per {day}. Alt er forslag/utkast til eit alternativ er gjort gjeldande.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="184"/>
        <source>(intet budsjett)</source>
        <translation>(inkje budsjett)</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="200"/>
        <source>Nytt prosjekt</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="201"/>
        <source>Navn på omorganiseringen (0-alternativet er dagens organisasjon):</source>
        <translation>Namn på omorganiseringa (0-alternativet er organisasjonen i dag):</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="234"/>
        <source>Lagre alternativene</source>
        <translation>Lagre alternativa</translation>
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
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="246"/>
        <source>Lagret {file}.</source>
        <translation>Lagra {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="255"/>
        <location filename="../../ui/org/reorganisation_dialog.py" line="262"/>
        <source>Gjør gjeldende</source>
        <translation>Gjer gjeldande</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="256"/>
        <source>Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon avsluttes dagen før, og planen for overgangen vises. Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med Ctrl+Z.</source>
        <translation>Frå kva dato skal «{name}» gjelde? Dagens organisasjon blir avslutta dagen før, og planen for overgangen blir vist. Dette kan ikkje angrast, og det du har endra før, kan etterpå ikkje angrast med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="263"/>
        <source>Gjøre «{name}» gjeldende fra {day}?</source>
        <translation>Gjere «{name}» gjeldande frå {day}?</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Hva skjer</source>
        <translation>Kva skjer</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="274"/>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="275"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="280"/>
        <source>«{name}» gjelder fra {day}. Planen har {n} steg.</source>
        <translation>«{name}» gjeld frå {day}. Planen har {n} steg.</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="288"/>
        <source>Lagre planen</source>
        <translation>Lagre planen</translation>
    </message>
    <message>
        <location filename="../../ui/org/reorganisation_dialog.py" line="288"/>
        <source>Plan for overgangen.xlsx</source>
        <translation>Plan for overgangen.xlsx</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="200"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="201"/>
        <source>&amp;Månedsoppsummering (PDF) – alle enhetene én måned</source>
        <translation>&amp;Månadsoppsummering (PDF) – alle einingane éin månad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="202"/>
        <source>&amp;Tertialrapport med målekart (Excel, Word eller PDF) – fire måneder</source>
        <translation>&amp;Tertialrapport med målekart (Excel, Word eller PDF) – fire månader</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="203"/>
        <source>En&amp;hetens målekart på én side (PDF) – til oppfølgingssamtalen</source>
        <translation>Målekartet til ei&amp;ninga på éi side (PDF) – til oppfølgingssamtalen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="204"/>
        <source>&amp;Gjelder enhet</source>
        <translation>&amp;Gjeld eining</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="205"/>
        <source>Årsoppgjør med forslag til overføring til ne&amp;ste år (PDF eller Excel)</source>
        <translation>Årsoppgjer med framlegg til overføring til ne&amp;ste år (PDF eller Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="206"/>
        <source>&amp;Offentlig versjon for politikerne (uten navn og personlige utviklingsmål)</source>
        <translation>&amp;Offentleg versjon for politikarane (utan namn og personlege utviklingsmål)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="207"/>
        <source>&amp;År</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="208"/>
        <source>Må&amp;ned</source>
        <translation>Må&amp;nad</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="209"/>
        <source>T&amp;ertial</source>
        <translation>T&amp;ertial</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="210"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="211"/>
        <source>&amp;Lagres som</source>
        <translation>&amp;Lagrast som</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="212"/>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="213"/>
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="214"/>
        <source>1. tertial (januar–april)</source>
        <translation>1. tertial (januar–april)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="214"/>
        <source>2. tertial (mai–august)</source>
        <translation>2. tertial (mai–august)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="215"/>
        <source>3. tertial (september–desember)</source>
        <translation>3. tertial (september–desember)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="217"/>
        <source>Lag &amp;rapporten</source>
        <translation>Lag &amp;rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="218"/>
        <source>Forhånds&amp;visning …</source>
        <translation>Førehands&amp;vising …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="241"/>
        <source>Excel-arbeidsbok (.xlsx)</source>
        <translation>Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="241"/>
        <source>Word-utkast (.docx)</source>
        <translation>Word-utkast (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="250"/>
        <source>Årsoppgjør {year}.{fmt}</source>
        <translation>Årsoppgjer {year}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="252"/>
        <source>Målekart {unit} {year} T{tertial}.{fmt}</source>
        <translation>Målekart {unit} {year} T{tertial}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="255"/>
        <source>Tertialrapport {year} T{tertial} offentlig.{fmt}</source>
        <translation>Tertialrapport {year} T{tertial} offentleg.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="258"/>
        <source>Månedsoppsummering {year}-{month:02d}.{fmt}</source>
        <translation>Månadsoppsummering {year}-{month:02d}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="260"/>
        <source>Tertialrapport {year} T{tertial}.{fmt}</source>
        <translation>Tertialrapport {year} T{tertial}.{fmt}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="267"/>
        <source>Dette formatet er et regneark eller et Word-utkast: åpne filen i Excel eller Word for å skrive den ut.</source>
        <translation>Dette formatet er eit rekneark eller eit Word-utkast: opne fila i Excel eller Word for å skrive ho ut.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="275"/>
        <source>Lagre rapporten</source>
        <translation>Lagre rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="287"/>
        <source>Skriv hvor rapporten skal lagres, eller velg «Bla gjennom …».</source>
        <translation>Skriv kvar rapporten skal lagrast, eller vel «Bla gjennom …».</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="295"/>
        <source>Rapporten kunne ikke lagres i {path}: {error}. Velg en annen mappe.</source>
        <translation>Rapporten kunne ikkje lagrast i {path}: {error}. Vel ei anna mappe.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="298"/>
        <source>Lagret {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="313"/>
        <source>Forhåndsvisning – {name}</source>
        <translation>Førehandsvising – {name}</translation>
    </message>
</context>
<context>
    <name>RequirementForm</name>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="41"/>
        <source>Generelle krav felles for alle ledere</source>
        <translation>Generelle krav felles for alle leiarar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="42"/>
        <source>Faglige krav</source>
        <translation>Faglege krav</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="43"/>
        <source>Personlige utviklingsmål som leder</source>
        <translation>Personlege utviklingsmål som leiar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="50"/>
        <source>Felles krav</source>
        <translation>Felles krav</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="58"/>
        <source>Alle ledere</source>
        <translation>Alle leiarar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="66"/>
        <source>Fra og med</source>
        <translation>Frå og med</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="66"/>
        <source>Til og med</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="67"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="67"/>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="68"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="68"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common_dialog.py" line="69"/>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="47"/>
        <source>&lt;p&gt;Databasen &lt;b&gt;{target}&lt;/b&gt; erstattes med sikkerhetskopien &lt;b&gt;{backup}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Databasen slik den er nå, tas vare på i samme mappe som &lt;b&gt;{kept}&lt;/b&gt;. Den slettes ikke.&lt;/p&gt;&lt;p&gt;Vil du gjenopprette?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Databasen &lt;b&gt;{target}&lt;/b&gt; blir erstatta med tryggingskopien &lt;b&gt;{backup}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Databasen slik han er no, blir teken vare på i same mappe som &lt;b&gt;{kept}&lt;/b&gt;. Han blir ikkje sletta.&lt;/p&gt;&lt;p&gt;Vil du gjenopprette?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="56"/>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
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
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="81"/>
        <source>Automatiske sikkerhetskopier av &lt;b&gt;{db}&lt;/b&gt;, nyeste først. Programmet tar en når vinduet lukkes etter endringer, og den første gangen databasen åpnes hver dag.</source>
        <translation>Automatiske tryggingskopiar av &lt;b&gt;{db}&lt;/b&gt;, nyaste først. Programmet tek ein når vindauget blir lukka etter endringar, og den første gongen databasen blir opna kvar dag.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Tatt</source>
        <translation>Teken</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="89"/>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="91"/>
        <source>Automatiske sikkerhetskopier</source>
        <translation>Automatiske tryggingskopiar</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="104"/>
        <source>Ingen automatiske sikkerhetskopier ennå. Velg en fil med «Velg fil …».</source>
        <translation>Ingen automatiske tryggingskopiar enno. Vel ei fil med «Vel fil …».</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="107"/>
        <source>Mappe: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="113"/>
        <source>Behold de siste</source>
        <translation>Behald dei siste</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="117"/>
        <source> automatiske kopiene</source>
        <translation> automatiske kopiane</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="118"/>
        <source>Antall automatiske sikkerhetskopier som beholdes</source>
        <translation>Talet på automatiske tryggingskopiar som blir haldne på</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="119"/>
        <source>Når det blir flere, slettes de eldste ved neste automatiske kopi.</source>
        <translation>Når det blir fleire, blir dei eldste sletta ved neste automatiske kopi.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="127"/>
        <source>&amp;Gjenopprett …</source>
        <translation>&amp;Gjenopprett …</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="131"/>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Vel fil …</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="135"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="166"/>
        <source>Velg sikkerhetskopi</source>
        <translation>Vel tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../ui/storage/backup_dialog.py" line="167"/>
        <source>Styringsdialog-database (*{suffix});;Alle filer (*)</source>
        <translation>Styringsdialog-database (*{suffix});;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="101"/>
        <source>Rollebeskrivelse</source>
        <translation>Rolleskildring</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="106"/>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="107"/>
        <source>&amp;Stilling</source>
        <translation>&amp;Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="108"/>
        <source>&amp;Personalansvar</source>
        <translation>&amp;Personalansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="108"/>
        <source>&amp;Budsjettansvar</source>
        <translation>&amp;Budsjettansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="109"/>
        <source>&amp;Fagansvar</source>
        <translation>&amp;Fagansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="109"/>
        <source>&amp;Myndighet</source>
        <translation>&amp;Mynde</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="110"/>
        <source>Ønsket &amp;kompetanse</source>
        <translation>Ønskt &amp;kompetanse</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="133"/>
        <source>Nytt scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="135"/>
        <source>Kopi av «{name}». Endringer i scenariet rører ikke originalen.</source>
        <translation>Kopi av «{name}». Endringar i scenarioet rører ikkje originalen.</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="139"/>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="140"/>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Skildring</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../ui/scorecard/commands.py" line="26"/>
        <source>Registrer verdi {label}</source>
        <translation>Registrer verdi {label}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/commands.py" line="47"/>
        <source>Definer indikator {name}</source>
        <translation>Definer indikator {name}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="20"/>
        <source>grønn</source>
        <translation>grøn</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="21"/>
        <source>gul</source>
        <translation>gul</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="22"/>
        <source>rød</source>
        <translation>raud</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="23"/>
        <source>ingen verdi</source>
        <translation>ingen verdi</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="57"/>
        <source>lavere er bedre</source>
        <translation>lågare er betre</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="58"/>
        <source>høyere er bedre</source>
        <translation>høgare er betre</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="62"/>
        <source>måned</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="63"/>
        <source>tertial</source>
        <translation>tertial</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="64"/>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="68"/>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="69"/>
        <source>gjennomsnitt</source>
        <translation>gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="70"/>
        <source>vektet etter årsverk</source>
        <translation>vekta etter årsverk</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="71"/>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="75"/>
        <source>registreres</source>
        <translation>blir registrert</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="76"/>
        <source>importeres</source>
        <translation>blir importert</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="77"/>
        <source>budsjettavvik (beregnes)</source>
        <translation>budsjettavvik (blir rekna ut)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="78"/>
        <source>sykefravær (importert fra HR)</source>
        <translation>sjukefråvær (importert frå HR)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="79"/>
        <source>holdte møter (beregnes)</source>
        <translation>haldne møte (blir rekna ut)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/common.py" line="80"/>
        <source>signerte avtaler (beregnes)</source>
        <translation>signerte avtalar (blir rekna ut)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="41"/>
        <source>Endre årsprognose</source>
        <translation>Endre årsprognose</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/note_box.py" line="110"/>
        <source>for eksempel 250 000 (merforbruk) eller −100 000</source>
        <translation>til dømes 250 000 (meirforbruk) eller −100 000</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/goal_link.py" line="31"/>
        <source>Knytt mål til målekartet</source>
        <translation>Knyt mål til målekartet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/carry_over_dialog.py" line="28"/>
        <source>Endre regel for overføring</source>
        <translation>Endre regel for overføring</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../ui/scorecard/page.py" line="272"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="273"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="280"/>
        <source>{n}. tertial</source>
        <translation>{n}. tertial</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="283"/>
        <source>&amp;Ny indikator …</source>
        <translation>&amp;Ny indikator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="284"/>
        <source>&amp;Endre indikator …</source>
        <translation>&amp;Endre indikator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="285"/>
        <source>Fjern indikator …</source>
        <translation>Fjern indikator …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="286"/>
        <source>F&amp;okusområder …</source>
        <translation>F&amp;okusområde …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="287"/>
        <source>Enhetens &amp;målekart …</source>
        <translation>&amp;Målekartet til eininga …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="288"/>
        <source>&amp;Importer verdier …</source>
        <translation>&amp;Importer verdiar …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="289"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Rapportar …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="290"/>
        <source>O&amp;verføringsregel …</source>
        <translation>O&amp;verføringsregel …</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="291"/>
        <source>Regelen for å overføre mindre- og merforbruk til neste år</source>
        <translation>Regelen for å overføre mindre- og meirforbruk til neste år</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <source>Kommunen</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <location filename="../../ui/scorecard/page.py" line="481"/>
        <location filename="../../ui/scorecard/page.py" line="487"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="292"/>
        <source>Registrer verdier</source>
        <translation>Registrer verdiar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="293"/>
        <source>Balanse</source>
        <translation>Balanse</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="293"/>
        <location filename="../../ui/scorecard/page.py" line="313"/>
        <location filename="../../ui/scorecard/page.py" line="320"/>
        <source>Indikatorer</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="295"/>
        <source>Fokusområde / indikator / enhet</source>
        <translation>Fokusområde / indikator / eining</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="295"/>
        <location filename="../../ui/scorecard/page.py" line="303"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Ambisjonsnivå</source>
        <translation>Ambisjonsnivå</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="296"/>
        <location filename="../../ui/scorecard/page.py" line="303"/>
        <source>Resultat</source>
        <translation>Resultat</translation>
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
        <translation>Samanstilling / kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="297"/>
        <source>Kommunens målekart</source>
        <translation>Målekartet til kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="298"/>
        <source>Kommunens verdi er enhetenes verdier sammenstilt etter indikatorens regel. Åpne en indikator for å se enhetene; dobbeltklikk en enhet for enhetens målekart.</source>
        <translation>Verdien til kommunen er verdiane til einingane samanstilte etter regelen til indikatoren. Opne ein indikator for å sjå einingane; dobbeltklikk ei eining for målekartet til eininga.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="301"/>
        <source>Enhe&amp;t:</source>
        <translation>Ein&amp;ing:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="302"/>
        <location filename="../../ui/scorecard/page.py" line="313"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Fokusområde</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="302"/>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="304"/>
        <source>Utvikling</source>
        <translation>Utvikling</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="304"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="305"/>
        <source>Enhetens målekart</source>
        <translation>Målekartet til eininga</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="306"/>
        <source>In&amp;dikator:</source>
        <translation>In&amp;dikator:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="307"/>
        <source>Skriv en verdi i cellen for enhet og periode (Enter lagrer, tom celle fjerner verdien). Velg en celle for å se hvem som registrerte den og skrive en kommentar.</source>
        <translation>Skriv ein verdi i cella for eining og periode (Enter lagrar, tom celle fjernar verdien). Vel ei celle for å sjå kven som registrerte han, og skrive ein kommentar.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="310"/>
        <source>Verdier per enhet og periode</source>
        <translation>Verdiar per eining og periode</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="311"/>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="312"/>
        <source>Lagre kommentar</source>
        <translation>Lagre kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="314"/>
        <source>Mål i avtalene</source>
        <translation>Mål i avtalane</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="314"/>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="315"/>
        <source>Balansesjekk</source>
        <translation>Balansesjekk</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="317"/>
        <source>Måleenhet</source>
        <translation>Måleeining</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Gult til</source>
        <translation>Gult til</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Hyppighet</source>
        <translation>Kor ofte</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="318"/>
        <source>Sammenstilling</source>
        <translation>Samanstilling</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="319"/>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="403"/>
        <source>{n} indikatorer</source>
        <translation>{n} indikatorar</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="403"/>
        <source>1 indikator</source>
        <translation>1 indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="460"/>
        <source>{unit}, {period}: {n} indikatorer{colours}. Utviklingen viser de siste periodene.</source>
        <translation>{unit}, {period}: {n} indikatorar{colours}. Utviklinga viser dei siste periodane.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="469"/>
        <source>1 rød</source>
        <translation>1 raud</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="469"/>
        <source>{n} røde</source>
        <translation>{n} raude</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="470"/>
        <source>1 gul</source>
        <translation>1 gul</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="470"/>
        <source>{n} gule</source>
        <translation>{n} gule</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="471"/>
        <source>{n} uten verdi</source>
        <translation>{n} utan verdi</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="408"/>
        <source>Ingen indikatorer i dette fokusområdet</source>
        <translation>Ingen indikatorar i dette fokusområdet</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="276"/>
        <source>Hele året (snitt)</source>
        <translation>Heile året (snitt)</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="277"/>
        <source>For hele året er en enhets verdi snittet av periodene den har verdier for; kommunens verdi regnes fra enhetenes etter indikatorens regel.</source>
        <translation>For heile året er verdien til ei eining snittet av periodane ho har verdiar for; verdien for kommunen blir rekna frå einingane etter regelen til indikatoren.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="452"/>
        <source>Ingen enhet har målekart ennå. Velg «Enhetens målekart …» eller definer en indikator for enhetene.</source>
        <translation>Inga eining har målekart enno. Vel «Målekartet til eininga …» eller definer ein indikator for einingane.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="455"/>
        <source>{unit} har ingen indikatorer på målekartet. Velg «Enhetens målekart …» for å legge dem til.</source>
        <translation>{unit} har ingen indikatorar på målekartet. Vel «Målekartet til eininga …» for å leggje dei til.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="502"/>
        <source>Registrert av {who} {when}</source>
        <translation>Registrert av {who} {when}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="522"/>
        <source>Ingen mål i avtalene – tomt fokusområde</source>
        <translation>Ingen mål i avtalane – tomt fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="523"/>
        <source>I orden</source>
        <translation>I orden</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="535"/>
        <source>Fokusområder uten mål i årets avtaler: {areas}. Knytt avtalemål til dem i avtalene (kolonnen «Fokusområde»).</source>
        <translation>Fokusområde utan mål i avtalane for året: {areas}. Knyt avtalemål til dei i avtalane (kolonnen «Fokusområde»).</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="540"/>
        <source>{n} mål i årets avtaler er knyttet til fokusområdene, og alle fokusområdene har mål.</source>
        <translation>{n} mål i avtalane for året er knytte til fokusområda, og alle fokusområda har mål.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="603"/>
        <source>Velg en celle.</source>
        <translation>Vel ei celle.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="608"/>
        <source>{what}: ingen verdi ennå.</source>
        <translation>{what}: ingen verdi enno.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="610"/>
        <source>{what}: {value} ({colour}), registrert av {who} {when}.</source>
        <translation>{what}: {value} ({colour}), registrert av {who} {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="624"/>
        <source>Skriv verdien i cellen først; kommentaren hører til verdien.</source>
        <translation>Skriv verdien i cella først; kommentaren høyrer til verdien.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="671"/>
        <source>Velg indikatoren som skal endres, i fanen «Indikatorer».</source>
        <translation>Vel indikatoren som skal endrast, i fana «Indikatorar».</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="679"/>
        <source>Fjern indikator</source>
        <translation>Fjern indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="680"/>
        <source>Fjerne «{name}» fra målekartet, med alle målte verdier? Dette kan ikke angres.</source>
        <translation>Fjerne «{name}» frå målekartet, med alle målte verdiar? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/page.py" line="698"/>
        <source>Velg enheten i fanen «Enhet» først.</source>
        <translation>Vel eininga i fana «Eining» først.</translation>
    </message>
</context>
<context>
    <name>Seminar</name>
    <message>
        <location filename="../../ui/seminar/actions.py" line="71"/>
        <source>Samlingspakken er skrevet til {path} ({rows} rader).</source>
        <translation>Samlingspakken er skriven til {path} ({rows} rader).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="107"/>
        <source>1 rad</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="108"/>
        <source>{n} rader</source>
        <translation>{n} rader</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="109"/>
        <source>1 nytt oppfølgingspunkt</source>
        <translation>1 nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="110"/>
        <source>{n} nye oppfølgingspunkter</source>
        <translation>{n} nye oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="111"/>
        <source>Samlingspakken er hentet inn: {rows}, {items}.</source>
        <translation>Samlingspakken er henta inn: {rows}, {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="114"/>
        <source>1 endring som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).</source>
        <translation>1 endring som ikkje kunne hentast inn, er utelaten (som førehandsvisinga viste).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="117"/>
        <source>{n} endringer som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).</source>
        <translation>{n} endringar som ikkje kunne hentast inn, er utelatne (som førehandsvisinga viste).</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="129"/>
        <location filename="../../ui/seminar/actions.py" line="150"/>
        <source>Hent inn fra samling</source>
        <translation>Hent inn frå samling</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="131"/>
        <source>Samlingspakke (*.sdbpkg)</source>
        <translation>Samlingspakke (*.sdbpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="151"/>
        <source>Pakken har ingen endringer å hente inn.</source>
        <translation>Pakken har ingen endringar å hente inn.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="195"/>
        <source>Samlingsnotatet er lagret.</source>
        <translation>Samlingsnotatet er lagra.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="241"/>
        <source>Samlingsnotatet «{title}» er slettet.</source>
        <translation>Samlingsnotatet «{title}» er sletta.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/actions.py" line="302"/>
        <source>Styringsdialog – SAMLINGSPAKKE – {name}</source>
        <translation>Styringsdialog – SAMLINGSPAKKE – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="34"/>
        <source>Slette samlingsnotatet «{title}»?</source>
        <translation>Slette samlingsnotatet «{title}»?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="36"/>
        <source>Slette samlingsnotatet «{title}» med 1 oppfølgingspunkt?</source>
        <translation>Slette samlingsnotatet «{title}» med 1 oppfølgingspunkt?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="39"/>
        <source>Slette samlingsnotatet «{title}» med {n} oppfølgingspunkter?</source>
        <translation>Slette samlingsnotatet «{title}» med {n} oppfølgingspunkt?</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="42"/>
        <source>{n} av dem er alt hentet inn som oppfølgingspunkter i oppfølgingen; de blir stående der.</source>
        <translation>{n} av dei er alt henta inn som oppfølgingspunkt i oppfølginga; dei blir ståande der.</translation>
    </message>
    <message>
        <location filename="../../ui/seminar/notes_dialog.py" line="45"/>
        <source>Slett samlingsnotat</source>
        <translation>Slett samlingsnotat</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="29"/>
        <source>Koble til server</source>
        <translation>Kopla til server</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="30"/>
        <source>Når flere i staben arbeider samtidig, ligger databasen på en PostgreSQL-server som IT driver. Skriv inn adressen du har fått fra IT, og ditt eget passord.</source>
        <translation>Når fleire i staben arbeider samstundes, ligg databasen på ein PostgreSQL-server som IT driv. Skriv inn adressa du har fått frå IT, og ditt eige passord.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="48"/>
        <source>Krypter når serveren kan (standard)</source>
        <translation>Krypter når serveren kan (standard)</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="49"/>
        <source>Krev kryptert forbindelse</source>
        <translation>Krev kryptert samband</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="50"/>
        <source>Krev kryptert forbindelse og gyldig sertifikat</source>
        <translation>Krev kryptert samband og gyldig sertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="51"/>
        <source>Ukryptert (bare på eget nett)</source>
        <translation>Ukryptert (berre på eige nett)</translation>
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
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="60"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="61"/>
        <source>&amp;Forbindelse:</source>
        <translation>&amp;Samband:</translation>
    </message>
    <message>
        <location filename="../../ui/storage/server_dialog.py" line="63"/>
        <source>Koble til</source>
        <translation>Kopla til</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="117"/>
        <source>Signer avtalen</source>
        <translation>Signer avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="119"/>
        <source>Når begge har signert, låses teksten. Senere endringer blir en ny revisjon.</source>
        <translation>Når begge har signert, blir teksten låst. Seinare endringar blir ein ny revisjon.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="123"/>
        <source>&amp;Sted</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="124"/>
        <source>Signert av {name} (leder)</source>
        <translation>Signert av {name} (leiar)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="125"/>
        <source>Signert av {name} (overordnet)</source>
        <translation>Signert av {name} (overordna)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="116"/>
        <source>Del {name}</source>
        <translation>Del {name}</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="119"/>
        <source>Nytt navn på enheten som deles</source>
        <translation>Nytt namn på eininga som blir delt</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="121"/>
        <source>Navn på den nye enheten</source>
        <translation>Namn på den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="123"/>
        <source>Stillinger som går til den nye enheten</source>
        <translation>Stillingar som går til den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="125"/>
        <source>Ansvarskoder som går til den nye enheten</source>
        <translation>Ansvarskodar som går til den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="127"/>
        <source>Underenheter som går til den nye enheten</source>
        <translation>Undereiningar som går til den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="131"/>
        <source>Årsverk til den nye enheten</source>
        <translation>Årsverk til den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="134"/>
        <source>Ansatte til den nye enheten</source>
        <translation>Tilsette til den nye eininga</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="136"/>
        <source>Enheten &amp;heter nå</source>
        <translation>Eininga &amp;heiter no</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="137"/>
        <source>&amp;Ny enhet</source>
        <translation>&amp;Ny eining</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="138"/>
        <source>&amp;Stillinger</source>
        <translation>&amp;Stillingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="139"/>
        <source>&amp;Ansvarskoder</source>
        <translation>&amp;Ansvarskodar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="140"/>
        <source>&amp;Underenheter</source>
        <translation>&amp;Undereiningar</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="141"/>
        <source>Å&amp;rsverk</source>
        <translation>Å&amp;rsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="142"/>
        <source>Ansa&amp;tte</source>
        <translation>&amp;Tilsette</translation>
    </message>
    <message>
        <location filename="../../ui/org/merge_dialog.py" line="143"/>
        <source>&amp;Fra og med</source>
        <translation>&amp;Frå og med</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../ui/store.py" line="50"/>
        <source>{name} (skrivebeskyttet)</source>
        <translation>{name} (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="75"/>
        <source>Databasen er nå åpnet av {who} på {host} (siden {since}), fordi dette programmet ikke svarte på en stund. Endringer herfra lagres ikke lenger. Lukk databasen og åpne den på nytt.</source>
        <translation>Databasen er no opna av {who} på {host} (sidan {since}), fordi dette programmet ikkje svarte på ei stund. Endringar herifrå blir ikkje lagra lenger. Lukk databasen og opna han på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="78"/>
        <source>Låsefilen til databasen er borte eller tatt over av et annet program. Endringer herfra lagres ikke lenger. Lukk databasen og åpne den på nytt.</source>
        <translation>Låsefila til databasen er borte eller teken over av eit anna program. Endringar herifrå blir ikkje lagra lenger. Lukk databasen og opna han på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="107"/>
        <source>Databasen er åpnet skrivebeskyttet, så endringen er ikke lagret. Lukk den og åpne den på nytt når den er ledig for å gjøre endringer.</source>
        <translation>Databasen er opna skriveverna, så endringa er ikkje lagra. Lukk han og opna han på nytt når han er ledig for å gjere endringar.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="151"/>
        <source>Avslutt evalueringen</source>
        <translation>Avslutt evalueringa</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="153"/>
        <source>Oppsummer evalueringssamtalen. Vurderingene låses.</source>
        <translation>Oppsummer evalueringssamtalen. Vurderingane blir låste.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="156"/>
        <source>&amp;Oppsummering</source>
        <translation>&amp;Oppsummering</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="41"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="42"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="43"/>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="44"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="45"/>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="46"/>
        <source>Egenevaluering</source>
        <translation>Eigenevaluering</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="47"/>
        <source>Overordnedes vurdering</source>
        <translation>Vurderinga til overordna</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="50"/>
        <source>Tekst på én linje</source>
        <translation>Tekst på éi linje</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="51"/>
        <source>Tekst på flere linjer</source>
        <translation>Tekst på fleire linjer</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="52"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="53"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="54"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="66"/>
        <source>Maler for avtaler</source>
        <translation>Malar for avtalar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="89"/>
        <location filename="../../ui/agreements/template_editor.py" line="95"/>
        <source>Maler</source>
        <translation>Malar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="94"/>
        <source>&amp;Kopier mal …</source>
        <translation>&amp;Kopier mal …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="107"/>
        <location filename="../../ui/agreements/template_editor.py" line="109"/>
        <source>Avsnitt</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="112"/>
        <location filename="../../ui/agreements/template_editor.py" line="330"/>
        <source>Nytt avsnitt</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="113"/>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="114"/>
        <source>Opp</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="115"/>
        <source>Ned</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="125"/>
        <source>Valgt avsnitt</source>
        <translation>Valt avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="130"/>
        <source>&amp;Overskrift</source>
        <translation>&amp;Overskrift</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="131"/>
        <source>Fast &amp;tekst</source>
        <translation>Fast &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="133"/>
        <location filename="../../ui/agreements/template_editor.py" line="136"/>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="133"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="135"/>
        <source>Felt i avsnittet</source>
        <translation>Felt i avsnittet</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="138"/>
        <source>Nytt felt …</source>
        <translation>Nytt felt …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="139"/>
        <source>Slett felt</source>
        <translation>Slett felt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="144"/>
        <source>Målkategorier og kolonner</source>
        <translation>Målkategoriar og kolonnar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="147"/>
        <source>Målkategorier</source>
        <translation>Målkategoriar</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="150"/>
        <source>Ny kategori …</source>
        <translation>Ny kategori …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="151"/>
        <source>Gi nytt navn …</source>
        <translation>Gi nytt namn …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="152"/>
        <source>Slett kategori</source>
        <translation>Slett kategori</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="157"/>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="157"/>
        <source>Kolonnetittel</source>
        <translation>Kolonnetittel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="159"/>
        <source>Kolonner i måltabellen</source>
        <translation>Kolonnar i måltabellen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="162"/>
        <source>Ny kolonne</source>
        <translation>Ny kolonne</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="163"/>
        <source>Slett kolonne</source>
        <translation>Slett kolonne</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="210"/>
        <source>Innebygd mal: kopier den for å lage en egen variant.</source>
        <translation>Innebygd mal: kopier han for å lage ein eigen variant.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="211"/>
        <source>Egen mal. Er den brukt i en avtale, lagres endringene som en ny versjon.</source>
        <translation>Eigen mal. Er han brukt i ein avtale, blir endringane lagra som ein ny versjon.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="222"/>
        <source>Kopier mal</source>
        <translation>Kopier mal</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="222"/>
        <source>Navn på den nye malen:</source>
        <translation>Namn på den nye malen:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="223"/>
        <source> (kopi)</source>
        <translation> (kopi)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="330"/>
        <source>Overskrift:</source>
        <translation>Overskrift:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="335"/>
        <location filename="../../ui/agreements/template_editor.py" line="340"/>
        <source>Nytt felt</source>
        <translation>Nytt felt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="335"/>
        <source>Ledetekst:</source>
        <translation>Leietekst:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="340"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="351"/>
        <source>Ny kategori</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="351"/>
        <source>Navn på kategorien:</source>
        <translation>Namn på kategorien:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="359"/>
        <source>Gi nytt navn</source>
        <translation>Gi nytt namn</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_editor.py" line="359"/>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/org/dialogs.py" line="237"/>
        <source>Grenser for kontrollene</source>
        <translation>Grenser for kontrollane</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="240"/>
        <source>Enheter per kommunalsjef</source>
        <translation>Einingar per kommunalsjef</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="240"/>
        <source>Ansatte per enhetsleder</source>
        <translation>Tilsette per einingsleiar</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="241"/>
        <source>Medlemmer i et nettverk</source>
        <translation>Medlemmer i eit nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="250"/>
        <source>minst</source>
        <translation>minst</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="250"/>
        <source>høyst</source>
        <translation>høgst</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="253"/>
        <source>Skoler er unntatt kravet til antall ansatte</source>
        <translation>Skular er unnatekne frå kravet til tal på tilsette</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="257"/>
        <source>Like enheter som utgjør en gruppe</source>
        <translation>Like einingar som utgjer ei gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="258"/>
        <source>Høyeste andel like enheter hos én kommunalsjef (%)</source>
        <translation>Høgaste del like einingar hos éin kommunalsjef (%)</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="259"/>
        <source>Måneder før oppfølgingen flyttes igjen</source>
        <translation>Månader før oppfølginga blir flytta att</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="260"/>
        <source>Resultatenheter rådmannen selv følger opp</source>
        <translation>Resultateiningar rådmannen sjølv følgjer opp</translation>
    </message>
    <message>
        <location filename="../../ui/org/dialogs.py" line="268"/>
        <source>Alle enhetsledere skal være med i et nettverk</source>
        <translation>Alle einingsleiarar skal vere med i eit nettverk</translation>
    </message>
</context>
<context>
    <name>UnitDetailForm</name>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Kortnavn</source>
        <translation>&amp;Kortnamn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="193"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>Å&amp;rsverk</source>
        <translation>Å&amp;rsverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="194"/>
        <source>An&amp;satte</source>
        <translation>Tilsett&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="195"/>
        <source>&amp;Ansvar</source>
        <translation>&amp;Ansvar</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="195"/>
        <source>&amp;Oppfølging</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="196"/>
        <source>&amp;Samarbeid</source>
        <translation>&amp;Samarbeid</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="196"/>
        <source>Å&amp;r følger</source>
        <translation>År &amp;følgjer</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="197"/>
        <source>Arbeids&amp;område</source>
        <translation>Arbei&amp;dsområde</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="197"/>
        <source>&amp;Tjenester (én per linje)</source>
        <translation>&amp;Tenester (éi per linje)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="203"/>
        <source>Kalenderår</source>
        <translation>Kalenderår</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="204"/>
        <source>Skoleår</source>
        <translation>Skuleår</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="205"/>
        <source>Ekstern / samarbeid</source>
        <translation>Ekstern / samarbeid</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="206"/>
        <source>Ekstern enhet eller samarbeid (f.eks. NAV, IKS)</source>
        <translation>Ekstern eining eller samarbeid (t.d. NAV, IKS)</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="207"/>
        <location filename="../../ui/org/detail_form.py" line="209"/>
        <source>Ledere og stillinger</source>
        <translation>Leiarar og stillingar</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="208"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="210"/>
        <source>Ny &amp;leder …</source>
        <translation>Ny &amp;leiar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="211"/>
        <source>&amp;Fungerende leder …</source>
        <translation>Konstit&amp;uert leiar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="212"/>
        <source>&amp;Avslutt stilling …</source>
        <translation>A&amp;vslutt stilling …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="213"/>
        <source>Fl&amp;ytt leder …</source>
        <translation>Fl&amp;ytt leiar …</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="214"/>
        <location filename="../../ui/org/detail_form.py" line="215"/>
        <source>Nettverk</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="226"/>
        <source>Velg en enhet i treet eller kartet.</source>
        <translation>Vel ei eining i treet eller kartet.</translation>
    </message>
    <message>
        <location filename="../../ui/org/detail_form.py" line="255"/>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>UnitScorecardDialog</name>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="307"/>
        <source>Målekart for {unit}</source>
        <translation>Målekart for {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="310"/>
        <source>Kryss av indikatorene enheten rapporterer. Skriv enhetens eget ambisjonsnivå der det skiller seg fra kommunens; tomt betyr kommunens.</source>
        <translation>Kryss av indikatorane eininga rapporterer. Skriv det eigne ambisjonsnivået til eininga der det skil seg frå kommunen sitt; tomt tyder kommunen sitt.</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="317"/>
        <source>Enhetens målekart</source>
        <translation>Målekartet til eininga</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="322"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="322"/>
        <source>Fokusområde</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="323"/>
        <source>Kommunens nivå</source>
        <translation>Nivået til kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="323"/>
        <source>Eget ambisjonsnivå</source>
        <translation>Eige ambisjonsnivå</translation>
    </message>
    <message>
        <location filename="../../ui/scorecard/dialogs.py" line="324"/>
        <source>Eget gult til</source>
        <translation>Eige gult til</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/org/tree_model.py" line="49"/>
        <source>Ledig (fungerende: {name})</source>
        <translation>Ledig (konstituert: {name})</translation>
    </message>
    <message>
        <location filename="../../ui/org/tree_model.py" line="52"/>
        <source>Ledig</source>
        <translation>Ledig</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="108"/>
        <source>Venter på databasen</source>
        <translation>Ventar på databasen</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="111"/>
        <source>Venter på at {name} blir ledig. Den åpnes så snart programmet som har den, lukker den.</source>
        <translation>Ventar på at {name} blir ledig. Den blir opna så snart programmet som har den, lukkar den.</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="119"/>
        <source>Venter</source>
        <translation>Ventar</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="122"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/storage/lock_dialog.py" line="137"/>
        <source>Kan ikke lese låsefilen for {name}: {problem}</source>
        <translation>Kan ikkje lese låsefila for {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="20"/>
        <source>Velkommen til Styringsdialog</source>
        <translation>Velkommen til Styringsdialog</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="28"/>
        <source>Ny database …</source>
        <translation>Ny database …</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="31"/>
        <source>Åpne eksempelfilene</source>
        <translation>Opna eksempelfilene</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Se på demokommunen</source>
        <translation>Sjå på demokommunen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="41"/>
        <source>&lt;p&gt;Eksempelfilene ligger i &lt;b&gt;{folder}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eksempelfilene ligg i &lt;b&gt;{folder}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>&lt;h3&gt;Velkommen til Styringsdialog&lt;/h3&gt;&lt;p&gt;Programmet har åpnet &lt;b&gt;Lindvik kommune&lt;/b&gt;, en oppdiktet demokommune med enheter, ledere, avtaler, oppfølgingsmøter og budsjett. Alt her er laget for å prøve seg fram: endre, skriv ut og eksporter som du vil. Det finnes ingen ekte personer eller tall i den.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Slik kommer du i gang med kommunens egne data:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fil → Ny database&lt;/b&gt; lager en tom database i en fil du velger.&lt;/li&gt;&lt;li&gt;Hent inn organisasjonen fra en enhetsliste (Excel eller CSV) med &lt;b&gt;Importer&lt;/b&gt; på siden Organisasjon, og budsjett og regnskap med &lt;b&gt;Importer fra regneark&lt;/b&gt; på siden Budsjett.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vil du prøve importen først? Eksempelfilene er regneark i samme form som økonomisystemet og personalsystemet lager.&lt;/p&gt;{where}&lt;p&gt;Programmet trenger ikke nettverk. Trykk F1 for hjelp på siden du står på.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen til Styringsdialog&lt;/h3&gt;&lt;p&gt;Programmet har opna &lt;b&gt;Lindvik kommune&lt;/b&gt;, ein oppdikta demokommune med einingar, leiarar, avtalar, oppfølgingsmøte og budsjett. Alt her er laga for å prøve seg fram: endre, skriv ut og eksporter som du vil. Det finst ingen ekte personar eller tal i han.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Slik kjem du i gang med kommunen sine eigne data:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fil → Ny database&lt;/b&gt; lagar ein tom database i ei fil du vel.&lt;/li&gt;&lt;li&gt;Hent inn organisasjonen frå ei einingsliste (Excel eller CSV) med &lt;b&gt;Importer&lt;/b&gt; på sida Organisasjon, og budsjett og rekneskap med &lt;b&gt;Importer frå rekneark&lt;/b&gt; på sida Budsjett.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vil du prøve importen først? Eksempelfilene er rekneark i same form som økonomisystemet og personalsystemet lagar.&lt;/p&gt;{where}&lt;p&gt;Programmet treng ikkje nettverk. Trykk F1 for hjelp på sida du står på.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <location filename="../../ui/followup/grid.py" line="72"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="74"/>
        <source>Leder</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="98"/>
        <source>(ledig)</source>
        <translation>(ledig)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="101"/>
        <source>ikke noe møte</source>
        <translation>ikkje noko møte</translation>
    </message>
    <message>
        <location filename="../../ui/followup/grid.py" line="113"/>
        <source>Dobbeltklikk eller trykk Enter for å åpne eller lage møtet</source>
        <translation>Dobbeltklikk eller trykk Enter for å opne eller lage møtet</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="148"/>
        <source>Lagre rollebeskrivelsene</source>
        <translation>Lagre rolleskildringane</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="149"/>
        <source>Rollebeskrivelser.pdf</source>
        <translation>Rolleskildringar.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/org/relations_dialog.py" line="149"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
</TS>
