"""Blame: whom an article holds responsible for violence its own sentence does not pin on anyone.

A strike "a tué 70 personnes" names no attacker; the article does, a few sentences later: "les
Houthis accusent la coalition", "l'armée attribue les bombardements au M23", "le ministère russe
de la Défense a démenti toute implication", "revendiqué par l'EI". Each such cue casts a vote
for an armed party (a claim counts double); the party with most votes, first named on a tie, is
the alleged initiator, as ACLED codes an unclaimed attack by the side it is attributed to.

Cues are data (``lang/<code>/actors.yaml``, ``blame``), each with where its party stands:
``after`` the cue ("accuse X"), after the ``à`` that follows it ("attribue … à X"), ``before``
it ("X a démenti"), or ``agent`` ("revendiqué par X", else the subject before it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from bilan.extract.actors import CIVILIANS, PROTESTERS, ActorMention, find_actors
from bilan.extract.context import Context
from bilan.extract.lexicon import phrase_pattern
from bilan.extract.places import other_provinces, place_before, same_place, sentence_location
from bilan.lang import load_lexicon
from bilan.model import Location
from bilan.resolve.gazetteer import distance_km

PARTY_AFTER_CHARS = 35  # "accusant en retour les forces gouvernementales"
AGENT_AFTER_CHARS = 70  # "revendiqués dans la journée par la branche afghane du groupe État islamique"
TO_AFTER_CHARS = 80  # "attribue les bombardements aux rebelles du M23"
PARTY_BEFORE_CHARS = 120  # "Le porte-parole de la coalition, le général X, a démenti"
UNARMED = (CIVILIANS, PROTESTERS)
FAR_KM = 100  # towns this far apart are other incidents' places
ELIDED_ARTICLE = re.compile(r"\s*(?:[lL]['’]\s*)?")


@dataclass(frozen=True)
class BlameCue:
    pattern: re.Pattern[str]
    party: str  # after | to | before | agent
    weight: int
    unless_followed_by: re.Pattern[str]


@cache
def blame_cues(lang: str) -> tuple[BlameCue, ...]:
    data = load_lexicon(lang, "actors").get("blame", {})
    return tuple(BlameCue(phrase_pattern(entry["words"]), str(entry["party"]),
                          int(entry.get("weight", 1)),
                          re.compile(rf"\s*(?:{phrase_pattern(entry.get('unless_followed_by', [])).pattern})",
                                     re.IGNORECASE))
                 for entry in data.get("cues", []))


@cache
def blamed_in(lang: str) -> frozenset[str]:
    """The event types an allegation may give an initiator to."""
    return frozenset(load_lexicon(lang, "actors").get("blame", {}).get("events", []))


@cache
def _to_pattern(lang: str) -> re.Pattern[str]:
    return phrase_pattern(load_lexicon(lang, "actors").get("blame", {}).get("to", []))


@cache
def _agent_pattern(lang: str) -> re.Pattern[str]:
    return phrase_pattern(load_lexicon(lang, "actors").get("agent_markers", []))


def _armed(mentions: list[ActorMention]) -> list[ActorMention]:
    """The armed parties among ``mentions``: not civilians or protesters, nor a government or
    an authority that takes part in developments only ("les autorités démentent tout mort")."""
    return [m for m in mentions if m.kind.inter not in UNARMED and not m.kind.parties_to]


def _starting_before(mentions: list[ActorMention], limit: int) -> list[ActorMention]:
    """The armed parties among ``mentions`` that start before ``limit``, their names whole however
    far they run ("la Coalition des patriotes pour le changement", not its first word)."""
    return [m for m in _armed(mentions) if m.span.start < limit]


def _party(ctx: Context, cue: BlameCue, start: int, end: int, sent_start: int,
           sent_end: int) -> ActorMention | None:
    """The party a cue found at ``text[start:end]`` points at, if it names one."""
    text, lang = ctx.text, ctx.lang
    if cue.party in ("after", "agent"):
        reach = AGENT_AFTER_CHARS if cue.party == "agent" else PARTY_AFTER_CHARS
        after = _starting_before(find_actors(text, end, sent_end, lang), end + reach)
        if cue.party == "after":
            return after[0] if after else None
        if after and _agent_pattern(lang).search(text, end, after[0].span.start):
            return after[0]  # "revendiqués dans la journée par la branche afghane de l'EI"
    if cue.party == "to":
        to = _to_pattern(lang).search(text, end, min(sent_end, end + TO_AFTER_CHARS))
        if to is None:
            return None
        after = _starting_before(find_actors(text, to.end(), sent_end, lang), to.end() + PARTY_AFTER_CHARS)
        # right after it, or after an elided article ("à l'État islamique")
        return after[0] if after and ELIDED_ARTICLE.fullmatch(text, to.end(), after[0].span.start) \
            else None
    before = _armed(find_actors(text, max(sent_start, start - PARTY_BEFORE_CHARS), start, lang))
    return before[-1] if before else None


def allegations(ctx: Context) -> list[tuple[ActorMention, int]]:
    """Every (party, weight) the document's blame cues point at, in text order."""
    def find() -> list[tuple[ActorMention, int]]:
        found = []
        for sent in ctx.sentences:
            for cue in blame_cues(ctx.lang):
                for m in cue.pattern.finditer(ctx.text, sent.start_char, sent.end_char):
                    if cue.unless_followed_by.match(ctx.text, m.end()):
                        continue
                    party = _party(ctx, cue, m.start(), m.end(), sent.start_char, sent.end_char)
                    if party is not None:
                        found.append((party, cue.weight))
        return sorted(found, key=lambda pair: pair[0].span.start)
    return ctx.memo("allegations", find)


def _claimed_where(ctx: Context, mention: ActorMention) -> Location | None:
    """Where the incident a claim is told of happened: its sentence's place, else the place
    told before it."""
    index = ctx.sentence_index(mention.span.start)
    return sentence_location(ctx, index) or place_before(ctx, index, town=True)


def _other_province(a: Location | None, b: Location | None) -> bool:
    """Whether two places lie far apart: in different first-level divisions, or towns more than
    FAR_KM apart, as far as is known."""
    if a is None or b is None or same_place(a, b):
        return False
    if a.admin1 is not None and b.admin1 is not None:
        return other_provinces(a, b)
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return a.precision < 3 and b.precision < 3 and distance_km(a.lat, a.lon, b.lat, b.lon) > FAR_KM


def blamed(ctx: Context, place: Location | None = None) -> ActorMention | None:
    """The party the document holds responsible: most votes, the first named on a tie. A claim
    ("l'attaque a été revendiquée par …") names the author of the incident it is told of, and
    votes for an incident at ``place`` only when that one is in the same province (a mine in
    another region the same day is not the claimed attack)."""
    votes: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for mention, weight in allegations(ctx):
        if weight > 1 and _other_province(place, _claimed_where(ctx, mention)):
            continue
        votes[mention.kind.name] += weight
        first.setdefault(mention.kind.name, mention)
    if not votes:
        return None
    best = max(votes.values())
    return next(first[name] for name in first if votes[name] == best)


SETTLING_SENTENCES = 3  # a claim this many sentences after an incident may name its armed men


def settling_party(ctx: Context, sentences: list[int],
                   place: Location | None) -> ActorMention | None:
    """The party an incident told in ``sentences`` at ``place`` is pinned on by the allegations
    made there or shortly after, about no other town: the one they all point at, else the one a
    claim names. Such a party outweighs "des hommes armés" in the incident's own sentence."""
    first, last = min(sentences), max(sentences) + SETTLING_SENTENCES

    def about_it(index: int) -> bool:
        other = sentence_location(ctx, index)
        return place is None or other is None or other.precision > 1 or same_place(other, place)

    near = [(m, w) for m, w in allegations(ctx)
            if first <= (i := ctx.sentence_index(m.span.start)) <= last and about_it(i)]
    if len({mention.kind.name for mention, _ in near}) == 1:
        return near[0][0]
    return next((mention for mention, weight in near if weight > 1), None)


UNCLAIMED_SENTENCES = 6  # how far after an incident's last sentence the text may say it went unclaimed


@cache
def _unclaimed_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_lexicon(lang, "actors").get("unclaimed", {})
    return phrase_pattern(data.get("words", [])), phrase_pattern(data.get("attributed", []))


def told_unclaimed(ctx: Context, sentences: list[int], place: Location | None) -> bool:
    """Whether the text says the incident told in ``sentences`` at ``place`` went unclaimed
    ("l'attaque n'avait pas été revendiquée mardi"), in one of them or shortly after and not of
    an incident in another province, and pins it on no one in that sentence or the ones beside it
    ("Les autorités l'attribuent à Boko Haram. Il n'avait pas été revendiqué lundi.")."""
    unclaimed, attributed = _unclaimed_patterns(ctx.lang)
    last = min(len(ctx.sentences) - 1, max(sentences) + UNCLAIMED_SENTENCES)
    for index in range(min(sentences), last + 1):
        sent = ctx.sentences[index]
        if unclaimed.search(ctx.text, sent.start_char, sent.end_char) is None:
            continue
        where = sentence_location(ctx, index) or (sentence_location(ctx, index - 1) if index else None)
        if _other_province(place, where):
            return False  # "… près d'Akachat … dans l'attaque, qui n'a pas été revendiquée"
        start = ctx.sentences[max(index - 1, 0)].start_char
        end = ctx.sentences[min(index + 1, len(ctx.sentences) - 1)].end_char
        return attributed.search(ctx.text, start, end) is None
    return False
