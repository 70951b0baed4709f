"""Where an event was: places that may be one, and the town that makes an area more precise."""

from __future__ import annotations

from bilan.extract.context import Context
from bilan.extract.events.draft import Draft
from bilan.extract.places import TOWN_KINDS, is_capital, other_provinces, place_mentions, same_place
from bilan.extract.triggers import VIOLENT, EventLexicon
from bilan.model import Location
from bilan.resolve.geocode import distance_km

NEAR_TOWN_KM = 50  # a place told as near a town ("au sud de Cheikh Zouweid") lies this close to it


def other_countries(a: Location | None, b: Location | None) -> bool:
    """Whether two towns lie in countries known to differ ("En Irak voisin, onze soldats ont été
    tués dans l'attaque d'un poste … au nord de Bagdad" tells no more of the attack on a Syrian
    prison). A country alone is too often the other party's to tell."""
    return a is not None and b is not None and max(a.precision, b.precision) < 3 \
        and bool(a.country and b.country) and a.country != b.country


def lies_within(town: Location, area: Location) -> bool:
    """Whether ``town`` may lie in the rougher ``area`` it would make more precise: a place near a
    town ("au sud de Cheikh Zouweid") is not narrowed to a town far from it ("au Caire")."""
    if area.precision == 3 or town.lat is None or town.lon is None or area.lat is None or area.lon is None:
        return True
    return distance_km(town.lat, town.lon, area.lat, area.lon) <= NEAR_TOWN_KM


def other_towns(ctx: Context, index: int, draft: Draft, lex: EventLexicon,
                 until: int) -> list[Location]:
    """The other towns a sentence lists after a capture, riot or protest it tells ("ont repris
    Shire, ainsi qu'Alamata et Korem"; "À Lahore, … ; à Rawalpindi, d'autres…"), or in the
    phrase that opens it ("À Istanbul et à Ankara, la police a dispersé…"): ACLED's event is one
    place on one day, so each is an event of its own."""
    if draft.sub_event_type not in lex.one_per_town or draft.location is None:
        return []
    earlier = lex.earlier.search(ctx.text, draft.at, until)
    if earlier is not None:  # "…, deux jours après avoir occupé Mocímboa da Praia": another day's
        until = earlier.start()
    sent = ctx.sentences[index]
    opening = ctx.text.find(",", sent.start_char, draft.at)  # the phrase before the first comma
    listed = [m for m in place_mentions(ctx) if sent.start_char <= m.span.start < opening]
    towns: list[Location] = []
    for m in place_mentions(ctx):
        before = len(listed) > 1 and m in listed
        if not (draft.at < m.span.start < until or before) or m.place.kind != "city" or m.level is not None \
                or m.place.country != draft.location.country \
                or m.elsewhere or m.origin or m.far or m.dateline:
            continue
        place = m.location()
        if not same_place(place, draft.location) and not any(same_place(place, t) for t in towns):
            towns.append(place)
    return towns


def may_share_place(a: Draft, b: Draft) -> bool:
    """Whether two drafts are at one place, or one of them has none to tell otherwise."""
    return a.location is None or b.location is None or same_place(a.location, b.location)


TOWN_AHEAD = 2  # sentences after an act placed only in an area where its town is looked for


def town_told_next(ctx: Context, drafts: list[Draft]) -> None:
    """An act of violence its own sentence places only in an area ("enlevés dans l'extrême nord du
    Cameroun") is at the town the next sentences name while they tell of it and of no act of their
    own ("leur véhicule a été intercepté près du village de Dabanga"): the first town of that
    country, not the capital or where the story was filed, nor a town its own sentence named."""
    starts = {d.sentences[0] for d in drafts}
    filed = {m.place.name for m in place_mentions(ctx) if m.dateline}
    for draft in drafts:
        area = draft.location
        if area is None or area.precision < 3 or not draft.own_place or draft.event_type not in VIOLENT:
            continue
        first = draft.sentences[0]
        for index in range(first + 1, min(len(ctx.sentences), first + 1 + TOWN_AHEAD)):
            if index in starts:
                break
            town = _town_of(ctx, index, area, filed)
            if town is not None:
                draft.location = town
                break


def _town_of(ctx: Context, index: int, area: Location, filed: set[str]) -> Location | None:
    """The first town of ``area``'s country sentence ``index`` names as where something was, none
    of the towns the story was ``filed`` from."""
    sent = ctx.sentences[index]
    for m in place_mentions(ctx):
        if not sent.start_char <= m.span.start < sent.end_char or m.place.kind not in TOWN_KINDS \
                or m.level == 3 or m.dateline or m.elsewhere or m.origin or m.far \
                or m.place.country != area.country or m.place.name in filed \
                or is_capital(m.place, ctx.document.published):
            continue
        town = m.location()
        if not other_provinces(town, area):
            return town
    return None


def may_be_one_place(a: Location | None, b: Location | None) -> bool:
    """Whether two places may be one: the same, one unknown, a town in the rougher other, or
    two places of one town (a district of the capital and the capital)."""
    if a is None or b is None or same_place(a, b):
        return True
    if a.country != b.country:
        return False
    if a.precision != b.precision and max(a.precision, b.precision) == 3:
        return True  # "au Soudan" and "à Khartoum"
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_TOWN_KM


def same_area(a: Location | None, b: Location | None) -> bool:
    """Whether two places may be one: the same town, or a town and the area it lies in."""
    if a is None or b is None:
        return a is b
    return same_place(a, b) or (a.country == b.country and max(a.precision, b.precision) == 3)
