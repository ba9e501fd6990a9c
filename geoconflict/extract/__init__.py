"""Extraction: from news article text to reviewable incident drafts, with provenance.

``extract_text`` / ``extract_files`` return incident dicts in the schema of ``incidents/``,
each marked ``draft: true`` and each value with its evidence in the source text.
"""

from __future__ import annotations

__all__ = ["extract_text", "extract_files", "extract_articles", "read_article"]


def __getattr__(name: str):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
