"""When an event happened: the days its sentence names, counted from the story's days, or carried
from the sentences before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bilan.extract.attribution import is_report_day
from bilan.extract.context import Context
from bilan.extract.dates import (
    DateMention,
    closes_span,
    date_lexicon,
    find_dates,
    month_end,
    named_years,
    names_onset,
    opens_span,
)
from bilan.extract.events.draft import CLAUSE_END, CONTEXT_DAYS, Draft
from bilan.extract.events.incidents import Events
from bilan.extract.numbers import number_lexicon, words_value
from bilan.extract.triggers import CUE_CHARS, Trigger, event_lexicon
from bilan.model import DateRange, Span

RECENT_DAYS = 7  # a document's default day is one it names at most this long before publication
EARLIER_CHARS = 120  # how far before a trigger "au lendemain", "deux jours après" may stand
HEAD_CHARS = 12  # a trigger this close after such a marker ("d'une frappe") is the phrase's head


def sentence_dates(ctx: Context, index: int, future: bool = False) -> list[tuple[DateMention, bool]]:
    """Dates named in a sentence (months too) after the dateline's filing day, each with whether
    it starts a span ("depuis jeudi")."""
    def find() -> list[tuple[DateMention, bool]]:
        sent = ctx.sentences[index]
        return [(m, opens_span(ctx.text[sent.start_char:m.span.start], ctx.lang))
                for m in find_dates(sent.text, ctx.document.published, ctx.lang, sent.start_char,
                                    future=future)
                if m.span.start >= ctx.dateline_end
                and not (m.day > ctx.document.published  # "une trêve jusqu'au 22 avril": its end to come
                         and closes_span(ctx.text[sent.start_char:m.span.start], ctx.lang))]
    return ctx.memo(("sentence dates", index, future), find)


def _named_dates(ctx: Context, index: int, future: bool = False) -> list[DateMention]:
    """Dates named in a sentence (months too), except the start of a span ("depuis jeudi") and
    the dateline's filing day."""
    def find() -> list[DateMention]:
        found = [m for m, opens in sentence_dates(ctx, index, future) if not opens]
        return [_from_story_day(ctx, index, m, found) for m in found]
    return ctx.memo(("named dates", index, future), find)


def _from_story_day(ctx: Context, index: int, mention: DateMention,
                    found: list[DateMention]) -> DateMention:
    """"La veille", "le lendemain": counted from the day named last before it, in its sentence
    or the ones before ("Huit personnes ont été tuées mardi. La veille, un autre drone…"), where
    a day something was only said does not count."""
    if mention.story_offset is None:
        return mention

    reported = is_report_day(ctx, mention.span)

    def days(mentions: list[DateMention]) -> list[DateMention]:
        # "…, a indiqué mercredi le maire. La veille, un autre drone": a sentence before tells
        # the story's day, not the day it was said ("a annoncé samedi … la veille" counts from
        # it, and so does "La veille, les autorités faisaient état de…")
        return [m for m in mentions if not m.month_only
                and (reported or not is_report_day(ctx, m.span))]

    earlier = [m for m in found if m.span.end <= mention.span.start and not m.month_only]
    for i in range(index - 1, -1, -1):
        if earlier:
            break
        earlier = days(_named_dates(ctx, i))
    if not earlier:
        return mention
    story_day = earlier[-1].last_day or earlier[-1].day
    return replace(mention, day=story_day + timedelta(days=mention.story_offset))


def since_day(ctx: Context, index: int) -> DateMention | None:
    """The day a sentence says its violence started ("Depuis samedi, l'artillerie turque
    pilonne…"), when that day is recent: the first day of what goes on."""
    starts = [m for m, opens in sentence_dates(ctx, index) if opens and not m.month_only
              and 0 <= (ctx.document.published - m.day).days <= RECENT_DAYS]
    return starts[0] if starts else None


def event_days(ctx: Context, index: int, future: bool = False) -> list[DateMention]:
    """Days named in a sentence (``_named_dates`` without the months named alone)."""
    return [m for m in _named_dates(ctx, index, future) if not m.month_only]


def days_past_onset(ctx: Context, index: int) -> list[DateMention]:
    """``event_days`` without a running count's start ("depuis le début, le 30 avril, de
    l'offensive")."""
    start = ctx.sentences[index].start_char
    return [m for m in event_days(ctx, index)
            if not names_onset(ctx.text[start:m.span.start], ctx.lang)]


def happening_days(ctx: Context, index: int) -> list[DateMention]:
    """Days a sentence says something happened on, not when it was said or found ("retrouvés
    dimanche sur le lieu de l'accrochage")."""
    return [m for m in event_days(ctx, index) if not is_report_day(ctx, m.span)]


def sentence_date(ctx: Context, index: int, near: int,
                   future: bool = False, near_end: int | None = None) -> DateMention | None:
    """The day nearest ``near`` in the sentence (or the words from ``near`` to ``near_end``: "des
    jeunes ont incendié jeudi" is Thursday's, not the Monday named just before "des jeunes"),
    preferring days close to publication and days things happened to days they were said ("a
    confirmé mercredi ... l'attaque de dimanche")."""
    days = event_days(ctx, index, future)
    happened = [m for m in days if not is_report_day(ctx, m.span)] or days
    recent = [m for m in happened if abs((m.day - ctx.document.published).days) <= CONTEXT_DAYS]
    pool = recent or happened
    end = near if near_end is None else near_end

    def distance(m: DateMention) -> int:
        return near - m.span.start if m.span.start < near else max(0, m.span.start - end)
    return min(pool, key=distance) if pool else None


def document_date(ctx: Context) -> DateRange:
    """The first day the article says something happened on shortly before publication, else the
    first day it says something was said, else the publication day. The publication day itself
    is the story's day when the article counts back from it ("Des drones ont frappé mardi …
    La veille, …"), not the day before."""
    published = ctx.document.published
    said: DateRange | None = None  # "annoncé lundi soir": a day words were said, if none other
    today: int | None = None  # the sentence that told something happening on the publication day
    for index in range(len(ctx.sentences)):
        since = since_day(ctx, index)  # "suspendu ses frappes depuis jeudi soir": a day too
        for mention in sorted(event_days(ctx, index) + ([since] if since else []),
                              key=lambda m: m.span.start):
            if mention.story_offset is not None and today is not None and \
                    "\n" in ctx.text[ctx.sentences[today].end_char:ctx.sentences[index].start_char]:
                return DateRange(published, published)
            if today is None and mention.day == published and not is_report_day(ctx, mention.span):
                today = index
            if 0 < (published - mention.day).days <= RECENT_DAYS:
                if not is_report_day(ctx, mention.span):
                    return mention.as_range()
                said = said or mention.as_range()
    return said or DateRange(published, published)


def carried_date(ctx: Context, index: int) -> DateRange | None:
    """For a sentence naming no day, the last day the sentences before it in its paragraph say
    something happened on ("… ont été tués mercredi. Cinq d'entre eux ont péri dans une
    frappe…")."""
    for before in range(index - 1, -1, -1):
        if "\n" in ctx.text[ctx.sentences[before].end_char - 1:ctx.sentences[before + 1].start_char]:
            return None  # another paragraph
        days = [m for m in happening_days(ctx, before)
                if abs((ctx.document.published - m.day).days) <= RECENT_DAYS]
        if days:
            return max(days, key=lambda m: m.span.start).as_range()
    return None


def after_night(ctx: Context, index: int, when: DateRange) -> DateRange:
    """For a sentence naming no day, told "dans la matinée" after a night the article told ("dans
    la nuit de mardi à mercredi"), whose first day it was given: the morning after, the next day."""
    if ctx.search_sentence(date_lexicon(ctx.lang).after_night, index) is None:
        return when
    nights = [m for before in range(index) for m in event_days(ctx, before) if m.night]
    if not nights or nights[-1].day != when.start or when.end != when.start:
        return when
    day = when.start + timedelta(days=1)
    return DateRange(day, day, when.evidence)


def announcement_day(ctx: Context, index: int, at: Span) -> DateMention | None:
    """The day an announced development was told on, nearest its trigger ("un cessez-le-feu avait
    été annoncé jeudi soir …, mais des tirs ont repris vendredi"), not the day it takes effect ("à
    compter de mardi"): its own day, though other acts prefer the days things happened on."""
    said = [m for m in event_days(ctx, index)
            if is_report_day(ctx, m.span) and not is_in_force_day(ctx, index, m)]
    return min(said, key=lambda m: abs(m.span.start - at.start)) if said else None


IN_FORCE_CHARS = 25  # how far before a day "entré en vigueur" may stand to make it the day it took effect


def is_in_force_day(ctx: Context, index: int, day: DateMention) -> bool:
    """Whether a day is the one an agreement took effect ("est entré en vigueur dimanche à 6
    heures"): the day it was made, told elsewhere ("la trêve a été annoncée samedi"), is its date."""
    start = max(ctx.sentences[index].start_char, day.span.start - IN_FORCE_CHARS)
    return event_lexicon(ctx.lang).in_force.search(ctx.text, start, day.span.start) is not None


def is_onset_day(ctx: Context, index: int, day: DateMention, at: Span) -> bool:
    """Whether a day is the one the incident a trigger at ``at`` names broke out on ("Les combats
    avaient éclaté dans la nuit de lundi à mardi", "La prise d'otages avait commencé mercredi"):
    its first day, before the days it went on that other mentions name. The trigger is the
    subject, in the clause of the day ("Les violences avaient éclaté dimanche, deux jours après
    l'enlèvement": not the kidnapping's)."""
    if at.end > day.span.start or CLAUSE_END.search(ctx.text, at.end, day.span.start):
        return False
    start = max(ctx.sentences[index].start_char, at.end, day.span.start - IN_FORCE_CHARS)
    return event_lexicon(ctx.lang).onset.search(ctx.text, start, day.span.start) is not None


@dataclass(frozen=True)
class _Earlier:
    """A phrase that puts a trigger before its sentence's day ("au lendemain d'une frappe")."""

    marker_end: int
    end: int  # the end of the phrase's clause
    days: int | None  # how many days before the sentence's day, when it says
    # True for a phrase inside the sentence ("au lendemain d'une frappe"), which refers to an
    # incident; False for one opening it ("Une semaine plus tôt, …"), which tells one
    within: bool = True


def told_as_earlier(ctx: Context, index: int, trigger: Trigger) -> _Earlier | None:
    """The phrase "au lendemain de", "deux jours après" that ``trigger`` stands in, if any."""
    lex = event_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    opening = lex.earlier.match(ctx.text, max(sent.start_char, ctx.dateline_end)
                                + _leading_space(ctx, index), trigger.span.start)
    if opening is not None and opening.group("opens"):  # "Une semaine plus tôt, …"
        return _Earlier(opening.end(), sent.end_char, _earlier_days(ctx, opening), within=False)
    start = max(sent.start_char, trigger.span.start - EARLIER_CHARS)
    markers = [m for m in lex.earlier.finditer(ctx.text, start, trigger.span.start)
               if not CLAUSE_END.search(ctx.text, m.end(), trigger.span.start)
               and not m.group("opens")]
    if not markers:
        return None
    marker = markers[-1]
    stop = CLAUSE_END.search(ctx.text, trigger.span.end, sent.end_char)
    return _Earlier(marker.end(), stop.start() if stop else sent.end_char, _earlier_days(ctx, marker))


def _leading_space(ctx: Context, index: int) -> int:
    start = max(ctx.sentences[index].start_char, ctx.dateline_end)
    text = ctx.text[start:ctx.sentences[index].end_char]
    return len(text) - len(text.lstrip())


def _earlier_days(ctx: Context, marker: re.Match[str]) -> int | None:
    """How many days before "au lendemain", "deux jours après", "une semaine plus tôt" say."""
    lex = event_lexicon(ctx.lang)
    if marker.group("marker"):
        return lex.earlier_days[" ".join(marker.group("marker").lower().split())]
    count = marker.group("count")
    units = int(count) if count.isdigit() else words_value(count, number_lexicon(ctx.lang))
    return units * lex.earlier_days[marker.group("unit").lower()] if units else None


def dated_earlier(ctx: Context, index: int, draft: Draft, trigger: Trigger, earlier: _Earlier,
                   default_date: DateRange, told: list[Draft]) -> None:
    """An incident told "au lendemain de", "deux jours après" or "une semaine plus tôt": the day
    named in its phrase, or for the phrase's head the sentence's day (else the day of the event
    told just before) minus the marker's days; else no day of its own."""
    days = event_days(ctx, index)
    inside = [m for m in days if earlier.marker_end <= m.span.start < earlier.end]
    outside = [m for m in days if m not in inside]
    head = not earlier.within or _heads_phrase(ctx, earlier.marker_end, trigger.span.start)
    if inside:
        own = min(inside, key=lambda m: abs(m.span.start - trigger.span.start))
        draft.date, draft.own_date = own.as_range(), True
    elif earlier.days is not None and head and (outside or told):
        base = min(outside, key=lambda m: abs(m.span.start - trigger.span.start)).as_range() \
            if outside else told[-1].date
        day = base.start - timedelta(days=earlier.days)
        draft.date, draft.own_date = DateRange(day, day, base.evidence), True
    else:
        draft.date, draft.own_date = default_date, False


# between an earlier marker and a trigger, words that leave the trigger the phrase's head
HEAD_POS = ("ADP", "DET", "ADJ", "NUM")


def _heads_phrase(ctx: Context, marker_end: int, trigger_start: int) -> bool:
    """Whether a trigger is the head of the phrase an earlier marker opens: close after it ("au
    lendemain d'une frappe"), or with only determiners, adjectives, numbers and a count of days
    between ("au lendemain de violents combats", "au lendemain de deux jours d'affrontements"),
    not a noun of its own ("au lendemain de l'annonce d'une offensive")."""
    if trigger_start - marker_end <= HEAD_CHARS:
        return True
    between = ctx.doc.char_span(marker_end, trigger_start, alignment_mode="contract")
    units = event_lexicon(ctx.lang).earlier_days
    return between is not None and all(t.pos_ in HEAD_POS or t.lower_ in units or t.is_space
                                       for t in between)


def told_that_day(ctx: Context, index: int) -> bool:
    """Whether a sentence says its act happened on the day told before it ("Le même jour, une
    position de la Minusca a été attaquée", "Ce jour-là, leurs combattants ont attaqué…")."""
    lex = event_lexicon(ctx.lang)
    return ctx.search_sentence(lex.same_day, index) is not None \
        or ctx.search_sentence(lex.that_day, index) is not None


def on_the_same_day(ctx: Context, index: int, draft: Draft, events: Events) -> Draft:
    """A draft whose sentence names no day but says "le même jour": the day the sentence right
    before names ("Vendredi, Paris a annoncé l'engagement de ses forces. Le jour même, des
    hélicoptères ont frappé…"), else the day of the event told before it. One that says "ce
    jour-là" names the day the sentences before it told ("…, lancées jeudi. Ce jour-là, quatre
    policiers avaient été tués lors d'attaques"): that day is its own, and an incident of another
    day is another incident."""
    lex = event_lexicon(ctx.lang)
    if draft.own_date:
        return draft
    if events.drafts and ctx.search_sentence(lex.same_day, index):
        before = happening_days(ctx, index - 1) if index > 0 else []
        draft.date = before[-1].as_range() if before else events.drafts[-1].date
        draft.own_date = True
    elif ctx.search_sentence(lex.that_day, index):
        carried = carried_date(ctx, index)
        draft.own_date = carried is not None and carried.start == draft.date.start
    return draft


def only_past_days(ctx: Context, index: int) -> bool:
    """Whether the sentence names days or months ("en février 2019"), all long before
    publication (background)."""
    ends = _named_ends(ctx, index)
    if not ends and index > 0 and ctx.search_sentence(event_lexicon(ctx.lang).that_day, index):
        ends = _named_ends(ctx, index - 1)  # "les émeutes du 1er juillet 2008. Ce soir-là, …"
    return bool(ends) and all((ctx.document.published - end).days > CONTEXT_DAYS for end in ends)


def _named_ends(ctx: Context, index: int) -> list[date]:
    """The last day of each day, month or year the sentence names, the start of a span too ("la
    plus meurtrière depuis avril 2023, lorsque dix policiers avaient péri dans une embuscade")."""
    sent = ctx.sentences[index]
    return [m.last_day or (month_end(m.day) if m.month_only else m.day)
            for m, _ in sentence_dates(ctx, index)] + \
        [date(year, 12, 31) for year in named_years(ctx.text, sent.start_char, sent.end_char, ctx.lang)]


def names_a_past_incident(ctx: Context, trigger: Trigger) -> bool:
    """"l'attaque du 7 octobre" or "l'attaque d'Inata, le 14 novembre" in a story of December:
    an earlier incident named by its day."""
    link = event_lexicon(ctx.lang).reference_link.match(ctx.text, trigger.span.end)
    if link is None:
        return False
    after = ctx.text[link.end():link.end() + CUE_CHARS]
    days = find_dates(after, ctx.document.published, ctx.lang)
    # the day right after the link, or after the incident's place ("l'attaque d'Inata, le 14")
    named = bool(days) and event_lexicon(ctx.lang).place_then_day.fullmatch(
        after[:days[0].span.start]) is not None
    return named and (ctx.document.published - days[0].day).days > RECENT_DAYS
