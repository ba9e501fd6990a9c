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

__all__ = ["extract_text", "extract_files", "extract_articles", "read_article",
           "extract_drafts"]


class _CallableModule(types.ModuleType):
    """This package is also ``gc.extract``: importing a subpackage sets it as the parent's
    attribute, so the package itself answers the call the facade documents."""

    def __call__(self, text_or_path, published=None):
        from .pipeline import extract_drafts

        return extract_drafts(text_or_path, published=published)


sys.modules[__name__].__class__ = _CallableModule


def __getattr__(name: str):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
