"""Casualty figures and events: the event a figure belongs to, and ACLED's conservative fatalities."""

from __future__ import annotations

from dataclasses import replace

from bilan.extract.actors import UNIDENTIFIED
from bilan.extract.attribution import is_report_day
from bilan.extract.casualties import casualty_lexicon
from bilan.extract.context import Context
from bilan.extract.events.days import on_the_same_day, only_past_days, sentence_date
from bilan.extract.events.draft import CIVILIAN_VICTIMS, STREET_TYPES, Draft
from bilan.extract.events.drafting import make_draft
from bilan.extract.events.incidents import Events
from bilan.extract.events.parties import sentence_actors, victims_of
from bilan.extract.events.sites import may_be_one_place
from bilan.extract.events.street import as_protest_repression
from bilan.extract.places import (
    CLAUSE_BREAK,
    country_location,
    is_capital,
    other_provinces,
    place_lexicon,
    same_place,
    sentence_location,
    whole_country,
)
from bilan.extract.triggers import EventLexicon, event_lexicon, names_violence_by_noun
from bilan.model import CasualtyStatement, DateRange, EventType, Span
from bilan.resolve.geocode import geocode


def conservative_fatalities(ctx: Context, statements: list[CasualtyStatement]) -> int:
    """ACLED's conservative count: per victim group the lowest figure, summed over groups; the
    soldiers of each side are groups of their own ("vingt militaires tués dans les rangs
    arméniens", "la perte de 31 soldats azerbaïdjanais" make 51).

    A toll of unspecified "people" competes with the groups' sum (one source counts "134
    villageois", another "160 personnes"): the lower of the two is kept.
    """
    tolls = [(s, _side(ctx, s)) for s in statements
             if s.outcome == "killed" and s.subset_of is None and s.scope == "incident"]
    by_side = len({side for _, side in tolls if side is not None}) > 1  # one side named: no split
    lowest: dict[tuple[str, str | None], int] = {}
    for s, side in tolls:
        group = (s.victims, side if by_side else None)
        lowest[group] = min(lowest.get(group, s.quantity.value), s.quantity.value)
    people = lowest.pop(("people", None), None)
    groups = sum(lowest.values())
    if people is None:
        return groups
    if groups == 1 < people:  # "28 morts" and "une femme" told apart: one of them, not a recount
        groups = 0
    return min(groups, people) if groups else people


SIDE_CHARS = 50  # a nationality this soon after a figure, in its clause, says whose dead they are


def _side(ctx: Context, stmt: CasualtyStatement) -> str | None:
    """The country a figure's dead belong to, by the nationality written right after it
    ("63 militaires russes", "20 militaires tués dans les rangs arméniens")."""
    end = stmt.quantity.span.end
    stop = CLAUSE_BREAK.search(ctx.text, end, end + SIDE_CHARS)
    window = ctx.text[end:stop.start() if stop else end + SIDE_CHARS]
    lex = place_lexicon(ctx.lang)
    found = lex.demonyms.search(window)
    if found:
        return lex.demonym_country[found.group(1).lower()]
    # "Bakou a reconnu la perte de 31 soldats": a government counting its own losses
    before = ctx.text[max(0, stmt.quantity.span.start - SIDE_CHARS):stmt.quantity.span.start]
    if stmt.source is None or not event_lexicon(ctx.lang).own_losses.search(before):
        return None
    place = geocode(stmt.source.name)
    return place.country if place is not None and (place.kind == "country" or is_capital(place)) else None


def _link_target(lex: EventLexicon, drafts: list[Draft], stmt: CasualtyStatement,
                 before_sentence: int) -> int | None:
    """The latest event at or before ``before_sentence`` that a figure like ``stmt`` can join;
    of two told in one sentence, one of a kind such figures fit (events.yaml ``links_avoided``:
    "cinq soldats tués par des hommes armés, non loin du campement des manifestants" are the
    gunmen's dead, not the protest's), then the one whose victims are as civilian as the
    figure's ("ont massacré des habitants avant d'être repoussés par l'armée": the civilians are
    the attack's)."""
    allowed = lex.links.get(stmt.outcome, frozenset())
    avoided = lex.links_avoided.get(stmt.outcome, {}).get(stmt.victims, frozenset())
    civilians = stmt.victims in CIVILIAN_VICTIMS
    candidates = [n for n, d in enumerate(drafts)
                  if min(d.sentences) <= before_sentence and d.modality == "occurred"
                  and (d.event_type in allowed or d.sub_event_type in allowed)]
    return max(candidates, key=lambda n: (max(i for i in drafts[n].sentences
                                              if i <= before_sentence),
                                          not ({drafts[n].event_type, drafts[n].sub_event_type} & avoided),
                                          _hits_civilians(drafts[n]) == civilians, n),
               default=None)


def _hits_civilians(draft: Draft) -> bool:
    return draft.civilians or draft.event_type == "Violence against civilians"


def _conflicts(ctx: Context, draft: Draft, index: int, near: int) -> bool:
    """Whether the figure's sentence names another day or town than the event's."""
    if index in draft.sentences:
        return False
    own = sentence_date(ctx, index, near)
    if own is not None and draft.own_date and own.day != draft.date.start \
            and not is_report_day(ctx, own.span):
        return True
    place = sentence_location(ctx, index, near=near)
    return place is not None and place.precision == 1 and place.lat is not None \
        and draft.location is not None and draft.location.precision == 1 \
        and not same_place(place, draft.location)  # a village the gazetteer lacks may be nearby


def event_of(ctx: Context, stmt: CasualtyStatement, index: int, events: Events,
              default_date: DateRange, stmts: list[CasualtyStatement]) -> int | None:
    """The event an incident figure belongs to: the latest fitting one, else a new one."""
    lex = event_lexicon(ctx.lang)
    near = stmt.quantity.span.start
    if only_past_days(ctx, index):
        return None  # "l'explosion du 4 août 2020 avait fait 200 morts": an old toll
    n = _link_target(lex, events.drafts, stmt, index)
    shot = n is not None and _shot_after_blast(ctx, events.drafts[n], index)
    if n is not None and not shot \
            and (not _conflicts(ctx, events.drafts[n], index, near) or _recounts(ctx, index)):
        return n
    if stmt.outcome in lex.no_default_event:
        return None
    kind = lex.default_by_outcome.get(stmt.outcome) or _toll_kind(lex, stmt, stmts)
    goes_on = n is not None and kind is not None and \
        events.drafts[n].event_type == "Explosions/Remote violence" \
        and ctx.search_sentence(lex.hand_kills, index) is None  # "abattus par balles": shot, not struck
    if goes_on and n is not None:
        # "À Pokrovsk, trois hommes ont péri sur le site d'une autre usine": the strikes go on
        kind = events.drafts[n].kind()
    # fighters killed fought a battle; people "tués par des tireurs" an attack of armed men
    street = events.drafts[n] if n is not None and kind is not None \
        and events.drafts[n].event_type in STREET_TYPES \
        and stmt.outcome in UNREST_TOLLS and stmt.victims not in ARMED_VICTIMS \
        and not any(m.agent and m.kind.inter == UNIDENTIFIED for m in sentence_actors(ctx, index)) \
        else None
    if street is not None:
        # "Lundi soir, un policier avait été tué à Najafabad" in a story of riots told at another
        # town: the unrest goes on there, one event per town
        kind = street.kind()
    if kind is None:
        return None
    draft = make_draft(ctx, index, kind, None, stmt.quantity.span, default_date)
    if street is not None:
        draft.if_killed = street.if_killed
    draft.generic = not goes_on  # a strike of the kind told before: no other kind refines it
    draft.repeats = draft.repeats or shot  # dead shot after a blast: an act of their own
    draft.civilians = victims_of(ctx, stmt) in CIVILIAN_VICTIMS
    draft = as_protest_repression(ctx, draft, [stmt], stmt.quantity.span, events)
    return events.add(on_the_same_day(ctx, index, draft, events))


def _shot_after_blast(ctx: Context, draft: Draft, index: int) -> bool:
    """Whether a sentence after a strike or a bombing tells of dead killed by hand ("Les corps de
    six personnes tuées par balles ont été découverts à proximité"): not the blast's dead."""
    return draft.event_type == "Explosions/Remote violence" and index not in draft.sentences \
        and ctx.search_sentence(event_lexicon(ctx.lang).hand_kills, index) is not None


UNREST_TOLLS = ("killed", "injured")  # the dead and wounded of a protest or a riot
ARMED_VICTIMS = ("militants", "combatants")  # figures of fighters, not of soldiers or civilians
FORCE_VICTIMS = ("soldiers", "police")  # figures of the state's forces


def _toll_kind(lex: EventLexicon, stmt: CasualtyStatement,
               stmts: list[CasualtyStatement]) -> tuple[EventType, str] | None:
    """The kind of act a figure told with no act of its own gives, by its victims; "people" whose
    sentence also counts the forces among its dead of the same outcome ("121 personnes ont été
    tuées : 117 « suspects » et quatre policiers") died on both sides of a fight, not in one-sided
    violence against civilians."""
    kind = lex.default_by_victims.get(stmt.victims)
    if stmt.victims != "people":
        return kind
    forces = next((s for s in stmts if s.victims in FORCE_VICTIMS and s.outcome == stmt.outcome
                   and s.scope == stmt.scope), None)
    return lex.default_by_victims.get(forces.victims, kind) if forces is not None else kind


def mostly_forces(stmt: CasualtyStatement, stmts: list[CasualtyStatement]) -> CasualtyStatement:
    """``stmt`` told as the forces' when at least half of its "people" are the forces it counts
    among them ("une trentaine de personnes, dont 16 militaires, ont été tuées": a fight with
    the forces; not "quinze personnes, dont deux policiers", gunmen killing people)."""
    part = next((s for s in stmts if s.subset_of == stmt.id and s.victims in FORCE_VICTIMS), None)
    if stmt.victims != "people" or part is None or 2 * part.quantity.value < stmt.quantity.value:
        return stmt
    return replace(stmt, victims=part.victims)


def _fellows_of_the_dead(ctx: Context, at: Span, stmts: list[CasualtyStatement]) -> CasualtyStatement | None:
    """The figure of fighters killed told before ``at`` in its sentence when the count at ``at``
    is of more of them ("… ont été tués et 45 autres capturés")."""
    if not event_lexicon(ctx.lang).fellows_after.match(ctx.text, at.end):
        return None
    killed = [s for s in stmts if s.outcome == "killed" and s.victims in ARMED_VICTIMS
              and s.quantity.span.end <= at.start]
    return killed[-1] if killed else None


def fight_of_fellows(ctx: Context, stmt: CasualtyStatement, stmts: list[CasualtyStatement],
                      links: dict[str, int]) -> int | None:
    """For fighters taken in the fight whose dead were just counted ("79 « ennemis » ont été tués
    et 45 autres capturés"), the fight: they are its captives, not arrests of their own."""
    if stmt.outcome != "arrested":
        return None
    dead = _fellows_of_the_dead(ctx, stmt.quantity.span, stmts)
    return links.get(dead.id) if dead is not None else None


def _recounts(ctx: Context, index: int) -> bool:
    """Whether a sentence gives another source's count ("Une source sécuritaire à Mora évoque pour
    sa part une quinzaine de morts"): of the incident told, whatever day or town it names."""
    return ctx.search_sentence(event_lexicon(ctx.lang).recount, index) is not None


ACTED_CHARS = 25  # how far before a running total the verb that makes it an operation may stand


def acted_total(ctx: Context, stmt: CasualtyStatement) -> bool:
    """Whether a running total is told in the active voice ("la police a arrêté 28 suspects
    depuis…"): the count of an operation, not only a count."""
    pattern = event_lexicon(ctx.lang).acted_totals.get(stmt.outcome)
    if stmt.scope != "cumulative" or stmt.subset_of is not None or pattern is None:
        return False
    start = stmt.quantity.span.start
    verbs = list(pattern.finditer(ctx.text, max(0, start - ACTED_CHARS), start))
    return bool(verbs) and not CLAUSE_BREAK.search(ctx.text, verbs[-1].end(), start)


def add_operation(ctx: Context, index: int, stmt: CasualtyStatement, events: Events,
                   default_date: DateRange) -> None:
    """The operation an acted running total counts, over the total's period."""
    kind = event_lexicon(ctx.lang).default_by_outcome.get(stmt.outcome)
    if kind is None:
        return
    draft = make_draft(ctx, index, kind, None, stmt.quantity.span, default_date)
    if stmt.period is not None:
        draft.date, draft.own_date = stmt.period, True
    events.add(draft)


def in_running_total(ctx: Context, index: int) -> bool:
    return ctx.search_sentence(casualty_lexicon(ctx.lang).cumulative, index) is not None


def linked_statement(ctx: Context, stmt: CasualtyStatement, n: int, draft: Draft) -> CasualtyStatement:
    """The statement as part of event ``n``; it takes the event's place unless its own sentence
    names a place at least as precise (a toll of the Kramatorsk strike given "dans la région de
    Donetsk" is Kramatorsk's), one in another country, or one in another province (a toll given
    "dans la région d'Odessa" of a strike placed in Kiev is Odessa's), or names the whole country
    the event's town is only told after ("Trois personnes ont été tuées mercredi au Venezuela",
    then the towns of the day's protests: the lead's toll covers the country), or told of many
    places of the country at once ("18 morts dans plusieurs villes du pays"); one told of several
    places at once ("dans trois villes") is the area its sentence names, else the country."""
    own, sentence = stmt.location, stmt.evidence[0]
    lex = place_lexicon(ctx.lang)
    if own is not None and whole_country(own) and lex.many_towns.search(
            ctx.text, sentence.start, sentence.end) is not None:
        return replace(stmt, event=f"e{n + 1}", location=own)
    figure = stmt.quantity.span.start
    spread = lex.spread.search(ctx.text, max(figure, sentence.start), sentence.end)
    if draft.location is not None and draft.location.precision < 3 and spread is not None \
            and not (own is not None and any(figure <= e.start < spread.start() for e in own.evidence)):
        # "17 personnes ont été tuées dans les deux régions anglophones", "62 personnes assassinées
        # sur l'ensemble du territoire", of an event placed in one town: victims of several places,
        # the area its sentence names, else the story's country; not when a place comes first
        # ("19 des victimes ont péri à Nairobi, …, qui recense … dans tout le pays")
        area = own if own is not None and own.precision == 3 else country_location(ctx, regions=False)
        return replace(stmt, event=f"e{n + 1}", location=area or own or draft.location)
    # "En Syrie, 23 combattants ont été tués dans la province de Deir ez-Zor", told of strikes
    # placed in Iraq: a place of its own in another country is another place, however rough
    named_here = own is not None and any(sentence.start <= e.start < sentence.end for e in own.evidence)
    keeps_own = own is not None and named_here \
        and (draft.location is None or own.precision <= draft.location.precision
             or own.country != draft.location.country or other_provinces(own, draft.location)
             or (whole_country(own) and bool(draft.location.evidence)
                 and all(e.start >= sentence.end for e in draft.location.evidence)))
    # "Lundi, à Machala, des prisonniers ont tenu tête aux soldats. Le bilan, de quatorze morts…",
    # linked to a riot placed at Esmeraldas: the town its story just told, far from the event's
    # town, is the toll's
    keeps_own = keeps_own or (own is not None and draft.location is not None
                              and own.precision == draft.location.precision == 1
                              and not may_be_one_place(own, draft.location))
    # "Des bombardements russes ont tué trois civils dans la région de Kharkiv, dont deux à
    # Koupiansk", linked to the strike on Koupiansk: a toll of several acts told over the area its
    # own sentence names is that area's, not the town of one of them
    keeps_own = keeps_own or (own is not None and named_here and own.precision == 3
                              and draft.location is not None and draft.location.precision < 3
                              and names_violence_by_noun(ctx, ctx.sentence_index(sentence.start), "Plur"))
    return replace(stmt, event=f"e{n + 1}", location=own if keeps_own else draft.location or own)
