"""``geoconflict extract``: news articles to incident drafts (YAML) with evidence."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import refuse_to_overwrite


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(encoding="utf-8-sig"), path
    except OSError as exc:
        msg = f"{path}: cannot read ({exc.strerror}) — check the path"
        raise click.ClickException(msg) from None
    except UnicodeDecodeError:
        raise click.ClickException(f"{path}: not UTF-8 text — save the article as UTF-8") from None


def _articles(paths, published, outlet, lang) -> list:
    """The articles read from ``paths``, with --published/--outlet where they give none."""
    from ..extract.pipeline import read_article

    docs = []
    for a in paths:
        text, name = _read(a)
        try:
            docs.append(read_article(text, name, published, lang))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--published") from None
        if outlet and not docs[-1].outlet:
            docs[-1].outlet = outlet.strip()
    return docs


@click.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("--published", metavar="DATE",
              help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) for articles that carry "
                   "none of their own (a leading 'date YYYY-MM-DD' token or a date line).")
@click.option("--outlet", metavar="NAME",
              help="Outlet of articles that name none of their own (a 'Source: NAME' line, a "
                   "'©' line, a source URL's host, 'X news agency' or a byline).")
@click.option("--lang", type=click.Choice(["en", "ru"]),
              help="Language of the articles (default: detected from each text: Russian "
                   "when most of its letters are Cyrillic).")
@click.option("-o", "--output", metavar="FILE",
              help="Write the drafts to FILE (atomically) instead of standard output.")
@click.option("--no-merge", is_flag=True,
              help="Keep one incident per article even when articles tell the same event.")
@click.option("--inline-evidence", is_flag=True,
              help="Put evidence beside each value (easier to read, but not loadable by "
                   "'geoconflict validate'); by default it goes under each incident's 'extra'.")
@click.option("--review", metavar="FILE",
              help="Also write a review page (one offline HTML file): the article text with "
                   "each extracted value marked and linked to its draft field, the drafts "
                   "beside it, unresolved names with their suggestions.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings on standard error.")
def extract(articles, published, outlet, lang, output, no_merge, inline_evidence, review,
            quiet):
    """Extract incident drafts from news ARTICLE files ('-' reads standard input).

    Articles in English or Russian (detected, or --lang). Places (in Russian in
    every case form), dates, local times, casualty counts, actors and an ACLED event
    type are read from the text; every value carries the sentence and character
    offsets it came from. Drafts are incident YAML ('geoconflict validate' reads
    them); each is marked 'draft: true' (under 'extra', with the evidence) for
    review. Standard error lists unknown place names with the closest gazetteer
    names, articles without a publication date or an outlet (the draft then leaves
    them out rather than guess), drafts dated by the publication date because the
    text dates no event, and drafts that name no known place (no stop: add one
    before export).

    \b
    Examples:
      geoconflict extract article.txt -o draft.yaml
      geoconflict extract a.txt b.txt --published 2022-09-20
      geoconflict extract notes.txt --outlet "Radio Ozodi" -o draft.yaml
      geoconflict extract article.txt -o draft.yaml --review review.html
      geoconflict extract statya.txt --lang ru -o draft.yaml
      curl -s … | geoconflict extract - --published 2021-05-02
    """
    from ..extract.pipeline import extract_articles

    if articles.count("-") > 1:
        raise click.UsageError("'-' (standard input) can be given once")
    refuse_to_overwrite(output, articles)
    refuse_to_overwrite(review, articles, flag="--review")
    docs = _articles(articles, published, outlet, lang)
    result = extract_articles(docs, merge=not no_merge, strict=not inline_evidence)
    if not quiet:
        for line in result.warnings:
            click.echo(f"geoconflict extract: {line}", err=True)
    if review:
        _write_review(review, docs, result)
    _write_drafts(result, output, quiet)


def _write_review(review: str, docs: list, result) -> None:
    """Write the review page of an extraction (the articles with their values marked,
    the drafts beside them)."""
    from .._io import write_text_atomic
    from ..extract.draft import drafts_to_dicts
    from ..extract.review import review_html

    names = ", ".join(d.file for d in docs)
    write_text_atomic(review, review_html(docs, drafts_to_dicts(result.incidents),
                                          result.warnings, f"Extraction review: {names}"))


def _write_drafts(result, output: str | None, quiet: bool) -> None:
    """Write an extraction's drafts as YAML to ``output`` (saying how many), or to
    standard output."""
    from .._io import write_text_atomic

    text = result.yaml()
    if output and output != "-":
        write_text_atomic(output, text)
        if not quiet:
            n = len(result.drafts)
            click.echo(f"geoconflict extract: {n} incident draft{'s' if n != 1 else ''} "
                       f"written to {output}", err=True)
    else:
        click.echo(text, nl=False)
