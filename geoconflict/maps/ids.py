"""Deterministic element ids for folium/branca, so the same map renders to the same bytes.

branca gives every element ``hexlify(urandom(16))`` as id (the classmethod
``Element._generate_id``); the ids become JavaScript variable names in the HTML,
so two renders of one map differ. Inside :func:`deterministic_ids` the classmethod
is replaced by a counter hashed with a namespace: the n-th element created gets
the same id in every run.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from branca.element import Element

__all__ = ["deterministic_ids"]

_LOCK = threading.RLock()


@contextmanager
def deterministic_ids(namespace: str = "geoconflict") -> Iterator[None]:
    """Make every branca/folium element created inside the block get a reproducible id.

    Parameters
    ----------
    namespace : str
        Mixed into the ids; use different namespaces for blocks whose elements live
        in the same document (building and rendering, say) so their ids never clash.

    Examples
    --------
    >>> from branca.element import Element
    >>> with deterministic_ids("doc"):
    ...     a = Element()._id
    >>> with deterministic_ids("doc"):
    ...     b = Element()._id
    >>> a == b, len(a)
    (True, 32)
    """
    counter = itertools.count()

    def _generate_id(cls) -> str:
        n = next(counter)
        return hashlib.blake2b(f"{namespace}:{n}".encode(), digest_size=16).hexdigest()

    with _LOCK:
        had_own = "_generate_id" in Element.__dict__
        original = Element.__dict__.get("_generate_id")
        Element._generate_id = classmethod(_generate_id)
        try:
            yield
        finally:
            if had_own:
                Element._generate_id = original
            else:  # pragma: no cover - branca always defines it
                del Element._generate_id
