"""Dates in text, resolved against the publication day: "hier", "samedi soir", "le 15 novembre",
"mars 2011", "dans la nuit de jeudi à vendredi". "La veille" and "le lendemain" count from the
story's day (``story_offset``), which only the caller knows; alone they count from publication.

Reads ``lang/<code>/dates.yaml``. A weekday alone is the latest such day on or before publication
(news reports the past; a story of Tuesday saying "mardi" means that day); "samedi dernier" is
strictly before it, "samedi prochain" ahead.
A day and month without a year take the year that puts them nearest before publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bilan.extract.lexicon import phrase_pattern, word_key
from bilan.lang import load_lexicon
from bilan.model import DateRange, Span

ONSET_CHARS = 80  # "depuis le début de la grève nationale contre …, le 28 avril": the thing begun, at most
FUTURE_GRACE_DAYS = 60  # "le 20 décembre" read on 10 December is this year, not last year


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression; ``month_only`` for "mars 2011" (day 1 by convention)."""

    day: date
    span: Span
    month_only: bool = False
    last_day: date | None = None  # "la semaine dernière", "fin janvier": a span of days
    story_offset: int | None = None  # "la veille", "le lendemain": days from the story's day
    written_span: bool = False  # "du 23 au 31 mars": the span's first and last days both written
    night: bool = False  # "dans la nuit de samedi à dimanche": the first day, the next one's morning after

    def as_range(self) -> DateRange:
        return DateRange(self.day, self.last_day or self.day, (self.span,))


@dataclass(frozen=True)
class DateLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    pattern: re.Pattern[str]
    since: re.Pattern[str]  # matches at the end of the text before a day that opens a span
    onset: re.Pattern[str]  # the same, for the day of an onset ("depuis le début de la guerre, le")
    month_parts: dict[str, tuple[int, int]]
    relative_weeks: dict[str, tuple[int, int, int]]  # phrase → (weeks ahead, first, last weekday)
    relative_months: dict[str, int]
    story_relative: dict[str, int]
    ago_counts: dict[str, int]  # "il y a deux semaines": the words that count
    ago_units: dict[str, int]  # days per unit
    in_year: re.Pattern[str]  # "en 2006": a year named alone
    after_night: re.Pattern[str]  # "dans la matinée": after a night told before, the next day
    until: re.Pattern[str]  # matches at the end of the text before a day that ends a span


@dataclass(frozen=True)
class Resolved:
    day: date
    month_only: bool = False
    last_day: date | None = None
    story_offset: int | None = None
    written_span: bool = False
    night: bool = False


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def date_lexicon(lang: str) -> DateLexicon:
    data = load_lexicon(lang, "dates")
    months = {str(k).lower(): int(v) for k, v in data["months"].items()}
    weekdays = {str(w).lower(): i for i, w in enumerate(data["weekdays"])}
    relative = {str(k).lower().replace("’", "'"): int(v) for k, v in data["relative_days"].items()}
    story = {str(k).lower().replace("’", "'"): int(v) for k, v in data.get("story_relative_days", {}).items()}
    month, weekday = _alt(list(months)), _alt(list(weekdays))
    first = _alt([str(f) for f in data.get("first_day", [])]) or "(?!)"
    this = _alt([str(w) for w in data.get("this_week", [])]) or "(?!)"
    nxt = _alt([str(w) for w in data.get("next_markers", [])]) or "(?!)"
    last = _alt([str(w) for w in data.get("last_markers", [])]) or "(?!)"
    night = _alt([str(w) for w in data.get("night_of", [])]) or "(?!)"
    rel = phrase_pattern({**relative, **story}).pattern
    parts = {word_key(str(k)): (int(v[0]), int(v[1])) for k, v in data.get("month_parts", {}).items()}
    weeks = {word_key(str(k)): (int(v[0]), int(v[1]), int(v[2]))
             for k, v in data.get("relative_weeks", {}).items()}
    months_rel = {word_key(str(k)): int(v) for k, v in data.get("relative_months", {}).items()}
    part_of = "|".join(re.escape(w) for w in data.get("part_of", [])) or "(?!)"
    span_open = _alt([str(w) for w in data.get("span_open", [])]) or "(?!)"
    span_join = _alt([str(w) for w in data.get("span_join", [])]) or "(?!)"
    in_month = _alt([str(w) for w in data.get("in_month", [])]) or "(?!)"
    ago = data.get("ago", {})
    counts = {str(k).lower(): int(v) for k, v in ago.get("counts", {}).items()}
    units = {str(k).lower(): int(v) for k, v in ago.get("units", {}).items()}
    ago_words = _alt([str(w) for w in ago.get("words", [])]) or "(?!)"
    pattern = re.compile(
        rf"(?<![\w-])(?:"
        rf"(?P<part>(?P<partword>{_alt(list(parts)) or '(?!)'})(?:-|\s+)(?:(?:{part_of})\s*)?"
        rf"(?P<month3>{month})(?:\s+(?P<year3>\d{{4}}))?)"
        rf"|(?P<week>{phrase_pattern(weeks).pattern})"
        rf"|(?P<monthrel>{phrase_pattern(months_rel).pattern})"
        rf"|(?P<xspan>(?:{span_open})\s+(?P<d5>\d{{1,2}}|{first})\s+(?P<month6>{month})\.?"
        rf"(?:\s+(?P<year6>\d{{4}}))?\s+(?:{span_join})\s+(?P<d6>\d{{1,2}})\s+(?P<month7>{month})\.?"
        rf"(?:\s+(?P<year7>\d{{4}}))?)"
        rf"|(?P<span>(?:{span_open})\s+(?P<d1>\d{{1,2}}|{first})\s+(?:{span_join})\s+(?P<d2>\d{{1,2}})\s+"
        rf"(?P<month4>{month})\.?(?:\s+(?P<year4>\d{{4}}))?)"
        rf"|(?P<wdspan>(?:{span_open})\s+(?P<wa>{weekday})\s+(?:{span_join})\s+(?P<wb>{weekday}))"
        rf"|(?P<dm>(?:(?:{weekday})\s+)?(?P<day>\d{{1,2}}|{first})\s+(?P<month>{month})\.?"
        rf"(?:\s+(?P<year>\d{{4}}))?)"
        rf"|(?P<my>(?P<month2>{month})\.?\s+(?P<year2>\d{{4}}))"
        rf"|(?P<inmonth>(?:{in_month})\s+(?P<month5>{month})(?!\.?\s+\d)(?:\s+(?P<lastmonth>{last}))?)"
        rf"|(?P<night>(?:{night})\s+(?P<wd1>{weekday})\s+(?:à|au)\s+(?:{weekday}))"
        rf"|(?P<wd>(?:(?P<this>{this})\s+)?(?P<weekday>{weekday})(?:\s+(?:(?P<next>{nxt})|(?P<last>{last})))?)"
        rf"|(?P<ago>(?:{ago_words})\s+(?P<count>\d{{1,2}}|{_alt(list(counts)) or '(?!)'})\s+"
        rf"(?P<unit>{_alt(list(units)) or '(?!)'}))"
        rf"|(?P<rel>{rel})"
        rf")(?![\w-])(?<!\.)",
        re.IGNORECASE,
    )
    since_words = _alt([str(w) for w in data.get("since", [])]) or "(?!)"
    since_dets = _alt([str(w) for w in data.get("since_determiners", [])])
    since = re.compile(rf"(?<![\w-])(?:{since_words})\s+(?:(?:{since_dets})\s*)?$", re.IGNORECASE)
    onsets = _alt([str(w) for w in data.get("since_onsets", [])]) or "(?!)"
    onset = re.compile(rf"(?<![\w-])(?:{onsets})(?:\s+[^\s,.;:][^,.;:]{{0,{ONSET_CHARS}}})?,\s*"
                       rf"(?:(?:{since_dets})\s*)?$", re.IGNORECASE)
    in_year = _alt([str(w) for w in data.get("in_year", [])]) or "(?!)"
    until_words = _alt([str(w) for w in data.get("until", [])]) or "(?!)"
    return DateLexicon(months, weekdays, relative, pattern, since, onset, parts, weeks, months_rel, story,
                       counts, units,
                       re.compile(rf"(?<![\w-])(?:{in_year})\s+(?P<year>1[89]\d\d|20\d\d)(?![\w-])",
                                  re.IGNORECASE),
                       phrase_pattern(str(w) for w in data.get("after_night", [])),
                       re.compile(rf"(?<![\w-])(?:{until_words})\s*$", re.IGNORECASE))


def named_years(text: str, start: int, end: int, lang: str) -> list[int]:
    """Years named alone between ``start`` and ``end`` ("des émeutes comparables en 2006"); not
    days, so never an event's date, but they put what a sentence tells in its time."""
    return [int(m.group("year")) for m in date_lexicon(lang).in_year.finditer(text, start, end)]


def closes_span(text_before: str, lang: str) -> bool:
    """Whether the words before a day make it the end of what lasts ("une trêve jusqu'au 22
    avril", "abattant des civils jusqu'à vendredi")."""
    return date_lexicon(lang).until.search(text_before) is not None


def names_onset(text_before: str, lang: str) -> bool:
    """Whether the words before a day make it the day something lasting began, named as the
    start of a running count ("depuis le début de la guerre, le 13 juin, les frappes ont fait
    610 morts")."""
    return date_lexicon(lang).onset.search(text_before) is not None


def opens_span(text_before: str, lang: str) -> bool:
    """Whether the words before a day make it a span's start ("depuis jeudi")."""
    return date_lexicon(lang).since.search(text_before) is not None


MONTHS_AHEAD = 2  # "en mars" in a February story may be to come; "en novembre" in January is past
MONTH_DAYS = 28  # "il y a un mois" and longer ago dates a month, not a day


def _year_for(day: int, month: int, published: date) -> date | None:
    """The (day, month) nearest before publication, allowing a short way ahead."""
    for year in (published.year + 1, published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published + timedelta(days=FUTURE_GRACE_DAYS):
            return candidate
    return None


def _weekday(target: int, published: date, *, ahead: bool, last: bool = False,
             this: bool = False) -> date:
    """The day ``target`` (0 Monday) nearest publication: on or before it, strictly before it
    when ``last`` ("vendredi dernier"), after it when ``ahead``."""
    delta = (published.weekday() - target) % 7
    if ahead:  # "lundi prochain" is next week's on a Monday, "ce lundi" that very day
        return published + timedelta(days=(target - published.weekday()) % 7 or (0 if this else 7))
    if delta == 0 and last:
        delta = 7
    return published - timedelta(days=delta)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _month_part(m: re.Match[str], lex: DateLexicon, published: date) -> Resolved | None:
    """"mi-février" (15), "fin janvier" (21 to the month's end), "début mars 2011"."""
    first, last = lex.month_parts[word_key(m.group("partword"))]
    month = lex.months[m.group("month3").lower()]
    year = int(m.group("year3")) if m.group("year3") else None
    if year is None:
        found = _year_for(first, month, published)  # the part's own first day decides the year
        if found is None:
            return None
        year = found.year
    start = date(year, month, 1)
    end = month_end(start)
    return Resolved(start.replace(day=min(first, end.day)), last_day=start.replace(day=min(last, end.day)))


def _day_number(written: str) -> int:
    """The day of the month a written day names: its digits, else the first ("1er", "premier")."""
    return int(written) if written.isdigit() else 1


def _day_span(m: re.Match[str], lex: DateLexicon, published: date) -> Resolved | None:
    """"du 23 au 31 mars", "les 29 et 30 novembre": the days of one month from the first to the
    last."""
    month = lex.months[m.group("month4").lower()]
    first_day, last_day = _day_number(m.group("d1")), int(m.group("d2"))
    if last_day < first_day:
        return None
    if m.group("year4"):
        start = date(int(m.group("year4")), month, first_day)
    else:
        found = _year_for(first_day, month, published)
        if found is None:
            return None
        start = found
    return Resolved(start, last_day=start.replace(day=last_day), written_span=True)


def _months_span(m: re.Match[str], lex: DateLexicon, published: date) -> Resolved | None:
    """"entre le 31 octobre et le 10 novembre": from a day of one month to a day of another."""
    first_month, last_month = lex.months[m.group("month6").lower()], lex.months[m.group("month7").lower()]
    first_day, last_day = _day_number(m.group("d5")), int(m.group("d6"))
    end = date(int(m.group("year7")), last_month, last_day) if m.group("year7") \
        else _year_for(last_day, last_month, published)
    if end is None:
        return None
    year = int(m.group("year6")) if m.group("year6") else end.year - (first_month > last_month)
    start = date(year, first_month, first_day)
    return Resolved(start, last_day=end, written_span=True) if start < end else None


def _week(m: re.Match[str], lex: DateLexicon, published: date) -> Resolved:
    """"la semaine dernière": Monday to Sunday of the week before publication's."""
    ahead, first, last = lex.relative_weeks[word_key(m.group("week"))]
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=ahead)
    return Resolved(monday + timedelta(days=first), last_day=monday + timedelta(days=last))


def _month(m: re.Match[str], lex: DateLexicon, published: date) -> Resolved:
    """"le mois dernier": the whole month before publication's."""
    start = published.replace(day=1)
    for _ in range(lex.relative_months[word_key(m.group("monthrel"))]):
        start = (start - timedelta(days=1)).replace(day=1)
    return Resolved(start, last_day=month_end(start))


def _month_ahead(month: int, published: date) -> Resolved:
    """"en mars" in a text about what is to come: the next such month (this one included)."""
    start = date(published.year + (month < published.month), month, 1)
    return Resolved(start, last_day=month_end(start))


def _resolve(m: re.Match[str], lex: DateLexicon, published: date,
             future: bool = False) -> tuple[date, bool] | Resolved | None:
    if m.group("part"):
        return _month_part(m, lex, published)
    if m.group("xspan"):
        return _months_span(m, lex, published)
    if m.group("span"):
        return _day_span(m, lex, published)
    if m.group("wdspan"):
        first = _weekday(lex.weekdays[m.group("wa").lower()], published, ahead=False)
        length = (lex.weekdays[m.group("wb").lower()] - first.weekday()) % 7
        return Resolved(first, last_day=first + timedelta(days=length), written_span=True)
    if m.group("week"):
        return _week(m, lex, published)
    if m.group("monthrel"):
        return _month(m, lex, published)
    if m.group("dm"):
        day = _day_number(m.group("day"))
        month = lex.months[m.group("month").lower()]
        if m.group("year"):
            try:
                return date(int(m.group("year")), month, day), False
            except ValueError:
                return None
        found = _year_for(day, month, published)
        return (found, False) if found else None
    if m.group("my"):
        return date(int(m.group("year2")), lex.months[m.group("month2").lower()], 1), True
    if m.group("inmonth"):
        month = lex.months[m.group("month5").lower()]
        if future:
            return _month_ahead(month, published)
        # "en juin dernier", "en novembre" told in January: the last such month; a month just
        # ahead of publication without "dernier" may be one to come
        if m.group("lastmonth") or (month - published.month) % 12 == 0 \
                or (month - published.month) % 12 > MONTHS_AHEAD:
            return date(published.year - (month > published.month), month, 1), True
        return None
    if m.group("ago"):  # "il y a deux semaines"; a month or more ago is no day
        count = m.group("count").lower()
        number = int(count) if count.isdigit() else lex.ago_counts[count]
        days = number * lex.ago_units[m.group("unit").lower()]
        return published - timedelta(days=days), days >= MONTH_DAYS
    if m.group("night"):
        return Resolved(_weekday(lex.weekdays[m.group("wd1").lower()], published, ahead=False, last=True),
                        night=True)
    if m.group("wd"):
        return _weekday(lex.weekdays[m.group("weekday").lower()], published,
                        ahead=(future and not m.group("last")) or bool(m.group("next")),
                        last=bool(m.group("last")), this=bool(m.group("this"))), False
    key = " ".join(m.group("rel").lower().replace("’", "'").split())
    if key in lex.story_relative:  # from publication until a caller knows the story's day
        offset = lex.story_relative[key]
        return Resolved(published + timedelta(days=offset), story_offset=offset)
    return published + timedelta(days=lex.relative[key]), False


def find_dates(text: str, published: date, lang: str, offset: int = 0,
               future: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` (character offsets shifted by ``offset``); with
    ``future`` (the text speaks of what is to come), a bare weekday is the next one."""
    lex = date_lexicon(lang)
    mentions = []
    for m in lex.pattern.finditer(text):
        try:
            resolved = _resolve(m, lex, published, future)
        except (ValueError, OverflowError):  # a day outside the calendar ("31 février 1")
            continue
        if isinstance(resolved, tuple):
            resolved = Resolved(*resolved)
        if resolved is not None:
            mentions.append(DateMention(resolved.day, Span(offset + m.start(), offset + m.end()),
                                        resolved.month_only, resolved.last_day, resolved.story_offset,
                                        resolved.written_span, resolved.night))
    return mentions
