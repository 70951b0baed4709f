"""The event a document's rules assemble (``Draft``) and the kinds of events they speak of."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilan.extract.actors import EXTERNAL, UNIDENTIFIED, ActorMention
from bilan.model import DateRange, EventType, Location, Modality, Source

CONTEXT_DAYS = 30  # days further from publication are background, used only when nothing is nearer

# Fire from afar: when its sentences name no one it is the foreign army the article names, if
# any; when it supports a ground assault told in the same clause it makes no event of its own
REMOTE_FIRE = ("Shelling/artillery/missile attack", "Air/drone strike")

ASSAULTS = ("Armed clash",)
CLAUSE_CHARS = 100  # violent triggers this close describe one act ("le kamikaze ... ambulance piégée")

# Parties to these are named in text order ("L'armée et les FSR ont accepté une trêve"); the
# actors of violence are sought around its trigger.
IN_TEXT_ORDER = ("Strategic developments",)

# ... except these, whose doer is the trigger's subject and whose agent may be the other side
# ("l'armée de l'air affirme avoir abattu 21 missiles tirés par la Russie")
AROUND_TRIGGER = ("Disrupted weapons use",)

PROTESTS: EventType = "Protests"
RIOTS: EventType = "Riots"
CIVILIAN_VICTIMS = ("civilians", "children", "women")  # named as such: not "des personnes"
CLASH: tuple[EventType, str] = ("Battles", "Armed clash")
STREET_TYPES = (PROTESTS, RIOTS)
ARMED_GROUPS = {2, UNIDENTIFIED, 4, EXTERNAL}  # rebels, armed and communal militias, foreign forces
ARRESTS: tuple[EventType, str] = ("Strategic developments", "Arrests")
ATTACK: tuple[EventType, str] = ("Violence against civilians", "Attack")
FIRED_ON_PROTEST = "Excessive force against protesters"  # a protest's deadly repression


@dataclass
class Draft:
    """An event being assembled; frozen into an ``Event`` at the end."""

    event_type: EventType
    sub_event_type: str
    modality: Modality
    date: DateRange
    own_date: bool  # the day was written in the event's sentence
    location: Location | None
    sentences: list[int]
    mentions: list[ActorMention]
    attacker_country: str | None
    sources: list[Source] = field(default_factory=list)
    if_killed: str | None = None
    generic: bool = False
    at: int = 0  # where its first trigger stands: actors are sought around it
    joint: tuple[str, str] | None = None  # "discussions russo-américaines": its two parties
    repeats: bool = False  # "un autre missile": another act of the kind told before
    reprisal: bool = False  # "En représailles, l'artillerie a pilonné…": an act of its own
    civilians: bool = False  # its victims are named civilians ("trente-cinq civils"), not "people"
    own_place: bool = False  # the place was written in the event's sentence, not carried from before
    in_force_day: bool = False  # its day is when an agreement took effect, not when it was made
    onset_day: bool = False  # its day is when it broke out ("les combats avaient éclaté lundi")
    said_day: bool = False  # its day is only when it was told ("n'avait pas été revendiquée mercredi")
    assault: bool = False  # a generic attack on a military target ("l'attaque de deux postes de contrôle")
    vague_fire: bool = False  # told by a word of either kind of remote fire ("la frappe", "des missiles")
    backdrop: bool = False  # told only as what came before ("au lendemain de violents combats")

    def kind(self) -> tuple[EventType, str]:
        return self.event_type, self.sub_event_type


CLAUSE_END = re.compile(r"[,;:«»()]|\s[–—]\s")
