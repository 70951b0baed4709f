"""Places: named locations in the text, found and geocoded with the offline gazetteer.

A place mention is a spaCy place entity (labels from ``lang/<code>/places.yaml``) that the gazetteer
knows, or a capitalised name spaCy missed (or took for a person) that the curated table knows, or
that names a town of some size in a country the article is about. Persons, their nicknames and
demonyms are never places. Words are data: ``places.yaml`` and ``demonyms.yaml``.

Homonyms resolve to the first-level divisions the article names ("Lyman, dans la région
d'Odessa"), then to its countries (the ones it names, the countries of its unambiguous curated
places, its country adjectives; most mentioned first), then to the curated table, then to
population. A GeoNames village outside the article's countries is dropped rather than guessed.

Precision follows ACLED: 1 the town is named; 2 "près de Gao", "à 30 km de Gao", "le district
de Sangin", or a named district; 3 "la province d'Idleb" (placed at the town Idleb), a region or
a country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from bilan.extract.actors import find_actors, object_taking_lemmas, saying_lemmas
from bilan.extract.attribution import reporter_spans, source_spans
from bilan.extract.context import Context
from bilan.extract.lexicon import alternation, demonyms, elidable, phrase_pattern
from bilan.extract.numbers import find_quantities
from bilan.lang import load_lexicon
from bilan.model import Location, Span
from bilan.resolve.gazetteer import Gazetteer
from bilan.resolve.geocode import (
    Place,
    capital,
    country_part,
    country_place,
    distance_km,
    gazetteer,
    geocode,
    name_key,
    rank,
)

TARGET_WINDOW = 40  # characters before "hôpital" where "contre", "visé" make it the target
NEAR_WINDOW = 30  # characters before a name where "près de" applies
ELSEWHERE_WINDOW = 45  # characters before a name where "l'hôpital de" applies
NETWORK_WINDOW = 50  # characters from "un réseau de" to a name or "dans tout le pays" it situates
WIDEN_BACK = 3  # lower-case words a curated area's name may start with ("régions anglophones du Cameroun")
TOWN_WIDEN_BACK = 2  # and a curated town's ("la bande de Gaza")
MAX_NAME_TOKENS = 5  # a place name spaCy missed is at most this many tokens ("Mocímboa da Praia")
PERSON_LABELS = frozenset({"PER", "PERSON"})
WHERE_LABELS = frozenset({"LOC", "GPE"})
TOWN_KINDS = ("city", "district")  # what a sentence's place is first looked for among
ACRONYM_LETTERS = 5  # an all-capitals name this short is an acronym unless the curated table has it
ELISION = ("'", "’")  # a link ending so runs into the name after it ("d'Israël")
SPEECH_GAP = 4  # words between a verb of saying and its "que" ("a annoncé jeudi soir que")
FOREIGN_AFTER = 1  # the article's main countries (most named first) whose capitals are no foreign government
BIG_CITY = 500_000  # a GeoNames town this big is taken even outside the article's countries


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    span: Span
    near: bool
    dateline: bool = False  # where the story was filed ("Rangoun, 12 avril –"), not where it happened
    level: int | None = None  # precision the words around the name set: 2 a district, 3 a province
    elsewhere: bool = False  # where the wounded were taken or a statement made ("l'hôpital de Kaya")
    origin: bool = False  # where a strike or a group came from ("lancé depuis le Liban")
    locative: bool = False  # written as a place ("en Syrie", "à Gao"), not as an actor ("la Syrie a")
    far: bool = False  # a landmark far from where it happened ("à 300 km au nord de N'Djamena")
    written: str = ""  # the name as the text writes it
    part: bool = False  # a part of a country told by its direction ("le nord du Mali")

    @property
    def name(self) -> str:
        """The curated French name, else (GeoNames' names are English or transliterated: "Kafr
        Baţnā") the name as the article writes it."""
        return self.place.name if self.place.curated or not self.written else self.written

    @property
    def precision(self) -> int:
        if self.level is not None:
            return max(self.level, self.place.precision if self.place.kind != "city" else 1)
        if self.near and self.place.kind == "city":
            return 2
        return self.place.precision

    def location(self) -> Location:
        return Location(name=self.name, country=self.place.country, lat=self.place.lat,
                        lon=self.place.lon, precision=self.precision, evidence=(self.span,),
                        admin1=self.place.admin1 or None)


@dataclass(frozen=True)
class PlaceLexicon:
    near: re.Pattern[str]
    region: re.Pattern[str]
    region_prefix: re.Pattern[str]
    district: re.Pattern[str]
    labels: frozenset[str]
    not_places: frozenset[str]
    stoplist: frozenset[str]
    min_population: int
    demonyms: re.Pattern[str]
    demonym_country: dict[str, str]
    cue: re.Pattern[str]
    origin: re.Pattern[str]
    locative: re.Pattern[str]
    elsewhere: re.Pattern[str]
    agent: re.Pattern[str]  # "envoyées par Damas": who acted, not where
    not_after: re.Pattern[str]
    strong_cue: re.Pattern[str]
    articles: frozenset[str]
    elided_articles: frozenset[str]  # the articles that join the next word ("l'")
    settlement: re.Pattern[str]
    area: re.Pattern[str]
    near_name: re.Pattern[str]
    named_area: re.Pattern[str]  # "les monts Golis": a feature's noun, then its name (group proper)
    conflict: re.Pattern[str]
    stage: re.Pattern[str]  # "est le théâtre": the town before it is where the war words are
    place_pronoun: re.Pattern[str]
    existential: re.Pattern[str]  # "il y a": no place pronoun
    relative: re.Pattern[str]  # ", où": the clause after it tells what happened at the place before
    chain_opener: re.Pattern[str]  # ", au Helmand", ", une ville": a description of the place before
    capital: re.Pattern[str]
    whole_country: re.Pattern[str]
    many_towns: re.Pattern[str]  # "dans plusieurs villes du pays": many places of the country
    spread: re.Pattern[str]  # "dans trois villes", "sur l'ensemble du territoire": several places
    at_name: re.Pattern[str]
    distance: re.Pattern[str]
    distance_unit: re.Pattern[str]  # "km", "kilomètres" anywhere: a place measured from another
    list_gap: re.Pattern[str]
    origin_list_gap: re.Pattern[str]  # ", de ", " ou de ": a link said again in a list
    side: re.Pattern[str]
    region_anaphora: re.Pattern[str]
    district_anaphora: re.Pattern[str]  # "dans ce district": the district named last
    province_anaphora: re.Pattern[str]  # "dans cette province": the province named last
    town_definite: re.Pattern[str]  # "la ville" with no name after it: the town named last
    part: re.Pattern[str]  # "dans le nord-est du Nigeria", "le sud du pays"
    situated: re.Pattern[str]  # "à Kpinkankandi, dans la préfecture de Kpendjal"
    situating: re.Pattern[str]  # ", une petite ville de la province d'Idleb" after a name
    passive_auxiliaries: frozenset[str]  # "Kiev a été frappée": the capital is where, not who
    targeted: re.Pattern[str]  # "contre la maternité d'un hôpital": a hospital attacked is the place
    town_anaphora: re.Pattern[str]  # "cette ville": the town named last
    in_the_town: re.Pattern[str]  # "dans la ville" with no name after it: the town named last too
    network: re.Pattern[str]  # "qui dispose d'un vaste réseau de sources": where a source's informants are
    network_reach: int  # characters before a name within which ``network`` can start
    unnamed_town: re.Pattern[str]  # "d'une ville de l'": a town the next sentences name
    neighbourhood: re.Pattern[str]  # "le quartier de Gudele": a part of the story's town
    blaming_lemmas: frozenset[str]  # "impute l'attaque à Israël": a party, not a place
    blamed_links: frozenset[str]
    neighbour: re.Pattern[str]  # "le village voisin de Zaatara": near the town named before
    directions: dict[str, tuple[float, float]]
    country_links: dict[str, str]
    country_article: re.Pattern[str]  # one of country_links' articles, right before a name
    link_by_ending: dict[str, str]
    link_before_vowel: str
    vowels: frozenset[str]
    link_by_country: dict[str, str]
    territories: frozenset[str]  # name keys of a country's parts that stand apart ("Bande de Gaza")
    country_war: re.Pattern[str]  # "le conflit syrien": a war named after its country (group demonym)
    remit: re.Pattern[str]  # "pour le", ", porte-parole du gouverneur d'": a source's title goes on
    other_clause: re.Pattern[str]  # "tandis que": what comes after is another clause's
    waters: frozenset[str]  # name keys of the nouns that open a sea's or a strait's name ("mer Rouge")
    opening_at: re.Pattern[str]  # "À" opening a sentence, right before a name ("À Moscou, le Comité…")
    speech_link: re.Pattern[str]  # "que", "état de" after a verb of saying: what the source reports
    respellings: tuple[tuple[re.Pattern[str], str], ...]  # French transliterations to English ones


def _distance(units: list[str]) -> re.Pattern[str]:
    """A distance a little before a name: "à environ 300 km au nord de", "à une centaine de
    kilomètres à l'ouest de" (group 1 holds the figure, in digits or words)."""
    return re.compile(rf"(\d[\d\s]*|[^\W\d_]+)\s*(?:d['’]\s*|de\s+)?(?:{phrase_pattern(units).pattern})"
                      rf"[^.;\d]{{0,30}}$", re.IGNORECASE)


def _list_gap(joiners: list[str], articles: list[str]) -> re.Pattern[str]:
    """What stands between two names of a list: ", le ", " et la ", " ou l'"."""
    return re.compile(rf"(?:\s*(?:{alternation(joiners + articles)})\s*)+", re.IGNORECASE)


def _before(words: list[str]) -> re.Pattern[str]:
    """``words`` ending right before a name (optionally after an article: "de la", "du")."""
    body = phrase_pattern(words).pattern
    return re.compile(rf"(?:{body})\s*(?:la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)


def _prefix(words: list[str]) -> re.Pattern[str]:
    """``words`` at the start of a name ("Gouvernorat d'Idleb", "Oblast de Donetsk")."""
    body = "|".join(re.sub("['’]", "['’]", re.escape(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{body})\s*" if body else r"(?!)", re.IGNORECASE)


@cache
def place_lexicon(lang: str) -> PlaceLexicon:
    data = load_lexicon(lang, "places")
    near = phrase_pattern(data["near"]).pattern
    demonym_country = demonyms(lang)
    forms = "|".join(re.escape(w) for w in sorted(demonym_country, key=len, reverse=True))
    nouns = phrase_pattern(data.get("place_nouns", [])).pattern
    return PlaceLexicon(near=re.compile(rf"(?:{near})\s*(?:{nouns}\s*)?[\w'’-]*\s*$", re.IGNORECASE),
                        region=_before(data.get("region_words", [])),
                        region_prefix=_prefix(data.get("region_words", [])),
                        district=_before(data.get("district_words", [])),
                        labels=frozenset(data["labels"]),
                        not_places=frozenset(data.get("not_places", [])),
                        stoplist=frozenset(data.get("stoplist", [])),
                        min_population=int(data.get("min_population", 1000)),
                        demonyms=re.compile(rf"(?<![\w-])({forms})(?:e?s)?(?![\w-])", re.IGNORECASE),
                        demonym_country=demonym_country,
                        cue=re.compile(rf"{phrase_pattern(data.get('place_cues', [])).pattern}\s*$",
                                       re.IGNORECASE),
                        origin=_before(data.get("origin_cues", [])),
                        locative=_before(data.get("locative_cues", [])),
                        agent=_before(data.get("agent_markers", [])),
                        elsewhere=re.compile(
                            rf"{phrase_pattern(data.get('elsewhere', [])).pattern}"
                            r"\s*(?:[\w'’-]+\s+){0,3}(?:[dl]['’])?$",
                            re.IGNORECASE),
                        not_after=re.compile(
                            rf"{phrase_pattern(data.get('not_after', [])).pattern}\s*[«\"“]?\s*$",
                            re.IGNORECASE),
                        strong_cue=re.compile(
                            rf"{phrase_pattern(data.get('strong_place_cues', [])).pattern}\s*$",
                            re.IGNORECASE),
                        articles=frozenset(data.get("articles", [])),
                        elided_articles=frozenset(a for a in data.get("articles", []) if a[-1:] in "'’"),
                        settlement=_settlement(data, "settlement_nouns"),
                        area=_settlement(data, "area_nouns"),
                        near_name=re.compile(rf"(?:{near})\s*(?P<name>{NAME})"),
                        named_area=re.compile(
                            rf"(?<![\w-])(?i:{phrase_pattern(data.get('named_area_nouns', [])).pattern})"
                            rf"\s+(?P<proper>{NAME})"),
                        conflict=phrase_pattern(data.get("conflict_nouns", [])),
                        stage=re.compile(rf"\s*(?:{phrase_pattern(data.get('stage_phrases', [])).pattern})"),
                        place_pronoun=phrase_pattern(data.get("place_pronouns", [])),
                        existential=re.compile(
                            rf"\W*(?:{phrase_pattern(data.get('existentials', [])).pattern})", re.IGNORECASE),
                        relative=re.compile(
                            rf",\s*(?:{phrase_pattern(data.get('place_relatives', [])).pattern})"),
                        chain_opener=re.compile(
                            rf"\s*(?:{phrase_pattern(data.get('chain_openers', [])).pattern})"),
                        capital=re.compile(
                            rf"{phrase_pattern(data.get('capital_words', [])).pattern}"
                            rf"(?!\s*(?:{phrase_pattern(data.get('not_the_capital', [])).pattern}))",
                            re.IGNORECASE),
                        whole_country=phrase_pattern(data.get("whole_country", [])),
                        many_towns=_many_towns(data),
                        spread=_spread(data),
                        other_clause=phrase_pattern(data.get("other_clause", [])),
                        waters=frozenset(name_key(w) for w in data.get("waters", [])),
                        opening_at=re.compile(
                            rf"[\W_]*(?:{phrase_pattern(data.get('at_words', [])).pattern})\s*",
                            re.IGNORECASE),
                        speech_link=re.compile(
                            rf"\s*(?P<gap>(?:[^\W\d_][\w'’-]*\s+){{0,{SPEECH_GAP}}}?)"
                            rf"(?:{elidable(data.get('speech_links', []))})(?![\w-])", re.IGNORECASE),
                        distance=_distance(data.get("distance_units", [])),
                        respellings=tuple((re.compile(a), b) for a, bs in data.get("respellings", {}).items()
                                          for b in bs),
                        distance_unit=phrase_pattern(data.get("distance_units", [])),
                        list_gap=_list_gap(data.get("list_words", []), data.get("articles", [])),
                        origin_list_gap=re.compile(
                            rf"(?:\s*(?:{alternation(data.get('list_words', []))})\s*)+"
                            rf"(?:{elidable(data.get('origin_list_links', []))})\s*"
                            rf"(?:{elidable(data.get('articles', []))})?\s*", re.IGNORECASE),
                        region_anaphora=_unnamed(data.get('region_anaphora', [])),
                        district_anaphora=_unnamed(data.get('district_anaphora', [])),
                        province_anaphora=_unnamed(data.get('province_anaphora', [])),
                        town_definite=_unnamed(data.get('town_definite', [])),
                        side=re.compile(rf"{phrase_pattern(data.get('side_words', [])).pattern}\s+"
                                        rf"(?P<demonym>{forms})(?:e?s)?(?![\w-])", re.IGNORECASE),
                        at_name=re.compile(rf"(?:{phrase_pattern(data.get('at_words', [])).pattern})"
                                           rf"\s+(?P<name>{NAME})"),
                        part=_part(data),
                        situated=_situated(data),
                        situating=re.compile(_situating(data)),
                        passive_auxiliaries=frozenset(data.get("passive_auxiliaries", [])),
                        town_anaphora=phrase_pattern(data.get("town_anaphora", [])),
                        in_the_town=_unnamed(data.get("in_the_town", [])),
                        network=re.compile(rf"{phrase_pattern(data.get('network_words', [])).pattern}"
                                           rf"[^,.;:«»()]{{0,{NETWORK_WINDOW}}}$", re.IGNORECASE),
                        network_reach=NETWORK_WINDOW + max(map(len, data.get("network_words", [])),
                                                           default=0),
                        unnamed_town=_unnamed_town(data),
                        neighbourhood=phrase_pattern(data.get("neighbourhood_nouns", [])),
                        blaming_lemmas=frozenset(data.get("blaming_lemmas", [])),
                        blamed_links=frozenset(data.get("blamed_links", [])),
                        remit=_remit(data),
                        neighbour=re.compile(rf"{phrase_pattern(data.get('neighbour_words', [])).pattern}"
                                             r"\s*(?:de|d['’])?\s*$", re.IGNORECASE),
                        targeted=re.compile(rf"{phrase_pattern(data.get('targeted', [])).pattern}"
                                            r"\s*(?:[\w'’-]+\s+){0,3}[\w'’-]*$", re.IGNORECASE),
                        directions={str(k).lower(): (float(v[0]), float(v[1]))
                                    for k, v in data.get("directions", {}).items()},
                        country_links={str(k).lower(): str(v)
                                       for k, v in data.get("country_links", {}).items()},
                        country_article=_country_article(data),
                        link_by_ending={str(k): str(v) for k, v in data.get("link_by_ending", {}).items()},
                        link_before_vowel=str(data.get("link_before_vowel", "")),
                        vowels=frozenset(str(data.get("vowels", ""))),
                        link_by_country={str(k): str(v)
                                         for k, v in data.get("link_by_country", {}).items()},
                        territories=frozenset(name_key(str(t)) for t in data.get("territories", [])),
                        country_war=re.compile(rf"{phrase_pattern(data.get('country_wars', [])).pattern}"
                                               rf"\s+(?P<demonym>{forms})(?:e?s)?(?![\w-])", re.IGNORECASE))


# a capitalised name of up to three words, each may open with an Arabic article ("Wad al-Nourah",
# "al-Amiriyé")
PARTICLE = r"(?:[a-z]{1,3}-)?"
NAME = rf"{PARTICLE}[^\W\d_a-z][\w’'-]+(?:\s+{PARTICLE}[^\W\d_a-z][\w’'-]+){{0,2}}"


def _many_towns(data: dict[str, Any]) -> re.Pattern[str]:
    """Many places of the country at once: a word of number, a plural noun of places, then "du
    pays" ("dans plusieurs villes du pays", "une quarantaine de localités du pays")."""
    many = alternation(data.get("many_words", []))
    nouns = alternation(data.get("many_town_nouns", []))
    country = alternation(data.get("of_the_country", []))
    return re.compile(rf"(?<![\w-])(?:{many})\s+(?:de\s+|d')?(?:{nouns})\s+(?:{country})(?![\w-])",
                      re.IGNORECASE)


def _spread(data: dict[str, Any]) -> re.Pattern[str]:
    """Several places at once: a preposition, a count or many-word, a plural noun of places ("dans
    les deux régions anglophones", "dans plusieurs districts de la vallée"), or the whole territory
    ("sur l'ensemble du territoire")."""
    prepositions = alternation(data.get("spread_prepositions", []))
    counts = alternation(list(data.get("spread_counts", [])) + list(data.get("many_words", [])))
    nouns = alternation(data.get("spread_nouns", []))
    whole = phrase_pattern(data.get("spread_whole", [])).pattern
    determiners = alternation(data.get("spread_determiners", []))
    links = alternation(data.get("settlement_links", []))
    return re.compile(rf"(?<![\w-])(?:{prepositions})\s+(?:(?:{determiners})\s+)?(?:{counts}|\d+)\s+"
                      rf"(?:(?:{links})\s*)?(?:{nouns})(?![\w-])|{whole}", re.IGNORECASE)


def _unnamed(phrases: list[str]) -> re.Pattern[str]:
    """``phrases`` with no name after them ("dans la province", not "dans la province de Kasaï")."""
    return re.compile(rf"{phrase_pattern(phrases).pattern}(?!\s*(?:de|d['’]|du|des)(?![\w-]))",
                      re.IGNORECASE)


def _situating(data: dict[str, Any]) -> str:
    """A comma and words that situate the name before it (", dans la préfecture de", ", une
    petite ville", ", à 30 km de")."""
    situating = phrase_pattern(list(data.get("situating", [])) + list(data.get("near", []))).pattern
    units = phrase_pattern(data.get("distance_units", [])).pattern
    # "à Ouman, paisible ville du centre de l'Ukraine": a word may come first
    return rf",\s+(?:[^\W\d_]+\s+)?(?:{situating}|à\s+[^,.;]{{0,30}}?{units})"


def _situated(data: dict[str, Any]) -> re.Pattern[str]:
    """A name after "à" or "de" that a comma and words situating it follow: group ``name``."""
    after = elidable(data.get("situated_after", []))
    # the link may open the sentence ("À Javanroud, dans la province de Kermanshah")
    return re.compile(rf"(?<![\w-])(?i:{after})\s*(?P<name>{NAME}){_situating(data)}")


def _remit(data: dict[str, Any]) -> re.Pattern[str]:
    """A link that ends right before an area a source's title names ("la coordinatrice de l'ONU
    pour le Yémen", "porte-parole du gouverneur d'Anbar")."""
    return re.compile(rf"(?:^|\s)(?:{elidable(data.get('remit_links', []))})\s*$", re.IGNORECASE)


def _unnamed_town(data: dict[str, Any]) -> re.Pattern[str]:
    """An unnamed town ending right before an area's name: "d'une petite ville minière de l'"."""
    articles = phrase_pattern(data.get("unnamed_town_articles", [])).pattern
    nouns = phrase_pattern(data.get("unnamed_town_nouns", [])).pattern
    links = elidable(data.get("unnamed_town_links", []))
    return re.compile(rf"(?:{articles})\s+(?:[^\W\d_]+\s+){{0,2}}(?:{nouns})(?:\s+[^\W\d_]+){{0,2}}"
                      rf"\s+(?:{links})\s*$", re.IGNORECASE)


def _country_article(data: dict[str, Any]) -> re.Pattern[str]:
    """The longest of ``country_links``' articles ending the text before a country's name
    (group ``article``): "au Liban", "de la Syrie"."""
    articles = sorted((str(k).lower() for k in data.get("country_links", {})), key=len, reverse=True)
    body = "|".join(re.escape(a) for a in articles) or "(?!)"
    return re.compile(rf"(?<![\w-])(?P<article>{body})\s*$")


def _part(data: dict[str, Any]) -> re.Pattern[str]:
    """A direction after an article and before a link: "le nord-est du", "l'est de la", with the
    home word if one follows ("du pays"); the country's name, if any, starts at group ``link``'s end."""
    articles = elidable(data.get("direction_articles", []))
    directions = alternation(data.get("directions", {}))
    links = elidable(data.get("direction_links", []))
    home = alternation(data.get("home_words", []))
    return re.compile(rf"(?<![\w-])(?:{articles})\s*(?P<direction>{directions})(?![\w-])\s+"
                      rf"(?P<link>{links})\s*(?P<home>(?:{home})(?![\w-]))?", re.IGNORECASE)


def _settlement(data: dict[str, list[str]], key: str) -> re.Pattern[str]:
    """A settlement (or area) noun, at most one adjective, a link word and a capitalised name: "le
    village peul d'Ogossagou", "la localité d'Awasse", "les montagnes de Bolan"; or a name in
    apposition to one ("El Adde, une localité de la région de Gedo"). The name is group
    ``name`` or ``before``."""
    nouns = phrase_pattern(data.get(key, [])).pattern
    links = elidable(data.get("settlement_links", []))
    articles = elidable(data.get("apposition_articles", []))
    # "le village de Hroza", or "Hroza, un village d'environ 330 habitants"
    return re.compile(rf"(?:{nouns})(?:\s+[^\W\d_A-Z]+)?\s+(?:{links})\s*(?P<name>{NAME})"
                      rf"|(?P<before>{NAME}),\s+(?:{articles})\s*(?:{nouns})(?![\w-])")


def place_mentions(ctx: Context) -> tuple[PlaceMention, ...]:
    """Every place the document names, in text order."""
    return ctx.memo("place mentions", lambda: _find_places(ctx))


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    places: tuple[Place, ...]
    entity: bool


def _runs(ctx: Context, lex: PlaceLexicon) -> list[tuple[SpacySpan, tuple[Place, ...]]]:
    """The longest capitalised token runs the gazetteer knows ("Fada N'Gourma", "Khan Younès"),
    across spaCy's entity boundaries."""
    known = gazetteer()
    doc = ctx.doc
    found: list[tuple[SpacySpan, tuple[Place, ...]]] = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i].text):
            i += 1
            continue
        match = None
        for n in range(min(MAX_NAME_TOKENS, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            if not any(c.isupper() for c in span[-1].text) or "\n" in span.text:
                continue
            places = known.lookup(span.text)
            if places:
                match = (span, places)
                break
        if match is None:
            i += 1
            continue
        before = ctx.text[max(0, match[0].start_char - NEAR_WINDOW):match[0].start_char]
        fixed = lex.near.search(before) or lex.region.search(before)  # "à l'ouest d'Alep"
        floor = match[0].start if fixed else found[-1][0].end if found else 0
        span, places = _widen(doc, match[0], match[1], floor)
        found.append((span, places))
        i = span.end
    return found


def _widen(doc: Doc, span: SpacySpan, places: tuple[Place, ...],
           floor: int) -> tuple[SpacySpan, tuple[Place, ...]]:
    """A curated name that goes on in lower case around the capitalised words: "la bande de Gaza",
    "la Ghouta orientale", "les régions anglophones du Cameroun" (never before ``floor``: "à
    l'ouest d'Alep" is not "l'ouest d'Alep")."""
    known = gazetteer()
    for start, end in ((span.start, span.end + 1), (span.start - 1, span.end + 1),
                       *((span.start - n, span.end) for n in range(WIDEN_BACK, 0, -1))):
        if start < floor or end > len(doc) or start < 0:
            continue
        wider = doc[start:end]
        if any(t.is_punct or not t.is_lower for t in (*doc[start:span.start], *doc[span.end:end])):
            continue
        # a town's name reaches less far back than an area's ("la banlieue sud de Beyrouth" is
        # Beyrouth's, "les régions anglophones du Cameroun" a region of their own)
        curated = tuple(p for p in known.lookup(wider.text) if p.curated and (
            span.start - start <= TOWN_WIDEN_BACK or p.kind not in TOWN_KINDS))
        if curated:
            return wider, curated
    return span, places


STRONG_CUE_CHARS = 25  # characters before a name where a strong place cue ("tués à") is read


def _candidates(ctx: Context, lex: PlaceLexicon) -> tuple[list[_Candidate], list[_Candidate]]:
    """Names to take for places (spaCy's place entities, capitalised names inside or around
    them, "persons" the curated table knows as places right after a place cue), and names that
    are places only if the article is about their country (names spaCy did not tag)."""
    known = gazetteer()
    place_ents = [e for e in ctx.doc.ents if e.label_ in lex.labels and e.text not in lex.not_places]
    persons = [e for e in ctx.doc.ents if e.label_ in PERSON_LABELS]
    found: list[_Candidate] = []
    others: list[_Candidate] = []
    covered: set[int] = set()
    runs = _runs(ctx, lex)
    in_runs = {t.i for span, _ in runs for t in span}
    for span, places in runs:
        if span.text in lex.not_places:
            continue
        ents = [e for e in place_ents if e.start < span.end and span.start < e.end]
        person = next((e for e in persons if e.start < span.end and span.start < e.end), None)
        widened = span[0].is_lower
        if widened or (ents and all(span.start <= e.start and e.end <= span.end for e in ents)):
            # the name covers whole place entities ("Fada" + "N'Gourma"): a place
            places = _plausible(places, lex, span.text)
            if places:
                found.append(_Candidate(span.start_char, span.end_char, places, True))
                covered.update(id(e) for e in ents)
        elif ents and all(e.end == span.end and (
                e.label_ != "MISC" or _names_a_war(ctx, lex, e, span) or _lower_head(e, span)) and (
                _lower_head(e, span) or lex.region.fullmatch(ctx.text, e.start_char, span.start_char))
                for e in ents):
            # the name ends a place entity ("aéroport d'Erbil", "quartier PK5 de Bangui", "État de
            # Manipur"), a war named after it ("la guerre du Darfour") or another name the model
            # gives common words before a town ("la bataille de Marawi", "l'école de Beslan")
            places = _plausible(places, lex, span.text)
            if places:
                found.append(_Candidate(span.start_char, span.end_char, places, True))
                covered.update(id(e) for e in ents)
        elif ents and all(e.label_ in WHERE_LABELS and not known.lookup(e.text)
                          and all(not t.text[:1].isupper() or t.i in in_runs for t in e) for e in ents) \
                and span[0].text not in lex.stoplist and any(p.curated for p in places):
            # names inside an entity made of names ("Gaza d'Israël", not "Alliance Fleuve Congo"):
            # curated places only
            found.append(_Candidate(span.start_char, span.end_char,
                                    tuple(p for p in places if p.curated), True))
            covered.update(id(e) for e in ents)
        elif ents or person is not None:
            # a word inside a longer name ("Centre de médecine d'urgence", "Hama Amadou"), unless
            # spaCy's small model took a town it does not know for a person ("tués à Ouallam"):
            # a whole "person" the curated table knows as a place, right after a place cue
            cue = lex.cue.search(ctx.text, max(0, span.start_char - 25), span.start_char) or \
                lex.situating.match(ctx.text, span.end_char)  # "Khan Cheikhoun, une petite ville"
            curated = tuple(p for p in places if p.curated)
            if person is not None and (person.start, person.end) == (span.start, span.end) and cue:
                if curated:
                    found.append(_Candidate(span.start_char, span.end_char, places, True))
                else:  # a GeoNames town: only in the article's countries (see _acceptable)
                    others.append(_Candidate(span.start_char, span.end_char, places, False))
        elif span[0].text not in lex.stoplist and not (
                span[0].is_sent_start and not any(p.curated for p in places)):
            strong = lex.strong_cue.search(ctx.text, max(0, span.start_char - STRONG_CUE_CHARS),
                                           span.start_char)
            places = tuple(p for p in places if p.curated or strong)
            if places:
                others.append(_Candidate(span.start_char, span.end_char, places, False))
    others += _respelled(ctx, lex, runs)
    for ent in place_ents:  # entities the runs missed: "bande de Gaza", "la Ghouta orientale"
        if id(ent) in covered:
            continue
        inner = ent[1:] if len(ent) > 1 and ent[0].lower_ in lex.articles else ent
        # a sea or a strait the model tags whole ("en mer Rouge", "le détroit d'Ormuz"): an area
        # the curated table knows, though its name opens with a common noun
        places = known.lookup(inner.text) if _capitalised(inner.text) else \
            tuple(p for p in known.lookup(inner.text) if p.curated and p.kind not in TOWN_KINDS)
        places = _plausible(places, lex, inner.text)
        if places and not any(c.start < inner.end_char and inner.start_char < c.end for c in found):
            found.append(_Candidate(inner.start_char, inner.end_char, places, True))
    return found, others


RESPELT_TOKENS = 3  # a respelt name is at most this many capitalised tokens ("Krasnaïa Iarouga")


def _respelled(ctx: Context, lex: PlaceLexicon,
               runs: list[tuple[SpacySpan, tuple[Place, ...]]]) -> list[_Candidate]:
    """Names the gazetteer does not know, right after a strong place cue ("tués à Doroud"), that
    it knows spelt the English way ("Dorud"): French copy transliterates with "ou", "tch", "dj"
    where GeoNames writes "u", "ch", "j". Unsure candidates, taken only for a town of the
    article's countries (see _acceptable): a respelling may hit a village anywhere."""
    if not lex.respellings:
        return []
    known = gazetteer()
    doc = ctx.doc
    taken = {t.i for span, _ in runs for t in span}
    found: list[_Candidate] = []
    i = 0
    while i < len(doc):
        start = doc[i].idx
        if i in taken or not _capitalised(doc[i].text) or doc[i].text in lex.stoplist \
                or not lex.strong_cue.search(ctx.text, max(0, start - STRONG_CUE_CHARS), start):
            i += 1
            continue
        end = i
        while end < min(len(doc), i + RESPELT_TOKENS) and end not in taken \
                and _capitalised(doc[end].text) and "\n" not in doc[end].text:
            end += 1
        match = next(((n, places) for n in range(end, i, -1)
                      if (places := _respelt(known, lex, name_key(doc[i:n].text)))), None)
        if match is None:
            i += 1
            continue
        span = doc[i:match[0]]
        found.append(_Candidate(span.start_char, span.end_char, match[1], False))
        i = match[0]
    return found


def _respelt(known: Gazetteer, lex: PlaceLexicon, key: str) -> tuple[Place, ...]:
    """The places the gazetteer knows under a respelling of ``key`` (none when it knows ``key``
    itself: a name written the English way needs none)."""
    if not key or known.lookup_key(key):
        return ()
    variants = {key}
    for pattern, english in lex.respellings:
        variants |= {pattern.sub(english, v) for v in variants}
    variants.discard(key)
    return tuple(dict.fromkeys(p for v in sorted(variants) for p in known.lookup_key(v)))


def _plausible(places: tuple[Place, ...], lex: PlaceLexicon, text: str) -> tuple[Place, ...]:
    """Curated places, and GeoNames places unless the name is a stoplisted word ("Nord") or an
    acronym ("un policier de la DRG" is no town Durg). An article starts a name the gazetteer
    knows with it ("La Victoria", "Le Caire")."""
    words = text.split()
    article = len(words) > 1 and words[0].lower() in lex.articles
    # after its article, a name opens with a stoplisted word too ("La Croix-Rouge" is no hamlet)
    stoplisted = words[1].split("-")[0] in lex.stoplist if article else words[0] in lex.stoplist
    if stoplisted or (text.isupper() and len(text) <= ACRONYM_LETTERS):
        return tuple(p for p in places if p.curated)
    return places


def _names_a_war(ctx: Context, lex: PlaceLexicon, ent: SpacySpan, name: SpacySpan) -> bool:
    """Whether the words of ``ent`` before ``name`` name a war ("la guerre du Darfour", "le conflit
    au Tigré"), which the model tags as a name of its own."""
    return lex.conflict.search(ctx.text, ent.start_char, name.start_char) is not None


def _lower_head(ent: SpacySpan, name: SpacySpan) -> bool:
    """Whether the words of ``ent`` before ``name`` are common words ("aéroport d'", "quartier
    PK5 de"), not another name ("Law Society of", "Alliance Fleuve")."""
    return all(not t.text[:1].isupper() or any(c.isdigit() for c in t.text)
               for t in ent.doc[ent.start:name.start] if not t.is_sent_start)


def _capitalised(token_text: str) -> bool:
    return token_text[:1].isupper()


def _country_counts(ctx: Context, lex: PlaceLexicon, cands: list[_Candidate]) -> Counter[str]:
    """Countries the article is about: the ones it names or whose curated places it names
    unambiguously count twice, a country adjective ("les forces russes") once."""
    counts: Counter[str] = Counter()
    for cand in cands:
        # only the curated table votes: a GeoNames village's country is no evidence by itself
        curated = {p.country for p in cand.places if p.curated and not at_sea(p, lex)}
        if len(curated) == 1:
            counts[curated.pop()] += 2
    for m in lex.demonyms.finditer(ctx.text):
        counts[lex.demonym_country[m.group(1).lower()]] += 1
    return counts


def at_sea(place: Place, lex: PlaceLexicon) -> bool:
    """Whether ``place`` is a sea, a gulf or a strait the curated table knows ("mer Rouge",
    "golfe d'Aden"): where a ship was hit, but no one country's ground, so it neither tells which
    country a story is in nor is the area of its war."""
    return place.curated and place.kind == "region" and name_key(place.name).split(" ")[0] in lex.waters


def _acceptable(cand: _Candidate, lex: PlaceLexicon, countries: Counter[str]) -> tuple[Place, ...]:
    """Of a non-entity name's places, the ones worth taking: curated, or towns of some size in
    the article's countries."""
    return tuple(p for p in cand.places if p.curated or (
        p.population >= lex.min_population and countries[p.country] > 0))


CLAUSE_BREAK = re.compile(r"[,;:]")
DESCRIBED_CHARS = 80  # a province named this soon after a town may only describe where the town is
FAR_KM = 50  # a town named as this far from the incident is a landmark, not its place
FAR_WINDOW = 60  # characters before a name where "à une centaine de kilomètres au nord de" is read


def _names_a_building(ctx: Context, start: int) -> bool:
    """Whether the words of ``elsewhere`` at ``start`` name a building or a place ("hôpital", "la
    ville de"), which an attack may target, not a move ("ont trouvé refuge à", "évacués vers"):
    people who fled the hamlets attacked ("des hameaux visés ont trouvé refuge à Ouahigouya")
    are still elsewhere."""
    word = ctx.word_at(start)
    return word is None or word.pos_ in ("NOUN", "PROPN")


def _article_before(before: str, lex: PlaceLexicon) -> bool:
    """Whether ``before`` ends with an elided article ("de l'"): towns go without one unless it is
    part of their name, which the gazetteer then holds. "la", "le" stay: they open the name of a
    square or a range ("le Maïdan", "la Gorongosa")."""
    words = before.split()
    return bool(words) and words[-1].lower() in lex.elided_articles


def _far(before: str, lex: PlaceLexicon, lang: str) -> bool:
    found = lex.distance.search(before)
    if found is None:
        return False
    figures = [q for q in find_quantities(before, lang) if q.span.end <= found.end(1)]
    return bool(figures) and figures[-1].value > FAR_KM


def _find_places(ctx: Context) -> tuple[PlaceMention, ...]:
    lex = place_lexicon(ctx.lang)
    entities, unsure = _candidates(ctx, lex)
    countries = _country_counts(ctx, lex, entities)
    others = []
    for cand in unsure:
        places = _acceptable(cand, lex, countries)
        if places:
            others.append(_Candidate(cand.start, cand.end, places, False))
    people = _person_names(ctx, lex)
    cands = [c for c in sorted(entities + others, key=lambda c: c.start)
             if not (name_key(ctx.text[c.start:c.end]) in people and not c.places[0].curated)]
    countries = _country_counts(ctx, lex, cands)
    prefer = [c for c, _ in countries.most_common()]
    admin1 = [lex.region_prefix.sub("", c.places[0].name) for c in cands if c.places[0].kind == "region"]
    admin1 += [ctx.text[c.start:c.end] for c in cands if lex.region.search(ctx.text[:c.start][-40:])]
    mentions = []
    for cand in cands:
        place = _choose(cand.places, prefer, admin1)
        if prefer and not (place.curated or place.country in countries or place.population >= BIG_CITY):
            continue  # a village of that name on another continent: a wrong point is worse than none
        before = ctx.text[max(0, cand.start - NEAR_WINDOW):cand.start]
        if not place.curated and place.kind in TOWN_KINDS and _article_before(before, lex):
            continue  # "à la demande de l'Alliance": a common noun written large, not a far town
        if lex.not_after.search(before):
            continue  # alias « Calarcá »: a nickname
        dateline = cand.start < ctx.dateline_end  # "Kano (Nigeria), 9 janv. 2022 – ": where it was filed
        level = 3 if lex.region.search(before) else 2 if lex.district.search(before) else None
        elsewhere = lex.elsewhere.search(ctx.text, max(0, cand.start - ELSEWHERE_WINDOW), cand.start)
        if elsewhere is not None and _names_a_building(ctx, elsewhere.start()) and lex.targeted.search(
                ctx.text, max(0, elsewhere.start() - TARGET_WINDOW), elsewhere.start()):
            elsewhere = None  # "l'attaque contre la maternité d'un hôpital de Kaboul": the target
        locative = lex.locative.search(before) is not None
        speaks = not locative and _speaks(ctx, lex, cand.end)  # "un chiffre que Nairobi qualifie de…"
        # "Moscou a revendiqué la reprise", "Ankara affirme": a capital for its government
        speaks = speaks or (not locative and is_capital(place, ctx.document.published)
                             and _acts(ctx, lex, cand))
        speaks = speaks or _ends_a_name(ctx.text, cand.end)  # "la Mission … au Soudan du Sud (Minuss)"
        speaks = speaks or _accused(ctx, cand.start)  # "qui accuse Belgrade d'avoir armé…"
        speaks = speaks or lex.agent.search(before) is not None  # "les troupes envoyées par Damas"
        speaks = speaks or _in_a_network(ctx, lex, cand.start)  # "un vaste réseau de sources en Syrie"
        speaks = speaks or _said_at(ctx, lex, cand.start, cand.end)  # "À Moscou, le NAK a annoncé que"
        mentions.append(PlaceMention(place, Span(cand.start, cand.end),
                                     near=bool(lex.near.search(before)), dateline=dateline,
                                     level=level, elsewhere=elsewhere is not None or speaks,
                                     origin=lex.origin.search(before) is not None,
                                     locative=locative,
                                     far=_far(ctx.text[max(0, cand.start - FAR_WINDOW):cand.start],
                                              lex, ctx.lang),
                                     written=ctx.text[cand.start:cand.end]))
    mentions += _sides(ctx, lex)
    home = prefer[0] if prefer else None
    mentions = [_foreign_government(ctx, lex, m, prefer[:FOREIGN_AFTER]) for m in mentions]
    mentions += _parts(ctx, lex, mentions, home)
    return tuple(_listed(ctx.text, sorted(mentions, key=lambda m: m.span.start), lex, home))


def _sides(ctx: Context, lex: PlaceLexicon) -> list[PlaceMention]:
    """"Côté israélien, cinquante soldats ont été tués": the country of that side."""
    found = []
    for match in lex.side.finditer(ctx.text):
        place = country_place(lex.demonym_country[match.group("demonym").lower()])
        if place is not None:
            found.append(PlaceMention(place, Span(*match.span("demonym")), near=False, locative=True,
                                      written=place.name))
    return found


def names_a_side(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` tells one side's count ("Côté israélien, neuf soldats…")."""
    return ctx.search_sentence(place_lexicon(ctx.lang).side, index) is not None


def _foreign_government(ctx: Context, lex: PlaceLexicon, mention: PlaceMention,
                        home: list[str]) -> PlaceMention:
    """The capital of a country the story is not about (``home``: its main countries) that no
    word places ("la proposition de Washington", "l'émissaire de Moscou") stands for its
    government: who acts or speaks, not where ("à Washington" is where)."""
    if not home or mention.place.country in home or mention.elsewhere or mention.dateline \
            or not is_capital(mention.place, ctx.document.published):
        return mention
    before = ctx.text[max(0, mention.span.start - NEAR_WINDOW):mention.span.start]
    if lex.strong_cue.search(before) or lex.locative.search(before) or lex.near.search(before) \
            or _subject_of(ctx, lex, mention.span.end) == "passive":  # "Kiev a été frappée"
        return mention
    return replace(mention, elsewhere=True)


def _parts(ctx: Context, lex: PlaceLexicon, mentions: list[PlaceMention],
           home: str | None) -> list[PlaceMention]:
    """"dans le nord-est du Nigeria", "le sud du pays": a part of a country, a region placed
    towards that side of it, named as the article names the country ("sud du Liban"). "Du pays"
    is the country named last before it in its sentence ("Côté israélien, les habitants du nord
    du pays"), else the article's."""
    countries = [m for m in mentions if m.place.kind == "country"]
    found = []
    for match in lex.part.finditer(ctx.text):
        named = next((m for m in countries if m.span.start == match.end()), None)
        country = named.place.country if named else \
            _country_before(ctx, countries, match.start(), home) if match.group("home") else None
        whole = country_place(country) if country else None
        if whole is None:
            continue
        end = named.span.end if named is not None else match.end()
        if any(m.span.start < end and match.start("direction") < m.span.end and m.place.kind == "region"
               for m in mentions):
            continue  # the curated table names it already ("le sud du Liban": Liban-Sud)
        point = country_part(whole.country, *lex.directions[match.group("direction").lower()])
        if point is None:
            continue
        if named is not None:
            link, written = match.group("link"), named.written
        else:
            # the shortest way the article writes it ("RDC", not "République démocratique du Congo")
            written = min((m.written for m in countries if m.place.country == country and m.written),
                          key=len, default=whole.name)
            link = _country_link(ctx, lex, whole, countries)
        space = "" if link.endswith(ELISION) else " "
        name = f"{match.group('direction').lower()} {link}{space}{written}"
        part = Place(name, whole.country, point[0], point[1], "region", curated=True)
        # "basé dans l'est de la RDC", "venus du nord du pays": where they are based or came from
        before = ctx.text[max(0, match.start() - ELSEWHERE_WINDOW):match.start()]
        found.append(PlaceMention(part, Span(match.start("direction"), end), near=False,
                                  locative=True, written=name, part=True,
                                  elsewhere=lex.elsewhere.search(before) is not None,
                                  origin=lex.origin.search(before) is not None))
    return found


def _country_before(ctx: Context, countries: list[PlaceMention], start: int, home: str | None) -> str | None:
    """The country named last before ``start`` in its sentence, else ``home``."""
    sent = ctx.sentence_at(start)
    before = [m for m in countries if sent.start_char <= m.span.start < start]
    return before[-1].place.country if before else home


def _country_link(ctx: Context, lex: PlaceLexicon, country: Place,
                  mentions: list[PlaceMention]) -> str:
    """How "of" is written before ``country``'s name ("du", "de la", "d'"): as the article
    writes it before that name elsewhere ("au Liban": "du"), else as such names usually take it."""
    for mention in mentions:
        if mention.place.country != country.country or mention.place.kind != "country":
            continue
        before = ctx.text[max(0, mention.span.start - 6):mention.span.start].lower()
        found = lex.country_article.search(before)
        if found is not None:
            return lex.country_links[found.group("article")]
    return _usual_link(lex, country.name)


def _usual_link(lex: PlaceLexicon, name: str) -> str:
    """The link a country's name takes when the article never writes one before it."""
    if name in lex.link_by_country:
        return lex.link_by_country[name]
    if name[:1].lower() in lex.vowels and lex.link_before_vowel:
        return lex.link_before_vowel
    ending = next((e for e in sorted(lex.link_by_ending, key=len, reverse=True) if name.endswith(e)), "")
    return lex.link_by_ending.get(ending, "")


def _listed(text: str, mentions: list[PlaceMention], lex: PlaceLexicon,
            home: str | None) -> Iterator[PlaceMention]:
    """Places listed after a place people fled to or a strike came from share its role ("ont fui
    vers la RDC, le Cameroun et le Tchad", "un hôpital de Tucson, aux États-Unis"), and so do
    towns listed after a town the wounded were taken to with its link said again ("les hôpitaux de
    Bokkos, de Barkin Ladi et de Jos"), unless they are the article's own country ("au centre
    médical de Sebba, au Burkina Faso") and not a town listed after a town ("évacués vers
    Santander de Quilichao et Cali")."""
    previous: PlaceMention | None = None
    for mention in mentions:
        if previous is not None and previous.origin \
                and lex.origin_list_gap.fullmatch(text, previous.span.end, mention.span.start):
            # "venus de Sulawesi, de Sumatra ou de Java": the link said again, the home country too
            mention = replace(mention, origin=True)
        elif previous is not None and previous.origin and previous.place.kind in TOWN_KINDS \
                and mention.place.kind == "region" and mention.place.country == previous.place.country \
                and lex.list_gap.fullmatch(text, previous.span.end, mention.span.start):
            # "venus de leur bastion de Saada, dans le nord du pays": where that town lies, no
            # more the place of what they did than the town
            mention = replace(mention, origin=True)
        elif previous is not None and (previous.elsewhere or previous.origin) \
                and (mention.place.country != home or _towns(previous, mention)) \
                and (lex.list_gap.fullmatch(text, previous.span.end, mention.span.start)
                     or (previous.elsewhere and _towns(previous, mention)
                         and lex.origin_list_gap.fullmatch(text, previous.span.end, mention.span.start))):
            # "transportés vers les hôpitaux de Bharatpur et de Katmandou": the link said again
            mention = replace(mention, elsewhere=previous.elsewhere or mention.elsewhere,
                              origin=previous.origin or mention.origin)
        yield mention
        previous = mention


def _towns(*mentions: PlaceMention) -> bool:
    """Whether all ``mentions`` are towns: a town listed after a town the wounded were taken to
    ("évacués vers Santander de Quilichao et Cali") is another such town, in the home country too."""
    return all(m.place.kind in TOWN_KINDS and m.level != 3 for m in mentions)


SPEAKER_GAP = 4  # auxiliaries, negations and adverbs between a name and its verb ("Moscou n'a pas démenti")


BLAME_WORDS = 6  # words between a verb of blaming and "à" ("impute cet assassinat à")


def _accused(ctx: Context, start: int) -> bool:
    """Whether the name starting at ``start`` is the object of a verb of accusing ("qui accuse
    Belgrade d'avoir armé le groupe"): a government, not a place."""
    i = ctx.token_from(start) - 1
    while i >= 0 and ctx.doc[i].idx + len(ctx.doc[i]) > start:
        i -= 1
    if i >= 0 and ctx.doc[i].pos_ == "VERB" and ctx.doc[i].lemma_ in object_taking_lemmas(ctx.lang):
        return True
    # "le groupe impute cet assassinat à Israël", "une frappe attribuée à Israël": who is blamed
    lex = place_lexicon(ctx.lang)
    if i < 0 or ctx.doc[i].lower_ not in lex.blamed_links:
        return False
    for token in reversed(ctx.doc[max(0, i - BLAME_WORDS):i]):
        if token.is_punct or token.lower_ in lex.blamed_links:  # "attribuées au Pakistan … à Kaboul"
            return False
        if token.lemma_ in lex.blaming_lemmas:
            return True
    return False


def _said_at(ctx: Context, lex: PlaceLexicon, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` opens its sentence ("À Moscou, …") before a source
    whose verb of saying reports what happened ("À Moscou, le Comité national antiterroriste a
    annoncé que dix policiers avaient été tués", "À Kaboul, le porte-parole … a fait état de 58
    soldats tués"): where the source speaks, not where the figures are. The first verb after the
    comma is the one: "À Gao, dix soldats ont été tués, a annoncé l'armée" is Gao's."""
    sent = ctx.sentence_at(start)
    if not lex.opening_at.fullmatch(ctx.text, sent.start_char, start) \
            or not ctx.text[end:sent.end_char].lstrip().startswith(","):
        return False
    verb = next((t for t in ctx.doc[ctx.token_from(end):sent.end] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    link = lex.speech_link.match(ctx.text, verb.idx + len(verb.text), sent.end_char)
    # "a fait état de": a link right after the verb says it is one of saying
    return link is not None and (verb.lemma_ in saying_lemmas(ctx.lang) or not link.group("gap"))


def _speaks(ctx: Context, lex: PlaceLexicon, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a verb of saying: a capital standing
    for its government ("Kiev affirme", "Moscou a démenti") is who speaks, not where."""
    verb, _ = _verb_after(ctx, lex, end)
    return verb is not None and verb.lemma_ in saying_lemmas(ctx.lang)


def is_capital(place: Place, on: date | None = None) -> bool:
    """Whether ``place`` is its country's capital city (``on`` that day, if given)."""
    found = capital(place.country, on) if place.kind == "city" else None
    return found is not None and (found.lat, found.lon) == (place.lat, place.lon)


def _acts(ctx: Context, lex: PlaceLexicon, cand: _Candidate) -> bool:
    """Whether the name is the subject of an active verb ("Moscou a revendiqué", "Kiev s'est dit
    prêt"), not of a passive one ("Kiev a été frappée") nor after a word that places it."""
    if lex.cue.search(ctx.text, max(0, cand.start - NEAR_WINDOW), cand.start):
        return False
    return _subject_of(ctx, lex, cand.end) == "active"


def _subject_of(ctx: Context, lex: PlaceLexicon, end: int) -> str | None:
    """"active" or "passive" when the name ending at ``end`` is the subject of such a verb."""
    verb, passive = _verb_after(ctx, lex, end)
    return "passive" if passive else "active" if verb is not None else None


def _verb_after(ctx: Context, lex: PlaceLexicon, end: int) -> tuple[Token | None, bool]:
    """The verb the name ending at ``end`` is the subject of (past auxiliaries, adverbs and
    pronouns), if any, and whether a passive auxiliary stands before it ("a été frappée")."""
    first = ctx.token_from(end)
    passive = False
    for token in ctx.doc[first:first + SPEAKER_GAP + 1]:
        passive = passive or (token.lemma_ in lex.passive_auxiliaries and token.pos_ in ("AUX", "VERB"))
        if token.pos_ == "VERB":
            return token, passive
        if token.pos_ not in ("AUX", "ADV", "PRON"):
            return None, passive
    return None, passive


ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][\w-]{1,11})\)")


def _ends_a_name(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` closes an organisation's name, its acronym following in
    brackets ("le Front pour l'alternance et la concorde au Tchad (FACT)"); "Kano (Nigeria)" and
    "Gao (nord)" give places, not acronyms."""
    found = ACRONYM.match(text, end)
    return found is not None and not gazetteer().lookup(found.group("acronym"))


def _person_names(ctx: Context, lex: PlaceLexicon) -> frozenset[str]:
    """Names the article gives persons (spaCy's person entities, nicknames after "alias"): in
    this article they are no GeoNames village. Worked out once per document."""
    return ctx.memo("person names", lambda: _find_person_names(ctx, lex))


def _find_person_names(ctx: Context, lex: PlaceLexicon) -> frozenset[str]:
    # a name the model tags a place as often as a person ("le terminal de Ras Issa … Ras Issa
    # a été frappé") is a place; a dateline ("Ouman, 29 avril 2023 –") names a town, whatever
    # the model tagged it
    tagged = Counter((name_key(e.text), e.label_ in PERSON_LABELS) for e in ctx.doc.ents
                     if e.label_ in PERSON_LABELS or e.label_ in WHERE_LABELS)
    names = {name_key(e.text) for e in ctx.doc.ents if e.label_ in PERSON_LABELS
             and e.start_char >= ctx.dateline_end
             and tagged[(name_key(e.text), True)] > tagged[(name_key(e.text), False)]
             and not lex.cue.search(ctx.text, max(0, e.start_char - 25), e.start_char)}
    for ent in ctx.doc.ents:
        if lex.not_after.search(ctx.text, max(0, ent.start_char - NEAR_WINDOW), ent.start_char):
            names.add(name_key(ent.text))
    for tok in ctx.doc:
        if tok.text[:1].isupper() and lex.not_after.search(
                ctx.text, max(0, tok.idx - NEAR_WINDOW), tok.idx):
            names.add(name_key(tok.text))
    return frozenset(names)


def _choose(places: tuple[Place, ...], prefer: list[str], admin1: list[str]) -> Place:
    """A place in a first-level division the article names wins ("Lyman, dans la région
    d'Odessa"); else the curated places win unless none is in the article's countries and a
    GeoNames place is in its main country."""
    regions = {name_key(a) for a in admin1}
    inside = [p for p in places if p.admin1 and name_key(p.admin1) in regions]
    if inside:
        return rank(inside, prefer)[0]
    curated = [p for p in places if p.curated]
    pool = list(places)
    if curated and (any(p.country in prefer for p in curated) or not any(
            p.country == prefer[0] for p in places if not p.curated and prefer)):
        pool = curated
    return rank(pool, prefer, admin1)[0]


def main_country(ctx: Context) -> str | None:
    """The country the article's places are most often in (a country named as an actor, "a
    annoncé l'Arabie saoudite", is no place of the story)."""
    counts = _story_place_counts(ctx)
    return counts.most_common(1)[0][0] if counts else None


HEADLINE_LEAD = re.compile(r"^\s*([^:]{2,40}?)\s*:\s")  # "Mozambique : le gouvernement et la Renamo…"


def headline_country(ctx: Context) -> str | None:
    """The country a title leads with ("Niger : Niamey et la rébellion signent la paix à
    Ouagadougou"): the story's country even where the venue's towns are named more often."""
    found = HEADLINE_LEAD.match(ctx.document.title or "")
    if found is None:
        return None
    countries = {p.country for p in gazetteer().lookup(found.group(1)) if p.kind == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


STORY_COUNTRY_MENTIONS = 2  # a country whose towns are named this often is one the story is in


def story_countries(ctx: Context) -> frozenset[str | None]:
    """The main country, and any other whose towns the article names often as places of its
    story (a story told on both sides of a front: Belgorod's dead, then Kharkiv's)."""
    def find() -> frozenset[str | None]:
        lex = place_lexicon(ctx.lang)
        counts = Counter(m.place.country for m in place_mentions(ctx)
                         if m.place.kind != "country" and not (m.elsewhere or m.dateline or m.origin)
                         and not at_sea(m.place, lex))
        return frozenset([main_country(ctx)] + [c for c, n in counts.items()
                                                if n >= STORY_COUNTRY_MENTIONS])
    return ctx.memo("story countries", find)


def _story_place_counts(ctx: Context) -> Counter[str | None]:
    """How often the article names places of each country; where it was filed counts only in a
    country the story names otherwise too: a bureau that covers a region ("Nairobi, 13 déc. 2015
    – " over a story told in Bujumbura) is no place of its story."""
    def count() -> Counter[str | None]:
        lex = place_lexicon(ctx.lang)
        places = [m for m in place_mentions(ctx) if (m.locative or m.place.kind != "country")
                  and not at_sea(m.place, lex)]
        told = {m.place.country for m in places if not m.dateline}
        return Counter(m.place.country for m in places
                       if not m.dateline or m.place.country in told or not told)
    return ctx.memo("country counts", count)


def sentence_location(ctx: Context, index: int, near: int | None = None,
                      figure: bool = False) -> Location | None:
    """The place of sentence ``index``: the first town (or named district) after ``near``, else
    its first town, else its first region or country written as a place ("en Syrie", "contre
    l'Ukraine") rather than as an actor ("la Russie a lancé"); never where the wounded were taken,
    a statement was made ("l'hôpital de Kaya", "une conférence de presse à Rawalpindi") or a
    strike came from ("un drone lancé depuis le Liban") when the sentence names another place.

    A province named by its town ("dans la région de Kharkiv") gives way to a town the sentence
    names ("à Tchouhouïv"), unless it comes first after a ``figure`` at ``near``, whose place it is
    ("six civils tués dans la région de Soumy, dont quatre à Okhtyrka")."""
    return ctx.memo(("sentence location", index, near, figure),
                    lambda: _sentence_location(ctx, index, near, figure))


def _sentence_location(ctx: Context, index: int, near: int | None, figure: bool) -> Location | None:
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    reporters = reporter_spans(ctx, index)  # "selon Kigali": who says so, not where
    reporters += _named_speakers(ctx, index)  # "Erevan a fait état de vingt militaires tués"
    reporters += _remit_areas(ctx, index)  # "la coordinatrice de l'ONU pour le Yémen"
    reporters += _speakers_towns(ctx, index)  # "selon des sources médicales à El-Arich"
    inside = [m for m in place_mentions(ctx)
              if sent.start_char <= m.span.start < sent.end_char and not m.dateline
              and not m.elsewhere and not any(r.start <= m.span.start < r.end for r in reporters)]
    unknown = ctx.memo(("unknown settlement", index), lambda: _unknown_settlement(ctx, index, inside))
    if unknown is not None:
        return unknown
    towns = [m for m in inside if m.place.kind in TOWN_KINDS and not m.origin]
    if figure and not inside and ctx.search_sentence(lex.many_towns, index):
        # "au moins 18 morts dans plusieurs villes du pays": the country, not the town told before
        return country_location(ctx, regions=False)
    if not towns:
        capital = _capital(ctx, index) or _town_anaphora(ctx, index)
        if capital is not None:
            return capital
    elif all(m.far for m in towns):  # "dans cette ville située à 160 km au nord de Bagdad"
        said = _town_anaphora(ctx, index)
        if said is not None:
            return said
    if not inside:
        return _area_anaphora(ctx, index)
    inside = [m for m in inside if not m.origin]  # "des renforts venus de Kaboul": not where
    if not inside:
        return None
    inside = [m for m in inside if not m.far] or inside
    named = [m for m in inside if m.place.kind in TOWN_KINDS]
    towns = [m for m in named if m.level != 3] or named  # a town named as its province is an area
    # the first town after it in its clause, else the nearest before it ("À Bogota, des milliers
    # ont défilé, tandis qu'à Medellín la police a dispersé…": two places, two clauses)
    after = _after(ctx, named if figure else towns, near)
    nearest_first = sorted((m for m in towns if near is not None and m.span.start < near),
                           key=lambda m: -m.span.start)
    before = _described_town(ctx, nearest_first)[:1]
    if before and not after and near is not None \
            and lex.other_clause.search(ctx.text, before[0].span.end, near):
        # "5 000 personnes avaient quitté Foua, tandis que 2 200 autres, combattants et civils,
        # étaient évacuées de Madaya": the town of the figure's own clause, commas or not
        after = [m for m in (named if figure else towns) if m.span.start >= near][:1]
    # "contre l'Ukraine", not "la Russie a"
    areas = _narrowest([m for m in inside if m.locative] or inside, inside)
    # "un front contre Israël … a fait 600 morts au Liban": the area after the figure, if any
    best = (after or before or towns or _after(ctx, areas, near) or areas)[0]
    if best.place.kind not in TOWN_KINDS and _unnamed_before(ctx, best):
        # "un restaurant d'une ville de l'est de l'Ukraine": the town the next sentences name
        return _named_next(ctx, index, best.place.country) or best.location()
    return best.location()


UNNAMED_AHEAD = 2  # sentences after a lead's unnamed town where its name is looked for
UNNAMED_TOWN_CHARS = 50  # how far before an area's name its unnamed town may start


def _unnamed_before(ctx: Context, area: PlaceMention) -> bool:
    """Whether an unnamed town ends right before ``area``'s name ("la principale ville de l'est du
    Soudan")."""
    start = max(0, area.span.start - UNNAMED_TOWN_CHARS)
    return place_lexicon(ctx.lang).unnamed_town.search(ctx.text[start:area.span.start]) is not None


def _named_next(ctx: Context, index: int, country: str) -> Location | None:
    """The first town of ``country`` the few sentences after ``index`` name as a place of the story,
    else the town of ``country`` the story was filed from when it is no capital ("Kano (Nigeria), 29
    nov. – … dans la plus grande ville du nord du Nigeria"): a story filed from a provincial town
    is that town's."""
    last = min(len(ctx.sentences), index + 1 + UNNAMED_AHEAD)
    start, end = ctx.sentences[index].end_char, ctx.sentences[last - 1].end_char
    told = next((m.location() for m in place_mentions(ctx)
                 if start <= m.span.start < end and m.place.kind in TOWN_KINDS and m.level != 3
                 and m.place.country == country
                 and not (m.dateline or m.elsewhere or m.origin or m.far)), None)
    return told or next((m.location() for m in place_mentions(ctx)
                         if m.dateline and m.place.kind == "city" and m.place.country == country
                         and not is_capital(m.place, ctx.document.published)), None)


def area_after(ctx: Context, index: int, near: int) -> Location | None:
    """The region or country written as a place right after ``near`` in its clause, with no town
    before it there ("Quinze personnes sont mortes au Chili depuis…"): where a running total is,
    whatever towns other clauses of the sentence name."""
    sent = ctx.sentences[index]
    inside = [m for m in place_mentions(ctx) if near <= m.span.start < sent.end_char
              and not (m.dateline or m.elsewhere or m.origin)]
    first = next(iter(_after(ctx, inside, near)), None)
    if first is None or first.place.kind in TOWN_KINDS or not first.locative:
        return None
    return first.location()


def place_after(ctx: Context, index: int, near: int) -> Location | None:
    """The place named right after ``near`` in its clause, if any: a town, or an area written as
    a place ("en Syrie", "dans la seule province du Baloutchistan"). A part of a figure gives its
    own place so ("164 morts, dont 103 à Almaty")."""
    sent = ctx.sentences[index]
    inside = [m for m in place_mentions(ctx) if near <= m.span.start < sent.end_char
              and not (m.dateline or m.elsewhere or m.origin)]
    first = next(iter(_after(ctx, inside, near)), None)
    if first is None or not (first.place.kind in TOWN_KINDS or first.locative or first.level is not None):
        return None
    return first.location()


def _named_speakers(ctx: Context, index: int) -> list[Span]:
    """Sources of the sentence that are all a place's name ("Erevan a fait état de…", "Bakou,
    qui revendique…, a reconnu la perte de 31 soldats"): a capital standing for its government,
    who speaks, not where. A source that only holds a place ("le gouverneur de Kano") keeps it."""
    names = {(m.span.start, m.span.end) for m in place_mentions(ctx)}
    return [span for span in source_spans(ctx, index) if (span.start, span.end) in names]


def _speakers_towns(ctx: Context, index: int) -> list[Span]:
    """Towns the sentence names only as where a source is ("selon des sources médicales et de
    sécurité à El-Arich", "a indiqué leur porte-parole à Kaboul"): where it speaks from, not where
    the figures are. The town follows the source's words with "à", and only words of its title
    stand between (no verb, no comma)."""
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    spans = []
    for source in source_spans(ctx, index):
        for m in place_mentions(ctx):
            if not (source.end <= m.span.start <= min(sent.end_char, source.end + SPEAKER_TOWN_CHARS)) \
                    or m.place.kind not in TOWN_KINDS:
                continue
            at = lex.at_name.search(ctx.text, source.end, m.span.end)
            words = ctx.doc.char_span(source.end, at.start(), alignment_mode="contract") if at else None
            if at is not None and at.start("name") == m.span.start and \
                    all(t.pos_ in TITLE_TAGS | {"CCONJ"} for t in words or ()):
                spans.append(m.span)
    return spans


SPEAKER_TOWN_CHARS = 30  # how far after a source's words the town it speaks from may be named


def _remit_areas(ctx: Context, index: int) -> list[Span]:
    """Regions and countries the sentence names only in a source's title ("le Bureau de l'ONU en
    Haïti", "la coordinatrice humanitaire de l'ONU pour le Yémen", "Mouhannad Haimour,
    porte-parole du gouverneur d'Anbar"): whose remit they are, not where the figures are. A town
    so named stays a place ("le gouverneur de Kano"), and so does an area named as a province
    ("le gouverneur de la province de Nangarhar") or that is all the source ("selon le Malawi")."""
    sent = ctx.sentences[index]
    sources = source_spans(ctx, index)
    return [m.span for m in place_mentions(ctx)
            if sent.start_char <= m.span.start < sent.end_char and m.place.kind not in TOWN_KINDS
            and m.level is None  # "le gouverneur de la province du Lac" names its province as such
            and any(s.start < m.span.start < s.end or _titled(ctx, s.end, m.span.start) for s in sources)]


def _titled(ctx: Context, end: int, start: int) -> bool:
    """Whether the words from a source's end to a name at ``start`` only go on with its title: a
    link, after at most a comma and a few nouns and adjectives in apposition (", porte-parole du
    gouverneur d'"), no verb, number or other clause."""
    between = ctx.text[end:start]
    if start < end or not place_lexicon(ctx.lang).remit.search(between):
        return False
    words = ctx.doc.char_span(end, start, alignment_mode="contract")
    if words is None:
        return True
    tokens = [t for t in words if not (t.i == words.start and t.text == ",")]
    return len(tokens) <= TITLE_WORDS and all(t.pos_ in TITLE_TAGS for t in tokens)


TITLE_WORDS = 6  # words of a title in apposition to a source, link included
TITLE_TAGS = frozenset({"NOUN", "ADJ", "ADP", "DET"})  # the words a title is made of


def _narrowest(areas: list[PlaceMention], inside: list[PlaceMention]) -> list[PlaceMention]:
    """``areas`` narrower first: a named region ("l'État de Sonora"), then a part of a country
    ("le nord du Mexique"), then a country; a part goes where the sentence (``inside``) names a
    region of its country ("dans la province du Kasaï, dans le centre de la RDC")."""
    regions = [m for m in inside if m.place.kind == "region" and not m.part]
    kept = [m for m in areas if not (m.part and any(r.place.country == m.place.country for r in regions))]
    kept = kept or regions  # "dans la province du Kasaï" (no locative word), "dans le centre du pays"
    return sorted(kept, key=lambda m: (m.place.kind == "country", m.part))


def _described_town(ctx: Context, towns: list[PlaceMention]) -> list[PlaceMention]:
    """``towns`` (nearest first) without a province or a landmark that only describes the town
    named just before it ("à Hat Yai, la grande ville de la province voisine de Songkhla")."""
    if len(towns) < 2 or towns[1].level == 3 or not _describes(towns[1], towns[0].span.start):
        return towns
    between = ctx.text[towns[1].span.end:towns[0].span.start]
    # "dans le district de Narsingdi, au nord-est de Dacca", "près de Koya, à l'est d'Erbil": a
    # landmark in apposition
    landmark = towns[0].near and between.startswith(",") and between.count(",") == 1
    return towns[1:] if landmark or (towns[0].level == 3 and not towns[1].near) else towns


def _describes(town: PlaceMention, start: int) -> bool:
    """Whether a name at ``start`` comes soon enough after ``town`` to only describe where the
    town is ("à Mingora, principale ville de la vallée de Swat")."""
    return town.place.kind in TOWN_KINDS and 0 <= start - town.span.end <= DESCRIBED_CHARS


def _after(ctx: Context, mentions: list[PlaceMention], near: int | None) -> list[PlaceMention]:
    """The mentions after ``near`` in its clause."""
    return [m for m in mentions if near is not None and m.span.start >= near
            and not CLAUSE_BREAK.search(ctx.text, near, m.span.start)]


def _capital(ctx: Context, index: int) -> Location | None:
    """"dans la capitale" in a story whose places are in one country: that country's capital;
    "dans la capitale qatarie": the capital of the country its adjective names."""
    lex = place_lexicon(ctx.lang)
    found = ctx.search_sentence(lex.capital, index)
    if found and _went_to(ctx, lex, found.start()):
        found = None  # "leur progression vers la capitale": where they head, not where they are
    if found and _apposed_to_a_place(ctx, found.start()):
        found = None  # "Erbil, la capitale du Kurdistan autonome": the town before, told again
    if found is None:
        return None
    country = _named_country(ctx, lex, found.end()) or main_country(ctx)
    place = capital(country, ctx.document.published) if country else None
    if place is None:
        return None
    return _located(place, 1, Span(found.start(), found.end()))


def _apposed_to_a_place(ctx: Context, at: int) -> bool:
    """Whether the words at ``at`` follow a place's name and a comma: an apposition that names
    that place again ("la route reliant Kirkouk à Erbil, la capitale du Kurdistan")."""
    before = ctx.text[:at].rstrip()
    if not before.endswith(","):
        return False
    end = len(before[:-1].rstrip())
    return any(m.span.end == end for m in place_mentions(ctx))


def _named_country(ctx: Context, lex: PlaceLexicon, at: int) -> str | None:
    """The country an adjective right after ``at`` names ("la capitale turque"), if any."""
    while at < len(ctx.text) and ctx.text[at].isspace():
        at += 1
    adjective = lex.demonyms.match(ctx.text, at)
    return lex.demonym_country.get(adjective.group(1).lower()) if adjective else None


def _town_anaphora(ctx: Context, index: int) -> Location | None:
    """"dans un quartier de cette ville", "27 civils exécutés dans la ville": the town named last
    before the sentence, not a town only named to measure a distance from ("à Atbara, à 300 km au
    nord de Khartoum")."""
    sent = ctx.sentences[index]
    lex = place_lexicon(ctx.lang)
    if not (ctx.search_sentence(lex.town_anaphora, index) or ctx.search_sentence(lex.in_the_town, index)):
        return None
    before = [m for m in place_mentions(ctx) if m.span.start < sent.start_char and m.place.kind == "city"
              and m.level != 3 and not (m.dateline or m.elsewhere or m.origin or m.far)]
    home = story_countries(ctx)  # "la même ville" is a town of the story, not a capital that spoke
    before = [m for m in before if m.place.country in home] or before
    return before[-1].location() if before else None


def _area_anaphora(ctx: Context, index: int) -> Location | None:
    """"945 personnes arrêtées dans la province", "tués dans ce district", in a sentence that
    names no place of its own: the province (district) named last before these words, in the
    sentence too, even in a source's title ("La police du Pendjab a annoncé avoir arrêté 945
    personnes dans la province"); a part of a country told by its direction is none, and so are
    words of a source's title ("un porte-parole de l'armée dans la province")."""
    lex = place_lexicon(ctx.lang)
    sources = source_spans(ctx, index)
    for said, kind, level in ((ctx.search_sentence(lex.district_anaphora, index), "district", 2),
                              (ctx.search_sentence(lex.province_anaphora, index), "region", 3)):
        if said is None or any(s.start <= said.start() < s.end for s in sources):
            continue
        areas = [m for m in place_mentions(ctx) if m.span.start < said.start() and not m.dateline
                 and not m.part and (m.place.kind == kind or m.level == level)]
        if areas:
            return areas[-1].location()
    return None


def _located(place: Place, precision: int, *evidence: Span) -> Location:
    """``place`` as a location of ``precision``, with the words that name it, if any."""
    return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                    precision=precision, evidence=evidence, admin1=place.admin1 or None)


def total_location(ctx: Context, index: int, near: int | None = None,
                   lasting: bool = False) -> Location | None:
    """Where a running total is, when its sentence says it otherwise than by a town: a war's
    toll ("le conflit a fait 3 000 morts") covers the region or country it is named in, else
    the article's conflict area; "y" ("119 policiers y ont été tués") the place before, and "la
    ville" ("25 000 habitants ont fui la ville depuis vendredi") the town the story told last."""
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    inside = [m for m in place_mentions(ctx)
              if sent.start_char <= m.span.start < sent.end_char and not m.dateline
              and not m.elsewhere and not m.origin]
    if any(not _in_a_network(ctx, lex, found.start())  # not "un réseau de militants dans tout le pays"
           for found in lex.whole_country.finditer(ctx.text, sent.start_char, sent.end_char)):
        return country_location(ctx, regions=False)  # "à travers le pays"
    said = ctx.search_sentence(lex.region_anaphora, index)
    if said is not None:  # "dans la province": the region named most so far, the first on a tie
        regions = [m for m in place_mentions(ctx)
                   if m.place.kind == "region" and m.span.start < sent.end_char and not m.dateline]
        times = Counter(m.place.name for m in regions)
        if regions:
            return max(regions, key=lambda m: times[m.place.name]).location()
    said = None if inside else ctx.search_sentence(lex.town_definite, index)
    if said is not None and not _went_to(ctx, lex, said.start()):
        # "25 000 habitants ont fui la ville depuis vendredi": the town the story told last
        home = story_countries(ctx)
        town = next((found for i in range(index - 1, -1, -1) if (found := sentence_location(ctx, i))
                     is not None and found.precision == 1 and found.country in home), None)
        if town is not None:
            return town
    if ctx.search_sentence(lex.conflict, index):
        told = _conflict_country(ctx, lex, index)
        if told is not None:  # "le conflit syrien a fait plus de 340 000 morts"
            return told
        # "1 100 personnes ont été tuées à El-Geneina depuis le début de la guerre": that town's
        first = next(iter(_after(ctx, inside, near)), None)
        if first is not None and first.place.kind in TOWN_KINDS:
            return first.location()
        town = _town_anaphora(ctx, index)  # "la guerre que se livrent, dans cette commune, les gangs"
        if town is not None:
            return town
        areas = _narrowest([m for m in inside if m.place.kind not in TOWN_KINDS], inside)
        areas = _after(ctx, areas, near) or areas  # "600 morts au Liban", after "contre Israël"
        if areas:
            return areas[0].location()
        told_in = _conflict_town(ctx, lex, inside, index, near)
        return told_in.location() if told_in is not None else country_location(ctx, lasting=lasting)
    if not inside and ctx.search_sentence(lex.place_pronoun, index):
        return next((found for i in range(index - 1, -1, -1)
                     if (found := sentence_location(ctx, i)) is not None), None)
    return None


RELATIVE_CHARS = 80  # how far before a figure the ", où" opening its clause may stand
CHAIN_SEGMENTS = 4  # descriptions a chain of a place may string after it before its ", où"


def relative_place(ctx: Context, index: int, near: int | None) -> Location | None:
    """For a figure in a clause that ", où" opens after a place and the descriptions set after it
    ("dans celui de Lashkar Gah, au Helmand, où trois enfants ont été tués"): the place that opens
    the chain, walking back over the comma-set descriptions ("au Helmand", "une ville à 20 km de la
    frontière") that follow a place, not the province or landmark the last of them names."""
    if near is None:
        return None
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    opened = [m for m in lex.relative.finditer(ctx.text, sent.start_char, near)
              if near - m.end() <= RELATIVE_CHARS]
    if not opened:
        return None
    mentions = [m for m in place_mentions(ctx) if sent.start_char <= m.span.start < sent.end_char
                and not (m.dateline or m.elsewhere or m.origin)]
    if any(opened[-1].end() <= m.span.start < near for m in mentions):
        return None  # "où, à Kaboul, …": the clause names its own place
    end = opened[-1].start()
    start = _segment_start(ctx, sent.start_char, end)
    for _ in range(CHAIN_SEGMENTS):
        comma = start - 1
        # a description ("au Helmand") of the place that ends the segment before it
        if comma < sent.start_char or not lex.chain_opener.match(ctx.text, start) \
                or not any(m.span.end <= comma and not ctx.text[m.span.end:comma].strip() for m in mentions):
            break
        end, start = comma, _segment_start(ctx, sent.start_char, comma)
    if start > sent.start_char and lex.chain_opener.match(ctx.text, start):
        return None  # "près de Bwamba, dans le nord du pays, où": a head the gazetteer lacks
    head = [m for m in mentions if start <= m.span.start < end and not m.far]
    return head[-1].location() if head else None


def _segment_start(ctx: Context, floor: int, end: int) -> int:
    """Where the comma-set segment ending at ``end`` starts, not before ``floor``."""
    return max(floor, ctx.text.rfind(",", floor, end) + 1)


EXISTENTIAL_CHARS = 3  # "il " before an existential "y a"
PRONOUN_CHARS = 60  # how far after a figure its clause's "y" may stand ("au moins neuf personnes y ont")


def pronoun_place(ctx: Context, index: int, near: int | None) -> Location | None:
    """For a figure whose clause says "y" before the sentence names any place of its own ("Les
    combats ont repris à Tal Afar, à 60 km de Mossoul. Neuf personnes y ont été tuées, selon
    un responsable qui cite aussi des tirs sur Sinjar"): the place the sentence before is about,
    its subject if a place ("Capitale du Nord, Gao est encerclée"), else the first it names,
    rather than a landmark, a capital or another place it names later; a village the gazetteer
    lacks is found as the sentence's place."""
    if index == 0 or near is None:
        return None
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    said = next((m for m in lex.place_pronoun.finditer(ctx.text, sent.start_char,
                                                       min(sent.end_char, near + PRONOUN_CHARS))
                 if not lex.existential.match(ctx.text, max(sent.start_char, m.start() - EXISTENTIAL_CHARS))),
                None)  # "il y a dix jours" places nothing
    if said is None or any(sent.start_char <= m.span.start < said.start() and not m.dateline
                           for m in place_mentions(ctx)):
        return None
    before = ctx.sentences[index - 1]
    told = [m for m in place_mentions(ctx) if before.start_char <= m.span.start < before.end_char
            and not (m.dateline or m.elsewhere or m.origin)]
    found = sentence_location(ctx, index - 1)
    if not told or (found is not None and not any(found.evidence == (m.span,) for m in told)):
        return None  # the sentence's place is one the gazetteer lacks ("le village de Wad al-Nourah")
    subject = [m for m in told if any(w.dep_.startswith("nsubj") for w in _words(ctx, m.span))]
    return (subject or told)[0].location()


def _words(ctx: Context, span: Span) -> list[Token]:
    """The words of ``span``."""
    found = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(found) if found is not None else []


def _conflict_town(ctx: Context, lex: PlaceLexicon, inside: list[PlaceMention], index: int,
                   near: int | None) -> PlaceMention | None:
    """The town the words naming a war or violence go on to name, in their clause, before the
    figure ("le bilan des violences qui secouent El-Geneina s'est alourdi à 83 morts"), or that
    they are told to take place in ("Mourzouq est le théâtre de violences qui ont fait…"); not a
    town named before them otherwise ("La chute d'Alep serait un tournant dans la guerre, qui a
    fait…") nor in another clause ("Né d'une marche réprimée à Ziguinchor, le conflit a fait…")."""
    sent = ctx.sentences[index]
    wars = list(lex.conflict.finditer(ctx.text, sent.start_char, sent.end_char))
    for m in inside:
        if m.place.kind not in TOWN_KINDS or m.far or near is None or m.span.start >= near:
            continue
        if any(w.end() <= m.span.start and not CLAUSE_BREAK.search(ctx.text, w.end(), m.span.start)
               for w in wars):
            return m
        if lex.stage.match(ctx.text, m.span.end) and any(
                m.span.end < w.start() < near and not CLAUSE_BREAK.search(ctx.text, m.span.end, w.start())
                for w in wars):
            return m
    return None


def _conflict_country(ctx: Context, lex: PlaceLexicon, index: int) -> Location | None:
    """The country a war is named after in sentence ``index`` ("le conflit syrien", "la guerre
    civile syrienne"), if any; not an invasion, named after the invader ("l'invasion russe")."""
    war = ctx.search_sentence(lex.country_war, index)
    if war is None:
        return None
    place = country_place(lex.demonym_country[war.group("demonym").lower()])
    return _located(place, 3, Span(war.start("demonym"), war.end())) if place else None


def _unknown_settlement(ctx: Context, index: int, known: list[PlaceMention]) -> Location | None:
    """"le village de Wad al-Nourah" where the gazetteer knows no such place: the village by its
    name, in the article's country, without coordinates (precision 1)."""
    sent = ctx.sentences[index]
    lex = place_lexicon(ctx.lang)
    people = _person_names(ctx, lex)

    def free(name: str, start: int, end: int, taken: Iterable[PlaceMention]) -> bool:
        """A capitalised name ("d'être" is no village) that is neither a place the gazetteer
        found there, a person of the article nor a stopword."""
        capitalised = re.sub(PARTICLE, "", name, count=1)[:1].isupper()  # "al-Amiriyé" too
        return capitalised and not any(m.span.start < end and start < m.span.end for m in taken) \
            and name_key(name) not in people and name not in lex.stoplist \
            and not _actor_name(ctx.text, start, end, ctx.lang)  # "lié à Al-Qaïda"

    def by_name(name: str, start: int, end: int, precision: int) -> Location:
        # "le district de Barmal, dans la province afghane de Paktika": the country of the
        # region that situates it, else the article's
        situating = next((m for m in place_mentions(ctx) if m.place.kind != "country"
                          and 0 <= m.span.start - end <= DESCRIBED_CHARS), None) or next(
            (m for m in place_mentions(ctx) if m.place.kind == "region"  # "dans la province de
             and sent.start_char <= m.span.start < start), None)  # Nangarhar, … le district de Khewa"
        country = situating.place.country if situating else main_country(ctx)
        admin1 = None if situating is None else situating.place.admin1 or (
            situating.place.name if situating.place.kind == "region" else None)
        return Location(name=name, country=country, precision=precision, evidence=(Span(start, end),),
                        admin1=admin1)

    for pattern, precision in ((lex.settlement, 1), (lex.area, 2), (lex.near_name, 2)):
        for found in pattern.finditer(ctx.text, sent.start_char, sent.end_char):
            group = "name" if found.group("name") else "before"
            start, end = found.span(group)
            if free(found.group(group), start, end, place_mentions(ctx)) \
                    and not _went_to(ctx, lex, found.start()) \
                    and not any(_describes(m, start) for m in known):
                return by_name(found.group(group), start, end, precision)
    # "dans le parc national Queen Elizabeth", "les monts Golis": a feature kept by its full name,
    # unless its name is a place of the curated table ("le lac Tchad", "le mont Sinjar")
    for found in lex.named_area.finditer(ctx.text, sent.start_char, sent.end_char):
        start, end = found.span("proper")
        known_name = geocode(found.group("proper"))
        if free(found.group("proper"), start, end, place_mentions(ctx)) \
                and not (known_name is not None and known_name.curated) \
                and not _went_to(ctx, lex, found.start()) \
                and not any(_describes(m, found.start()) for m in known):
            return by_name(ctx.text[found.start():end], found.start(), end, 2)
    # "à Pazigyi", tagged a place by the model, unknown to the gazetteer: a settlement by name
    # "à Kpinkankandi, dans la préfecture de Kpendjal": a name the words after it situate, when
    # the sentence's known towns only situate it ("à Lala, dans le territoire de Djugu")
    for found in lex.situated.finditer(ctx.text, sent.start_char, sent.end_char):
        start, end = found.span("name")
        towns = [m for m in known if m.place.kind in TOWN_KINDS]
        # ("ont pris Quissanga, chef-lieu de district …, deux jours après avoir occupé Mocímboa
        # da Praia": the first place named, whatever towns come after)
        if free(found.group("name"), start, end, place_mentions(ctx)) \
                and not _went_to(ctx, lex, found.start()) and all(
                (m.level in (2, 3) and 0 <= m.span.start - end <= DESCRIBED_CHARS)
                or m.span.start > end for m in towns):
            return by_name(found.group("name"), start, end, 1)
    if any(m.place.kind in TOWN_KINDS for m in known):
        return None
    tagged = {(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ in lex.labels}
    tagged |= _place_of_a_thing(ctx)
    for found in lex.at_name.finditer(ctx.text, sent.start_char, sent.end_char):
        start, end = found.span("name")
        if (start, end) in tagged and not _went_to(ctx, lex, start) \
                and free(found.group("name"), start, end, place_mentions(ctx)):
            return by_name(found.group("name"), start, end, 1)
    return None


def _place_of_a_thing(ctx: Context) -> frozenset[tuple[int, int]]:
    """One-word names the model takes for persons that say where a thing is ("la base de la
    Minuss à Akobo": a noun, "à", the name) and that end no person's full name in the article
    ("hommage à Mandela" after "Nelson Mandela" is the man). Worked out once per document."""
    return ctx.memo("places of things", lambda: _find_places_of_things(ctx))


def _find_places_of_things(ctx: Context) -> frozenset[tuple[int, int]]:
    surnames = {name_key(e[-1].text) for e in ctx.doc.ents if e.label_ in PERSON_LABELS and len(e) > 1}
    found = set()
    for e in ctx.doc.ents:
        if e.label_ in PERSON_LABELS and len(e) == 1 and e.start >= 2 \
                and ctx.doc[e.start - 2].pos_ in ("NOUN", "PROPN") \
                and name_key(e.text) not in surnames:
            found.add((e.start_char, e.end_char))
    return frozenset(found)


def _in_a_network(ctx: Context, lex: PlaceLexicon, start: int) -> bool:
    """Whether the words before ``start`` tell where a source's informants are ("l'ONG, qui
    dispose d'un vaste réseau de sources en Syrie", "un réseau de militants dans tout le pays"):
    who counts, not where the figures are."""
    return lex.network.search(ctx.text, max(0, start - lex.network_reach), start) is not None


def _went_to(ctx: Context, lex: PlaceLexicon, start: int) -> bool:
    """Whether words of ``elsewhere`` end right before ``start`` ("ont trouvé refuge à Ouahigouya,
    le chef-lieu", "emmenées vers la forêt de Sambisa"): where people went or were taken."""
    return lex.elsewhere.search(ctx.text, max(0, start - ELSEWHERE_WINDOW), start) is not None


def _actor_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` is all an actor's name ("Al-Qaïda"), which is no village."""
    return any(m.span.start <= start and end <= m.span.end for m in find_actors(text, start, end, lang))


def country_location(ctx: Context, regions: bool = True, recent: bool = False,
                     lasting: bool = False) -> Location | None:
    """Where the article's conflict is: the region of its main country it names most (at least
    twice: "au Tigré"; for a ``recent`` toll, the area of the story's lead counts twice), else that
    country where the article names it ("au Burkina Faso"). A running total whose sentence names no
    place covers this, not the last town named. For a toll ``lasting`` years ("depuis mars 2011"),
    a region counts only where it is named as an area: a town of that name ("un hôpital de Saada",
    after "la province de Saada") is where the story's incident was, not where the war is."""
    country = main_country(ctx)
    lex = place_lexicon(ctx.lang)
    mentions = [m for m in place_mentions(ctx) if m.place.country == country and not m.dateline
                and not at_sea(m.place, lex)]  # a sea is no area of a country's war
    # a region, an area ("la Ghouta"), or a town named as its province ("la région de Koursk")
    area_names = {m.place.name for m in mentions if m.place.kind in ("region", "district") or m.level == 3}
    areas = [m for m in mentions if m.place.name in area_names
             and not (lasting and m.place.kind == "city" and m.level != 3)]
    named_regions = Counter(m.place.name for m in areas)
    territories = place_lexicon(ctx.lang).territories
    apart = {name for name in named_regions if name_key(name) in territories}
    if regions and len(apart) == 1:  # "dans la bande de Gaza": that territory, not Palestine
        return next(m for m in areas if m.place.name in apart).location()
    if recent:  # a toll of the last days is the lead's area ("l'incursion dans la région russe de Koursk")
        lead = next((ctx.sentence_index(m.span.start) for m in place_mentions(ctx) if not m.dateline), None)
        # a part of the country counts too ("dans le nord-est de la Syrie"), unless it only
        # describes the town just named ("Mirebalais, dans le centre d'Haïti")
        named_regions.update(m.place.name for m in areas
                             if ctx.sentence_index(m.span.start) == lead and not (
                                 m.part and any(_describes(t, m.span.start) for t in mentions)))
    if regions and named_regions:  # a conflict the article places in one region ("au Tigré")
        name, times = named_regions.most_common(1)[0]
        if times >= REGION_MENTIONS:
            return next(m for m in areas if m.place.name == name).location()
    named = [m for m in mentions if m.place.kind == "country"]
    if named:
        return named[0].location()
    place = country_place(country) if country else None  # "la junte birmane": Birmanie, unnamed
    return _located(place, 3) if place else None


def one_town(ctx: Context) -> bool:
    """Whether the towns the article tells of in its main country are all one place (a town and
    its districts): then a recent toll without a place is that town's."""
    country = main_country(ctx)
    towns = [m.location() for m in place_mentions(ctx) if m.place.kind in TOWN_KINDS and m.level != 3
             and m.place.country == country and not (m.dateline or m.elsewhere or m.origin)]
    return all(same_place(towns[0], town) for town in towns[1:])


def whole_country(location: Location) -> bool:
    """Whether ``location`` is a whole country ("au Venezuela"), not a part of it."""
    whole = country_place(location.country) if location.country else None
    return whole is not None and name_key(whole.name) == name_key(location.name)


def _only_town(ctx: Context, found: Location) -> Location | None:
    """The one town the sentences of a story told in a single town name, when ``found`` is only
    its whole country ("22 morts à Madagascar", then "Les gendarmes ont tiré des grenades
    lacrymogènes", in a story told at Antananarivo)."""
    if not whole_country(found) or found.country != main_country(ctx):
        return None
    places = [place for i in range(len(ctx.sentences))
              if (place := sentence_location(ctx, i)) is not None and place.country == found.country]
    if any(place.precision == 3 and name_key(place.name) != name_key(found.name) for place in places):
        return None  # a story told in its regions too ("dans la province du Gilan")
    towns = [place for place in places if place.precision < 3]
    return towns[0] if towns and one_town(ctx) and all(same_place(towns[0], t) for t in towns[1:]) else None


def place_before(ctx: Context, index: int, town: bool = False) -> Location | None:
    """For a sentence that names no place: the place of the nearest sentence before it in the
    article's main country (in any country when the sentence says "y"; for an incident, a
    ``town``, the story's only town rather than its whole country), else the article's first
    place in that country that is not the dateline's (a lead that names no place happened where
    the story goes on to say)."""
    country = main_country(ctx)
    countries = story_countries(ctx)
    there = ctx.search_sentence(place_lexicon(ctx.lang).place_pronoun, index)
    for i in range(index - 1, -1, -1):
        found = sentence_location(ctx, i)
        # "y" is the place just named, abroad too ("Les délégations s'y sont entendues")
        if found is not None and (found.country in countries or there):
            return (_only_town(ctx, found) if town else None) or found
    ahead = [found for i in range(index + 1, len(ctx.sentences))  # the place the story goes on to tell
             if (found := sentence_location(ctx, i)) is not None and found.country == country]
    filed = [m for m in place_mentions(ctx) if m.dateline and m.place.country == country
             and m.place.kind in TOWN_KINDS]
    if filed and (not ahead or ctx.sentence_index(ahead[0].evidence[0].start) - index > AHEAD_SENTENCES):
        return filed[0].location()
    if ahead:
        return ahead[0]
    mentions = [m for m in place_mentions(ctx) if m.place.country == country and not m.elsewhere]
    told = [m for m in mentions if not m.dateline] or mentions  # where it was filed comes last
    return told[0].location() if told else None


AHEAD_SENTENCES = 2  # a place told further on than this is another's: a placeless lead is the dateline's
REGION_MENTIONS = 2  # a region named this often is where the article's conflict is
SAME_PLACE_KM = 10.0  # two named places this close are one place for an event (a town and its suburb)


def same_place(a: Location, b: Location) -> bool:
    """Whether two locations are one place for an event: the same name, or within SAME_PLACE_KM
    ("Bab Touma" and "Damas"); used to tell whether a sentence reports another incident."""
    if name_key(a.name) == name_key(b.name):
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def other_provinces(a: Location, b: Location) -> bool:
    """Whether two locations lie in first-level divisions known to differ."""
    return bool(a.admin1 and b.admin1) and name_key(a.admin1 or "") != name_key(b.admin1 or "")


NEIGHBOURHOOD_WINDOW = 30  # characters either side of a name where "quartier" makes it a neighbourhood
BETWEEN_TAGS = frozenset({"VERB", "AUX", "CCONJ", "SCONJ", "PRON"})  # words that leave a description


def approximate(ctx: Context, location: Location | None) -> Location | None:
    """A place the gazetteer lacks (no coordinates), put on the map where the text situates it,
    with the precision that says how roughly: a neighbourhood at its town ("le quartier de
    Gudele" in a story told at Juba; precision 1, as ACLED codes a town's neighbourhoods), a
    village at the town or region named to situate it ("Ndosho, dans l'ouest de Goma" at Goma,
    precision 2; "Barmal, dans la province de Paktika" at the province, precision 3) or at the
    town named before it when it is "voisin", or in a story told in one big city at that city
    (precision 2: most likely one of its quarters). Its name stays the text's; without such words
    it stays off the map."""
    if location is None or location.lat is not None or not location.evidence:
        return location
    found = _anchor(ctx, location.evidence[0], location.country)
    if found is None:
        return location
    anchor, precision = found
    return replace(location, lat=anchor.lat, lon=anchor.lon, precision=max(location.precision, precision),
                   admin1=location.admin1 or anchor.admin1)


def _anchor(ctx: Context, name: Span, country: str | None) -> tuple[Location, int] | None:
    """The known place that situates the unknown one named at ``name``, and the precision it
    gives."""
    lex = place_lexicon(ctx.lang)
    index = ctx.sentence_index(name.start)
    sent = ctx.sentences[index]
    before_name = max(sent.start_char, name.start - NEIGHBOURHOOD_WINDOW)
    # "le quartier de Gudele"; "Nkwen, un quartier de Bamenda" only with the town it names
    named_district = lex.neighbourhood.search(ctx.text, before_name, name.start) is not None
    district = named_district or lex.neighbourhood.search(
        ctx.text, name.end, min(sent.end_char, name.end + NEIGHBOURHOOD_WINDOW)) is not None
    mentions = [m for m in place_mentions(ctx) if not (m.dateline or m.elsewhere or m.origin)]
    situating = next((m for m in mentions if m.place.kind != "country"
                      and name.end <= m.span.start < sent.end_char
                      and m.span.start - name.end <= DESCRIBED_CHARS
                      and _describes_only(ctx, name.end, m.span.start)), None)
    if situating is not None:
        town = situating.place.kind in TOWN_KINDS and situating.level != 3  # not "la province d'Idleb"
        return situating.location(), (1 if district and town else 2) if town else 3
    before = [m for m in place_mentions(ctx) if m.span.start < name.start and m.place.kind == "city"
              and m.place.country == country and not (m.elsewhere or m.origin)]
    if named_district:  # "dans le quartier de Diguel, à l'est de la capitale", else the story's town
        story_town = _capital(ctx, index) or (before[-1].location() if before else None)
        return (story_town, 1) if story_town is not None else None
    if lex.neighbour.search(ctx.text, before_name, name.start) and before:
        return before[-1].location(), 2
    city = _city_before(ctx, name, country)
    return (city, 2) if city is not None else None


def _city_before(ctx: Context, name: Span, country: str | None) -> Location | None:
    """The big city (a capital, or BIG_CITY people) a story of the article's country is told in,
    when an unknown name comes after it: there, a name the gazetteer lacks is most likely one of
    its quarters ("à Qasba Colony" after Karachi, "pillés à Ngaba" in a story told at Kinshasa).
    Not when the towns named before it are several, when a province is named between ("Dans
    l'État Shan, … Wan Hai") or when the name's sentence measures a distance ("à une
    cinquantaine de kilomètres")."""
    lex = place_lexicon(ctx.lang)
    sent = ctx.sentence_at(name.start)
    if country is None or country != main_country(ctx) \
            or lex.distance_unit.search(ctx.text, sent.start_char, sent.end_char):
        return None
    towns = _story_towns(ctx, lex, country, name.start)
    if not towns:
        return None
    town = towns[-1]
    if not all(same_place(town.location(), other.location()) for other in towns):
        return None
    if any(m.place.country == country and m.place.kind in ("region", "district") and not m.part
           and town.span.end <= m.span.start < name.start for m in place_mentions(ctx)):
        return None
    big = town.place.population >= BIG_CITY or is_capital(town.place, ctx.document.published)
    return town.location() if big else None


def _story_towns(ctx: Context, lex: PlaceLexicon, country: str, before: int) -> list[PlaceMention]:
    """The towns of ``country`` the article names before ``before``, not where it was filed, what
    came from there or what lies far from it. A town named for its hospital or its university
    ("l'université de Kinshasa") is still one of the story; a capital standing for its government
    ("Kiev n'a pas réagi") is not."""
    return [m for m in place_mentions(ctx)
            if m.span.start < before and m.place.kind == "city" and m.place.country == country
            and m.level != 3 and not (m.dateline or m.far or m.origin)
            and (not m.elsewhere or lex.cue.search(ctx.text, max(0, m.span.start - NEAR_WINDOW),
                                                   m.span.start))]


def _describes_only(ctx: Context, start: int, end: int) -> bool:
    """Whether the words between a name and the place after it only describe where the name is
    (", dans la commune de", ", un village situé à 30 km de"), with no verb, conjunction or
    pronoun starting another statement (", où des maisons ont brûlé, avant de marcher sur")."""
    words = ctx.doc.char_span(start, end, alignment_mode="contract")
    if words is None:
        return not ctx.text[start:end].strip(" ,")
    return not any(t.pos_ in BETWEEN_TAGS and "Part" not in t.morph.get("VerbForm", [])
                   for t in words)

