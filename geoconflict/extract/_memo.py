"""``cached``: an attribute computed once per object, kept in its ``__dict__``.

As ``functools.cached_property`` (the same reads, the same ``__dict__`` entry, popped to
compute again), without the lock Python 3.11's takes on every first read: the facts of a
sentence are read by one thread, and the lock was most of the cost of the first read of
each of the five attributes of every sentence.
"""

from __future__ import annotations

__all__ = ["cached"]


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
