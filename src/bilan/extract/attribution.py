"""Who says so: find the source a sentence attributes its report to ("selon l'OSDH").

Reads ``lang/<code>/attribution.yaml``. A source phrase that starts with a named entity is named
by the entity (its canonical id when the entity ruler gave one: "Observatoire syrien des droits
de l'homme" → OSDH); otherwise by the phrase itself, without its determiner and report noun
("selon le dernier bilan du ministère de la Santé" → "ministère de la Santé"). "X (ACRONYME) a
indiqué" gives the acronym. "selon la même source", "selon eux" refer back to the source before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from bilan.extract.context import Context, past_participle
from bilan.extract.lexicon import phrase_pattern, word_key
from bilan.lang import load_lexicon
from bilan.model import Source, Span

INVERSION_CHARS = 8  # "a-t-il" stands just before the verb it inverts
PUNCT_STOP = {",", ".", ";", ":", "(", ")", "«", "»", '"', "!", "?", "—", "–"}


@dataclass(frozen=True)
class AttributionLexicon:
    prepositions: re.Pattern[str]
    openers: re.Pattern[str]
    sentence_prepositions: re.Pattern[str]
    report_by: re.Pattern[str]
    report_agent: re.Pattern[str]  # "communiqué lundi par": a day inside names when it was told
    verbs: re.Pattern[str]
    verb_lemmas: frozenset[str]
    weak_verb_lemmas: frozenset[str]
    fillers_after: re.Pattern[str]
    fillers_before: re.Pattern[str]
    object_link: re.Pattern[str]  # "a fait état de cinq rebelles": what follows is the object
    report_nouns: re.Pattern[str]
    determiners: frozenset[str]
    stop_words: frozenset[str]
    max_tokens: int
    same_as_before: frozenset[str]
    source_nouns: frozenset[str]
    inverted_pronouns: tuple[str, ...]
    pronouns: frozenset[str]
    same_prefixes: tuple[str, ...]
    plural_pronouns: frozenset[str]
    report_alias: str
    back_adjectives: frozenset[str]
    clause_break: re.Pattern[str]
    relative_break: re.Pattern[str]  # ", où", ", dont": a clause of its own begins
    collectives: frozenset[str]
    still: re.Pattern[str]  # "toujours porté disparu lundi": the day a state still held
    still_lemmas: frozenset[str]  # "restaient introuvables mardi"
    found_lemmas: frozenset[str]  # "enterré 62 personnes lundi": when found or buried
    telling_lemmas: frozenset[str]  # "a annoncé la reprise": said on the day of what is told
    report_day_lemmas: frozenset[str]  # verbs of saying, and of reaching a source ("jointes dimanche")


def _literally(strings: list[str]) -> re.Pattern[str]:
    """Any of ``strings`` as written, spaces and punctuation included (", et ", ", où ")."""
    return re.compile("|".join(re.escape(w) for w in strings) or "(?!)", re.IGNORECASE)


def _agents_with_fillers(agents: list[str], fillers: str) -> str:
    """The report agents ("communiqué par") as a pattern letting fillers stand before their last
    word ("un bilan communiqué mardi soir par le gouvernement")."""
    forms = []
    for agent in agents:
        head, _, last = str(agent).rpartition(" ")
        forms.append(rf"{re.escape(head)}(?:\s+(?:{fillers}))*\s+{re.escape(last)}" if head
                     else re.escape(last))
    return "|".join(forms) or "(?!)"


@cache
def attribution_lexicon(lang: str) -> AttributionLexicon:
    data = load_lexicon(lang, "attribution")
    determiners = frozenset(word_key(w) for w in data["determiners"])
    report = phrase_pattern(data.get("report_nouns", [])).pattern
    openers_first = phrase_pattern(data.get("sentence_prepositions", [])).pattern
    fillers = phrase_pattern(data.get("fillers", [])).pattern
    agents = _agents_with_fillers(data.get("report_agents", []), fillers)
    return AttributionLexicon(
        prepositions=phrase_pattern(data["prepositions"]),
        openers=phrase_pattern(data.get("source_openers", [])),
        sentence_prepositions=re.compile(rf"\s*(?:{openers_first})\s+", re.IGNORECASE),
        report_by=re.compile(rf"\s*(?:\w+['’]?\s*){{0,3}}?(?:{report})(?:\s+\w+){{0,2}}?\s+"
                             rf"(?:{agents})\s+", re.IGNORECASE),
        report_agent=re.compile(rf"\b(?:{agents})\b", re.IGNORECASE),
        verbs=phrase_pattern(data["verbs"]),
        verb_lemmas=frozenset(str(v) for v in data.get("verb_lemmas", [])),
        weak_verb_lemmas=frozenset(str(v) for v in data.get("weak_verb_lemmas", [])),
        fillers_after=re.compile(rf"^(?:\s*(?:{fillers}))+\s*", re.IGNORECASE),
        fillers_before=re.compile(rf"(?:(?:{fillers})\s*)+$", re.IGNORECASE),
        object_link=re.compile(rf"\s*(?:{phrase_pattern(data.get('object_links', [])).pattern})",
                               re.IGNORECASE),
        report_nouns=re.compile(rf"^(?:{report})\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                                re.IGNORECASE),
        determiners=determiners,
        stop_words=frozenset(word_key(w) for w in data["stop_words"]),
        max_tokens=int(data.get("max_tokens", 8)),
        same_as_before=frozenset(word_key(w) for w in data.get("same_as_before", [])),
        source_nouns=frozenset(word_key(w) for w in data.get("source_nouns", [])),
        inverted_pronouns=tuple(str(w) for w in data.get("inverted_pronouns", [])),
        pronouns=frozenset(word_key(w) for w in data.get("pronouns", [])),
        same_prefixes=tuple(word_key(w) + " " for w in data.get("same_prefixes", [])),
        plural_pronouns=frozenset(word_key(w) for w in data.get("plural_pronouns", [])),
        report_alias=str(data.get("pronouns", ["il"])[0]),
        back_adjectives=frozenset(word_key(w) for w in data.get("back_adjectives", [])),
        collectives=frozenset(word_key(w) for w in data.get("collectives", [])),
        report_day_lemmas=frozenset(str(v) for v in data.get("verb_lemmas", []))
        | frozenset(str(v) for v in data.get("reached_lemmas", []))
        | frozenset(str(v) for v in data.get("revised_lemmas", []))
        | frozenset(str(v) for v in data.get("found_lemmas", [])),
        found_lemmas=frozenset(str(v) for v in data.get("found_lemmas", [])),
        telling_lemmas=frozenset(str(v) for v in data.get("telling_lemmas", [])),
        still=phrase_pattern(data.get("still_words", [])),
        still_lemmas=frozenset(str(v) for v in data.get("still_lemmas", [])),
        relative_break=_literally(data.get("relative_breaks", [])),
        clause_break=_literally(data.get("clause_breaks", [])),
    )


OPENING_CHARS = 120  # how far an opening "Selon X," may run to its comma


@dataclass(frozen=True)
class Cue:
    """A source found in a sentence, with where its attribution cue stands; ``by_preposition``
    for "selon X", "d'après X" (X only reports), not "X a indiqué" (X may also act)."""

    source: Source
    at: int
    by_preposition: bool = False
    weak: bool = False  # a source only if the sentence names no other


def _strip(tokens: list[Token], lex: AttributionLexicon) -> list[Token]:
    while tokens and (tokens[0].is_punct or word_key(tokens[0].text) in lex.determiners):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or word_key(tokens[-1].text) in lex.determiners):
        tokens = tokens[:-1]
    return tokens


def _source_from_tokens(tokens: list[Token], lex: AttributionLexicon) -> Source | None:
    """A source named by ``tokens`` (in reading order)."""
    tokens = _strip(tokens, lex)
    if tokens:
        doc = tokens[0].doc
        phrase = doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        report = lex.report_nouns.match(phrase)
        if report and report.end() < len(phrase):
            tokens = _strip([t for t in tokens if t.idx >= tokens[0].idx + report.end()], lex)
        elif _only_a_report(tokens, lex):  # "selon un premier communiqué": its author, named before
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            return Source(name=lex.report_alias, evidence=(Span(start, end),))
    if not tokens or not any(t.is_alpha for t in tokens):
        return None
    first = tokens[0]
    if first.ent_iob_ == "B" and first.ent_type_ in ("ORG", "PER", "MISC"):
        ent = next(e for e in first.doc.ents if e.start == first.i)
        return Source(name=ent.ent_id_ or ent.text, evidence=(Span(ent.start_char, ent.end_char),))
    start, end = first.idx, tokens[-1].idx + len(tokens[-1])
    phrase = first.doc.text[start:end]
    named = any(t.ent_type_ or t.pos_ == "PROPN" for t in tokens)
    if not named and not set(word_key(phrase).split()) & (lex.source_nouns | lex.same_as_before) \
            and not word_key(phrase).startswith(lex.same_prefixes):
        return None  # "douze morts", "par ailleurs": no one to attribute to
    return Source(name=phrase, evidence=(Span(start, end),))


def _only_a_report(tokens: list[Token], lex: AttributionLexicon) -> bool:
    """Whether the phrase names a report and no author ("un premier communiqué"): a report noun
    that names no one by itself, with adjectives that only place it in time."""
    nouns = [t for t in tokens if t.pos_ not in ("ADJ", "NUM", "DET")]
    others = [t for t in tokens if t.pos_ in ("ADJ", "NUM") and word_key(t.text) not in lex.back_adjectives]
    return len(nouns) == 1 and not others and not nouns[0].ent_type_ \
        and word_key(nouns[0].text) not in lex.source_nouns \
        and lex.report_nouns.match(nouns[0].text + " de") is not None


def _is_stop(token: Token, lex: AttributionLexicon) -> bool:
    """Where a source phrase ends: punctuation, a stop word, digits, or a verb outside a name."""
    return token.text in PUNCT_STOP or word_key(token.text) in lex.stop_words \
        or any(ch.isdigit() for ch in token.text) \
        or (token.pos_ in ("VERB", "AUX") and not token.ent_type_)


def _tokens_after(sent: SpacySpan, char: int, lex: AttributionLexicon) -> list[Token]:
    """The source phrase after a cue, fillers ("dimanche à l'AFP") skipped."""
    filler = lex.fillers_after.match(sent.doc.text[char:sent.end_char])
    if filler:
        char += filler.end()
    tokens: list[Token] = []
    for token in sent:
        if token.idx < char or token.is_space:
            continue
        if _is_stop(token, lex):
            break
        tokens.append(token)
        if len(tokens) >= lex.max_tokens:
            break
    return tokens


def _tokens_before(sent: SpacySpan, char: int, lex: AttributionLexicon) -> list[Token]:
    """The subject before a verb cue: "l'armée a indiqué", "X (ACRONYME) a recensé" (the
    acronym), "Le gouverneur, Babajide Sanwo-Olu, a de son côté fait état" (the apposition)."""
    filler = lex.fillers_before.search(sent.doc.text[sent.start_char:char])
    if filler:
        char = sent.start_char + filler.start()
    before = [t for t in sent if t.idx + len(t) <= char and not t.is_space]
    if before and before[-1].text == ",":
        before = _without_apposition(before[:-1])
    if before and before[-1].text == ")":
        inside: list[Token] = []
        for token in reversed(before[:-1]):
            if token.text == "(":
                return inside
            inside.insert(0, token)
        return []
    tokens: list[Token] = []
    for token in reversed(before):
        if token.pos_ == "VERB" and _bare_participle(token):
            tokens = []  # "Le ministère contrôlé par les Houthis a fait état": the ministry
            continue
        if _is_stop(token, lex):
            break
        tokens.insert(0, token)
        if len(tokens) >= lex.max_tokens:
            break
    return tokens


def _without_apposition(before: list[Token]) -> list[Token]:
    """"Le gouvernement (NUG), formé par des élus déchus, avance": what stands before an
    apposition that opens with a participle, an adjective or a relative pronoun."""
    commas = [n for n, t in enumerate(before) if t.text == ","]
    if not commas or commas[-1] + 1 >= len(before):
        return before
    opener = before[commas[-1] + 1]
    if opener.pos_ in ("VERB", "ADJ") or opener.tag_ == "PRON" or opener.pos_ == "PRON":
        return before[:commas[-1]]
    return before


def _opens_incise(text: str) -> bool:
    """A reporting verb right after a comma or a closing quote puts its subject after it."""
    return text.rstrip()[-1:] in (",", "»", '"', "—", "–", "(")


def _own_cues(ctx: Context, index: int) -> list[Cue]:
    """Every source the sentence names, by the position of its cue."""
    return ctx.memo(("source cues", index), lambda: _find_cues(ctx, index))


def _find_cues(ctx: Context, index: int) -> list[Cue]:
    lex = attribution_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    cues = []
    for match in lex.prepositions.finditer(ctx.text, sent.start_char, sent.end_char):
        start = match.end()
        by = lex.report_by.match(ctx.text, start, sent.end_char)  # "selon un bilan fourni par X"
        source = _source_from_tokens(_tokens_after(sent, by.end() if by else start, lex), lex)
        if source:
            cues.append(Cue(source, match.start(), by_preposition=True))
    opening = lex.sentence_prepositions.match(ctx.text, sent.start_char, sent.end_char)
    if opening and "," in ctx.text[opening.end():sent.end_char]:  # "Pour l'ONU, …"
        tokens = _tokens_after(sent, opening.end(), lex)
        comma = ctx.text.index(",", opening.end())
        source = _source_from_tokens([t for t in tokens if t.idx < comma], lex) \
            if tokens and tokens[-1].idx + len(tokens[-1]) <= comma + 1 else None
        if source:
            cues.append(Cue(source, opening.start(), by_preposition=True))
    for match in lex.openers.finditer(ctx.text, sent.start_char, sent.end_char):
        # "de source médicale": the source noun is part of the name; skip "de"
        words = ctx.text[match.start():match.end()].split()
        start = match.start() + len(words[0]) + 1
        source = _source_from_tokens(_tokens_after(sent, start, lex), lex)
        if source and all(c.at != match.start() for c in cues):
            cues.append(Cue(source, match.start(), by_preposition=True, weak=True))
    groups = [(m.start(), m.end(), False) for m in lex.verbs.finditer(ctx.text, sent.start_char,
                                                                       sent.end_char)]
    reporting = lex.verb_lemmas | lex.weak_verb_lemmas
    groups += [(*_verb_group(token), token.lemma_ in lex.weak_verb_lemmas) for token in sent
               if token.pos_ == "VERB" and token.lemma_ in reporting and not _bare_participle(token)]
    for start, end, weak in groups:
        source = None
        if any(p in ctx.text[max(sent.start_char, start - INVERSION_CHARS):end]
               for p in lex.inverted_pronouns):  # "a-t-il ajouté": the source named before
            source = Source(name="il", evidence=(Span(start, end),))
        else:
            if _opens_incise(ctx.text[sent.start_char:start]) and not _object_follows(ctx, end, lex):
                source = _source_from_tokens(_tokens_after(sent, end, lex), lex)  # "…, a indiqué l'armée"
            if source is None or source.name == lex.report_alias:
                # "l'armée a indiqué", "Le ministre, Firass Abiad, a fait état", "X, formé
                # par…, a estimé le bilan à…" (what follows the verb is no author)
                source = _source_from_tokens(_tokens_before(sent, start, lex), lex) or source
        if source and all(c.source.evidence != source.evidence for c in cues):
            cues.append(Cue(source, start, weak=weak))
    strong = [c for c in cues if not c.weak]
    return sorted(strong or cues, key=lambda c: c.at)


OBJECT_CHARS = 60  # how far after a verb its object may start, fillers ("dimanche à l'AFP") skipped


def _object_follows(ctx: Context, end: int, lex: AttributionLexicon) -> bool:
    """Whether the verb ending at ``end`` takes an object next ("Le ministre, Arsen Avakov, a fait
    état de cinq rebelles tués"): no subject stands after it."""
    rest = ctx.text[end:end + OBJECT_CHARS]
    filler = lex.fillers_after.match(rest)
    return lex.object_link.match(rest, filler.end() if filler else 0) is not None


def _bare_participle(verb: Token) -> bool:
    """"le gouvernement reconnu par l'ONU", "un bilan publié mardi": a participle with no
    auxiliary qualifies a noun and reports nothing."""
    return past_participle(verb) \
        and (verb.i == verb.sent.start or verb.nbor(-1).pos_ not in ("AUX", "ADV", "PRON"))


def _verb_group(verb: Token) -> tuple[int, int]:
    """(start, end) of a verb with its auxiliaries and adverbs: "a également indiqué"."""
    first = verb
    while first.i > verb.sent.start and first.nbor(-1).pos_ in ("AUX", "ADV") \
            and not first.nbor(-1).is_punct:
        first = first.nbor(-1)
    return first.idx, verb.idx + len(verb)


def _refers_back(ctx: Context, source: Source) -> bool:
    lex = attribution_lexicon(ctx.lang)
    key = word_key(source.name)
    return key in lex.same_as_before or key.startswith(lex.same_prefixes)


def _earlier_source(ctx: Context, index: int, noun: str | None = None,
                    plural: bool = False) -> Source | None:
    """The latest source named before sentence ``index`` (containing ``noun`` if given; named in
    the plural if ``plural`` and one is, for "selon eux")."""
    latest = None
    for i in range(index - 1, -1, -1):
        named = [c.source for c in _own_cues(ctx, i) if not _refers_back(ctx, c.source)
                 and (noun is None or noun in word_key(c.source.name).split())]
        if plural:
            many = [s for s in named if _is_plural(ctx, s)]
            if many:
                return many[-1]
            latest = latest or (named[-1] if named else None)
        elif named:
            return named[-1]
    return latest


def _is_plural(ctx: Context, source: Source) -> bool:
    span = source.evidence[0] if source.evidence else None
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand") if span else None
    head = next((t for t in words or () if t.pos_ in ("NOUN", "PROPN")), None)
    return head is not None and "Plur" in head.morph.get("Number", [])


def _nearest_cue(ctx: Context, cues: list[Cue], char: int, lex: AttributionLexicon) -> Cue:
    """The cue nearest ``char``; a "selon X" closing the figure's own clause wins over a speaker's
    verb further on or before ("X a revendiqué l'attentat qui a tué 28 personnes, selon la
    police": the police's figure)."""
    closing = [c for c in cues if c.by_preposition and c.at > char
               and not lex.clause_break.search(ctx.text, char, c.at)
               and not any(char < other.at < c.at for other in cues)
               and not _refers_back(ctx, c.source)  # "…, dont l'un, selon elle,": the speaker's
               and not lex.relative_break.search(ctx.text, char, c.at)]  # "…, où la guerre a fait …, selon"
    return closing[0] if closing else min(cues, key=lambda c: abs(c.at - char))


def source_near(ctx: Context, index: int, char: int | None = None) -> Source | None:
    """The source of sentence ``index`` whose cue stands nearest ``char`` (default: the first),
    resolving "la même source" to the source named before."""
    lex = attribution_lexicon(ctx.lang)
    cues = _own_cues(ctx, index)
    if char is not None:  # "D'après X, la chute semble inéluctable, et la guerre a fait…": not X's
        cues = [c for c in cues if c.at > char or not c.by_preposition
                or not lex.clause_break.search(ctx.text, c.at, char)]
    if not cues:
        return None
    cue = cues[0] if char is None else _nearest_cue(ctx, cues, char, lex)
    if _refers_back(ctx, cue.source):
        named_before = _earlier_source(ctx, index,
                                       plural=word_key(cue.source.name) in lex.plural_pronouns)
        pronoun = word_key(cue.source.name) in lex.pronouns
        return named_before or (None if pronoun else cue.source)
    key = word_key(cue.source.name)
    if " " not in key and cue.source.name.islower():  # "le ministère": the ministry named before
        return _earlier_source(ctx, index, noun=key) or (
            _earlier_source(ctx, index) if key in lex.collectives else None
        ) or cue.source
    return cue.source


def sentence_source(ctx: Context, index: int) -> Source | None:
    """The first source the sentence at ``index`` names, if any."""
    return source_near(ctx, index)


# "Lundi, le ministère avait", "Dimanche soir, 97 blessés restaient": what a clause's subject is made of
SUBJECT_POS = ("PUNCT", "PRON", "AUX", "ADV", "PROPN", "NOUN", "DET", "ADJ", "NUM")
STILL_CHARS = 30  # "toujours porté disparu lundi": "toujours" this close before the day
SUBJECT_CHARS = 60  # "La veille, les autorités locales avaient fait état": a subject this long
REPORT_DAY_WINDOW = 20  # "a indiqué dimanche": a day this close after a reporting verb
# "ont enterré 62 personnes lundi", "a retrouvé les corps de dix soldats dimanche": what may stand
# between a verb of finding and its day
OBJECT_POS = ("NUM", "NOUN", "DET", "ADJ", "ADP", "PROPN")


def is_report_day(ctx: Context, day: Span) -> bool:
    """Whether a day names when something was said ("évoquaient dimanche un bilan"), not when
    it happened. Dates, events and statements all ask it of the same days: worked out once."""
    return ctx.memo(("report day", day.start, day.end), lambda: _is_report_day(ctx, day))


def _is_report_day(ctx: Context, day: Span) -> bool:
    lex = attribution_lexicon(ctx.lang)
    # what governs a day stands in its own sentence ("… sont toujours recherchés. Le lendemain, les
    # rebelles ont attaqué": the day is not one something still held on)
    sentence_start = ctx.sentence_at(day.start).start_char
    window_start = max(sentence_start, day.start - REPORT_DAY_WINDOW)
    still_start = max(sentence_start, day.start - STILL_CHARS)
    if any(m.end() <= day.start for m in lex.verbs.finditer(ctx.text, window_start, day.start)):
        return True
    if lex.still.search(ctx.text, still_start, day.start):
        return True
    # "selon un bilan communiqué lundi par les autorités": the day stands inside the phrase
    # naming who gave the report
    if any(m.start() < day.start and m.end() > day.end
           for m in lex.report_agent.finditer(ctx.text, window_start, day.end + REPORT_DAY_WINDOW)):
        return True
    still = ctx.doc.char_span(still_start, day.start, alignment_mode="contract")
    if still is not None and any(t.lemma_ in lex.still_lemmas for t in still):
        return True
    words = ctx.doc.char_span(window_start, day.start, alignment_mode="contract")
    if words is not None and any(t.pos_ in ("VERB", "AUX") and t.lemma_ in lex.report_day_lemmas
                                 for t in words):
        return True
    if _found_before(ctx, day, lex.found_lemmas):
        return True
    # "Lundi, il avait annoncé 95 morts": the day opens the clause of a verb of saying
    # ... or of a state that still held that day ("Dimanche soir, 97 blessés restaient hospitalisés")
    for window, lemmas in ((REPORT_DAY_WINDOW, lex.report_day_lemmas), (SUBJECT_CHARS, lex.still_lemmas)):
        if _opens_clause_of(ctx, day, window, lemmas):
            return True
    # ... a longer subject when it names a source ("Jeudi soir, le groupe État islamique a
    # revendiqué l'opération")
    if _opens_clause_of(ctx, day, SUBJECT_CHARS, lex.report_day_lemmas - lex.telling_lemmas,
                        lex.source_nouns):
        return True
    # "La veille, les autorités locales avaient fait état de 43 morts": a phrase of saying
    phrase = lex.verbs.search(ctx.text, day.end, day.end + SUBJECT_CHARS)
    subject = ctx.doc.char_span(day.end, phrase.start(), alignment_mode="contract") if phrase else None
    return subject is not None and all(t.pos_ in SUBJECT_POS for t in subject)


def _found_before(ctx: Context, day: Span, lemmas: frozenset[str]) -> bool:
    """Whether a verb of finding or burying governs the day, with only its object between ("nous
    avons enterré 62 personnes lundi matin")."""
    sentence_start = ctx.sentence_at(day.start).start_char
    before = ctx.doc.char_span(max(sentence_start, day.start - SUBJECT_CHARS), day.start,
                               alignment_mode="contract")
    tokens = list(before) if before is not None else []
    verb = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].pos_ in ("VERB", "AUX")), None)
    return verb is not None and tokens[verb].lemma_ in lemmas and \
        all(t.pos_ in OBJECT_POS for t in tokens[verb + 1:])


def _opens_clause_of(ctx: Context, day: Span, window: int, lemmas: frozenset[str],
                     nouns: frozenset[str] = frozenset()) -> bool:
    """Whether the first verb within ``window`` characters after ``day`` has one of ``lemmas``
    and only its subject stands between (a subject holding one of ``nouns``, if given)."""
    end = min(ctx.sentence_at(day.start).end_char, day.end + window)
    after = ctx.doc.char_span(day.end, end, alignment_mode="contract")
    tokens = list(after) if after is not None else []
    verb = next((n for n, t in enumerate(tokens) if t.pos_ == "VERB"), None)
    return verb is not None and tokens[verb].lemma_ in lemmas and \
        all(t.pos_ in SUBJECT_POS for t in tokens[:verb]) and \
        (not nouns or any(t.lower_ in nouns for t in tokens[:verb]))


def source_spans(ctx: Context, index: int) -> list[Span]:
    """Where the sentence names its sources ("a raconté un habitant", "selon deux témoins")."""
    return [span for cue in _own_cues(ctx, index) for span in cue.source.evidence]


def told_by_spans(ctx: Context, index: int) -> list[tuple[int, Span]]:
    """Where the sentence names, after its verb of saying, who tells it ("…, a annoncé dimanche
    la police", "…, a indiqué un officier de police"): (where the verb stands, the teller)."""
    return [(cue.at, span) for cue in _own_cues(ctx, index) if not cue.by_preposition
            for span in cue.source.evidence if span.start > cue.at]


def reporter_spans(ctx: Context, index: int) -> list[Span]:
    """Where the sentence names who only reports ("selon la police"): not a party to events. An
    opening "Selon X, …" covers all of X up to its comma ("Selon un membre d'une milice qui
    épaule l'armée, un kamikaze a visé…": the army is no party either)."""
    sent = ctx.sentences[index]
    spans: list[Span] = []
    for cue in _own_cues(ctx, index):
        if not cue.by_preposition:
            continue
        spans.extend(cue.source.evidence)
        before = ctx.text[sent.start_char:cue.at].strip()
        opens = not before or before.endswith(",")
        comma = ctx.text.find(",", cue.at, min(sent.end_char, cue.at + OPENING_CHARS))
        if opens and comma != -1:
            spans.append(Span(cue.at, comma))
    return spans
