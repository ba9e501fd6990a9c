"""Actors named in Russian text, from ``ru/actors.yaml``: the actors of the English list
with their Russian spellings, matched by word stem so that every case form meets."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..._io import read_yaml
from .._text import Document
from ..actors import ActorList, ActorMention, parse_actors
from ..actors import find_actors as _find_actors

__all__ = ["find_actors", "russian_actors", "stem"]

_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее",
            "ой", "ей", "ий", "ый", "ую", "юю", "ым", "им", "ом", "ем", "ые", "ие", "ых", "их",
            "ах", "ях", "ам", "ям", "ов", "ев", "ью", "а", "я", "у", "ю", "е", "ы", "и", "о",
            "ь", "й")


def stem(word: str) -> str:
    """A Russian word without its case ending (пограничников → пограничник); words of
    fewer than four letters left are kept whole (КР, МИД)."""
    low = word.lower()
    for end in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[:-len(end)]
    return low


@lru_cache(maxsize=1)
def russian_actors() -> ActorList:
    """The Russian actor list shipped in the package."""
    text = resources.files("geoconflict.extract.ru").joinpath("actors.yaml").read_text("utf-8")
    return ActorList(parse_actors(read_yaml(text), "geoconflict/extract/ru/actors.yaml"),
                     word_key=stem)


def find_actors(doc: Document, actors: ActorList | None = None) -> list[ActorMention]:
    """Actor mentions of a Russian document, in text order (``actors`` is an English
    list given by the caller; the Russian list is used instead)."""
    return _find_actors(doc, russian_actors())
