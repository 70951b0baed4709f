"""Dates in text, resolved against the publication day: "hier", "samedi soir", "le 15 novembre",
"mars 2011", "dans la nuit de jeudi à vendredi".

Reads ``lang/<code>/dates.yaml``. A weekday alone is the latest such day before publication (news
reports the past); "ce samedi" may be the publication day itself; "samedi prochain" is ahead.
A day and month without a year take the year that puts them nearest before publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bilan.extract.lexicon import phrase_pattern
from bilan.lang import load_lexicon
from bilan.model import DateRange, Span

FUTURE_GRACE_DAYS = 60  # "le 20 décembre" read on 10 December is this year, not last year


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression; ``month_only`` for "mars 2011" (day 1 by convention)."""

    day: date
    span: Span
    month_only: bool = False

    def as_range(self) -> DateRange:
        return DateRange(self.day, self.day, (self.span,))


@dataclass(frozen=True)
class DateLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    pattern: re.Pattern[str]
    since: re.Pattern[str]  # matches at the end of the text before a day that opens a span


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def date_lexicon(lang: str) -> DateLexicon:
    data = load_lexicon(lang, "dates")
    months = {str(k).lower(): int(v) for k, v in data["months"].items()}
    weekdays = {str(w).lower(): i for i, w in enumerate(data["weekdays"])}
    relative = {str(k).lower().replace("’", "'"): int(v) for k, v in data["relative_days"].items()}
    month, weekday = _alt(list(months)), _alt(list(weekdays))
    first = _alt([str(f) for f in data.get("first_day", [])]) or "(?!)"
    this = _alt([str(w) for w in data.get("this_week", [])]) or "(?!)"
    nxt = _alt([str(w) for w in data.get("next_markers", [])]) or "(?!)"
    night = _alt([str(w) for w in data.get("night_of", [])]) or "(?!)"
    rel = phrase_pattern(relative).pattern
    pattern = re.compile(
        rf"(?<![\w-])(?:"
        rf"(?P<dm>(?P<day>\d{{1,2}}|{first})\s+(?P<month>{month})\.?(?:\s+(?P<year>\d{{4}}))?)"
        rf"|(?P<my>(?P<month2>{month})\.?\s+(?P<year2>\d{{4}}))"
        rf"|(?P<night>(?:{night})\s+(?P<wd1>{weekday})\s+(?:à|au)\s+(?:{weekday}))"
        rf"|(?P<wd>(?:(?P<this>{this})\s+)?(?P<weekday>{weekday})(?:\s+(?P<next>{nxt}))?)"
        rf"|(?P<rel>{rel})"
        rf")(?![\w-])(?<!\.)",
        re.IGNORECASE,
    )
    since_words = _alt([str(w) for w in data.get("since", [])]) or "(?!)"
    since_dets = _alt([str(w) for w in data.get("since_determiners", [])])
    since = re.compile(rf"(?<![\w-])(?:{since_words})\s+(?:(?:{since_dets})\s*)?$", re.IGNORECASE)
    return DateLexicon(months, weekdays, relative, pattern, since)


def opens_span(text_before: str, lang: str) -> bool:
    """Whether the words before a day make it a span's start ("depuis jeudi")."""
    return date_lexicon(lang).since.search(text_before) is not None


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


def _weekday(target: int, published: date, *, this_week: bool, ahead: bool) -> date:
    delta = (published.weekday() - target) % 7
    if ahead:
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if delta == 0 and not this_week:
        delta = 7
    return published - timedelta(days=delta)


def _resolve(m: re.Match[str], lex: DateLexicon, published: date,
             future: bool = False) -> tuple[date, bool] | None:
    if m.group("dm"):
        raw_day = m.group("day").lower()
        day = int(raw_day) if raw_day.isdigit() else 1
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
    if m.group("night"):
        return _weekday(lex.weekdays[m.group("wd1").lower()], published,
                        this_week=False, ahead=False), False
    if m.group("wd"):
        return _weekday(lex.weekdays[m.group("weekday").lower()], published,
                        this_week=bool(m.group("this")),
                        ahead=future or bool(m.group("next"))), False
    key = " ".join(m.group("rel").lower().replace("’", "'").split())
    return published + timedelta(days=lex.relative[key]), False


def find_dates(text: str, published: date, lang: str, offset: int = 0,
               future: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` (character offsets shifted by ``offset``); with
    ``future`` (the text speaks of what is to come), a bare weekday is the next one."""
    lex = date_lexicon(lang)
    mentions = []
    for m in lex.pattern.finditer(text):
        resolved = _resolve(m, lex, published, future)
        if resolved is not None:
            day, month_only = resolved
            mentions.append(DateMention(day, Span(offset + m.start(), offset + m.end()),
                                        month_only))
    return mentions
