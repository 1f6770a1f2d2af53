"""The demo municipality's organisation: a two-level model (tonivåmodell).

Lindvik is invented: a coastal municipality of about 20,000 inhabitants with the rådmann
and a top team of four kommunalsjefer over some thirty result units, a handful of staff
and support units, and NAV as a state-municipal partnership. Follow-up deliberately
crosses sectors, as the two-level model intends (a kommunalsjef follows up a set of units,
not a sector), so the dotted follow-up lines do not mirror the ansvar series.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import UnitKind, YearType

MUNICIPALITY_NAME = "Lindvik kommune"
MUNICIPALITY_NUMBER = "9999"  # not a real kommunenummer: clearly fictional
COUNTY = "Vestland"
INHABITANTS = 20_143
EMAIL_DOMAIN = "lindvik.kommune.no"
PLACE = "Lindvik"


@dataclass(frozen=True)
class LeadSpec:
    """A kommunalsjef in the top team."""

    key: str
    title: str


LEADS: tuple[LeadSpec, ...] = (
    LeadSpec("oppvekst", "Kommunalsjef for oppvekst og kultur"),
    LeadSpec("helse", "Kommunalsjef for helse og velferd"),
    LeadSpec("samfunn", "Kommunalsjef for samfunn og teknikk"),
    LeadSpec("organisasjon", "Kommunalsjef for organisasjon og økonomi"),
)


@dataclass(frozen=True)
class UnitSpec:
    code: str  # also the unit's first ansvar code
    name: str
    short_name: str
    kind: UnitKind
    ansvar: tuple[str, ...]
    fte: tuple[float, float]  # range the demo draws the FTEs from
    staff_per_fte: tuple[float, float]  # part-time ratio: head count per FTE
    profile: str  # budget and text profile, see app.demo.budget.PROFILES and app.demo.texts
    funksjoner: tuple[str, ...]
    leader_title: str
    area_of_work: str
    services: tuple[str, ...]
    lead: str = ""  # key of the kommunalsjef following the unit up; "" = the rådmann
    network: str = ""  # key of the leader network the unit belongs to
    coordinator: bool = False
    year_type: YearType = YearType.CALENDAR
    is_external: bool = False


ADMINISTRATION = UnitSpec(
    code="1000", name="Rådmannen", short_name="Rådmannen", kind=UnitKind.ADMINISTRATION,
    ansvar=("1000",), fte=(3.0, 3.0), staff_per_fte=(1.0, 1.0), profile="admin", funksjoner=("120",),
    leader_title="Rådmann",
    area_of_work="Kommunens øverste administrative ledelse. Rådmannen legger fram saker for de folkevalgte, "
    "sørger for at vedtak blir satt ut i livet og leder organisasjonen gjennom ledergruppen.",
    services=("Saksforberedelse til politiske organer", "Overordnet ledelse og styring"),
)

TOP_TEAM = UnitSpec(
    code="1010", name="Rådmannens ledergruppe", short_name="Ledergruppen", kind=UnitKind.TOP_TEAM,
    ansvar=("1010",), fte=(4.0, 4.0), staff_per_fte=(1.0, 1.0), profile="admin", funksjoner=("120",),
    leader_title="Kommunalsjef",
    area_of_work="Rådmannen og fire kommunalsjefer som sammen har ansvar for helheten. Hver kommunalsjef "
    "følger opp og veileder et sett resultatenheter på tvers av tjenesteområdene.",
    services=("Oppfølging av resultatenhetene", "Budsjett og økonomiplan", "Overordnet planlegging"),
)

STAFF_UNITS: tuple[UnitSpec, ...] = (
    UnitSpec(
        "1100", "Økonomi", "Økonomi", UnitKind.STAFF, ("1100", "1110"), (9.0, 11.0), (1.0, 1.1), "admin", ("120",),
        "Økonomisjef",
        "Budsjett, økonomiplan og rapportering til de folkevalgte, og regnskap, lønn og innfordring for hele "
        "kommunen. Gir enhetslederne råd om økonomistyring.",
        ("Budsjett og økonomiplan", "Regnskap", "Lønn", "Fakturering og innfordring", "Finansforvaltning"),
    ),
    UnitSpec(
        "1200", "Personal og organisasjon", "Personal", UnitKind.STAFF, ("1200",), (6.0, 8.0), (1.0, 1.1), "admin",
        ("120",), "Personalsjef",
        "Arbeidsgiverpolitikk, rekruttering, lønnsforhandlinger og samarbeid med tillitsvalgte. Støtter lederne "
        "i personalsaker og med oppfølging av sykefravær.",
        ("Rekruttering", "Lønnsforhandlinger", "HMS og bedriftshelsetjeneste", "Lederutvikling"),
    ),
    UnitSpec(
        "1300", "IKT", "IKT", UnitKind.SUPPORT, ("1300",), (6.0, 7.0), (1.0, 1.05), "ikt", ("120",), "IKT-leder",
        "Drift av nettverk, fagsystemer og brukerstøtte for ansatte, skoler og barnehager. Deltar i det "
        "interkommunale samarbeidet om digitalisering.",
        ("Brukerstøtte", "Drift av fagsystemer", "Informasjonssikkerhet", "Elev-PC og nettbrett"),
        lead="organisasjon",
    ),
    UnitSpec(
        "1400", "Servicetorg og arkiv", "Servicetorget", UnitKind.SERVICE_DESK, ("1400",), (7.0, 8.5), (1.05, 1.2),
        "admin", ("120",), "Leder for servicetorget",
        "Kommunens førstelinje på telefon, chat og i skranken på rådhuset. Har også postmottak, arkiv og "
        "sekretariatet for de politiske utvalgene.",
        ("Publikumsmottak", "Postmottak og arkiv", "Politisk sekretariat", "Innsyn"),
        lead="organisasjon",
    ),
    UnitSpec(
        "1500", "Utviklingsenheten", "Utvikling", UnitKind.DEVELOPMENT, ("1500",), (4.0, 5.0), (1.0, 1.0), "admin",
        ("120",), "Utviklingsleder",
        "Driver og støtter utviklingsprosjekter på tvers av enhetene: digitalisering, tjenestedesign, "
        "kvalitetssystem og søknader om eksterne midler.",
        ("Prosjektstøtte", "Kvalitetssystem", "Digitalisering", "Analyse og statistikk"),
    ),
    UnitSpec(
        "1600", "Plan og samfunnsutvikling", "Plan", UnitKind.COMMUNITY_SECTOR, ("1600",), (6.0, 7.5), (1.0, 1.05),
        "planning", ("301",), "Plan- og utviklingssjef",
        "Kommuneplan, reguleringsplaner, næringsutvikling og folkehelsearbeid. Forbereder saker der de "
        "folkevalgte styrer tettere enn i tjenesteproduksjonen.",
        ("Kommuneplan", "Reguleringsplaner", "Næringsutvikling", "Folkehelse og beredskap"),
        lead="samfunn",
    ),
)

_SCHOOL_SERVICES = ("Undervisning 1.–7. trinn", "Skolefritidsordning (SFO)", "Spesialundervisning")

RESULT_UNITS: tuple[UnitSpec, ...] = (
    # --- oppvekst (2xxx)
    UnitSpec(
        "2100", "Lindvik ungdomsskole", "Lindvik u.skole", UnitKind.RESULT_UNIT, ("2100",), (38.0, 44.0), (1.08, 1.18),
        "school", ("20210", "222"), "Rektor",
        "Kommunens eneste ungdomsskole med om lag 520 elever på 8.–10. trinn. Skolen samarbeider tett med "
        "barneskolene om overgangen og med videregående skole om rådgivning.",
        ("Undervisning 8.–10. trinn", "Rådgivning og utdanningsvalg", "Spesialundervisning", "Leksehjelp"),
        lead="oppvekst", network="oppvekst", coordinator=True, year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2110", "Solåsen skole", "Solåsen", UnitKind.RESULT_UNIT, ("2110",), (32.0, 38.0), (1.12, 1.25),
        "school", ("202", "215", "222"), "Rektor",
        "Barneskole i sentrum med om lag 410 elever og egen forsterket avdeling for elever med store "
        "behov for tilrettelegging.",
        (*_SCHOOL_SERVICES, "Forsterket avdeling"),
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2120", "Haugtun skole", "Haugtun", UnitKind.RESULT_UNIT, ("2120",), (26.0, 31.0), (1.12, 1.25),
        "school", ("202", "215", "222"), "Rektor",
        "Barneskole med om lag 330 elever i et boligområde i vekst. Skolen har kommunens mottaksgruppe for "
        "nyankomne elever.",
        (*_SCHOOL_SERVICES, "Mottaksgruppe for nyankomne elever"),
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2130", "Brekka skole", "Brekka", UnitKind.RESULT_UNIT, ("2130",), (20.0, 24.0), (1.12, 1.25),
        "school", ("202", "215", "222"), "Rektor",
        "Barneskole med om lag 230 elever. Skolen er praksisskole for lærerutdanningen og deltar i et "
        "regionalt prosjekt om lesing.",
        _SCHOOL_SERVICES,
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2140", "Nordvika oppvekstsenter", "Nordvika", UnitKind.RESULT_UNIT, ("2140", "2141"), (17.0, 20.0),
        (1.15, 1.3), "school", ("202", "201", "222"), "Enhetsleder",
        "Fådelt skole for 1.–7. trinn og barnehage under samme ledelse i den nordlige delen av kommunen. "
        "Senteret er også et samlingssted for bygda.",
        ("Undervisning 1.–7. trinn", "Barnehage 1–5 år", "Skolefritidsordning (SFO)"),
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2150", "Lindvik voksenopplæring", "Voksenopplæringen", UnitKind.RESULT_UNIT, ("2150",), (9.0, 11.0),
        (1.05, 1.15), "adult_education", ("213",), "Rektor",
        "Opplæring i norsk og samfunnskunnskap for innvandrere og grunnskole for voksne. Samarbeider tett "
        "med flyktningtjenesten og NAV om introduksjonsprogrammet.",
        ("Norskopplæring", "Grunnskole for voksne", "Samfunnskunnskap"),
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2200", "Solsikken barnehage", "Solsikken", UnitKind.RESULT_UNIT, ("2200",), (16.0, 19.0), (1.15, 1.28),
        "kindergarten", ("201", "221"), "Styrer",
        "Barnehage med seks avdelinger og om lag 100 barn. Har egen avdeling for de yngste og legger vekt på "
        "språk og lek ute i alle årstider.",
        ("Barnehageplass 1–5 år", "Språkgrupper", "Spesialpedagogisk hjelp"),
        lead="organisasjon",
    ),
    UnitSpec(
        "2210", "Tusenfryd barnehage", "Tusenfryd", UnitKind.RESULT_UNIT, ("2210",), (13.0, 15.0), (1.15, 1.28),
        "kindergarten", ("201", "221"), "Styrer",
        "Barnehage med fire avdelinger og om lag 75 barn, nær sentrum. Barnehagen har friluftsliv og "
        "bærekraft som satsingsområder.",
        ("Barnehageplass 1–5 år", "Spesialpedagogisk hjelp"),
        lead="organisasjon",
    ),
    UnitSpec(
        "2220", "Haugtun barnehage", "Haugtun bhg", UnitKind.RESULT_UNIT, ("2220",), (14.0, 16.5), (1.15, 1.28),
        "kindergarten", ("201", "221"), "Styrer",
        "Barnehage med fem avdelinger og om lag 85 barn, i samme område som Haugtun skole. Samarbeider med "
        "skolen om et godt skolestartopplegg.",
        ("Barnehageplass 1–5 år", "Skolestartgruppe", "Spesialpedagogisk hjelp"),
        lead="organisasjon",
    ),
    UnitSpec(
        "2230", "Åsen barnehage", "Åsen", UnitKind.RESULT_UNIT, ("2230",), (11.0, 13.0), (1.15, 1.28),
        "kindergarten", ("201", "221"), "Styrer",
        "Barnehage med tre avdelinger og om lag 55 barn i en gårdsnær naturbarnehage.",
        ("Barnehageplass 1–5 år", "Naturbarnehage"),
        lead="organisasjon",
    ),
    UnitSpec(
        "2240", "Vestre barnehage", "Vestre", UnitKind.RESULT_UNIT, ("2240",), (12.0, 14.0), (1.15, 1.28),
        "kindergarten", ("201", "221"), "Styrer",
        "Barnehage med fire avdelinger og om lag 65 barn. Barnehagen har flere barn med annet morsmål enn "
        "norsk og arbeider systematisk med språkstimulering.",
        ("Barnehageplass 1–5 år", "Språkstimulering", "Spesialpedagogisk hjelp"),
        lead="organisasjon",
    ),
    UnitSpec(
        "2300", "Pedagogisk-psykologisk tjeneste", "PPT", UnitKind.RESULT_UNIT, ("2300",), (7.0, 8.5), (1.0, 1.1),
        "health", ("211", "202"), "PPT-leder",
        "Sakkyndig vurdering av barn, unge og voksne som kan ha behov for spesialpedagogisk hjelp, og veiledning "
        "av skoler og barnehager i arbeidet med tilpasset opplæring.",
        ("Sakkyndige vurderinger", "Systemrettet veiledning", "Logoped"),
        lead="organisasjon", network="oppvekst", year_type=YearType.SCHOOL,
    ),
    UnitSpec(
        "2400", "Barneverntjenesten", "Barnevernet", UnitKind.RESULT_UNIT, ("2400", "2410"), (14.0, 17.0),
        (1.0, 1.1), "child_welfare", ("244", "251", "252"), "Barnevernleder",
        "Undersøker bekymringsmeldinger og gir hjelpetiltak til barn og familier. Har ansvar for barn som bor "
        "i fosterhjem og for oppfølging av fosterforeldre.",
        ("Undersøkelser", "Hjelpetiltak i hjemmet", "Fosterhjem", "Barnevernvakt (interkommunal)"),
        lead="organisasjon",
    ),
    # --- helse og velferd (3xxx)
    UnitSpec(
        "3100", "Lindvik sykehjem", "Sykehjemmet", UnitKind.RESULT_UNIT, ("3100", "3101"), (70.0, 82.0),
        (1.4, 1.6), "nursing_home", ("253", "261"), "Enhetsleder",
        "Sykehjem med 64 plasser fordelt på langtidsopphold, korttids- og rehabiliteringsplasser og en skjermet "
        "enhet for personer med demens. Produksjonskjøkkenet lager også mat til hjemmeboende.",
        ("Langtidsopphold", "Korttidsopphold", "Skjermet enhet for demens", "Produksjonskjøkken"),
        lead="helse", network="helse", coordinator=False,
    ),
    UnitSpec(
        "3110", "Kvernes bo- og omsorgssenter", "Kvernes", UnitKind.RESULT_UNIT, ("3110",), (38.0, 44.0),
        (1.4, 1.6), "nursing_home", ("253", "261"), "Enhetsleder",
        "Bo- og omsorgssenter med 24 sykehjemsplasser og 20 omsorgsboliger med heldøgns bemanning. Driver "
        "også dagsenteret for eldre.",
        ("Langtidsopphold", "Omsorgsboliger med heldøgns tjenester", "Dagsenter"),
        lead="helse", network="helse",
    ),
    UnitSpec(
        "3200", "Hjemmetjenesten nord", "Hjemmetj. nord", UnitKind.RESULT_UNIT, ("3200",), (44.0, 50.0),
        (1.35, 1.55), "home_care", ("258", "234"), "Enhetsleder",
        "Hjemmesykepleie og praktisk bistand til hjemmeboende i sentrum og den nordlige delen av kommunen, "
        "døgnet rundt.",
        ("Hjemmesykepleie", "Praktisk bistand", "Trygghetsalarm", "Hverdagsrehabilitering"),
        lead="helse", network="helse", coordinator=True,
    ),
    UnitSpec(
        "3210", "Hjemmetjenesten sør", "Hjemmetj. sør", UnitKind.RESULT_UNIT, ("3210",), (40.0, 46.0),
        (1.35, 1.55), "home_care", ("258", "234"), "Enhetsleder",
        "Hjemmesykepleie og praktisk bistand i den sørlige delen av kommunen, med lange kjøreavstander og "
        "mange eldre som bor alene.",
        ("Hjemmesykepleie", "Praktisk bistand", "Matombringing", "Omsorgsstønad"),
        lead="helse", network="helse",
    ),
    UnitSpec(
        "3300", "Helse og familie", "Helse og familie", UnitKind.RESULT_UNIT, ("3300",), (21.0, 25.0), (1.1, 1.25),
        "health", ("232", "241"), "Enhetsleder",
        "Helsestasjon og skolehelsetjeneste, jordmor, fysioterapi og ergoterapi. Enheten arbeider forebyggende "
        "for barn, unge og familier og med rehabilitering for voksne.",
        ("Helsestasjon", "Skolehelsetjeneste", "Jordmortjeneste", "Fysioterapi", "Ergoterapi og hjelpemidler"),
        lead="organisasjon", network="helse",
    ),
    UnitSpec(
        "3400", "Psykisk helse og rus", "Psykisk helse", UnitKind.RESULT_UNIT, ("3400",), (19.0, 23.0), (1.1, 1.25),
        "health", ("243", "241"), "Enhetsleder",
        "Oppfølging av voksne med psykiske lidelser eller rusproblemer, både i eget hjem og i kommunens "
        "bofellesskap. Har lavterskeltilbud uten henvisning.",
        ("Samtaler og oppfølging", "Bofellesskap", "Lavterskeltilbud", "Aktivitetstilbud"),
        lead="helse", network="helse",
    ),
    UnitSpec(
        "3500", "Tjenester for funksjonshemmede", "TFF", UnitKind.RESULT_UNIT, ("3500", "3501"), (52.0, 60.0),
        (1.45, 1.65), "disability", ("257", "234"), "Enhetsleder",
        "Bofellesskap og avlastning for personer med utviklingshemming og andre funksjonsnedsettelser, og et "
        "arbeids- og aktivitetssenter.",
        ("Bofellesskap", "Avlastning", "Arbeids- og aktivitetssenter", "Støttekontakt"),
        lead="helse", network="helse",
    ),
    UnitSpec(
        "3600", "Lindvik legesenter", "Legesenteret", UnitKind.RESULT_UNIT, ("3600",), (14.0, 17.0), (1.1, 1.25),
        "doctors", ("241",), "Enhetsleder",
        "Fastlegekontor med sju fastlegehjemler, legevakt på dagtid og kommuneoverlege. Legesenteret har også "
        "ansvar for tilsynslegene på sykehjemmene.",
        ("Fastlege", "Legevakt på dagtid", "Kommuneoverlege", "Tilsynslege"),
        lead="helse", network="helse",
    ),
    UnitSpec(
        "3700", "Flyktningtjenesten", "Flyktning", UnitKind.RESULT_UNIT, ("3700",), (8.0, 10.0), (1.0, 1.1),
        "refugee", ("275", "242"), "Leder",
        "Bosetting og kvalifisering av flyktninger etter avtale med IMDi. Tjenesten har ansvar for "
        "introduksjonsprogrammet sammen med voksenopplæringen og NAV.",
        ("Bosetting", "Introduksjonsprogram", "Boveiledning"),
        lead="samfunn",
    ),
    UnitSpec(
        "3800", "NAV Lindvik", "NAV", UnitKind.RESULT_UNIT, ("3800",), (12.0, 14.0), (1.0, 1.1),
        "nav", ("242", "281", "276"), "NAV-leder",
        "Partnerskap mellom staten og kommunen. Den kommunale delen gir økonomisk sosialhjelp, råd og "
        "veiledning og kvalifiseringsprogram.",
        ("Økonomisk sosialhjelp", "Økonomisk rådgivning", "Kvalifiseringsprogram", "Midlertidig bolig"),
        lead="samfunn", is_external=True,
    ),
    # --- teknisk (4xxx)
    UnitSpec(
        "4100", "Kommunalteknikk", "Kommunalteknikk", UnitKind.RESULT_UNIT, ("4100", "4110"), (24.0, 28.0),
        (1.0, 1.08), "technical", ("332", "345", "353", "340", "350"), "Driftssjef",
        "Drift og vedlikehold av kommunale veier, vannverk og avløpsanlegg, med vakt hele døgnet. Enheten "
        "styrer også utbyggingsprosjekter innen vann og avløp.",
        ("Vintervedlikehold av veier", "Vannforsyning", "Avløp og rensing", "Gatelys"),
        lead="samfunn",
    ),
    UnitSpec(
        "4200", "Eiendom", "Eiendom", UnitKind.RESULT_UNIT, ("4200", "4210"), (32.0, 37.0), (1.15, 1.3),
        "property", ("130", "222", "261", "265"), "Eiendomssjef",
        "Forvalter, drifter og vedlikeholder kommunens bygg, fra skoler og sykehjem til kommunale boliger. "
        "Renholdet i alle kommunale bygg ligger også her.",
        ("Byggdrift", "Vedlikehold", "Renhold", "Kommunale boliger", "Byggeprosjekter"),
        lead="samfunn",
    ),
    UnitSpec(
        "4300", "Lindvik brann og redning", "Brann", UnitKind.RESULT_UNIT, ("4300",), (20.0, 24.0), (1.3, 1.6),
        "fire", ("338", "339"), "Brannsjef",
        "Deltidsbrannvesen med to stasjoner og heltidsansatt ledelse og forebyggende avdeling. Har "
        "brannforebyggende tilsyn og feiing.",
        ("Beredskap mot brann og ulykker", "Brannforebyggende tilsyn", "Feiing", "Beredskapsplanlegging"),
        lead="samfunn",
    ),
    UnitSpec(
        "4400", "Byggesak og geodata", "Byggesak", UnitKind.RESULT_UNIT, ("4400",), (8.0, 9.5), (1.0, 1.05),
        "planning", ("302", "303"), "Leder",
        "Behandler byggesøknader og delingssaker og fører tilsyn. Har også oppmåling, matrikkel og "
        "kommunens kartdata.",
        ("Byggesaksbehandling", "Oppmåling og matrikkel", "Kart og geodata", "Ulovlighetsoppfølging"),
        lead="samfunn",
    ),
    # --- kultur (5xxx)
    UnitSpec(
        "5100", "Kulturtjenesten", "Kultur", UnitKind.RESULT_UNIT, ("5100",), (7.0, 9.0), (1.2, 1.5),
        "culture", ("385", "231"), "Kultursjef",
        "Fritidstilbud for barn og unge, tilskudd til lag og foreninger, kulturhuset og samarbeidet med "
        "frivilligsentralen.",
        ("Ungdomsklubb", "Kulturhus og kino", "Tilskudd til lag og foreninger", "Frivilligsentral"),
        lead="samfunn",
    ),
    UnitSpec(
        "5200", "Lindvik bibliotek", "Biblioteket", UnitKind.RESULT_UNIT, ("5200",), (5.0, 6.5), (1.1, 1.3),
        "library", ("370",), "Biblioteksjef",
        "Hovedbibliotek i sentrum og meråpent filial på Nordvika. Biblioteket er også en møteplass med "
        "arrangementer og leseaktiviteter for barn.",
        ("Utlån", "Meråpent bibliotek", "Arrangementer", "Skolebibliotektjeneste"),
        lead="oppvekst",
    ),
    UnitSpec(
        "5300", "Lindvik kulturskole", "Kulturskolen", UnitKind.RESULT_UNIT, ("5300",), (9.0, 11.0), (1.4, 1.8),
        "culture_school", ("383",), "Rektor",
        "Undervisning i musikk, dans, teater og visuell kunst for om lag 350 elever, og et samarbeid med "
        "korpsene og skolene.",
        ("Musikk", "Dans", "Teater", "Visuell kunst"),
        lead="oppvekst", network="oppvekst", year_type=YearType.SCHOOL,
    ),
)

NETWORKS: dict[str, tuple[str, str, str]] = {
    # key: (name, description, colour)
    "oppvekst": (
        "Nettverk oppvekst",
        "Rektorene, PPT og kulturskolen møtes hver måned for å samordne skoleåret og dele erfaringer.",
        "#1565c0",
    ),
    "helse": (
        "Nettverk helse og velferd",
        "Lederne for pleie, omsorg og helse møtes annenhver uke om kapasitet, samhandling med sykehuset "
        "og felles fagutvikling.",
        "#2e7d32",
    ),
}
