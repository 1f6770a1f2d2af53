"""Text for the demo's agreements and follow-up meetings, written for an invented municipality.

The builder combines these pieces at random, so two meetings of the same unit do not
read alike. Profiles (``school``, ``nursing_home`` ...) are those of ``app.demo.units``;
a profile without its own pool falls back to the generic one.
"""

from __future__ import annotations

# (text, indicator, evaluation)
Goal = tuple[str, str, str]


# --- Agreements -----------------------------------------------------------------------------

PROFESSIONAL_GOALS: dict[str, tuple[Goal, ...]] = {
    "school": (
        ("Styrke elevenes grunnleggende ferdigheter i lesing og regning.",
         "Andel elever på laveste mestringsnivå på nasjonale prøver går ned fra året før.",
         "Resultatene drøftes i plangruppen og i oppfølgingssamtalen i november."),
        ("Et trygt og godt skolemiljø der ingen elever opplever mobbing over tid.",
         "Elevundersøkelsen: andelen som svarer at de blir mobbet, er under landsgjennomsnittet; alle saker "
         "etter opplæringsloven kapittel 12 har aktivitetsplan innen fristen.",
         "Gjennomgang av elevundersøkelsen med elevrådet og samarbeidsutvalget."),
        ("Redusere fraværet på ungdomstrinnet.",
         "Gjennomsnittlig fravær per elev lavere enn skoleåret før.",
         "Fraværsrapport fra skoleadministrativt system per termin."),
        ("Gode overganger fra barnehage til skole og fra barneskole til ungdomsskole.",
         "Overgangsplanen er fulgt for alle elever med særskilte behov.",
         "Tilbakemelding fra foresatte og mottakende skole."),
    ),
    "kindergarten": (
        ("Alle barn skal få et godt språkmiljø i barnehagen.",
         "Språkkartlegging gjennomført for barn det er grunn til bekymring for; tiltak iverksatt innen en måned.",
         "Gjennomgang i personalmøte og med PPT i vårhalvåret."),
        ("Høy foreldretilfredshet.",
         "Foreldreundersøkelsen: minst 4,5 av 5 på spørsmålet om samlet tilfredshet.",
         "Resultatene drøftes i samarbeidsutvalget."),
        ("Andelen barnehagelærere skal oppfylle pedagognormen.",
         "Pedagognormen oppfylt per 15. desember uten dispensasjon.",
         "Rapportering til statsforvalteren og til kommunalsjefen."),
    ),
    "nursing_home": (
        ("Trygg legemiddelhåndtering.",
         "Avvik knyttet til legemidler ned med minst 20 % fra året før; alle avvik lukket innen fire uker.",
         "Avviksrapport fra kvalitetssystemet hvert tertial."),
        ("Riktig bruk av korttidsplassene slik at utskrivningsklare pasienter kan tas imot fra sykehuset.",
         "Ingen overliggerdøgn på sykehuset som kommunen må betale for.",
         "Månedlig rapport fra koordinerende enhet."),
        ("Redusere bruken av innleid sykepleierkompetanse fra byrå.",
         "Utgifter til byrå halvert sammenlignet med året før.",
         "Regnskap per tertial og drøfting i oppfølgingssamtalen."),
        ("Et godt måltidstilbud for beboerne.",
         "Ernæringsstatus kartlagt for alle beboere to ganger i året.",
         "Tilbakemelding fra beboere, pårørende og tilsynslege."),
    ),
    "home_care": (
        ("Flere eldre skal kunne bo hjemme lenger gjennom hverdagsrehabilitering.",
         "Minst 40 nye brukere får et hverdagsrehabiliteringsforløp i løpet av året.",
         "Evaluering sammen med fysio- og ergoterapitjenesten."),
        ("Ta i bruk digitalt tilsyn og medisindispensere.",
         "Minst 60 brukere har digitale tjenester ved årets slutt.",
         "Rapport fra prosjektet for velferdsteknologi."),
        ("Stabil bemanning med færre små stillinger.",
         "Gjennomsnittlig stillingsstørrelse øker med minst 5 prosentpoeng.",
         "Tall fra personalsystemet ved årsskiftet."),
    ),
    "technical": (
        ("Sikker og stabil vannforsyning.",
         "Ingen kokevarsler; lekkasjetapet er redusert til under 30 %.",
         "Årsrapport for vannverket og drøfting i oppfølgingssamtalen."),
        ("Gjennomføre investeringsprosjektene innen vann og avløp etter planen.",
         "Prosjektene er ferdige innen fristen og innenfor kostnadsrammen.",
         "Tertialrapport om investeringene."),
        ("Godt vintervedlikehold av kommunale veier.",
         "Antall klager i vintersesongen lavere enn året før.",
         "Oversikt fra servicetorget og egne avviksregistreringer."),
    ),
    "health": (
        ("Helsestasjon og skolehelsetjeneste skal følge det nasjonale programmet.",
         "Alle konsultasjoner i programmet er gjennomført til rett tid.",
         "Rapport fra journalsystemet per tertial."),
        ("Kortere ventetid på fysioterapi.",
         "Ventetiden for ikke-akutte henvisninger er under åtte uker.",
         "Venteliste gjennomgås i oppfølgingssamtalene."),
        ("Styrke det forebyggende arbeidet for barn og unge sammen med skolene.",
         "Faste kontordager på alle skoler; samarbeidsmøter med rektorene hvert halvår.",
         "Tilbakemelding fra skolene og elevrådene."),
    ),
}

GENERIC_PROFESSIONAL_GOALS: tuple[Goal, ...] = (
    ("Høy brukertilfredshet med enhetens tjenester.",
     "Brukerundersøkelsen viser minst 4,5 av 6 på samlet tilfredshet.",
     "Resultatene gjennomgås med medarbeiderne og i oppfølgingssamtalen."),
    ("Saksbehandling innen lovpålagte frister.",
     "Ingen fristoverskridelser i saker med lovfestet frist.",
     "Oversikt fra fagsystemet hvert tertial."),
)

PERSONAL_GOALS: tuple[Goal, ...] = (
    ("Delegere mer til teamlederne og bruke mer tid på utviklingsarbeid.",
     "Teamlederne har tydelige fullmakter som er skrevet ned.",
     "Tilbakemelding fra teamlederne i medarbeidersamtalen."),
    ("Gi medarbeiderne jevnlige og tydelige tilbakemeldinger.",
     "Medarbeiderundersøkelsen: spørsmålet om tilbakemelding fra nærmeste leder bedres.",
     "Medarbeiderundersøkelsen og egen refleksjon i egenevalueringen."),
    ("Fullføre kommunens lederutviklingsprogram.",
     "Alle samlinger gjennomført og eget utviklingsprosjekt presentert.",
     "Samtale med kommunalsjefen etter siste samling."),
    ("Bli tydeligere i endringsprosesser og involvere tillitsvalgte tidlig.",
     "Tillitsvalgte er med fra starten i alle større endringer.",
     "Tilbakemelding fra tillitsvalgte og verneombud."),
    ("Bruke nettverket av enhetsledere aktivt til å lære av andre.",
     "Deltar på minst åtte nettverksmøter og tar opp egne problemstillinger.",
     "Egen vurdering i egenevalueringen."),
)

COMMON_REQUIREMENTS: tuple[Goal, ...] = (
    ("Drive enheten innenfor vedtatt budsjettramme og melde avvik tidlig.",
     "Regnskapet ved årets slutt er innenfor rammen; avvik over 2 % er meldt med tiltak i den månedlige "
     "oppfølgingen.",
     "Tertialrapportene og årsregnskapet."),
    ("Følge opp sykefravær systematisk og bidra til et godt arbeidsmiljø.",
     "Sykefraværet er under kommunens mål på 7,5 %; oppfølgingsplan er laget innen fire uker for alle "
     "sykmeldte.",
     "Sykefraværsstatistikk per tertial og den årlige medarbeiderundersøkelsen."),
)

UNIT_POSITION_RESPONSIBILITY = (
    "Lederen har budsjett-, personal- og fagansvar for enheten og rapporterer til rådmannen gjennom "
    "kommunalsjefen. Lederen kan ansette i faste stillinger etter drøfting med tillitsvalgte og disponere "
    "budsjettet innenfor vedtatt ramme."
)

SELF_ASSESSMENT_COMMENTS = {
    1: ("Vi kom ikke i mål; årsakene er beskrevet i notatet.", "Resultatet ble svakere enn planlagt."),
    2: ("Delvis nådd, arbeidet fortsetter neste år.", "Vi er på riktig vei, men ikke helt i mål."),
    3: ("Målet er nådd med god margin.", "Godt resultat som medarbeiderne skal ha æren for."),
}

SUPERIOR_ASSESSMENT_COMMENTS = {
    1: ("Enig i at dette må prioriteres høyere neste år.", "Målet bør følges tettere opp."),
    2: ("Tilfredsstillende, med tanke på sykefraværet i perioden.", "Enig i lederens vurdering."),
    3: ("Meget godt arbeid.", "Resultatet er blant de beste i kommunen."),
}

# --- Monthly follow-up meetings -------------------------------------------------------------

AGENDA_TOPICS: dict[str, tuple[str, ...]] = {
    "school": ("Nasjonale prøver", "Skolemiljø og elevundersøkelsen", "Timefordeling neste skoleår",
               "Spesialundervisning og PPT", "Vikarbruk ved fravær"),
    "kindergarten": ("Opptak og barnetall", "Pedagognormen", "Foreldreundersøkelsen", "Språkarbeid"),
    "nursing_home": ("Legemiddelhåndtering", "Korttidsplasser og samhandling med sykehuset",
                     "Turnus og helgebemanning", "Innleie av sykepleiere"),
    "home_care": ("Kapasitet og ventelister", "Velferdsteknologi", "Turnus og stillingsstørrelser",
                  "Kjøretøy og kjørelister"),
    "technical": ("Vinterberedskap", "Investeringsprosjekter vann og avløp", "Lekkasjer og driftsavvik"),
    "property": ("Vedlikeholdsplanen", "Energiforbruk", "Renhold i skolene"),
    "child_welfare": ("Fristbrudd i undersøkelser", "Fosterhjemsrekruttering", "Bemanning og turnover"),
}

GENERIC_AGENDA_TOPICS = (
    "Sykefravær og oppfølging", "Brukerundersøkelsen", "Kompetanseplan", "Rekruttering",
    "Internkontroll og avvik",
)

LEADER_ACCOUNTS: dict[str, tuple[str, ...]] = {
    "school": (
        "Skolen har hatt mange syke lærere i perioden, og vikarbudsjettet er hardt presset.",
        "Arbeidet med skolemiljø går godt; to saker er avsluttet etter at aktivitetsplanen virket.",
        "Resultatene fra nasjonale prøver er klare og viser framgang i regning sammenlignet med i fjor.",
        "Planleggingen av neste skoleår er i gang, og timefordelingen er drøftet med tillitsvalgte.",
    ),
    "kindergarten": (
        "Barnehagen er fullt belagt, og det er ventet to nye barn med behov for spesialpedagogisk hjelp.",
        "En pedagogisk leder er i permisjon, og stillingen er dekket med vikar uten godkjent utdanning.",
        "Foreldremøtene er gjennomført med godt oppmøte; foreldrene er fornøyd med uteaktivitetene.",
    ),
    "nursing_home": (
        "Belegget har vært over 100 % i flere uker fordi sykehuset har skrevet ut mange pasienter.",
        "Det er vanskelig å få sykepleiere til helgevaktene, og byråinnleien har økt.",
        "Ny rutine for legemiddelhåndtering er innført, og avvikene har gått ned.",
        "Pårørendemøtet ble godt mottatt; flere ønsker mer informasjon om aktivitetstilbudet.",
    ),
    "home_care": (
        "Antall vedtakstimer har økt med om lag 6 % siden nyttår, uten at bemanningen er økt.",
        "Utrullingen av medisindispensere er godt i gang, og de første brukerne er fornøyde.",
        "To biler har vært på verksted samtidig, og det har gitt utfordringer med kjørelistene.",
    ),
    "technical": (
        "Flere vannlekkasjer i ledningsnettet har gitt mye overtid i perioden.",
        "Anbudskonkurransen for nytt høydebasseng er avsluttet, og kontrakt er signert.",
        "Vinterberedskapen er klar, og brøyteavtalene er fornyet.",
    ),
    "property": (
        "Vedlikeholdsetterslepet er kartlagt for alle skolebygg.",
        "Energiforbruket er lavere enn i fjor etter ny styring av ventilasjonen.",
    ),
    "child_welfare": (
        "Det har kommet flere bekymringsmeldinger enn normalt, og to undersøkelser gikk over fristen.",
        "Tjenesten har rekruttert to nye fosterhjem i regionen.",
    ),
}

GENERIC_LEADER_ACCOUNTS = (
    "Driften har vært stabil, og det er ingen større avvik å melde.",
    "Sykefraværet har gått ned siden forrige måned, særlig det korte egenmeldte fraværet.",
    "En medarbeider har sagt opp, og stillingen er lyst ut.",
    "Enheten har fått flere henvendelser enn vanlig og har måttet prioritere hardt.",
    "Medarbeiderundersøkelsen er gjennomgått i personalmøtet, og tre forbedringspunkter er valgt ut.",
    "Det har vært et godt samarbeid med nabo-enhetene i nettverket.",
)

SUPERIOR_VIEWS = (
    "Kommunalsjefen er enig i vurderingen og ber om at utviklingen følges tett fram til neste møte.",
    "Kommunalsjefen roser enheten for arbeidet med sykefraværet.",
    "Kommunalsjefen minner om fristen for innspill til tertialrapporten.",
    "Kommunalsjefen vil ta opp bemanningssituasjonen i ledergruppen.",
    "Kommunalsjefen ber om en kort skriftlig plan for hvordan merforbruket skal hentes inn.",
    "Kommunalsjefen ser at enheten er i rute og har ingen særskilte merknader.",
    "Kommunalsjefen oppfordrer lederen til å bruke nettverket til å dele erfaringene.",
)

DECISIONS = (
    "Lederen legger fram tiltak for å redusere overtid i neste møte.",
    "Enheten får bruke av disposisjonsfondet til kompetanseheving, innenfor 50 000 kr.",
    "Vakansen holdes åpen ut måneden før den lyses ut på nytt.",
    "Saken meldes inn til ledergruppen.",
    "Ingen nye vedtak; oppfølgingspunktene fra forrige møte videreføres.",
    "Lederen og personalrådgiver går sammen gjennom sykefraværet i enheten.",
)

OTHER_NOTES = (
    "", "", "",
    "Lederen har ferie i uke 28–31; stedfortreder er avklart.",
    "Verneombudet har meldt behov for ny vernerunde.",
    "Invitasjon til lederdagen i neste måned er sendt ut.",
)

NEEDS = (
    "", "",
    "Bistand fra personal i en krevende personalsak.",
    "Hjelp fra økonomi med å lage prognose for resten av året.",
    "Avklaring av ansvar mellom enheten og Eiendom for vedlikehold av utstyret.",
    "Tilgang til kurs i det nye fagsystemet for to medarbeidere.",
)

OVERRUN_CAUSES: dict[str, tuple[str, ...]] = {
    "school": ("vikarutgifter ved sykefravær", "flere elever med vedtak om spesialundervisning enn forutsatt"),
    "kindergarten": ("ekstra bemanning for barn med særskilte behov", "lavere foreldrebetaling enn budsjettert"),
    "nursing_home": ("innleie av sykepleiere fra byrå", "overtid i helgene", "økte matvarepriser"),
    "home_care": ("flere vedtakstimer enn budsjettert", "overtid og ekstravakter"),
    "disability": ("en ny bruker med omfattende tjenester", "overtid i bofellesskapene"),
    "technical": ("overtid ved vannlekkasjer", "høyere strømpris enn budsjettert"),
    "property": ("akutte reparasjoner", "høyere energikostnader"),
}

GENERIC_OVERRUN_CAUSES = ("vikarutgifter ved sykefravær", "høyere driftsutgifter enn forutsatt")

UNDERRUN_CAUSES = (
    "ubesatte stillinger", "innkjøp som er skjøvet til høsten", "høyere sykelønnsrefusjon enn budsjettert",
)

OVERRUN_MEASURES = (
    "Lederen strammer inn på vikarbruken og venter med ikke-nødvendige innkjøp.",
    "Lederen lager en tiltaksplan til neste møte.",
    "Merforbruket følges opp i tertialrapporten.",
)

GOAL_STATUS_COMMENTS = {
    "on_track": ("Går etter planen.", "I rute.", "God framdrift siden forrige møte.", ""),
    "at_risk": ("Forsinket på grunn av sykefravær.", "Usikkert om målet nås innen fristen.",
                "Krever tettere oppfølging."),
    "off_track": ("Ikke mulig å nå målet uten ekstra ressurser.", "Arbeidet har stoppet opp."),
}

ACTION_ITEMS: tuple[tuple[str, str], ...] = (
    # (text, owner: leader | superior)
    ("Lage plan for å redusere bruken av vikarer i helgene.", "leader"),
    ("Sende oversikt over overtidsbruken de tre siste månedene til kommunalsjefen.", "leader"),
    ("Avklare med Eiendom når ventilasjonen kan utbedres.", "superior"),
    ("Ta opp behovet for flere lærlingplasser i ledergruppen.", "superior"),
    ("Gå gjennom rutinen for avviksmeldinger sammen med verneombudet.", "leader"),
    ("Melde inn behov for kompetansemidler til Personal og organisasjon.", "leader"),
    ("Lage prognose for resten av året sammen med økonomirådgiveren.", "leader"),
    ("Oppdatere oppfølgingsplanene for langtidssykmeldte.", "leader"),
    ("Undersøke om enheten kan være med i prosjektet om velferdsteknologi.", "superior"),
    ("Invitere tillitsvalgte til drøfting av ny turnus.", "leader"),
    ("Sørge for at alle nyansatte har fått opplæring i kvalitetssystemet.", "leader"),
    ("Sende innspill til tertialrapporten innen fristen.", "leader"),
    ("Undersøke en felles innkjøpsavtale for forbruksmateriell.", "superior"),
    ("Avtale møte med IKT om tilgang til det nye fagsystemet.", "leader"),
    ("Kartlegge hvor mange deltidsansatte som ønsker større stilling.", "leader"),
    ("Legge fram forslag til tiltak for å dekke inn merforbruket.", "leader"),
    ("Avklare rammen for vedlikeholdsprosjektet med økonomisjefen.", "superior"),
    ("Gjennomføre medarbeidersamtaler med alle før sommerferien.", "leader"),
    ("Følge opp brukerundersøkelsen i et møte med brukerrådet.", "leader"),
    ("Be Personal og organisasjon om bistand i rekrutteringen.", "superior"),
)
