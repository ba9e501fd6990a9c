"""Shared data of the format tests: the curated set as a derived table (``curated_frame``,
which each module's ``frame`` fixture holds), its place lookups, and small ACLED and UCDP
GED samples written for the tests.
"""

from __future__ import annotations

from pathlib import Path

from incidents_fixtures import gazetteer

from geoconflict.formats import _table
from geoconflict.incidents.load import load_incidents

GAZ = gazetteer()
CURATED = Path(__file__).resolve().parent.parent / "incidents" / "fergana-valley.yaml"
RAID = "tj-kg-2006-05-12-lakkon-ak-turpak-raid"


def curated_frame():
    """The curated incident set as a derived table (what the ``frame`` fixtures hold)."""
    incs = load_incidents([CURATED], gazetteer=GAZ, attach=False)
    return _table.incidents_to_frame(incs)


def resolve(pid):
    return (GAZ.get(pid).lat, GAZ.get(pid).lon) if pid in GAZ else None


def by_id(df, col="event_id_cnty"):
    return {r[col]: r for r in df.to_dict("records")}


ACLED_SAMPLE = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp,my_column\n"
    "KGZ1,28 April 2021,2021,1,Political violence,Battles,Armed clash,Military Forces of "
    "Kyrgyzstan (2020-),,1,Military Forces of Tajikistan (1994-),,1,11,,417,Caucasus and Central"
    " Asia,Kyrgyzstan,Batken,Batken,,Kok-Tash,39.9497,70.5358,1,24.kg,National,"
    "\"Clashes near the water intake, with mortars;\nseveral houses burnt.\",13,,1620000000,x1\n"
    "KGZ2,2021-04-30,2021,2,Political violence,Explosions/Remote violence,"
    "Shelling/artillery/missile attack,Military Forces of Tajikistan (1994-),,1,"
    "Civilians (Kyrgyzstan),,7,17,Civilian targeting,417,Caucasus and Central Asia,Kyrgyzstan,"
    "Batken,Leilek,,Maksat,40.128,69.7001,2,AKIpress,National,\"Shelling\",0,,1620000001,x2\n"
)


UCDP_SAMPLE = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
    "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
    "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
    "source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,"
    "country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
    "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n"
    "401234,KGZ-2021-1-1,2021,TRUE,Clear,1,14321,14321,Kyrgyzstan:Tajikistan,15000,15000,"
    "Government of Kyrgyzstan - Government of Tajikistan,100,100,Government of Kyrgyzstan,"
    "101,101,Government of Tajikistan,3,\"24.kg 2021-04-30; AFP, 2021-05-07\",24.kg;AFP,"
    "2021-04-30,Situation at border,,2,Kok-Tash village,near Golovnoy,Batken province,"
    "Batken district,39.9497,70.5358,POINT (70.5358 39.9497),180000,Kyrgyzstan,703,Europe,1,"
    "2,2021-04-29 00:00:00.000,2021-05-01 00:00:00.000,20,10,5,0,35,55,31,703,702\n"
)
