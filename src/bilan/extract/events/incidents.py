"""One event per incident: whether a draft is one more mention of an event already told."""

from __future__ import annotations

from datetime import date

from bilan.extract.context import Context
from bilan.extract.events.draft import (
    ATTACK,
    CLASH,
    CONTEXT_DAYS,
    FIRED_ON_PROTEST,
    PROTESTS,
    REMOTE_FIRE,
    RIOTS,
    STREET_TYPES,
    Draft,
)
from bilan.extract.events.sites import lies_within, may_be_one_place, other_countries
from bilan.extract.places import approximate, other_provinces, same_place
from bilan.extract.triggers import VIOLENT, EventLexicon
from bilan.model import DateRange, EventType

# One incident of these types is often told in several words ("manifestation" then "tiré sur la
# foule"); kinds of explosions are told apart, they are often separate strikes.
MERGEABLE_TYPES = (PROTESTS, RIOTS, "Violence against civilians", "Battles")

# A battle and an attack on civilians of one day and place are two incidents ("des jihadistes ont
# pris d'assaut le camp … Trente-cinq civils ont été tués à Arbinda"), even told generically.
APART_TYPES = {"Battles", "Violence against civilians"}

REMOTE: EventType = "Explosions/Remote violence"
POLICED = "Protest with intervention"  # a protest the police broke up, with nobody killed


def _refines(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Whether ``a``'s kind is a more precise telling of ``b``'s (a suicide bombing of an IED)."""
    return a.event_type == b.event_type and b.sub_event_type in lex.refines.get(a.sub_event_type, ())


def _refines_unplaced(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Whether ``a``, told with a place of its own, names more precisely ``b``, told with none (the
    capture of a town the offensive told before took)."""
    return a.event_type == b.event_type and a.own_place and not b.own_place \
        and b.sub_event_type in lex.refines_unplaced.get(a.sub_event_type, ())


def same_incident(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Same kind (or a generic mention of violence, or one type of event that reports rarely
    split: a protest, a riot, an attack on civilians, a battle) and modality, same place if both
    have one, same day unless one names none. Air strikes and shelling of one day stay apart."""
    here = a.location is None or b.location is None or same_place(a.location, b.location) or (
        a.location.country == b.location.country and (
            max(a.location.precision, b.location.precision) == 3  # "au Soudan" and "à Khartoum"
            # a village the gazetteer lacks may be the town named, not another named village
            # nor one of another province ("le district de Khewa, dans la province de Nangarhar")
            or ((a.location.lat is None or b.location.lat is None)
                and max(a.location.precision, b.location.precision) > 1
                and not other_provinces(a.location, b.location))))
    same_day = a.date.start == b.date.start or not (a.own_date and b.own_date) \
        or _told_after(a, b) or _told_after(b, a)
    generic = (a.generic or b.generic) and a.event_type in VIOLENT and b.event_type in VIOLENT \
        and not ({a.event_type, b.event_type} == APART_TYPES and (a.civilians or b.civilians))
    same_type = a.event_type == b.event_type and a.event_type in MERGEABLE_TYPES
    alike = a.kind() == b.kind() or generic or same_type or _refines(a, b, lex) or _refines(b, a, lex) \
        or _one_fire(a, b) or _policed_riot(a, b)
    return alike and a.modality == b.modality and here and same_day


SAID_AFTER_DAYS = 7  # how long after an act the day it was acknowledged or claimed may come


def _told_after(a: Draft, b: Draft) -> bool:
    """Whether ``a``, dated only by the day it was told ("a reconnu mardi une frappe", "L'attaque a
    été revendiquée mercredi"), may be ``b``, an act of its type told at the same named place on a
    day it happened shortly before: the act acknowledged, not one of the day it was told (civilians
    killed, said on Wednesday, are no ambush of Tuesday's)."""
    return a.said_day and b.own_date and not b.said_day and a.event_type == b.event_type \
        and 0 < (a.date.start - b.date.start).days <= SAID_AFTER_DAYS \
        and a.location is not None and b.location is not None and same_place(a.location, b.location)


def _one_fire(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft``, remote fire told by a word of either kind ("deux vagues de bombardements",
    "des missiles ont pulvérisé ce bâtiment"), may tell again the air strike or shelling told before."""
    return draft.vague_fire and {existing.sub_event_type, draft.sub_event_type} == set(REMOTE_FIRE)


def _policed_riot(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft`` is only the police's intervention in the riot ``existing`` ("La police a
    dispersé les émeutiers à coups de gaz lacrymogène", "lançant des pierres ; les policiers ont
    répliqué par des tirs de gaz lacrymogène"): one riot, not a protest too."""
    return existing.event_type == RIOTS and draft.kind() == (PROTESTS, POLICED)


class Events:
    """The drafts of one document, merged as they are added."""

    def __init__(self, published: date, lex: EventLexicon) -> None:
        self.drafts: list[Draft] = []
        self.published = published
        self.lex = lex

    def _is_background(self, when: DateRange) -> bool:
        """A day long before publication: context ("le coup d'État du 25 octobre 2021")."""
        return abs((self.published - when.start).days) > CONTEXT_DAYS

    def add(self, draft: Draft, anaphoric: bool = False, same_type_only: bool = False,
            same_country: bool = False, any_street: bool = False) -> int:
        """Add ``draft`` as a new event or as one more mention of an event already drafted; an
        ``anaphoric`` mention ("ces combats") joins the latest event of its type (or of any kind of
        violence unless ``same_type_only``; with ``any_street``, else the latest protest or riot)."""
        # "un autre missile", "en représailles": another act
        n = None if draft.repeats or draft.reprisal else _closest(
            draft, [n for n, existing in enumerate(self.drafts) if same_incident(existing, draft, self.lex)],
            self.drafts)
        if n is None and anaphoric and not draft.reprisal:
            n = self._latest_alike(draft, same_type_only, same_country)
            if n is None and any_street:  # "les manifestants" of a riot told before
                n = self._latest([n for n, d in enumerate(self.drafts) if d.event_type in STREET_TYPES])
            if n is None and draft.event_type == ATTACK[0]:
                # "Le président a qualifié la tuerie d'injustifiable" after police fired on
                # protesters: with no act of its own type (or kind of violence) told, the deadly
                # violence told before
                n = self._latest_deadly(draft, same_country)
        if n is None:
            self.drafts.append(draft)
            return len(self.drafts) - 1
        self._merge(self.drafts[n], draft)
        return n

    def join(self, n: int, draft: Draft) -> None:
        """Add ``draft`` as one more mention of the ``n``-th event, whatever its kind."""
        self._merge(self.drafts[n], draft)

    def _latest_alike(self, draft: Draft, same_type_only: bool, same_country: bool) -> int | None:
        violent = draft.event_type in VIOLENT and not same_type_only
        return self._latest([n for n, d in enumerate(self.drafts)
                             if (d.event_type == draft.event_type or (violent and d.event_type in VIOLENT))
                             and not (same_type_only and _another_days_act(d, draft))
                             and not (same_country and draft.event_type in VIOLENT
                                      and other_countries(d.location, draft.location))])

    def _latest_deadly(self, draft: Draft, same_country: bool) -> int | None:
        return self._latest([n for n, d in enumerate(self.drafts)
                             if (d.event_type in VIOLENT or d.sub_event_type == FIRED_ON_PROTEST)
                             and not (same_country and other_countries(d.location, draft.location))])

    def _latest(self, candidates: list[int]) -> int | None:
        """Of the events ``candidates`` index, the one told last."""
        return max(candidates, key=lambda n: (max(self.drafts[n].sentences), n), default=None)

    def _merge(self, existing: Draft, draft: Draft) -> None:
        if (existing.generic and not draft.generic and not _assault_kept(existing, draft)) \
                or _refines(draft, existing, self.lex) or _refines_unplaced(draft, existing, self.lex) \
                or _told_after(existing, draft):  # the act told as it happened, not as acknowledged
            existing.event_type, existing.sub_event_type = draft.event_type, draft.sub_event_type
            existing.generic, existing.if_killed = False, draft.if_killed
        if draft.location is not None and (existing.location is None or (
                existing.location.precision > draft.location.precision
                and (draft.own_place or not existing.own_place or existing.location.precision == 3)
                and lies_within(draft.location, existing.location))
                or (draft.own_place and not existing.own_place)):
            # "au Soudan" then "à Khartoum": the town; a place carried from the sentence before
            # gives way to one the incident's own words name
            existing.location = draft.location
            existing.own_place = existing.own_place or draft.own_place
        existing.backdrop = existing.backdrop and draft.backdrop
        existing.sentences.extend(draft.sentences)
        existing.mentions.extend(draft.mentions)
        existing.attacker_country = existing.attacker_country or draft.attacker_country
        if draft.own_date and not draft.said_day and (not existing.own_date or existing.said_day or (
                self._is_background(existing.date) and not self._is_background(draft.date))):
            existing.date, existing.own_date = draft.date, True
            existing.in_force_day, existing.said_day = draft.in_force_day, False
        elif draft.onset_day and draft.own_date and draft.date.start < existing.date.start and \
                not self._is_background(draft.date):
            # "se poursuivaient mardi …; les combats avaient éclaté samedi": it started on Saturday
            existing.date = DateRange(draft.date.start, max(existing.date.end, draft.date.end),
                                      draft.date.evidence)
            existing.own_date = True
        elif existing.in_force_day and draft.own_date and not draft.in_force_day and \
                draft.date.start < existing.date.start:
            # "entré en vigueur dimanche … annoncée samedi": made on Saturday
            existing.date, existing.in_force_day = draft.date, False
        names = {s.name for s in existing.sources}
        existing.sources.extend(s for s in draft.sources if s.name not in names)


def _another_days_act(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft``, of another kind than ``existing`` and told with a day of its own that is
    not ``existing``'s, is an act of its own ("Les affrontements, qui ont éclaté le 7 mai, …" after
    "ont repris lundi le contrôle de Bunia"), not one more mention of it."""
    return existing.own_date and draft.own_date and existing.date.start != draft.date.start \
        and existing.kind() != draft.kind()


def _assault_kept(existing: Draft, draft: Draft) -> bool:
    """Whether an attack on armed men told generically ("l'attaque de deux postes de contrôle")
    stays a battle when a weapon of remote violence is told in it ("fait sauter une bombe")."""
    return existing.assault and existing.kind() == CLASH and draft.event_type == REMOTE


def _closest(draft: Draft, candidates: list[int], drafts: list[Draft]) -> int | None:
    """Of the events ``draft`` may be one more mention of, the first of its own kind at its own
    place, else the first of its kind, else the first ("l'attentat a fait un mort", told after a
    bombing in the capital, is that bombing, not the battle told before it in the province)."""
    def rank(n: int) -> tuple[bool, bool]:
        existing = drafts[n]
        here = existing.location is not None and draft.location is not None \
            and same_place(existing.location, draft.location)
        return existing.kind() != draft.kind(), not here

    return min(candidates, key=lambda n: (*rank(n), n), default=None)


def join_backdrops(ctx: Context, events: Events, links: dict[str, int]) -> dict[str, int]:
    """An incident told only as what came before another ("L'attaque est survenue au lendemain de
    violents combats dans le nord de la capitale") is the one of its type and day the article
    tells in full, before or after ("Lundi, les insurgés ont lancé un assaut…"): one event."""
    joined: dict[int, int] = {}
    drafts = events.drafts
    for n, draft in enumerate(drafts):
        if not draft.backdrop:
            continue
        # the incidents told in full on its day (a backdrop, itself included, is none of them)
        same_day = [m for m, other in enumerate(drafts)
                    if not other.backdrop and other.date.start == draft.date.start]
        told = [m for m in same_day if drafts[m].modality == draft.modality
                and drafts[m].event_type == draft.event_type
                # a quarter the gazetteer lacks ("le quartier de Kossiliwa"): at the story's town
                and may_be_one_place(approximate(ctx, drafts[m].location), approximate(ctx, draft.location))]
        same_kind = [m for m in same_day if drafts[m].kind() == draft.kind()]
        if len(told) != 1 and len(same_kind) >= 2 and _plural_act(ctx, draft):
            # "au lendemain de deux attentats-suicides", each told in full after: their summary
            told = [m for m in same_kind if drafts[m].modality == draft.modality][:1]
        if len(told) == 1:  # one such incident told: the one it refers to
            location = drafts[told[0]].location
            events.join(told[0], draft)
            drafts[told[0]].location = location or draft.location
            joined[n] = told[0]
    if not joined:
        return links
    kept = [n for n in range(len(events.drafts)) if n not in joined]
    renumbered = {old: new for new, old in enumerate(kept)}
    events.drafts = [events.drafts[n] for n in kept]
    return {sid: renumbered[joined.get(n, n)] for sid, n in links.items()}


def _plural_act(ctx: Context, draft: Draft) -> bool:
    """Whether the draft's first mention names several acts ("deux attentats-suicides")."""
    word = ctx.word_at(draft.at)
    return word is not None and "Plur" in word.morph.get("Number", [])
