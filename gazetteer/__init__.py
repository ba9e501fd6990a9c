"""Shipped gazetteer data files (read through importlib.resources; no code)."""
