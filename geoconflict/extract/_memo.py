"""``cached``: an attribute computed once per object, kept in its ``__dict__``.

As ``functools.cached_property`` (the same reads, the same ``__dict__`` entry, popped to
compute again), without the lock Python 3.11's takes on every first read: the facts of a
sentence are read by one thread, and the lock was most of the cost of the first read of
each of the five attributes of every sentence.
"""

from __future__ import annotations

__all__ = ["cached", "forget", "looked_up", "lowered", "CACHE_MAX"]


class cached:  # noqa: N801 (named like the decorator it replaces)
    """A non-data descriptor: the first read stores the value under the attribute's name
    in the instance's ``__dict__``, where later reads find it without calling this."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


def forget(obj, name: str) -> None:
    """Drop the value ``cached`` kept for ``obj.name``: the next read computes it again
    (after what it is computed from was set anew)."""
    obj.__dict__.pop(name, None)


#: A spelling cache is cleared when it holds more entries than this (a long-running process
#: reading many articles keeps its memory bounded).
CACHE_MAX = 200_000


def looked_up(keys: list, cache: dict, compute) -> list:
    """``compute(key)`` of each key, each key computed once and kept in ``cache`` (the
    lookups run in C; only keys not seen before call ``compute``)."""
    try:  # every key seen before (most sentences of a warm process): no scan for a miss
        return list(map(cache.__getitem__, keys))
    except KeyError:
        pass
    values = list(map(cache.get, keys))  # (None where the key is new)
    if len(cache) > CACHE_MAX:
        cache.clear()
    for k, key in enumerate(keys):
        if values[k] is None:
            values[k] = cache[key] = compute(key)
    return values


_LOWERED: dict[str, str] = {}  # text -> its lower case


def lowered(text: str) -> str:
    """``text.lower()``, kept: a sentence is lowered once for the dozen rules that look for
    their words in it (looked up by the text, whose hash Python keeps with it)."""
    low = _LOWERED.get(text)
    if low is None:
        if len(_LOWERED) > 4096:
            _LOWERED.clear()
        low = _LOWERED[text] = text.lower()
    return low
