"""Extraction: from news article text to reviewable incident drafts, with provenance.

``extract_text`` / ``extract_files`` return incident dicts in the schema of ``incidents/``,
each marked ``draft: true`` and each value with its evidence in the source text.

The package itself is callable, because ``geoconflict.extract`` names both this package and
the facade's ``gc.extract(text_or_path, published=)``: once the package is imported, Python
binds its name on ``geoconflict``, so calling it must still give the drafts.
"""

from __future__ import annotations

import sys
import types

__all__ = ["extract_text", "extract_files", "extract_articles", "read_article"]


def __getattr__(name: str):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


class _CallablePackage(types.ModuleType):
    def __call__(self, text_or_path, published=None):
        """Incident drafts of an article's text or file: see ``geoconflict.extract`` (facade)."""
        from .pipeline import extract_any

        return extract_any(text_or_path, published=published)


sys.modules[__name__].__class__ = _CallablePackage
