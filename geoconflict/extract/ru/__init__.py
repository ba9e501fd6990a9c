"""Extraction from Russian-language reporting: the Russian finders of places, dates,
counts, actors and event cues. Imported only when Russian text is read."""
