"""The actors of each event once the document is read: the article's warring parties, who fired
from afar, who attacked first, and who the dead were."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from bilan.extract.actors import (
    AGENT_WINDOW,
    CIVILIANS,
    CLAUSE_PUNCTUATION,
    EXTERNAL,
    FIGHTING_CHARS,
    NON_STATE_ARMED,
    PROTESTERS,
    REBELS,
    RIOTERS,
    STATE,
    UNIDENTIFIED,
    ActorLexicon,
    ActorMention,
    actor_lexicon,
    answers,
    communal_sides,
    default_initiator,
    default_target_civilians,
    find_actors,
    first_of_pair,
    fought_forces,
    resolve_actors,
    state_forces,
)
from bilan.extract.blame import blamed, blamed_in, settling_party, told_unclaimed
from bilan.extract.context import Context
from bilan.extract.events.draft import (
    ARMED_GROUPS,
    AROUND_TRIGGER,
    ASSAULTS,
    CLASH,
    IN_TEXT_ORDER,
    REMOTE_FIRE,
    Draft,
)
from bilan.extract.events.parties import (
    aircraft_before,
    is_noun,
    is_participle,
    sentence_actors,
    targets_civilians,
    targets_forces,
)
from bilan.extract.events.tolls import conservative_fatalities
from bilan.extract.places import headline_country, main_country
from bilan.extract.triggers import VIOLENT, event_lexicon
from bilan.model import Actor, CasualtyStatement, Event

FORCES = (STATE, EXTERNAL)  # state forces, at home or abroad


def _unmanned_not_told(ctx: Context, draft: Draft, sub_event_type: str) -> bool:
    """Whether a strike of a sub-type flown by warplanes or drones ("Air/drone strike") names no
    drone in its sentences ("une autre frappe a tué une femme et ses deux enfants"): then it is a
    warplane's, flown by state forces, whatever the article pins on an armed group."""
    lex = actor_lexicon(ctx.lang)
    if sub_event_type not in lex.aircraft_strikes:
        return False
    return not any(lex.unmanned.search(ctx.text, ctx.sentences[i].start_char, ctx.sentences[i].end_char)
                   for i in set(draft.sentences))


def as_before(lang: str, event: Event, before: list[Event]) -> Event:
    """"Un autre missile s'est abattu sur Kharkiv": with no attacker of its own (none, or the
    default unidentified group), the attacker of the latest event of its type before it."""
    def unnamed(e: Event) -> bool:
        return e.actor1 is None or e.actor1 == default_initiator(lang, e.event_type, e.sub_event_type)

    if not unnamed(event):
        return event
    earlier = next((e for e in reversed(before)
                    if e.event_type == event.event_type and not unnamed(e)), None)
    return replace(event, actor1=earlier.actor1) if earlier else event


def _belligerents(ctx: Context, country: str | None) -> tuple[Actor | None, Actor | None]:
    """The article's two warring parties, for clashes and talks whose sentences name no one
    ("des combats ont éclaté", "les deux délégations"): its most often named armed party, then
    the most often named one of another class."""
    ranked = _armed_parties(ctx, country)
    if not ranked:
        return None, None
    return ranked[0], next((a for a in ranked if a.inter != ranked[0].inter), None)


def _opponent(ctx: Context, country: str | None, side: Actor, draft: Draft) -> Actor | None:
    """Who fought ``side`` when only it is named ("onze gendarmes tués lors de l'assaut de leur
    brigade"): the party the incident or the article is pinned on, else the article's most often
    named armed party of another class."""
    pinned = [m.actor(country) for m in (settling_party(ctx, draft.sentences, draft.location),
                                         blamed(ctx)) if m is not None]
    return next((a for a in pinned + _armed_parties(ctx, country) if a.inter != side.inter), None)


def _armed_parties(ctx: Context, country: str | None) -> list[Actor]:
    """The article's armed parties, most often named first."""
    parties = [m for i in range(len(ctx.sentences)) for m in sentence_actors(ctx, i)
               if not (m.speaker or m.counted) and m.inter_in(country) not in (CIVILIANS, PROTESTERS)
               and not m.kind.parties_to]  # "le président", "l'ONU": no armed party
    counts = Counter(m.kind.name for m in parties)
    first: dict[str, ActorMention] = {}
    for m in parties:
        first.setdefault(m.kind.name, m)
    return [m.actor(country) for m in sorted(first.values(), key=lambda m: -counts[m.kind.name])]


def _foreign_weapons(ctx: Context, draft: Draft, country: str | None,
                     actor1: Actor | None) -> Actor | None:
    """Who fired what was shot down: the foreign state a nationality in the trigger's sentence
    names ("une dizaine de drones ukrainiens ont été détruits au-dessus de la région")."""
    lex = actor_lexicon(ctx.lang)
    sent = ctx.sentence_at(draft.at)
    for match in lex.nationality.finditer(ctx.text, sent.start_char, sent.end_char):
        found = lex.nationalities.get(match.group(0).lower())
        if found is not None and found != country:
            other = state_forces(found, country)
            if actor1 is None or other.name != actor1.name:  # "un F-16 américain a abattu un drone turc"
                return other
    return None


AFFILIATION_CHARS = 20  # how far after the attackers their tie may start ("armés venus à moto")
AFFILIATED_CHARS = 60  # how far after it the group may be named ("au groupe islamiste nigérian")


def _named_unidentified(lex: ActorLexicon, actor: Actor) -> bool:
    """Whether ``actor`` is the unidentified armed group, named as such in the text ("des hommes
    armés"), not put in by default: the attackers a later rule may name."""
    return actor.name == lex.class_names.get(UNIDENTIFIED) and bool(actor.evidence)


def _affiliated(ctx: Context, country: str | None, actor: Actor | None) -> Actor | None:
    """Unidentified attackers tied right after them to a named group ("des hommes armés
    soupçonnés d'appartenir au groupe islamiste Boko Haram") are that group's men; tied to one
    told of before ("au même groupe"), the armed group the article names most."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or not _named_unidentified(lex, actor):
        return actor
    end = actor.evidence[0].end
    tie = lex.affiliated.search(ctx.text, end, end + AFFILIATION_CHARS + AFFILIATED_CHARS)
    if tie is None or tie.start() - end > AFFILIATION_CHARS \
            or CLAUSE_PUNCTUATION.search(ctx.text, end, tie.start()):
        return actor
    group = _group_named_after(ctx, tie.end(), tie.end() + AFFILIATED_CHARS)
    if group is not None:
        return replace(group.actor(country), evidence=actor.evidence)
    if lex.affiliated_told_before.match(ctx.text[tie.end():tie.end() + AFFILIATED_CHARS].lstrip()):
        # "soupçonnés d'appartenir au même groupe": the armed group the article names most, by
        # its own name rather than a class's ("des islamistes présumés de Boko Haram")
        generic = set(lex.class_names.values())
        groups = [a for a in _armed_parties(ctx, country) if a.inter in NON_STATE_ARMED]
        told = next((a for a in groups if a.name not in generic), next(iter(groups), None))
        return replace(told, evidence=actor.evidence) if told else actor
    return actor


def _blamed_for_unknown(ctx: Context, draft: Draft, country: str | None,
                        actor: Actor | None, other: Actor | None) -> Actor | None:
    """Unidentified armed men fighting state forces ("des hommes armés ont pris d'assaut la caserne
    … Les autorités l'attribuent au groupe État islamique") are the armed group the article holds
    responsible (blame.blamed), as an insurgency's attack on the forces is coded to the insurgents
    it is pinned on; men the text calls unidentified ("non identifiés") stay so, and so do unnamed
    killers of civilians, which are coded unidentified whoever is suspected."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or not _named_unidentified(lex, actor) or other is None or other.inter not in FORCES \
            or any(m.kind.unknown for m in draft.mentions if m.span in actor.evidence):
        return actor
    party = blamed(ctx, draft.location)
    if party is None or party.kind.inter not in NON_STATE_ARMED:
        return actor
    return replace(party.actor(country), evidence=actor.evidence)


def _unclaimed_class(ctx: Context, actor: Actor | None) -> Actor | None:
    """Rebels named by their class only ("des jihadistes", "des terroristes"), in an attack the
    text says no one claimed, are an unidentified armed group: the class says nothing of who."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or actor.inter != REBELS or actor.name != lex.class_names.get(REBELS):
        return actor
    return Actor(name=lex.class_names.get(UNIDENTIFIED, actor.name), inter=UNIDENTIFIED,
                 evidence=actor.evidence)


def _group_named_after(ctx: Context, start: int, end: int) -> ActorMention | None:
    """The first armed group named by its own name (not a class's) between ``start``, right after
    a word tying people to it ("soupçonnés d'appartenir", "liens avec"), and ``end``, in the same
    clause."""
    generic = set(actor_lexicon(ctx.lang).class_names.values())
    return next((m for m in find_actors(ctx.text, start, end, ctx.lang)
                 if m.kind.name not in generic and m.kind.inter in NON_STATE_ARMED
                 and not CLAUSE_PUNCTUATION.search(ctx.text, start, m.span.start)), None)


def _group_of_the_arrested(ctx: Context, draft: Draft, country: str | None,
                           actor: Actor | None) -> Actor | None:
    """People arrested whom no party names (the default civilians) but who are tied in the
    trigger's sentence to a named armed group ("113 personnes soupçonnées de liens avec le PKK",
    "six membres présumés de 400 Mawozo") are that group's."""
    if actor is not None and (actor.inter != CIVILIANS or actor.evidence):
        return actor
    sent = ctx.sentence_at(draft.at)
    for tie in actor_lexicon(ctx.lang).arrested_tie.finditer(ctx.text, sent.start_char, sent.end_char):
        group = _group_named_after(ctx, tie.end(), min(sent.end_char, tie.end() + AFFILIATED_CHARS))
        if group is not None:
            return group.actor(country)
    return actor


def _told_before(ctx: Context, country: str | None, actor: Actor | None) -> Actor | None:
    """Unidentified attackers named as ones told of before ("les assaillants", "ces hommes
    armés") are the armed group the article names most, if it names one."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or not _named_unidentified(lex, actor) \
            or not lex.told_before.search(ctx.text, max(0, actor.evidence[0].start - AGENT_WINDOW),
                                          actor.evidence[0].start):
        return actor
    group = next((a for a in _armed_parties(ctx, country)
                  if a.inter in ARMED_GROUPS - {EXTERNAL} and a.name != actor.name), None)
    # named where they act: "les assaillants n'ont été repoussés" stays their act
    return replace(group, evidence=actor.evidence) if group else actor


def _main_victims(lang: str, statements: list[CasualtyStatement]) -> str | None:
    """Who the event's first figure counts; "people" most of whom one side's parts name ("Onze
    personnes, dix policiers et un chauffeur civil"; "quinze personnes, dont sept soldats, six
    civils et un policier": soldiers and police are both the forces) are that side's."""
    first = next((s for s in statements if s.subset_of is None), None)
    if first is None:
        return None
    parts = [s for s in statements if s.subset_of == first.id]
    if first.victims != "people" or not parts:
        return first.victims
    classes = actor_lexicon(lang).victim_classes
    sides: Counter[int | None] = Counter()
    for part in parts:
        sides[classes.get(part.victims)] += part.quantity.value
    side, count = sides.most_common(1)[0]
    if 2 * count > first.quantity.value:
        return max((s for s in parts if classes.get(s.victims) == side),
                   key=lambda s: s.quantity.value).victims
    return first.victims


def _acts(draft: Draft, actor: Actor) -> bool:
    """Whether ``actor`` is named in the event as the subject or the agent of a verb ("des
    rebelles ont attaqué", "repoussés par l'armée")."""
    return any(m.subject or m.agent for m in draft.mentions if m.span in actor.evidence)


def _state_forces(draft: Draft, actor: Actor) -> bool:
    """Whether ``actor`` is a state's forces, at home or abroad (not the UN, not an NGO)."""
    named = [m for m in draft.mentions if m.span in actor.evidence]
    if not named:  # synthesised, or named elsewhere in the article
        return actor.inter == STATE
    return any(m.kind.inter == STATE for m in named)


def _forces_first(ctx: Context, draft: Draft, actor1: Actor | None,
                  actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Fighting told by words that name no side as its attacker ("des affrontements ont opposé
    l'armée aux assaillants") puts the side it names first in a pair first ("ont opposé les mutins
    à la garde présidentielle"), else state forces, unless the other side acts in it."""
    if draft.sub_event_type in ASSAULTS and actor1 is not None and actor2 is not None \
            and actor1.evidence and actor2.evidence:
        first = first_of_pair(ctx.text, draft.at, (actor1.evidence[0], actor2.evidence[0]), ctx.lang)
        if first is not None:
            return (actor1, actor2) if first == actor1.evidence[0] else (actor2, actor1)
    if draft.sub_event_type in ASSAULTS and actor_lexicon(ctx.lang).mutual.match(ctx.text, draft.at) \
            and actor1 is not None and actor2 is not None and _state_forces(draft, actor2) \
            and actor1.inter not in FORCES and not _acts(draft, actor1) \
            and not (_assault_told(ctx, draft) and not _acts(draft, actor2)):
        return actor2, actor1
    return actor1, actor2


def _assault_told(ctx: Context, draft: Draft) -> bool:
    """Whether the trigger's sentence tells an assault before the fighting word ("ont pris d'assaut
    un poste, où neuf policiers ont péri dans les combats"): the fight was that assault's."""
    opening = ctx.sentence_at(draft.at).start_char
    return actor_lexicon(ctx.lang).mutual_assault.search(ctx.text, opening, draft.at) is not None


POST_OBJECT_CHARS = 40  # how far from an assault's word the post it hit may be named


def _post_assaulted(ctx: Context, draft: Draft) -> bool:
    """Whether the fighting at ``draft.at`` is an assault (no word of mutual fighting) told with a
    post of the forces as its object in its clause: after it ("ont attaqué simultanément des bases
    militaires", "une autre attaque a visé un poste") or as the subject of its participle ("une
    position de la Minusca a été attaquée")."""
    lex = actor_lexicon(ctx.lang)
    text, at = ctx.text, draft.at
    if lex.mutual.match(text, at):
        return False
    sent = ctx.sentence_at(at)
    trigger = ctx.word_at(at)
    end = min(sent.end_char, at + len(trigger.text if trigger is not None else "") + POST_OBJECT_CHARS)
    post = lex.assaulted_posts.search(text, at + 1, end)
    if post is not None and not CLAUSE_PUNCTUATION.search(text, at, post.start()):
        return True
    if trigger is None or "Pass" not in trigger.morph.get("Voice", []):
        return False  # "des postes de l'armée ont ouvert le feu": the post's men fired
    before = list(lex.assaulted_posts.finditer(text, max(sent.start_char, at - POST_OBJECT_CHARS), at))
    return bool(before) and not CLAUSE_PUNCTUATION.search(text, before[-1].end(), at)


def _post_holders_second(ctx: Context, draft: Draft, country: str | None, actor1: Actor | None,
                         actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """An assault on a post of the forces that names no attacker: the forces are its target, the
    article's armed party fighting them (not another state's or the UN's forces) its initiator."""
    if actor1 is not None and actor2 is not None and actor1.inter in FORCES \
            and actor2.inter in NON_STATE_ARMED:
        return actor2, actor1  # both from the article's belligerents
    if actor2 is not None and actor2.inter in FORCES and (actor1 is None or actor1.inter in FORCES):
        pinned = [m.actor(country) for m in (settling_party(ctx, draft.sentences, draft.location),
                                             blamed(ctx)) if m is not None]
        enemy = next((a for a in pinned + _armed_parties(ctx, country) if a.inter in NON_STATE_ARMED), None)
        return (enemy, actor2) if enemy is not None else (actor1, actor2)
    return actor1, actor2


REPELLED_CHARS = 40  # how far before the attack's word the verb repelling it may start
DETERMINER_CHARS = 7  # what may stand between that verb and the attack's word (" une ", " l'")


def _repelled(ctx: Context, draft: Draft, actor1: Actor) -> bool:
    """Whether the attack at ``draft.at`` is told as repelled ("a affirmé avoir repoussé une
    attaque de …") by ``actor1``, named before it in its sentence: then it was the target."""
    opening = ctx.sentence_at(draft.at).start_char
    if not any(opening <= s.start < draft.at for s in actor1.evidence):
        return False
    verbs = list(actor_lexicon(ctx.lang).repelled.finditer(
        ctx.text, max(opening, draft.at - REPELLED_CHARS), draft.at))
    verb = verbs[-1] if verbs else None
    return verb is not None and 0 < draft.at - verb.end() <= DETERMINER_CHARS \
        and not CLAUSE_PUNCTUATION.search(ctx.text, verb.end(), draft.at)


def _answerer_second(ctx: Context, draft: Draft, actor1: Actor | None,
                     actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Fighting told as a side fighting back ("les combattants de la Séléka ont riposté", "l'armée
    indienne a riposté") was started by the other side: the one answering is the target."""
    fighting_back = actor_lexicon(ctx.lang).fighting_back
    if draft.sub_event_type not in ASSAULTS or actor1 is None or actor2 is None \
            or fighting_back.search(ctx.text, draft.at, draft.at + FIGHTING_CHARS) is None:
        return actor1, actor2
    # who answers is its subject: of the two, the one named nearest before it in its sentence
    opening = ctx.sentence_at(draft.at).start_char
    before = [(s.start, actor) for actor in (actor1, actor2) for s in actor.evidence
              if opening <= s.start < draft.at]
    answering = max(before, key=lambda pair: pair[0])[1] if before else None
    return (actor2, actor1) if answering is actor1 else (actor1, actor2)


OPENING_CHARS = 4  # how far into the next sentence its subject may start ("La police a riposté")


def _forces_answered(ctx: Context, draft: Draft) -> bool:
    """Whether state forces are told answering the act at ``draft.at``, after it in its sentence
    ("…, lançant des pierres ; les policiers ont répliqué") or as the next sentence's subject
    ("La police a riposté avec des gaz lacrymogènes")."""
    index = ctx.sentence_index(draft.at)
    after = [m for m in sentence_actors(ctx, index) if m.span.start > draft.at]
    if index + 1 < len(ctx.sentences):
        opening = ctx.sentences[index + 1].start_char + OPENING_CHARS
        after += [m for m in sentence_actors(ctx, index + 1) if m.span.start <= opening]
    return any(answers(ctx.text, m, ctx.lang) for m in after)


UNILATERAL_CHARS = 40  # how far after a truce's trigger "unilatéral" may stand ("une trêve unilatérale")
AIRCRAFT_CHARS = 25  # how far into a trigger's phrase a warplane may be named ("des avions")


def remote_attacker_of(drafts: list[Draft]) -> str | None:
    """The one foreign country whose fire the article's strikes and shelling are told as ("un
    missile russe s'est abattu sur Romny"), if they name one and only one."""
    found = {d.attacker_country for d in drafts if d.sub_event_type in REMOTE_FIRE
             and d.attacker_country is not None
             and (d.location is None or d.location.country != d.attacker_country)}
    return found.pop() if len(found) == 1 else None


def freeze(ctx: Context, n: int, draft: Draft, linked: tuple[CasualtyStatement, ...],
            remote_attacker: str | None = None) -> Event:
    event_id = f"e{n + 1}"
    statements = [s for s in linked if s.event == event_id]
    fatalities = conservative_fatalities(ctx, statements)
    sub_event_type = draft.if_killed if draft.if_killed and fatalities else draft.sub_event_type
    victims = _main_victims(ctx.lang, statements)
    if victims in (None, "people") and draft.event_type in event_lexicon(ctx.lang).civilian_objects_in \
            and targets_forces(ctx, ctx.sentence_index(draft.at), draft.at):
        victims = "soldiers"  # "deux explosions ont secoué le commissariat central": the forces were hit
    country = draft.location.country if draft.location else None
    if draft.event_type not in actor_lexicon(ctx.lang).abroad_in:
        # talks held in Pretoria on Ethiopia's war: who is foreign is judged against the war's
        # country, not the venue's (the one the title leads with, else the one most places are in)
        country = headline_country(ctx) or main_country(ctx) or \
            (country if draft.location and draft.location.precision < 3 else None)
    lex = actor_lexicon(ctx.lang)
    aircraft = draft.event_type in VIOLENT and \
        (lex.aircraft.search(ctx.text, draft.at, draft.at + AIRCRAFT_CHARS) is not None
         or aircraft_before(ctx, draft.at) is not None)
    if aircraft and draft.vague_fire and sub_event_type == REMOTE_FIRE[0]:
        # "deux Mirage ont bombardé un dépôt": a word of fire that says neither air nor ground,
        # whose subject is warplanes, is an air strike
        sub_event_type = REMOTE_FIRE[1]
    # "a détruit une dizaine de drones ukrainiens": the nationality is the weapons', not the defence's
    intercepted = sub_event_type in AROUND_TRIGGER
    # the party the incident itself is pinned on outweighs the article's overall suspect
    settled = settling_party(ctx, draft.sentences, draft.location)
    actor1, actor2 = resolve_actors(draft.mentions, ctx.lang, event_type=draft.event_type,
                                    sub_event_type=sub_event_type, victims=victims,
                                    country=country,
                                    # "frappe russe" names who struck; "un cessez-le-feu obtenu
                                    # par la médiation américaine" names no party to the truce
                                    attacker_country=None if intercepted or draft.event_type not in VIOLENT
                                    else draft.attacker_country,
                                    near=None if draft.event_type in IN_TEXT_ORDER
                                    and sub_event_type not in AROUND_TRIGGER else draft.at,
                                    blamed=(settled or blamed(ctx, draft.location))
                                    if draft.event_type in blamed_in(ctx.lang)
                                    else None, settled=settled,
                                    noun_trigger=is_noun(ctx, draft.at) or is_participle(ctx, draft.at),
                                    aircraft=aircraft or _unmanned_not_told(ctx, draft, sub_event_type))
    if draft.joint is not None:  # "discussions russo-américaines" names both parties
        actor1, actor2 = (state_forces(c, country) for c in draft.joint)
    unnamed = (actor1 is None or not actor1.evidence) and not draft.attacker_country
    if aircraft and (unnamed or actor1 is None or actor1.inter not in lex.aircraft_owners):
        # "des avions militaires ont bombardé le village": the forces with warplanes the article
        # names most, else the country's own
        actor1 = next((a for a in _armed_parties(ctx, country) if a.inter in lex.aircraft_owners),
                      state_forces(country, country) if country else actor1)
    elif draft.sub_event_type in REMOTE_FIRE and unnamed:
        # "un autre missile s'est abattu sur Kharkiv": the foreign army the article names, else
        # the one whose fire its other strikes are told as ("des drones explosifs ont frappé Kiev
        # … un missile russe s'est abattu sur Romny")
        told = state_forces(remote_attacker, country) \
            if remote_attacker is not None and remote_attacker != country else actor1
        actor1 = next((a for a in _armed_parties(ctx, country) if a.inter == EXTERNAL), told)
    # "les militaires ont pris en chasse les assaillants": fought, they are still that group
    actor1, actor2 = _told_before(ctx, country, actor1), _told_before(ctx, country, actor2)
    # "des hommes armés soupçonnés d'appartenir à Boko Haram": that group's men
    actor1, actor2 = _affiliated(ctx, country, actor1), _affiliated(ctx, country, actor2)
    # "des hommes armés" attacking the forces, in an article attributing the attack to a group
    actor1, actor2 = (_blamed_for_unknown(ctx, draft, country, actor1, actor2),
                      _blamed_for_unknown(ctx, draft, country, actor2, actor1))
    if sub_event_type in lex.members_arrested_in:  # "113 personnes soupçonnées de liens avec le PKK"
        actor2 = _group_of_the_arrested(ctx, draft, country, actor2)
    if intercepted and actor2 is None:  # with no nationality, who fired is the defence's enemy
        actor2 = _foreign_weapons(ctx, draft, country, actor1) or \
            (_opponent(ctx, country, actor1, draft) if actor1 is not None else None)
    actor1, actor2 = _forces_first(ctx, draft, actor1, actor2)
    if actor1 is None and draft.event_type in actor_lexicon(ctx.lang).belligerents_in:
        # "dix-huit soldats tués lors de combats contre des hommes d'Abu Sayyaf": the side the
        # article pins on the soldiers' enemy, after the forces when no side started it
        actor1, actor2 = _forces_first(ctx, draft, *(
            _belligerents(ctx, country) if actor2 is None else
            (_opponent(ctx, country, actor2, draft), actor2)))
        if sub_event_type in ASSAULTS and _post_assaulted(ctx, draft):
            # "leurs combattants ont attaqué des bases militaires": the forces holding it were hit
            actor1, actor2 = _post_holders_second(ctx, draft, country, actor1, actor2)
    elif actor2 is None and actor1 is not None and actor1.inter != EXTERNAL and \
            (draft.event_type, sub_event_type) in actor_lexicon(ctx.lang).two_sided:
        # "les talibans ont annoncé un cessez-le-feu": with the other side of the war (a foreign
        # power announcing "un arrêt des bombardements" takes no side of it along)
        actor2 = _opponent(ctx, country, actor1, draft)
    elif actor2 is None and draft.event_type in event_lexicon(ctx.lang).civilian_objects_in and \
            targets_civilians(ctx, ctx.sentence_index(draft.at), draft.at):
        # "l'aviation a riposté en bombardant plusieurs quartiers": a strike on civilians
        actor2 = default_target_civilians(ctx.lang, country)
    elif actor2 is None and actor1 is not None and actor1.inter in FORCES and \
            sub_event_type in actor_lexicon(ctx.lang).forces_strike_enemy_in:
        # "une centaine d'avions de combat israéliens ont bombardé des dizaines de cibles": the
        # forces' strike that names no target hit the armed group the article pins on their
        # enemy (another state's unnamed target is mostly a site: "une raffinerie")
        enemy = _opponent(ctx, country, actor1, draft)
        actor2 = enemy if enemy is not None and enemy.inter in NON_STATE_ARMED else None
    default = lex.default_targets.get(sub_event_type)
    if default is not None and default.inter in NON_STATE_ARMED and actor1 is not None \
            and actor2 is not None and not actor2.evidence and actor2.inter == default.inter:
        # "le commandement a affirmé avoir repris Lalibela": who lost it is the armed group the
        # article pins on the forces' enemy (a communal militia, a gang), else the default rebels
        enemy = _opponent(ctx, country, actor1, draft)
        actor2 = enemy if enemy is not None and enemy.inter in NON_STATE_ARMED else actor2
    actor1, actor2 = _answerer_second(ctx, draft, actor1, actor2)
    if sub_event_type in lex.unilateral_in and lex.unilateral.search(
            ctx.text, draft.at, draft.at + UNILATERAL_CHARS) is not None:
        actor2 = None  # "le MNLA avait annoncé un cessez-le-feu unilatéral": no other party to it
    if (draft.event_type, sub_event_type) == CLASH:  # "des affrontements entre tribus rivales"
        sent = ctx.sentence_at(draft.at)
        side = communal_sides(ctx.text, sent.start_char, sent.end_char, ctx.lang, country)
        actor1, actor2 = (side, side) if side is not None else (actor1, actor2)
    if actor1 is not None and (actor2 is None or (not actor2.evidence and sub_event_type in lex.post_fought)):
        # "des affrontements" in a riot: with the police; "la foule a incendié le commissariat":
        # the police, not the default target of a mob
        actor2 = fought_forces(ctx.text, draft.at, ctx.lang, sub_event_type, country,
                               answered=_forces_answered(ctx, draft)) or actor2
    if sub_event_type in ASSAULTS and actor1 is not None and _repelled(ctx, draft, actor1):
        # "l'armée a affirmé avoir repoussé une attaque de partisans": the army was attacked
        attacker = actor2 or _opponent(ctx, country, actor1, draft)
        actor1, actor2 = (attacker, actor1) if attacker is not None else (actor1, actor2)
    if draft.event_type in VIOLENT and told_unclaimed(ctx, draft.sentences, draft.location):
        # "des jihadistes ont attaqué … L'attaque n'a pas été revendiquée": unidentified attackers
        actor1, actor2 = _unclaimed_class(ctx, actor1), _unclaimed_class(ctx, actor2)
    sources = list(draft.sources)
    for s in statements:
        if s.source is not None and s.source.name not in {x.name for x in sources}:
            sources.append(s.source)
    return Event(id=event_id, event_type=draft.event_type, sub_event_type=sub_event_type,
                 modality=draft.modality, date=draft.date,
                 evidence=tuple(ctx.sentence_span(i) for i in sorted(set(draft.sentences))),
                 location=draft.location, actor1=actor1, actor2=actor2, fatalities=fatalities,
                 sources=tuple(sources))


CROWD_ARRESTED = 10  # how many arrested make a crowd ("une vingtaine de personnes"), not a few suspects


def street_crowd_arrested(ctx: Context, events: list[Event],
                          statements: tuple[CasualtyStatement, ...]) -> list[Event]:
    """A counted crowd arrested that no party names ("une centaine de personnes ont été
    interpellées", "une soixantaine d'interpellations") in an article telling of protests or riots
    is the street's crowd: the protesters or rioters most of those events are initiated by, the
    latest told before the arrest on a tie."""
    lex = actor_lexicon(ctx.lang)
    crowds = [(n, e.actor1) for n, e in enumerate(events) if e.event_type in lex.street_events
              and e.actor1 is not None and e.actor1.inter in (PROTESTERS, RIOTERS)]
    if not crowds:
        return events
    counts = Counter(actor.inter for _, actor in crowds)
    top = max(counts.values())
    told = [(m, actor) for m, actor in crowds if counts[actor.inter] == top]
    kept = []
    for n, event in enumerate(events):
        if not _crowd_arrested(ctx, event, statements):
            kept.append(event)
            continue
        before = [actor for m, actor in told if m < n]
        crowd = before[-1] if before else told[0][1]
        kept.append(replace(event, actor2=replace(crowd, evidence=())))
    return kept


def _crowd_arrested(ctx: Context, event: Event, statements: tuple[CasualtyStatement, ...]) -> bool:
    """Whether ``event`` is an arrest no party is named the target of, whose figures count a crowd:
    at least CROWD_ARRESTED people, told by a noun of crowds ("personnes", "interpellations")."""
    lex = actor_lexicon(ctx.lang)
    if event.sub_event_type not in lex.street_arrests_in or \
            (event.actor2 is not None and (event.actor2.inter != CIVILIANS or event.actor2.evidence)):
        return False
    arrested = [s for s in statements if s.event == event.id and s.subset_of is None]
    return bool(arrested) and all(s.victims in lex.street_arrested and s.quantity.value >= CROWD_ARRESTED
                                  and _counts_crowd(ctx, s) for s in arrested)


def _counts_crowd(ctx: Context, stmt: CasualtyStatement) -> bool:
    """Whether the noun the figure counts, past prepositions and determiners ("une soixantaine
    d'interpellations", "500 de ses partisans"), is a noun of crowds."""
    crowd = event_lexicon(ctx.lang).crowd_nouns
    i = ctx.token_from(stmt.quantity.span.end)
    while i < len(ctx.doc) and ctx.doc[i].pos_ in ("ADP", "DET"):
        i += 1
    return i < len(ctx.doc) and ctx.doc[i].lower_ in crowd
