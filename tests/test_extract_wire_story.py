"""A wire story written for the test, with the phenomena of real border reporting in one
text: a dateline with its country, a reporting day, sides by demonym, quote and
attribution, nobody else hurt, a hospital town, planned talks, an earlier event recalled,
and a related-links block after the body."""

from geoconflict.extract import extract_text

STORY = """date 2023-06-15
source https://news.example/2023/06/15/border
KHUJAND, Tajikistan, June 15 -- Tajik and Kyrgyz border guards exchanged fire near the \
village of Kulundu late on Tuesday, killing one Tajik guard and wounding two Kyrgyz \
servicemen, officials said on Wednesday.
According to the Tajik border service, Kyrgyz troops opened fire first. "Two of our men \
were wounded," the Kyrgyz border service said in a statement, blaming the Tajik side.
Nobody else was hurt. The wounded were taken to hospital in Batken.
Talks between the two sides are due to resume in July. The presidents will meet in \
Dushanbe next month to discuss the border.
The border has been tense since the fighting in Kok-Tash in 2021, when 55 people died.
Related
Five killed in road accident near Osh
Uzbekistan opens new bridge in Fergana
"""


def test_the_story_gives_its_news_and_the_recalled_war_apart():
    drafts = sorted(extract_text(STORY), key=lambda d: d["date_start"])
    assert [d["date_start"] for d in drafts] == ["2021-01-01", "2023-06-13"]
    old, news = drafts
    assert old["fatalities"]["best"] == 55 and old["background"] is True
    assert [s["place"] for s in news["locations"]] == ["kg-kulundu"]
    assert news["fatalities"]["best"] == 1 and news["injured"]["best"] == 2
    figures = {(f["role"], f["value"], f.get("side", "")) for f in
               news["reports"][0]["claims"]["figures"]}
    assert {("killed", 1, "TJ"), ("injured", 2, "KG")} <= figures
    named = {m["place"] for m in news.get("mentioned_places", [])}
    assert "kg-batken" in named and not named & {"kg-osh", "uz-fergana"}
