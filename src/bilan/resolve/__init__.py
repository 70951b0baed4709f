"""Resolution: place names to coordinates (geocode); later, reports of one incident to one event."""
