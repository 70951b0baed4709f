"""The records that pipeline stages exchange.

Every record is a frozen dataclass. Every extracted value carries the character offsets
(``Span``) of the words in the document text that support it, so that any field of the output can
be traced back to its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]
Modality = Literal["occurred", "announced", "planned", "demanded", "denied"]
Outcome = Literal["killed", "injured", "missing", "displaced", "arrested", "abducted", "besieged"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "range"]
Victims = Literal[
    "civilians", "children", "women", "combatants", "soldiers", "police", "militants",
    "aid_workers", "journalists", "people",
]
Scope = Literal["incident", "cumulative"]


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}-{self.end}")

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """One article to read. ``published`` anchors relative dates ("hier", "samedi")."""

    doc_id: str
    text: str
    published: date
    language: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where it was read, e.g. "articles.jsonl:12", for messages


@dataclass(frozen=True)
class Quantity:
    """A number of people as written: "près de 410" is value 410, qualifier ``about``."""

    value: int
    qualifier: Qualifier
    span: Span
    high: int | None = None


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class Location:
    """A place; ``precision`` follows ACLED's geo_precision (1 town, 2 near/part, 3 region)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = 3
    evidence: tuple[Span, ...] = ()
    admin1: str | None = None  # the first-level division (province, state, oblast) when known


@dataclass(frozen=True)
class Actor:
    """A party to an event; ``inter`` is ACLED's actor class (1 state forces ... 8 external)."""

    name: str
    inter: int
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Source:
    """Who a report is attributed to ("selon l'OSDH" gives OSDH)."""

    name: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CasualtyStatement:
    """One figure of people harmed, as written, with who says so."""

    id: str
    outcome: Outcome
    quantity: Quantity
    victims: Victims
    scope: Scope
    evidence: tuple[Span, ...]
    subset_of: str | None = None
    period: DateRange | None = None
    location: Location | None = None
    source: Source | None = None
    event: str | None = None


@dataclass(frozen=True)
class Event:
    """One incident or development, typed with ACLED's taxonomy."""

    id: str
    event_type: EventType
    sub_event_type: str
    modality: Modality
    date: DateRange
    evidence: tuple[Span, ...]
    location: Location | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: int = 0
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What bilan read in one document."""

    document: Document
    language: str
    events: tuple[Event, ...] = ()
    casualties: tuple[CasualtyStatement, ...] = ()
    model: str | None = None
