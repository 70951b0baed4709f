"""Events: ACLED-typed incidents and developments, with date, place, actors, modality, sources.

Triggers (``bilan.extract.triggers``) mark a sentence as reporting an event; the sentence's
dates, places, actors and attribution fill it in. Mentions of one incident in several sentences
(same kind, place and day, or a later mention naming no day of its own) become one event.
Casualty statements of an incident are linked to the latest event before them that such a
figure can belong to (a death toll to violence, an arrest count to arrests); a figure with no
such event, or with its own day or town, makes one.
"""

from bilan.extract.events.document import extract_events

__all__ = ["extract_events"]
