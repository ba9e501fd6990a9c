"""Recipes behind ``make data``: they rebuild the shipped files in ``gazetteer/``."""
