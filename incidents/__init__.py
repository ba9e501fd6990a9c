"""Curated incident datasets (YAML, read through importlib.resources; no code)."""
