"""A stored article for the terminal: its fields, and its text with the evidence highlighted.

Article text goes into ``rich.text.Text`` objects, never through rich markup, so brackets in
an article are shown as written.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from bilan.model import Extraction, Location, Span
from bilan.store.db import Store

EVENT_STYLE = "bold yellow"
CASUALTY_STYLE = "bold red"
FIGURE_STYLE = "bold reverse red"
SOURCE_STYLE = "underline cyan"
PLACE_STYLE = "underline green"


def _place(value: Location | None) -> str:
    return "?" if value is None else f"{value.name} ({value.country or '?'}, precision {value.precision})"


def _mark(text: Text, spans: tuple[Span, ...] | list[Span], style: str) -> None:
    for span in spans:
        text.stylize(style, span.start, span.end)


def render_document(content_id: str, status: str, extraction: Extraction) -> Group:
    document = extraction.document
    header = Text.assemble(
        (f"{document.doc_id}", "bold"), f"  [{content_id}]  ",
        f"{extraction.language or '?'}, published {document.published}, {status}")
    lines: list[Text] = [header]
    for label, value in (("title", document.title), ("outlet", document.source),
                         ("url", document.url), ("read from", document.origin)):
        if value:
            lines.append(Text.assemble(f"{label}: ", (value, "italic")))
    body = Text(document.text)
    for e in extraction.events:
        _mark(body, e.evidence, EVENT_STYLE)
        actors = " → ".join(f"{a.name} [{a.inter}]" for a in (e.actor1, e.actor2) if a) or "?"
        sources = ", ".join(s.name for s in e.sources) or "unattributed"
        lines.append(Text.assemble(
            (f"{e.id}", EVENT_STYLE), f"  {e.event_type} / {e.sub_event_type} [{e.modality}]  "
            f"{e.date.start}..{e.date.end}  {_place(e.location)}  {actors}  "
            f"fatalities {e.fatalities}  per {sources}"))
    for c in extraction.casualties:
        _mark(body, c.evidence, CASUALTY_STYLE)
        q = c.quantity
        figure = f"{q.value}" + (f"–{q.high}" if q.high is not None else "")
        extra = f"  subset of {c.subset_of}" if c.subset_of else ""
        extra += f"  event {c.event}" if c.event else ""
        lines.append(Text.assemble(
            (f"{c.id}", CASUALTY_STYLE), f"  {c.outcome} {figure} {c.victims} "
            f"({q.qualifier}, {c.scope})  {_place(c.location)}  "
            f"per {c.source.name if c.source else 'unattributed'}{extra}"))
    for e in extraction.events:
        if e.location:
            _mark(body, e.location.evidence, PLACE_STYLE)
        for s in e.sources:
            _mark(body, s.evidence, SOURCE_STYLE)
    for c in extraction.casualties:
        _mark(body, (c.quantity.span,), FIGURE_STYLE)
        if c.source:
            _mark(body, c.source.evidence, SOURCE_STYLE)
    if not extraction.events and not extraction.casualties:
        lines.append(Text("nothing extracted", style="dim"))
    legend = Text.assemble("evidence: ", ("event", EVENT_STYLE), " ", ("casualty", CASUALTY_STYLE),
                           " ", ("figure", FIGURE_STYLE), " ", ("place", PLACE_STYLE), " ",
                           ("source", SOURCE_STYLE), style="dim")
    return Group(*lines, Text(""), legend, body)


def show(store: Store, doc_id: str) -> Group:
    """The stored document ``doc_id`` (content id, a prefix of it, or its own doc_id), rendered."""
    content_id = store.resolve_id(doc_id)
    status, extraction = store.load(content_id)
    return render_document(content_id, status, extraction)
