"""A review page for incident drafts: the article text with every extracted value marked
and linked to its draft field, the drafts beside it.

One self-contained HTML file (inline CSS, no script, no request leaves it): places by
role (stop, mentioned, unresolved with the gazetteer's suggestions), dates (event dates of
an incident), figures (role, value, side) and actors, each a link to the field of the
draft that holds it, and each field a link back to its words. Text from the article is
always shown as text (escaped). The same extraction gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

__all__ = ["review_html"]

_CSS = """
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1d1d;background:#fafafa}
header{padding:.6em 1em;background:#22313f;color:#fff}
header h1{font-size:1.1em;margin:0}
main{display:flex;gap:1em;padding:1em;align-items:flex-start}
.text{flex:3;min-width:0}.drafts{flex:2;min-width:0;position:sticky;top:0;max-height:100vh;
overflow:auto}
article pre{white-space:pre-wrap;word-wrap:break-word;font:inherit;background:#fff;
padding:1em;border:1px solid #ddd}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark a{color:inherit;text-decoration:none}
.place-scene{background:#b9e4c9}.place-mentioned{background:#e3e3e3}
.place-unresolved{background:#ffd0d0;outline:1px dashed #c00}
.date{background:#c8dcff}.figure{background:#ffe6a8}.actor{background:#e7d4f7}
.draft{background:#fff;border:1px solid #ddd;padding:.6em .8em;margin-bottom:1em}
.draft h2{font-size:1em;margin:.2em 0 .4em}
.draft table{border-collapse:collapse;width:100%;font-size:.92em}
.draft td,.draft th{border-top:1px solid #eee;padding:2px 4px;text-align:left;
vertical-align:top}
:target{outline:3px solid #e67e22}
.legend span{margin-right:.8em;padding:0 4px;border-radius:3px;color:#1d1d1d}
.warnings li{color:#8a3b00}
@media (max-width:800px){main{flex-direction:column}.drafts{position:static;
max-height:none}}
"""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    cls: str
    field: str   # the id of the draft field it belongs to
    label: str   # what the value is, shown on hover


def _figure_label(f: dict) -> str:
    parts = [f["role"] or "count", str(f["value"])]
    if f.get("side"):
        parts.append(f"side {f['side']}")
    if f.get("qualifier"):
        parts.append(f["qualifier"])
    return " ".join(parts)


def _spans_of(n: int, d: dict) -> list[tuple[str, _Span]]:
    """(file, span) of every value of draft number ``n`` that has evidence."""
    out = []

    def add(ev: dict | None, cls: str, field: str, label: str) -> None:
        if ev and "start" in ev and "file" in ev:
            out.append((ev["file"], _Span(ev["start"], ev["end"], cls, field, label)))

    for k, s in enumerate(d.get("locations", [])):
        add(s.get("evidence"), "place-scene", f"d{n}-stop{k}", f"stop: {s['place']}")
    for k, s in enumerate(d.get("mentioned_places", [])):
        add(s.get("evidence"), "place-mentioned", f"d{n}-mention{k}",
            f"mentioned: {s['place']} ({s['why']})")
    for k, s in enumerate(d.get("unresolved_places", [])):
        add(s.get("evidence"), "place-unresolved", f"d{n}-unresolved{k}",
            "unresolved place")
    dates = d.get("evidence", {}).get("date")
    for k, e in enumerate(dates if isinstance(dates, list) else []):
        add(e, "date", f"d{n}-date{k}", "event date")
    for k, a in enumerate(d.get("actors", [])):
        add(a.get("evidence"), "actor", f"d{n}-actor{k}", f"actor: {a['name']}")
    for r, rep in enumerate(d.get("reports", [])):
        for k, f in enumerate(rep.get("claims", {}).get("figures", [])):
            add(f.get("evidence"), "figure", f"d{n}-fig{r}-{k}", _figure_label(f))
    return out


def _marked_text(text: str, spans: list[_Span], shown: set[str]) -> str:
    """The text escaped, with each span (non-overlapping, first wins) marked and linked;
    the fields whose words are marked are added to ``shown``."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end, s.field)):
        if s.start < pos or s.end > len(text) or s.end <= s.start:
            continue
        out.append(escape(text[pos:s.start]))
        out.append(f'<mark class="{s.cls}" id="v-{s.field}" title="{escape(s.label)}">'
                   f'<a href="#{s.field}">{escape(text[s.start:s.end])}</a></mark>')
        shown.add(s.field)
        pos = s.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _back(field: str, shown: set[str], text: str) -> str:
    """A draft value, linked to its words when they are marked in the text."""
    body = escape(text)
    return f'<a href="#v-{field}">{body}</a>' if field in shown else body


def _row(name: str, value: str, field: str = "") -> str:
    fid = f' id="{field}"' if field else ""
    return f"<tr{fid}><th>{escape(name)}</th><td>{value}</td></tr>"


def _draft_html(n: int, d: dict, shown: set[str]) -> str:
    rows = [_row("id", escape(d["id"])),
            _row("date", escape(f"{d.get('date_start') or '?'} .. {d.get('date_end') or '?'} "
                                f"({d.get('date_precision', '')})")),
            _row("event type", escape(f"{d.get('event_type')} / {d.get('sub_event_type')}"))]
    dates = d.get("evidence", {}).get("date")
    if isinstance(dates, list):
        for k, e in enumerate(dates):
            rows.append(_row("date from", _back(f"d{n}-date{k}", shown, e["text"]),
                             f"d{n}-date{k}"))
    elif dates:
        rows.append(_row("date from", escape(str(dates))))
    for k, s in enumerate(d.get("locations", [])):
        what = f"{s['place']} — {s['name']}" + (" (primary)" if s.get("primary") else "")
        rows.append(_row("stop", _back(f"d{n}-stop{k}", shown, what), f"d{n}-stop{k}"))
    for k, s in enumerate(d.get("mentioned_places", [])):
        rows.append(_row("mentioned", _back(f"d{n}-mention{k}", shown,
                                            f"{s['place']} — {s['name']}: {s['why']}"),
                         f"d{n}-mention{k}"))
    for k, s in enumerate(d.get("unresolved_places", [])):
        sugg = ", ".join(s.get("suggestions") or []) or "no close gazetteer name"
        rows.append(_row("unresolved", _back(f"d{n}-unresolved{k}", shown,
                                             f"{s['name']} — did you mean: {sugg}?"),
                         f"d{n}-unresolved{k}"))
    for fld in ("fatalities", "injured", "detained", "displaced"):
        if fld in d:
            est = d[fld]
            rows.append(_row(fld, escape(" / ".join(f"{k} {est[k]}" for k in
                                                    ("low", "best", "high") if k in est))))
    for r, rep in enumerate(d.get("reports", [])):
        src = rep.get("outlet") or rep.get("file") or "report"
        for k, f in enumerate(rep.get("claims", {}).get("figures", [])):
            rows.append(_row(f"figure ({src})", _back(f"d{n}-fig{r}-{k}", shown,
                                                      _figure_label(f)), f"d{n}-fig{r}-{k}"))
    for k, a in enumerate(d.get("actors", [])):
        rows.append(_row(a.get("role", "actor"), _back(f"d{n}-actor{k}", shown, a["name"]),
                         f"d{n}-actor{k}"))
    for e in d.get("evidence", {}).get("followups", []):
        rows.append(_row("followed by", escape(f"line {e.get('line', '?')}: {e['sentence']}")))
    bg = " (background)" if d.get("background") else ""
    return (f'<section class="draft" id="d{n}"><h2>{escape(d["title"])}{bg}</h2>'
            f"<table>{''.join(rows)}</table></section>")


def review_html(docs: list[Any], drafts: list[dict], warnings: list[str] = (),
                title: str = "Extraction review") -> str:
    """The review page of documents (``Document``) and their drafts (not strict: each
    value with its evidence)."""
    by_file: dict[str, list[_Span]] = {}
    for n, d in enumerate(drafts):
        for file, span in _spans_of(n, d):
            by_file.setdefault(file, []).append(span)
    shown: set[str] = set()
    texts = []
    for doc in docs:
        marked = _marked_text(doc.text, by_file.get(doc.file, []), shown)
        texts.append(f"<article><h2>{escape(doc.file)}</h2><pre>{marked}</pre></article>")
    legend = ('<p class="legend"><span class="place-scene">stop</span><span '
              'class="place-mentioned">place mentioned</span><span class="place-unresolved">'
              'unresolved place</span><span class="date">event date</span><span '
              'class="figure">figure</span><span class="actor">actor</span></p>')
    warn = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    warn_html = f'<ul class="warnings">{warn}</ul>' if warn else ""
    panel = "".join(_draft_html(n, d, shown) for n, d in enumerate(drafts)) or \
        "<p>No incident found.</p>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<header><h1>{escape(title)}</h1>{legend}</header>{warn_html}"
            f'<main><div class="text">{"".join(texts)}</div>'
            f'<div class="drafts">{panel}</div></main></body></html>\n')
