"""A generated follow-up history for the follow-up benchmark: 300 result units, each with its
leaders over the years and a follow-up lead among eight kommunalsjefer, a result agreement with
goals per unit and year, twelve monthly meetings a year for ten years (2017–2026), goal statuses,
and some 100,000 action items counting the copies carried from meeting to meeting.

Everything comes from ``random.Random(SEED)`` and the day the history is seen from (``TODAY``,
in its last year), so the same arguments give the same file, ids included. The notes are
Norwegian sentences put together from phrase lists with slots (staff groups, topics, causes,
numbers, months, names, systems …), several sentences to a section, so that the words are
spread as in real notes: a few very common («budsjett», «sykefravær»), many in between, and a
tail of rare ones («legionella» turns up in a handful of notes).

Action items follow the demo builder's convention: a copy carried into a later meeting points at
the row it was carried from (``carried_from_id``), and every row of a chain shares the day the
item was finally done, so an item is open while its newest row has no ``done_on``.

The rows go in by bulk inserts in one transaction with auditing off; the full-text triggers of
migration 0003 fire for every row, as they would for rows written one by one. The built file is
cached in ``bench/results/cache/`` (ignored by git) under a name holding the generator version,
the size and the newest migration, with a sidecar JSON of the counts and the build time.
"""

from __future__ import annotations

import json
import os
import random
import string
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from bench.org_chart import FAMILY, GIVEN, PLACES

CACHE = Path(__file__).resolve().parent / "results" / "cache"
GENERATOR_VERSION = 1  # bump when the content changes, so cached files are rebuilt
SEED = 6
TODAY = date(2026, 11, 23)  # the tests' fixed day: late in the last generated year
TEMPLATE_KEY = "statskonsult_resultatavtale.nb"

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag")


@dataclass(frozen=True)
class Size:
    units: int
    first_year: int
    last_year: int

    @property
    def label(self) -> str:
        return f"{self.units} leaders × {self.last_year - self.first_year + 1} years"


FULL = Size(300, 2017, 2026)
QUICK = Size(30, 2025, 2026)


@dataclass
class History:
    """A built history: the file and what is in it."""

    path: Path
    units: int
    first_year: int
    last_year: int
    today: date
    meetings: int
    held: int
    action_items: int
    open_items: int
    goal_statuses: int
    agreements: int
    goals: int
    budget_lines: int
    note_chars: int  # characters of note text in all meetings
    build_s: float
    cached: bool = False
    counts: dict[str, int] = field(default_factory=dict)


# --- the organisation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    names: tuple[str, ...]
    leader_title: str
    lead: str  # key of LEADS
    weight: int  # share of the 300 units
    slots: dict[str, tuple[str, ...]]


LEADS = {
    "skole": "Kommunalsjef for skole", "barnehage": "Kommunalsjef for barnehage",
    "helse": "Kommunalsjef for helse", "omsorg": "Kommunalsjef for omsorg",
    "teknisk": "Kommunalsjef for teknisk drift", "kultur": "Kommunalsjef for kultur og fritid",
    "velferd": "Kommunalsjef for velferd", "samfunn": "Kommunalsjef for samfunnsutvikling",
}

PROFILES: dict[str, Profile] = {
    "school": Profile(
        ("{place} skole", "{place} barneskole", "{place} ungdomsskole", "{place} oppvekstsenter"), "Rektor",
        "skole", 60, {
            "staff": ("lærerne", "assistentene", "miljøterapeutene", "spesialpedagogene", "SFO-personalet",
                      "kontaktlærerne på mellomtrinnet", "teamlederne"),
            "users": ("elevene", "foreldrene", "elevene på ungdomstrinnet", "førsteklassingene"),
            "topic": ("tilpasset opplæring", "spesialundervisning", "skolemiljøet", "nasjonale prøver",
                      "leseopplæringen", "fraværet på ungdomstrinnet", "overgangen til ungdomsskolen",
                      "timefordelingen", "vurdering for læring", "aktivitetsplaner etter kapittel 12",
                      "skoleskyssen", "SFO-tilbudet", "digitale læremidler", "elevundersøkelsen",
                      "realfagssatsingen", "inkluderende praksis", "skolefritidsordningen"),
            "cause": ("flere elever med vedtak om spesialundervisning", "økte skysskostnader",
                      "innleie av vikarer ved langtidsfravær", "kjøp av nye læremidler"),
            "authority": ("statsforvalteren", "skoleeier", "Arbeidstilsynet"),
            "role": ("lærer", "spesialpedagog", "avdelingsleder", "miljøterapeut", "SFO-leder"),
            "system": ("Visma Flyt Skole", "IST", "Vigilo", "Showbie", "Conexus Engage"),
        }),
    "kindergarten": Profile(
        ("{place} barnehage", "{place} naturbarnehage", "{place} familiebarnehage"), "Styrer", "barnehage", 55, {
            "staff": ("barnehagelærerne", "fagarbeiderne", "assistentene", "pedagogiske ledere",
                      "de nyansatte"),
            "users": ("barna", "foreldrene", "de minste barna", "skolestarterne"),
            "topic": ("språkmiljøet", "pedagognormen", "bemanningsnormen", "foreldresamarbeidet",
                      "overgangen til skole", "tilvenningen av nye barn", "uteområdet", "rammeplanen",
                      "barnas medvirkning", "matservering", "progresjonsplanen", "den nye avdelingen"),
            "cause": ("dispensasjon fra pedagognormen", "vikarbruk ved sykefravær", "høyere matpriser",
                      "ekstra bemanning for barn med særskilte behov"),
            "authority": ("barnehagemyndigheten", "statsforvalteren", "Mattilsynet"),
            "role": ("barnehagelærer", "pedagogisk leder", "fagarbeider", "spesialpedagog"),
            "system": ("Visma Flyt Barnehage", "Vigilo", "MyKid", "Kidplan"),
        }),
    "nursing_home": Profile(
        ("{place} sykehjem", "{place} bo- og omsorgssenter", "{place} helsehus"), "Enhetsleder", "omsorg", 30, {
            "staff": ("sykepleierne", "helsefagarbeiderne", "nattevaktene", "assistentene", "fagutviklingssykepleieren",
                      "kjøkkenpersonalet"),
            "users": ("beboerne", "pårørende", "pasientene på korttidsavdelingen", "beboerne med demens"),
            "topic": ("legemiddelhåndteringen", "korttidsplassene", "ernæringsstatus", "fallforebygging",
                      "smittevernrutinene", "pårørendesamarbeidet", "palliasjon", "turnusplanen",
                      "heltidskulturen", "utskrivningsklare pasienter", "tvangsbruk etter kapittel 4A",
                      "trykksårforebygging", "velferdsteknologien"),
            "cause": ("innleie av sykepleiere fra byrå", "overtid i helgene", "høyere belegg på korttid",
                      "dyrere medisinsk forbruksmateriell"),
            "authority": ("statsforvalteren", "Arbeidstilsynet", "Mattilsynet", "brannvesenet"),
            "role": ("sykepleier", "helsefagarbeider", "fagsykepleier", "avdelingssykepleier"),
            "system": ("Gerica", "Profil", "CosDoc", "Medisinrommet", "Lifecare"),
        }),
    "home_care": Profile(
        ("Hjemmetjenesten {place}", "Hjemmesykepleien sone {n}", "Praktisk bistand {place}"), "Enhetsleder",
        "helse", 35, {
            "staff": ("sykepleierne", "helsefagarbeiderne", "terapeutene", "koordinatorene", "de på kveldsvakt"),
            "users": ("brukerne", "pårørende", "de eldste brukerne", "brukerne med digitalt tilsyn"),
            "topic": ("hverdagsrehabilitering", "digitalt tilsyn", "medisindispenserne", "kjørelistene",
                      "tidsbruken hos brukerne", "vedtakene om praktisk bistand", "samhandlingen med fastlegene",
                      "bilparken", "nøkkelhåndteringen", "tjenestetildelingen", "hjemmebesøkene"),
            "cause": ("flere brukere med store behov", "høyere drivstoffutgifter", "overtid på kveld",
                      "innkjøp av medisindispensere"),
            "authority": ("statsforvalteren", "Arbeidstilsynet", "kommuneoverlegen"),
            "role": ("sykepleier", "helsefagarbeider", "ergoterapeut", "fysioterapeut"),
            "system": ("Gerica", "Profil", "Safemate", "Evondos", "Joliv"),
        }),
    "technical": Profile(
        ("Vei og park {place}", "Vann og avløp {place}", "Driftsstasjon {place}", "Eiendomsdrift {place}",
         "Renhold {place}"), "Driftsleder", "teknisk", 35, {
            "staff": ("fagarbeiderne", "vaktmesterne", "maskinførerne", "renholderne", "driftsoperatørene",
                      "lærlingene"),
            "users": ("innbyggerne", "abonnentene", "brukerne av byggene", "hytteeierne"),
            "topic": ("vintervedlikeholdet", "lekkasjesøket", "vedlikeholdsplanen", "investeringsprosjektene",
                      "overvannshåndteringen", "brøyteroder", "energibruken i byggene", "renholdsplanen",
                      "avløpsrenseanlegget", "ledningsfornyelsen", "maskinparken", "internkontrollen"),
            "cause": ("høye strømpriser", "mange brøytetimer", "akutte reparasjoner på ledningsnettet",
                      "dyrere entreprenørtjenester"),
            "authority": ("Mattilsynet", "statsforvalteren", "Arbeidstilsynet", "Direktoratet for byggkvalitet"),
            "role": ("fagarbeider", "driftsoperatør", "ingeniør", "renholder", "byggdrifter"),
            "system": ("Gurusoft", "Gemini VA", "Facilit", "Plania", "iSave"),
        }),
    "culture": Profile(
        ("{place} bibliotek", "{place} kulturhus", "{place} kulturskole", "{place} fritidsklubb",
         "{place} idrettshall"), "Leder", "kultur", 25, {
            "staff": ("bibliotekarene", "kulturskolelærerne", "miljøarbeiderne", "teknikerne", "de frivillige"),
            "users": ("de besøkende", "ungdommene", "elevene i kulturskolen", "lag og foreninger"),
            "topic": ("arrangementene", "utlånstallene", "meråpent bibliotek", "ventelisten i kulturskolen",
                      "ungdomsklubben", "utleien av lokalene", "den kulturelle skolesekken", "frivilligsentralen",
                      "billettinntektene", "sommeraktivitetene"),
            "cause": ("lavere billettinntekter", "økte husleiekostnader", "honorarer til utøvere"),
            "authority": ("brannvesenet", "Arbeidstilsynet", "fylkeskommunen"),
            "role": ("bibliotekar", "kulturskolelærer", "miljøarbeider", "tekniker"),
            "system": ("Bibliofil", "Speedadmin", "TicketCo", "Booking.no"),
        }),
    "welfare": Profile(
        ("NAV {place}", "Flyktningtjenesten {place}", "Barnevernstjenesten {place}", "Psykisk helse {place}",
         "Rustjenesten {place}", "Bofellesskap {place}"), "Enhetsleder", "velferd", 35, {
            "staff": ("veilederne", "saksbehandlerne", "miljøterapeutene", "konsulentene", "de ansatte på natt"),
            "users": ("brukerne", "familiene", "deltakerne i introduksjonsprogrammet", "ungdommene",
                      "de bosatte flyktningene"),
            "topic": ("fristoversittelser", "økonomisk sosialhjelp", "bosettingen", "introduksjonsprogrammet",
                      "tiltaksplanene", "fosterhjemsarbeidet", "ruskonsulentordningen", "aktivitetsplikten",
                      "ventelistene", "brukermedvirkning", "oppfølgingen av unge uføre", "samarbeidet med skolene"),
            "cause": ("flere mottakere av sosialhjelp", "kjøp av institusjonsplasser", "høyere husleier",
                      "tiltak i hjemmet etter nye vedtak"),
            "authority": ("statsforvalteren", "Bufetat", "Arbeidstilsynet", "sivilombudet"),
            "role": ("saksbehandler", "miljøterapeut", "veileder", "barnevernspedagog", "konsulent"),
            "system": ("Modia", "Familia", "Visma Flyt Barnevern", "Socio", "Acos"),
        }),
    "community": Profile(
        ("Plan og byggesak {place}", "Landbrukskontoret {place}", "Næringskontoret {place}",
         "{place} brann og redning", "Miljøtjenesten {place}", "Servicetorget {place}"), "Leder", "samfunn", 25, {
            "staff": ("saksbehandlerne", "brannkonstablene", "planleggerne", "rådgiverne", "de deltidsansatte"),
            "users": ("søkerne", "innbyggerne", "næringslivet", "gårdbrukerne", "utbyggerne"),
            "topic": ("saksbehandlingstiden", "byggesøknadene", "reguleringsplanene", "tilsynene",
                      "feiingen", "beredskapsplanen", "kommuneplanens arealdel", "produksjonstilskuddet",
                      "klimaplanen", "restansene", "digital byggesøknad", "gebyrregulativet"),
            "cause": ("lavere gebyrinntekter", "innleid konsulentbistand", "utrykninger i helgene",
                      "kjøp av ny programvare"),
            "authority": ("statsforvalteren", "DSB", "Arbeidstilsynet", "Statens vegvesen"),
            "role": ("saksbehandler", "arealplanlegger", "brannkonstabel", "rådgiver", "landbruksrådgiver"),
            "system": ("Acos Byggesak", "Kommunekart", "eByggeSak", "Komtek", "Elements"),
        }),
}

# --- the words of the notes ------------------------------------------------------------------

GENERIC_SLOTS: dict[str, tuple[str, ...]] = {
    "partner": ("HR", "økonomiavdelingen", "bedriftshelsetjenesten", "verneombudet", "tillitsvalgte",
                "IKT-avdelingen", "innkjøpsenheten", "eiendomsavdelingen", "kommunikasjonsrådgiveren",
                "arkivtjenesten", "lønnsavdelingen", "kvalitetsrådgiveren", "kommuneadvokaten"),
    "trend": ("økt", "gått ned", "holdt seg stabilt", "steget litt", "falt markert"),
    "illness": ("influensa", "omgangssyke", "forkjølelse", "covid", "RS-virus"),
    "season": ("sommeren", "julen", "påsken", "høsten", "vinterferien"),
    "course": ("lederutviklingsprogrammet", "kurset i arbeidsrett", "HMS-opplæringen", "kurset i økonomistyring",
               "fagdagen om tillitsbasert ledelse", "nettverkssamlingen", "opplæringen i personvern"),
    "feeling": ("travel", "krevende", "rolig", "god", "hektisk", "stabil", "uoversiktlig"),
    "doc": ("virksomhetsplanen", "kompetanseplanen", "ROS-analysen", "årsplanen", "HMS-handlingsplanen",
            "rekrutteringsplanen", "internkontrollrutinene", "beredskapsplanen", "opplæringsplanen"),
    "meeting": ("personalmøtet", "ledermøtet", "AMU", "samarbeidsutvalget", "drøftingsmøtet med tillitsvalgte",
                "kvalitetsutvalget", "nettverksmøtet", "budsjettseminaret"),
    "measure": ("holde stillinger vakante ut året", "redusere bruken av overtid", "stramme inn på innkjøp",
                "omdisponere ressurser mellom avdelingene", "utsette planlagt vedlikehold",
                "bruke mindre vikarer", "se på turnusen på nytt", "samle innkjøpene på færre leverandører",
                "gå gjennom alle vedtak med ekstra bemanning", "vurdere nye inntektsmuligheter"),
    "rare": ("legionella", "radon", "muggsopp", "vannlekkasje", "asbest", "skjeggkre", "lusepåvisning",
             "norovirus", "kakerlakker", "rotter", "jordskred", "flomvarsel", "strømbrudd", "datainnbrudd",
             "løse takstein", "sprekker i grunnmuren", "taklekkasje", "fuktskade", "lekkasje fra sprinkleranlegget",
             "skadedyr", "innbrudd", "hærverk", "brannalarm uten brann", "pipebrann", "gasslekkasje",
             "isbrann", "kuldeskader på rørene", "vepsebol", "bjørnekjeks", "kjempebjørnekjeks", "flått",
             "salmonella", "e-coli", "kokevarsel", "trusselhendelse", "personvernbrudd", "phishing",
             "tilbakekalling av medisiner", "snøras fra taket", "tyveri av utstyr"),
    "location": ("kjelleren", "gymsalen", "kjøkkenet", "personalrommet", "garderobene", "lageret", "fløy B",
                 "avdeling 2", "uteområdet", "tilbygget", "den gamle fløyen", "driftsbygningen"),
    "score": ("4,1", "4,3", "4,6", "4,8", "5,0", "5,2", "3,9"),
}

# Agenda topics every unit has from time to time.
AGENDA_GENERIC = (
    "Personal, sykefravær og arbeidsmiljø", "Status for målene i resultatavtalen", "HMS og avvik",
    "Rekruttering og ledige stillinger", "Kompetanseplan", "Medarbeiderundersøkelsen", "Internkontroll",
    "Budsjettforslag for neste år", "Tertialrapporten", "Ferieavvikling", "Beredskap", "Digitalisering",
    "Lederavtale og lederutvikling", "Samarbeid med tillitsvalgte", "Brukerundersøkelse",
)

LEADER_ACCOUNT = (
    "Sykefraværet i {month} var {pct} %, og det har {trend} siden forrige måned.",
    "Det korte egenmeldte fraværet økte etter en periode med {illness} blant {staff}.",
    "Langtidsfraværet skyldes i hovedsak {n} ansatte med muskel- og skjelettplager; alle har oppfølgingsplan.",
    "Det har kommet {n} nye avviksmeldinger siden forrige møte, de fleste om {topic}.",
    "{Staff} har hatt en {feeling} periode med {topic}, men driften har vært forsvarlig.",
    "Enheten har {n} ubesatte stillinger, og det er vanskelig å få tak i kvalifiserte vikarer.",
    "Lederen har hatt medarbeidersamtaler med {n} ansatte og blir ferdig i løpet av {next_month}.",
    "Arbeidet med {topic} går etter planen, og {staff} merker at det gir resultater for {users}.",
    "Det har vært tilsyn fra {authority} om {topic}; den foreløpige rapporten har {n} merknader.",
    "Brukerundersøkelsen viser at {users} er godt fornøyd, med et snitt på {score} av 6.",
    "Turnusen for {season} er lagt, men det gjenstår å dekke {n} vakter i helgene.",
    "Enheten tok i bruk {system} i {month}; opplæringen av {staff} er i gang.",
    "Samarbeidet med {partner} fungerer godt, særlig om {topic}.",
    "Lederen er bekymret for arbeidsbelastningen til {staff} og følger dette tett.",
    "Det er meldt {n} saker om {topic} til {partner} siden forrige møte.",
    "Arbeidsmiljøutvalget behandlet {topic} i sitt siste møte og ba om en ny risikovurdering.",
    "Det er ansatt ny {role} fra {month_any}, og stillingen som {role} er lyst ut på nytt.",
    "Det har vært uro i personalgruppen etter endringene i {topic}; tillitsvalgte er involvert.",
    "{Users} har gitt gode tilbakemeldinger på {topic}, og enheten vil bygge videre på det.",
    "Lederen deltok på {course} i {month} og har tatt med seg ideer til {meeting}.",
    "{Doc} er revidert og lagt fram i {meeting}.",
    "Det var {n} søkere til den siste utlysningen, men ingen med den kompetansen enheten trenger.",
    "Det har vært {n} kritiske hendelser siden forrige møte; alle er fulgt opp etter rutinen.",
    "Enheten har fått ekstern finansiering til et prosjekt om {topic} fra {month_any}.",
    "Ventetiden for {users} er redusert til {n} uker etter at {staff} endret arbeidsformen.",
    "Lærlingene har bestått fagprøven, og to av dem har fått fast stilling i enheten.",
    "Heltidsarbeidet går sakte; gjennomsnittlig stillingsstørrelse er {pct} prosentpoeng høyere enn i fjor.",
    "Sykefraværsoppfølgingen er styrket med faste samtaler etter fire uker sammen med {partner}.",
)

SUPERIOR_VIEW = (
    "Kommunalsjefen ser at enheten leverer godt på {topic}, men ber om tettere oppfølging av sykefraværet.",
    "Kommunalsjefen er fornøyd med framdriften og ber lederen dele erfaringene med {topic} i nettverket.",
    "Kommunalsjefen minner om fristen for {doc} og tilbyr hjelp fra {partner}.",
    "Kommunalsjefen mener merforbruket må tas på alvor og vil ha en plan for å {measure}.",
    "Kommunalsjefen berømmer arbeidet med {topic} og vil løfte det i ledergruppen.",
    "Kommunalsjefen ber om at {staff} blir involvert tidlig i arbeidet med {topic}.",
    "Kommunalsjefen er bekymret for rekrutteringen og vil ta saken videre til rådmannen.",
    "Kommunalsjefen vil ha en skriftlig status for {topic} før neste møte.",
    "Kommunalsjefen understreker at avvik skal meldes, også når de gjelder {topic}.",
    "Kommunalsjefen støtter lederens prioriteringer og ser ingen behov for nye tiltak nå.",
    "Kommunalsjefen ber lederen bruke {partner} mer aktivt i oppfølgingen av sykmeldte.",
    "Kommunalsjefen vil se tallene for {topic} i sammenheng med de andre enhetene i {meeting}.",
)

BUDGET_COMMENT = (
    "Regnskapet per {prev_month} viser et merforbruk på {pct} % mot periodisert budsjett, om lag {amount} kroner.",
    "Regnskapet per {prev_month} viser et mindreforbruk på {pct} %, blant annet fordi stillinger har stått ledige.",
    "Regnskapet per {prev_month} er i tråd med periodisert budsjett (avvik {pct} %).",
    "Avviket skyldes i hovedsak {cause}.",
    "En del av merforbruket gjelder {cause} og ventes å rette seg utover høsten.",
    "Prognosen for året viser et merforbruk på {amount} kroner om ingen tiltak settes inn.",
    "Prognosen for året er et budsjett i balanse, forutsatt at vikarbruken holdes nede.",
    "Lønnsoppgjøret er ikke kompensert fullt ut i budsjettet, noe som gir et avvik på {amount} kroner.",
    "Refusjoner for sykepenger på {amount} kroner er ikke inntektsført ennå.",
    "Innkjøp av utstyr er utsatt til neste år for å holde budsjettrammen.",
    "Budsjettet for {year} er fordelt på månedene etter fjorårets forbruksmønster.",
)

MEASURES = (
    "Enheten vil {measure} og rapportere effekten i neste møte.",
    "Lederen setter i gang arbeid med å {measure}.",
    "Det er avtalt å {measure} fram til årsskiftet.",
    "Tiltaket om {topic} videreføres, og {staff} får opplæring i {month_any}.",
    "Oppfølgingen av sykmeldte skjer nå hver fjerde uke sammen med {partner}.",
    "{Doc} oppdateres med nye tiltak for {topic}.",
)

RARE = "Det ble oppdaget {rare} i {location}; saken følges opp med {partner}."  # in about one note in 100
OTHER = (
    "Lederen har ferie i uke {week}; stedfortreder er avklart.",
    "Neste møte flyttes til {weekday} på grunn av {meeting}.",
    "Enheten har besøk fra {authority} i {month_any}.",
    "Lederen orienterte om en klagesak som er sendt videre til {partner}.",
    "Det planlegges en fagdag om {topic} for {staff} i {month_any}.",
    "Referatet fra {meeting} sendes kommunalsjefen til orientering.",
)

NEEDS = (
    "Enheten trenger hjelp fra {partner} til {topic}.",
    "Lederen ønsker støtte til rekruttering av {role}.",
    "Enheten har behov for bedre rapporter fra {system}.",
    "Det er behov for en avklaring om ansvarsdelingen med {partner}.",
    "Lederen ber om midler til kompetanseheving innen {topic}.",
    "Enheten trenger en midlertidig ressurs til {topic} ut året.",
)

DECISIONS = (
    "Enheten får bruke inntil {amount} kroner av disposisjonsfondet til {topic}.",
    "Partene er enige om å prioritere {topic} resten av året.",
    "Stillingen som {role} lyses ut på nytt med utvidet søknadsfrist.",
    "Kommunalsjefen tar opp {topic} i ledergruppen.",
    "Lederen lager en plan for å {measure} innen neste møte.",
    "Det settes ikke i gang nye tiltak før tallene for {prev_month} foreligger.",
    "{Doc} godkjennes med de endringene som ble drøftet.",
)

GOAL_COMMENTS = {
    "on_track": ("Går etter planen.", "I rute.", "God framdrift siden forrige møte.",
                 "Tiltakene virker, og {staff} er engasjert.", "Målt resultat er bedre enn i fjor.",
                 "Arbeidet med {topic} følger planen."),
    "at_risk": ("Forsinket på grunn av sykefravær.", "Usikkert om målet nås innen fristen.",
                "Krever tettere oppfølging.", "Forsinket fordi {staff} har hatt høy belastning.",
                "Avhenger av at stillingen som {role} blir besatt."),
    "off_track": ("Ikke mulig å nå målet uten ekstra ressurser.", "Arbeidet har stoppet opp.",
                  "Målet må vurderes på nytt ved revisjon av avtalen.", "Stanset i påvente av {topic}."),
}

ITEM_VERBS = ("Lage", "Utarbeide", "Sende", "Følge opp", "Avklare", "Kartlegge", "Innhente", "Oppdatere",
              "Gjennomgå", "Melde inn", "Vurdere", "Evaluere", "Legge fram", "Planlegge",
              "Drøfte", "Beskrive", "Rapportere", "Ferdigstille")
ITEM_OBJECTS = ("plan for {topic}", "oversikt over overtidsbruken", "status for {topic}", "rutinen for avviksmeldinger",
                "behovet for {role}", "tiltak for å {measure}", "prognose for resten av året",
                "oppfølgingsplaner for langtidssykmeldte", "ny turnus", "{doc}", "kostnadene ved {cause}",
                "søknad om tilskudd til {topic}", "resultatene fra brukerundersøkelsen", "opplæring i {system}",
                "ROS-analyse for {topic}", "møte med {partner}", "avtalen med {partner}",
                "tallene for sykefravær per avdeling", "kompetansebehovet blant {staff}", "svar til {authority}")
ITEM_TAILS = ("", "", "", " før neste møte", " sammen med {partner}", " til kommunalsjefen", " innen {month_any}",
              " i {meeting}", " for {users}", " og sende den til {partner}")
OWNER_TEXTS = ("Økonomirådgiver", "HR-rådgiver", "Verneombud", "Tillitsvalgt", "IKT", "Eiendom")

GOALS = {
    "school": (("Styrke elevenes grunnleggende ferdigheter i lesing og regning.",
                "Andel elever på laveste mestringsnivå på nasjonale prøver går ned."),
               ("Et trygt skolemiljø uten mobbing over tid.", "Elevundersøkelsen under landssnittet på mobbing."),
               ("Redusere fraværet på ungdomstrinnet.", "Fravær per elev lavere enn skoleåret før."),
               ("Gode overganger mellom barnehage og skole.", "Overgangsplanen fulgt for alle elever.")),
    "kindergarten": (("Et godt språkmiljø for alle barn.", "Språkkartlegging og tiltak innen en måned."),
                     ("Høy foreldretilfredshet.", "Minst 4,5 av 5 i foreldreundersøkelsen."),
                     ("Oppfylle pedagognormen.", "Normen oppfylt per 15. desember uten dispensasjon.")),
    "nursing_home": (("Trygg legemiddelhåndtering.", "Legemiddelavvik ned 20 %, alle lukket innen fire uker."),
                     ("Riktig bruk av korttidsplassene.", "Ingen overliggerdøgn på sykehuset."),
                     ("Mindre innleie fra byrå.", "Utgifter til byrå halvert.")),
    "home_care": (("Flere skal bo hjemme lenger.", "40 nye hverdagsrehabiliteringsforløp."),
                  ("Ta i bruk digitalt tilsyn.", "60 brukere med digitale tjenester ved årets slutt."),
                  ("Større stillinger.", "Gjennomsnittlig stillingsstørrelse opp 5 prosentpoeng.")),
    "technical": (("Sikker vannforsyning.", "Ingen kokevarsler; lekkasjetap under 30 %."),
                  ("Investeringene etter plan.", "Prosjektene ferdige innen frist og ramme."),
                  ("Godt vintervedlikehold.", "Færre klager enn året før.")),
    "culture": (("Flere besøkende.", "Besøket opp 10 % fra året før."),
                ("Kortere venteliste i kulturskolen.", "Ventelisten halvert."),
                ("Et godt tilbud til ungdom.", "Klubben åpen fire kvelder i uka.")),
    "welfare": (("Ingen fristoversittelser.", "Alle undersøkelser avsluttet innen fristen."),
                ("Flere i arbeid etter introduksjonsprogrammet.", "Minst 60 % i arbeid eller utdanning."),
                ("Brukermedvirkning i alle planer.", "Alle tiltaksplaner signert av brukeren.")),
    "community": (("Kortere saksbehandlingstid.", "Byggesaker behandlet innen 8 uker."),
                  ("Gjeldende beredskapsplan.", "Planen revidert og øvd én gang i året."),
                  ("Ingen restanser på tilsyn.", "Alle planlagte tilsyn gjennomført.")),
}
PERSONAL_GOALS = (("Utvikle meg som leder gjennom lederutviklingsprogrammet.", "Gjennomført program."),
                  ("Bli bedre på å delegere.", "Teamlederne har fått definerte ansvarsområder."),
                  ("Styrke min kompetanse i økonomistyring.", "Gjennomført kurs og månedlig prognose."))
COMMON_GOAL = ("Sykefraværet skal ned.", "Sykefraværet under 7 % i gjennomsnitt for året.")


def _slot_names(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


class _Writer:
    """Fills sentence templates for one unit's profile; values are drawn from the builder's stream."""

    def __init__(self, rng: random.Random, profile: Profile) -> None:
        self.rng = rng
        self.slots = {**GENERIC_SLOTS, **profile.slots}
        self.names: dict[str, tuple[str, ...]] = {}
        self.context: dict[str, str] = {}

    def fill(self, template: str) -> str:
        names = self.names.get(template)
        if names is None:
            names = self.names[template] = _slot_names(template)
        if not names:
            return template
        values = {}
        for name in names:
            value = self._value(name.lower())
            values[name] = value[:1].upper() + value[1:] if name[0].isupper() else value
        return template.format(**values)

    def _value(self, name: str) -> str:
        rng = self.rng
        if name in self.context:
            return self.context[name]
        if name == "pct":
            return f"{rng.uniform(0.3, 14):.1f}".replace(".", ",")
        if name == "n":
            return str(rng.choice((2, 2, 3, 3, 4, 5, 6, 8, 11)))
        if name == "amount":
            return f"{rng.randrange(50, 3000) * 1000:,}".replace(",", " ")
        if name == "month_any":
            return rng.choice(MONTHS)
        if name == "week":
            return str(rng.randint(27, 32))
        if name == "weekday":
            return rng.choice(WEEKDAYS)
        return rng.choice(self.slots[name])

    def sentences(self, pool: tuple[str, ...], low: int, high: int) -> str:
        k = self.rng.randint(low, high)
        return " ".join(self.fill(t) for t in self.rng.sample(pool, k=min(k, len(pool))))


# --- building --------------------------------------------------------------------------------


@dataclass
class _Tenure:
    person_id: uuid.UUID
    role: str  # PositionRole value
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class _UnitPlan:
    index: int
    profile_key: str
    unit_id: uuid.UUID
    lineage_id: uuid.UUID
    name: str
    tenures: list[_Tenure] = field(default_factory=list)
    links: list[tuple[uuid.UUID, date, date | None]] = field(default_factory=list)  # (lead, from, to)
    goals: dict[int, list[uuid.UUID]] = field(default_factory=dict)  # year -> goals reported on

    def leader_at(self, day: date) -> uuid.UUID | None:
        acting = None
        for t in self.tenures:
            if t.covers(day):
                if t.role == "leader":
                    return t.person_id
                acting = t.person_id
        return acting

    def lead_at(self, day: date) -> uuid.UUID:
        return next(lead for lead, start, end in self.links if start <= day and (end is None or day <= end))


@dataclass
class _Chain:
    text: str
    owner_id: uuid.UUID | None
    owner_text: str
    due: date
    done_on: date | None
    last: uuid.UUID | None = None


def _stamp(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, clock(hour, 0), tzinfo=UTC)


class _Builder:
    def __init__(self, size: Size, today: date, seed: int = SEED) -> None:
        self.size = size
        self.today = today
        self.rng = random.Random(seed)
        self._ids = random.Random(seed * 7919 + 31)  # ids from their own stream, as the demo builder does
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.note_chars = 0

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self._ids.getrandbits(128), version=4)

    def row(self, table: str, created: datetime, **values: Any) -> dict[str, Any]:
        values.update(id=values.get("id") or self.uid(), created_at=created, updated_at=created, version=1)
        self.rows.setdefault(table, []).append(values)
        return values

    def person(self, title: str) -> uuid.UUID:
        given, family = self.rng.choice(GIVEN), self.rng.choice(FAMILY)
        return self.row("person", _stamp(date(self.size.first_year - 1, 1, 2)), municipality_id=self.municipality_id,
                        given_name=given, family_name=family, title=title, email="", phone="",
                        username=None)["id"]

    # --- organisation ------------------------------------------------------------------------

    def organisation(self) -> list[_UnitPlan]:
        rng = self.rng
        start = date(self.size.first_year - 1, 1, 1)
        created = _stamp(start)
        self.municipality_id = self.row("municipality", created, name="Benkvik kommune", number="9998",
                                        county="Vestland", inhabitants=61_000, logo_png=None)["id"]
        self.version_id = self.row("org_version", created, municipality_id=self.municipality_id,
                                   name="Gjeldende organisasjon", status="current", effective_from=start,
                                   effective_to=None, based_on_id=None,
                                   description="Generert for ytelsestesten av oppfølgingen.")["id"]
        unit_defaults = dict(org_version_id=self.version_id, short_name="", fte=0, staff_count=0, area_of_work="",
                             services=[], is_external=False, year_type="calendar")
        root = self.row("unit", created, lineage_id=self.uid(), parent_id=None, code="1000", name="Rådmannen",
                        kind="administration", sort_order=0, **unit_defaults)["id"]
        team = self.row("unit", created, lineage_id=self.uid(), parent_id=root, code="1010",
                        name="Rådmannens ledergruppe", kind="top_team", sort_order=1, **unit_defaults)["id"]
        chief = self.person("Rådmann")
        self.row("position", created, unit_id=root, person_id=chief, role="chief_executive", title="Rådmann",
                 start_date=start, end_date=None)
        leads = {}
        for key, title in LEADS.items():
            leads[key] = self.person(title)
            self.row("position", created, unit_id=team, person_id=leads[key], role="follow_up_lead", title=title,
                     start_date=start, end_date=None)
        for order, (name, kind) in enumerate((("Økonomi", "staff"), ("Personal og organisasjon", "staff"),
                                              ("IKT", "support"), ("Servicetorg og arkiv", "service_desk")), 2):
            unit = self.row("unit", created, lineage_id=self.uid(), parent_id=root, code=f"1{order}00", name=name,
                            kind=kind, sort_order=order, **unit_defaults)["id"]
            self.row("position", created, unit_id=unit, person_id=self.person("Leder"), role="leader", title="Leder",
                     start_date=start, end_date=None)
            self.row("follow_up_link", created, unit_id=unit, lead_person_id=chief, start_date=start, end_date=None)
            self.row("unit_ansvar", created, unit_id=unit, code=f"1{order}00", code_to=None)

        keys = list(PROFILES)
        total = sum(p.weight for p in PROFILES.values())
        counts = {k: max(1, round(self.size.units * PROFILES[k].weight / total)) for k in keys}
        while sum(counts.values()) != self.size.units:  # rounding: take from or give to the largest
            biggest = max(counts, key=lambda k: counts[k])
            counts[biggest] += 1 if sum(counts.values()) < self.size.units else -1
        profile_of = [k for k in keys for _ in range(counts[k])]
        rng.shuffle(profile_of)
        used: set[str] = set()
        plans = []
        first = date(self.size.first_year, 1, 1)
        moved_on = date(max(self.size.first_year + 1, self.size.last_year - 2), 1, 1)
        for i, key in enumerate(profile_of):
            profile = PROFILES[key]
            name = rng.choice(profile.names).format(place=rng.choice(PLACES), n=i + 1)
            while name in used:
                name = f"{rng.choice(profile.names).format(place=rng.choice(PLACES), n=i + 1)} {rng.randint(2, 9)}"
            used.add(name)
            code = str(2000 + 10 * i)
            unit_id = self.row("unit", created, lineage_id=self.uid(), parent_id=root, code=code, name=name,
                               kind="result_unit", sort_order=100 + i, **unit_defaults)["id"]
            plan = _UnitPlan(i, key, unit_id, self.rows["unit"][-1]["lineage_id"], name)
            self.row("unit_ansvar", created, unit_id=unit_id, code=code, code_to=None)
            # Follow-up: the profile's kommunalsjef; one unit in 25 moved from another lead a few years ago.
            lead = leads[profile.lead]
            if rng.random() < 0.04:
                other = leads[rng.choice([k for k in leads if k != profile.lead])]
                plan.links.append((other, start, moved_on - timedelta(days=1)))
                plan.links.append((lead, moved_on, None))
            else:
                plan.links.append((lead, start, None))
            for lead_id, since, until in plan.links:
                self.row("follow_up_link", created, unit_id=unit_id, lead_person_id=lead_id, start_date=since,
                         end_date=until)
            self.leaders(plan, profile, first)
            plans.append(plan)
        return plans

    def leaders(self, plan: _UnitPlan, profile: Profile, first: date) -> None:
        """Leaders back from today until before the first year; now and then a gap or an acting leader."""
        rng, today = self.rng, self.today
        special = rng.random()
        end: date | None = None
        if special < 0.013:  # an acting leader since two months ago
            end = date(today.year, today.month, 1) - timedelta(days=62)
            acting_from = end + timedelta(days=1)
            self.tenure(plan, profile, "acting_leader", acting_from, None)
        elif special < 0.023:  # vacant since the first of this month
            end = date(today.year, today.month, 1) - timedelta(days=1)
        while True:
            years = rng.uniform(1.5, 11)
            start = (end or today) - timedelta(days=int(years * 365))
            start = date(start.year, rng.choice((1, 1, 3, 8, 8, 9)), 1)
            if end is not None and start >= end:
                start = date(end.year - 2, 8, 1)
            self.tenure(plan, profile, "leader", start, end)
            if start < first:
                return
            gap = rng.choice((0, 0, 0, 0, 0, 0, 31, 61, 92)) if start.year > first.year else 0
            end = start - timedelta(days=1 + gap)

    def tenure(self, plan: _UnitPlan, profile: Profile, role: str, start: date, end: date | None) -> None:
        title = profile.leader_title if role == "leader" else f"Konstituert {profile.leader_title.lower()}"
        person = self.person(title)
        self.row("position", _stamp(start), unit_id=plan.unit_id, person_id=person, role=role, title=title,
                 start_date=start, end_date=end)
        plan.tenures.append(_Tenure(person, role, start, end))

    # --- agreements --------------------------------------------------------------------------

    def agreements(self, plans: list[_UnitPlan], template_id: uuid.UUID) -> None:
        rng = self.rng
        for plan in plans:
            previous: list[tuple[uuid.UUID, str, str]] = []
            for year in range(self.size.first_year, self.size.last_year + 1):
                signed_on = date(year, rng.choice((1, 2)), rng.randint(5, 25))
                leader = plan.leader_at(signed_on) or plan.leader_at(min(date(year, 12, 31), self.today))
                if leader is None:
                    previous = []
                    continue
                if year < self.today.year:
                    status = "evaluated" if rng.random() < 0.9 else "signed"
                else:
                    draw = rng.random()
                    status = "signed" if draw < 0.9 else "discussion" if draw < 0.95 else "draft"
                signed = status in ("signed", "evaluated")
                superior = plan.lead_at(signed_on)
                agreement = self.row(
                    "agreement", _stamp(date(year - 1, 12, 1)), template_id=template_id, unit_id=plan.unit_id,
                    unit_lineage_id=plan.lineage_id, leader_id=leader, superior_id=superior, kind="result",
                    title=f"Resultatavtale {year} – {plan.name}", period_start=date(year, 1, 1),
                    period_end=date(year, 12, 31), status=status, confidential=True, revision=1,
                    revision_of_id=None, previous_id=None, linked_agreement_id=None,
                    values={"unit": plan.name, "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"},
                    signed_place="Benkvik" if signed else "", signed_by_leader_on=signed_on if signed else None,
                    signed_by_superior_on=signed_on + timedelta(days=rng.randint(0, 3)) if signed else None,
                    evaluation_summary="Målene er i hovedsak nådd." if status == "evaluated" else "",
                )
                pool = GOALS[plan.profile_key]
                chosen = [("faglige_krav", *g) for g in rng.sample(pool, k=min(len(pool), rng.randint(2, 3)))]
                chosen.append(("personlige_utviklingsmal", *rng.choice(PERSONAL_GOALS)))
                chosen.append(("generelle_krav", *COMMON_GOAL))
                carried = {text: goal_id for goal_id, text, _ in previous}
                goals = []
                per_category: dict[str, int] = {}
                numbers = {"faglige_krav": 1, "personlige_utviklingsmal": 2, "generelle_krav": 3}
                for order, (category, text, indicator) in enumerate(chosen):
                    per_category[category] = per_category.get(category, 0) + 1
                    goal = self.row("goal", agreement["created_at"], agreement_id=agreement["id"], category=category,
                                    number=f"{numbers[category]}.{per_category[category]}", text=text,
                                    indicator=indicator, evaluation="", deadline=date(year, 12, 31), sub_goals=[],
                                    sort_order=order, common_requirement_id=None,
                                    carried_from_id=carried.get(text))
                    goals.append((goal["id"], text, category))
                previous = goals
                if signed:
                    plan.goals[year] = [g for g, _, _ in goals]

    # --- meetings ----------------------------------------------------------------------------

    def meeting_day(self, year: int, month: int) -> date:
        day = date(year, month, self.rng.randint(4, 22))
        while day.weekday() > 3:  # Monday to Thursday
            day += timedelta(days=1)
        return day

    def outcome(self, month: int) -> str:
        draw = self.rng.random()
        if month == 7:  # summer: often cancelled, sometimes not planned at all
            return "missing" if draw < 0.08 else "cancelled" if draw < 0.45 else "held"
        if draw < 0.012:
            return "missing"
        if draw < 0.035:
            return "cancelled"
        if draw < 0.07:
            return "postponed"
        return "held"

    def meetings(self, plans: list[_UnitPlan]) -> None:
        today = self.today
        for plan in plans:
            writer = _Writer(self.rng, PROFILES[plan.profile_key])
            chains: list[_Chain] = []
            goal_state: dict[uuid.UUID, str] = {}
            for year in range(self.size.first_year, self.size.last_year + 1):
                for month in range(1, 13):
                    if (year, month) > (today.year, today.month):
                        if year == today.year and self.rng.random() < 0.6:  # planned ahead
                            day = self.meeting_day(year, month)
                            if plan.leader_at(day) is not None:
                                self.meeting(plan, writer, year, month, day, "planned")
                        continue
                    day = self.meeting_day(year, month)
                    if plan.leader_at(day) is None:
                        continue  # nobody to meet: the grid shows the month as missing
                    if (year, month) == (today.year, today.month):
                        result = "held" if day <= today else "planned"
                    else:
                        result = self.outcome(month)
                    if result == "missing":
                        continue
                    meeting = self.meeting(plan, writer, year, month, day, result)
                    if result == "postponed":
                        later = day + timedelta(days=self.rng.randint(6, 14))
                        if later.month == month and later <= today and self.rng.random() < 0.85:
                            meeting = self.meeting(plan, writer, year, month, later, "held")
                            result = "held"
                    if result == "held":
                        self.goal_statuses(plan, writer, meeting, goal_state)
                        self.action_items(plan, writer, meeting, chains)

    def meeting(self, plan: _UnitPlan, writer: _Writer, year: int, month: int, day: date,
                status: str) -> dict[str, Any]:
        rng, today = self.rng, self.today
        writer.context = {"month": MONTHS[month - 1], "next_month": MONTHS[month % 12],
                          "prev_month": MONTHS[month - 2], "year": str(year)}
        agenda_topics = [rng.choice(writer.slots["topic"]).capitalize(), *rng.sample(AGENDA_GENERIC, k=2)]
        economy = f"Økonomi per {MONTHS[month - 2]}" if month > 1 else f"Budsjettet for {year}"
        agenda = "\n".join(f"{i}. {line}" for i, line in enumerate(
            ("Oppfølgingspunkter fra forrige møte", economy, *agenda_topics, "Eventuelt"), 1))
        approved_leader = approved_superior = None
        locked = False
        if status == "held":
            sections = {
                "agenda": agenda,
                "leader_account": writer.sentences(LEADER_ACCOUNT, 3, 6),
                "superior_view": writer.sentences(SUPERIOR_VIEW, 1, 3),
                "budget_comment": (writer.fill(rng.choice(BUDGET_COMMENT[:3])) + " "
                                   + writer.sentences(BUDGET_COMMENT[3:], 1, 2)),
                "measures": writer.sentences(MEASURES, 1, 2),
                "other": writer.sentences(OTHER, 0, 2) + (" " + writer.fill(RARE) if rng.random() < 0.01 else ""),
                "needs": writer.sentences(NEEDS, 0, 2),
                "decisions": writer.sentences(DECISIONS, 1, 2),
            }
            if day <= today - timedelta(days=7):
                approved_leader = min(day + timedelta(days=rng.randint(1, 4)), today)
                approved_superior = min(approved_leader + timedelta(days=rng.randint(0, 3)), today)
                locked = True
            elif rng.random() < 0.5:
                approved_leader = today
        elif status == "planned":
            sections = {"agenda": agenda}
        else:
            reason = rng.choice(("sykdom", "budsjettmøte i formannskapet", "kurs", "ferieavvikling", "beredskap"))
            sections = {"other": f"Avlyst på grunn av {reason}." if status == "cancelled"
                        else f"Utsatt på grunn av {reason}; nytt tidspunkt avtales."}
        self.note_chars += sum(len(v) for v in sections.values())
        created = _stamp(day - timedelta(days=rng.randint(7, 30)), 8)
        row = self.row("meeting", created, unit_id=plan.unit_id, unit_lineage_id=plan.lineage_id,
                       leader_id=plan.leader_at(day), superior_id=plan.lead_at(day), year=year, month=month,
                       meeting_date=day, status=status, sections=sections, confidential=True,
                       approved_by_leader_on=approved_leader, approved_by_superior_on=approved_superior,
                       locked=locked)
        row["updated_at"] = _stamp(approved_superior or approved_leader or min(day, today), 15)
        return row

    def goal_statuses(self, plan: _UnitPlan, writer: _Writer, meeting: dict[str, Any],
                      state: dict[uuid.UUID, str]) -> None:
        if meeting["month"] < 2:
            return  # the year's agreement is signed in January or February
        ladder = ("on_track", "at_risk", "off_track")
        for goal_id in plan.goals.get(meeting["year"], ()):
            current = state.get(goal_id)
            if current is None:
                current = self.rng.choices(ladder, weights=(14, 5, 1))[0]
            elif self.rng.random() < 0.2:
                current = ladder[min(2, max(0, ladder.index(current) + self.rng.choice((-1, 1))))]
            state[goal_id] = current
            comment = writer.fill(self.rng.choice(GOAL_COMMENTS[current])) if self.rng.random() < 0.6 else ""
            self.row("meeting_goal_status", meeting["created_at"], meeting_id=meeting["id"], goal_id=goal_id,
                     status=current, comment=comment)

    def action_items(self, plan: _UnitPlan, writer: _Writer, meeting: dict[str, Any], chains: list[_Chain]) -> None:
        rng, today = self.rng, self.today
        day: date = meeting["meeting_date"]
        order = 0
        still_open = []
        for chain in chains:
            if chain.done_on is not None and chain.done_on <= day:
                continue  # done before this meeting: not carried
            if chain.due < day and rng.random() < 0.5:
                chain.due = day + timedelta(days=21)  # a new deadline agreed in the meeting
            chain.last = self.item(meeting, chain, order, chain.last)
            order += 1
            still_open.append(chain)
        leader, superior = plan.leader_at(day), plan.lead_at(day)
        for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(9, 26, 33, 21, 11))[0]):
            text = (f"{rng.choice(ITEM_VERBS)} {writer.fill(rng.choice(ITEM_OBJECTS))}"
                    f"{writer.fill(rng.choice(ITEM_TAILS))}.")
            due = day + timedelta(days=rng.randint(14, 56))
            draw = rng.random()
            if draw < 0.0005:
                done_on = None  # forgotten: carried until someone closes it
            elif draw < 0.03:
                done_on = due + timedelta(days=rng.randint(60, 300))  # drags on for months
            else:
                done_on = day + timedelta(days=rng.randint(3, (due - day).days + 14))
            if done_on is not None and done_on > today:
                done_on = None  # not done yet, as of today
            owner = rng.random()
            if owner < 0.6:
                chain = _Chain(text, leader, "", due, done_on)
            elif owner < 0.85:
                chain = _Chain(text, superior, "", due, done_on)
            else:
                chain = _Chain(text, None, rng.choice(OWNER_TEXTS), due, done_on)
            chain.last = self.item(meeting, chain, order, None)
            order += 1
            still_open.append(chain)
        chains[:] = still_open

    def item(self, meeting: dict[str, Any], chain: _Chain, order: int, carried_from: uuid.UUID | None) -> uuid.UUID:
        # Every row of a chain shares the day it was finally done (the demo builder's convention).
        return self.row("action_item", meeting["created_at"], meeting_id=meeting["id"], text=chain.text,
                        owner_id=chain.owner_id, owner_text=chain.owner_text, due_date=chain.due,
                        done_on=chain.done_on, carried_from_id=carried_from, sort_order=order)["id"]

    # --- budget for the last year --------------------------------------------------------------

    def budget(self, plans: list[_UnitPlan]) -> None:
        """This year's budget and accounts to last month, so the dashboard's deviation lines have figures."""
        rng, year = self.rng, self.today.year
        through = max(1, self.today.month - 1)
        imported = _stamp(date(year, min(self.today.month, 12), 10))
        sets = {}
        for kind, period_to in (("budsjett", 12), ("regnskap", through)):
            sets[kind] = self.row("budget_set", imported, name=f"{kind.capitalize()} {year}", kind=kind, year=year,
                                  period_from=1, period_to=period_to, source_file_name="generert",
                                  source_hash="", imported_at=imported, imported_by="bench",
                                  description="Generert for ytelsestesten.")["id"]
        arts = (("10100", 0.70), ("10200", 0.06), ("10900", 0.14), ("11000", 0.05), ("12000", 0.08),
                ("16000", -0.03))
        for plan in plans:
            code = str(2000 + 10 * plan.index)
            yearly = rng.randrange(5_000, 60_000) * 1000 * 100  # øre
            deviation = rng.gauss(0, 0.035)
            for art, share in arts:
                for period in range(1, 13):
                    budget = round(yearly * share / 12)
                    self.row("budget_line", imported, budget_set_id=sets["budsjett"], ansvar=code, art=art,
                             funksjon="", prosjekt="", period=period, amount_ore=budget, text="")
                    if period <= through:
                        actual = round(budget * (1 + deviation + rng.gauss(0, 0.02)))
                        self.row("budget_line", imported, budget_set_id=sets["regnskap"], ansvar=code, art=art,
                                 funksjon="", prosjekt="", period=period, amount_ore=actual, text="")


INSERT_ORDER = ("municipality", "org_version", "unit", "person", "position", "follow_up_link", "unit_ansvar",
                "agreement", "goal", "meeting", "meeting_goal_status", "action_item", "budget_set", "budget_line")


def _batches(rows: list[dict[str, Any]], size: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def build_history(path: Path, size: Size, today: date = TODAY, seed: int = SEED) -> History:
    """Build the history into a new database file at ``path`` (which must not exist)."""
    from sqlalchemy import insert

    from app.agreements.templates import install_builtin_templates
    from app.storage.database import open_database
    from db.base import Base

    start = time.perf_counter()
    tables = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    db = open_database(path)
    try:
        with db.session() as session:
            session.info["audit"] = False
            template_id = install_builtin_templates(session)[TEMPLATE_KEY].id
            builder = _Builder(size, today, seed)
            plans = builder.organisation()
            builder.agreements(plans, template_id)
            builder.meetings(plans)
            builder.budget(plans)
            generated = time.perf_counter() - start
            for table in INSERT_ORDER:
                model = tables[table]
                for batch in _batches(builder.rows.get(table, [])):
                    session.execute(insert(model), batch)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    rows = builder.rows
    meetings = rows["meeting"]
    return History(
        path=path, units=size.units, first_year=size.first_year, last_year=size.last_year, today=today,
        meetings=len(meetings), held=sum(1 for m in meetings if m["status"] == "held"),
        action_items=len(rows["action_item"]),
        open_items=_open_items(rows["action_item"]), goal_statuses=len(rows.get("meeting_goal_status", [])),
        agreements=len(rows["agreement"]), goals=len(rows["goal"]), budget_lines=len(rows["budget_line"]),
        note_chars=builder.note_chars, build_s=time.perf_counter() - start,
        counts={"generate_s": round(generated, 1), "people": len(rows["person"])},
    )


def _open_items(items: list[dict[str, Any]]) -> int:
    carried = {i["carried_from_id"] for i in items if i["carried_from_id"] is not None}
    return sum(1 for i in items if i["done_on"] is None and i["id"] not in carried)


def followup_history(size: Size = FULL, today: date = TODAY) -> History:
    """The cached history of ``size``, built if missing or out of date."""
    from db.migrate import head_revision

    CACHE.mkdir(parents=True, exist_ok=True)
    stem = (f"followup_{size.units}u_{size.first_year}-{size.last_year}_{today:%Y%m%d}"
            f"_v{GENERATOR_VERSION}_m{head_revision()}")
    path = CACHE / f"{stem}.sdb"
    meta_path = CACHE / f"{stem}.json"
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("bytes") == path.stat().st_size:
            meta.pop("bytes")
            return History(**{**meta, "path": path, "today": date.fromisoformat(meta["today"]), "cached": True})
    tmp = path.with_suffix(".tmp.sdb")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    history = build_history(tmp, size, today)
    os.replace(tmp, path)
    history.path = path
    meta = {k: v for k, v in asdict(history).items() if k not in ("path", "cached")}
    meta_path.write_text(json.dumps({**meta, "today": today.isoformat(), "bytes": path.stat().st_size}, indent=2))
    return history


if __name__ == "__main__":
    import sys

    h = followup_history(QUICK if "--quick" in sys.argv else FULL)
    print(f"{h.path}: {h.meetings} meetings ({h.held} held), {h.action_items} action items ({h.open_items} open), "
          f"{h.goal_statuses} goal statuses, {h.agreements} agreements, {h.note_chars / 1e6:.1f} M characters of "
          f"notes; built in {h.build_s:.1f} s{' (cached)' if h.cached else ''}")
