"""Actors: who acts and who is targeted, with ACLED's actor classes (``inter``).

Mentions come from ``lang/<code>/actors.yaml``. In an event's sentence the initiator is the first
actor mentioned (or the one introduced by an agent marker: "tués par des jihadistes"), the target
the next actor of another class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bilan.extract.lexicon import phrase_pattern
from bilan.lang import load_lexicon
from bilan.model import Actor, Span

AGENT_MARKER = re.compile(r"(?<![\w-])(?:par|de la part)\s+(?:les?|la|l['’]|des|du|d['’])?\s*$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class ActorKind:
    name: str
    inter: int


@dataclass(frozen=True)
class ActorMention:
    kind: ActorKind
    span: Span
    agent: bool  # introduced by "par": the initiator of a passive clause

    def actor(self, country: str | None) -> Actor:
        name = self.kind.name.replace("{country}", country or "?")
        return Actor(name=name, inter=self.kind.inter, evidence=(self.span,))


@dataclass(frozen=True)
class ActorLexicon:
    pattern: re.Pattern[str]
    kinds: dict[str, ActorKind]  # lowercase mention -> kind


@cache
def actor_lexicon(lang: str) -> ActorLexicon:
    data = load_lexicon(lang, "actors")
    kinds: dict[str, ActorKind] = {}
    for entry in data["actors"]:
        kind = ActorKind(str(entry["name"]), int(entry["inter"]))
        for word in entry["words"]:
            kinds.setdefault(str(word).lower().replace("’", "'"), kind)
    return ActorLexicon(pattern=phrase_pattern(kinds), kinds=kinds)


def find_actors(text: str, start: int, end: int, lang: str) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, in text order."""
    lex = actor_lexicon(lang)
    mentions = []
    for m in lex.pattern.finditer(text, start, end):
        key = " ".join(m.group(0).lower().replace("’", "'").split())
        kind = lex.kinds.get(key)
        if kind is None:
            continue
        agent = bool(AGENT_MARKER.search(text[max(start, m.start() - 20):m.start()]))
        mentions.append(ActorMention(kind, Span(m.start(), m.end()), agent))
    return mentions


def pick_actors(mentions: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """(initiator, target): an agent ("par ...") first, else the first mention; the target is
    the first mention of another class."""
    if not mentions:
        return None, None
    agents = [m for m in mentions if m.agent]
    first = agents[0] if agents else mentions[0]
    second = next((m for m in mentions if m.kind.inter != first.kind.inter), None)
    return first, second
