"""A small gazetteer for the incident tests, cut from the shipped curated places.

The places the curated incidents use, taken from ``gazetteer/places/*.yaml`` as shipped,
so the fixture can never drift from the data (a test below checks the ids all exist).
Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

from functools import lru_cache

from geoconflict.gazetteer.index import Gazetteer
from geoconflict.gazetteer.places import Place, load_curated

IDS = (
    "kg-batken-region", "tj-sughd", "uz-andijan", "tj-kairakkum-detention-centre",
    "tj-lakkon-border-post", "kg-ak-turpak", "tj-vorukh", "tj-ishkobod-checkpoint",
    "tj-esanboy", "tj-golovnoy", "kg-kok-tash-batken", "tj-zumrad", "kg-batken",
    "kg-kulundu", "kg-maksat", "kg-jangy-jer-leilek", "uz-samarkand",
    "tj-guliston-checkpoint", "kg-ak-sai", "kg-dostuk-batken", "tj-lakkon", "kg-pulgon",
)


@lru_cache(maxsize=1)
def _places() -> tuple[Place, ...]:
    by_id = {p.id: p for p in load_curated()}
    missing = [i for i in IDS if i not in by_id]
    if missing:
        raise LookupError(f"fixture ids missing from the shipped gazetteer: {missing}")
    return tuple(by_id[i] for i in IDS)


def gazetteer() -> Gazetteer:
    """The fixture gazetteer (a new index each call: cheap, 22 places)."""
    return Gazetteer(list(_places()))
