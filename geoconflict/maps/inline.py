"""Email-safe HTML: replace every script and stylesheet link of a folium figure by inline code.

Leaflet's built files come from the installed PyPI package ``XStatic-Leaflet``
(``xstatic.pkg.leaflet``); the images its stylesheet refers to become ``data:`` URIs.
Our own runtime (``geoconflict/maps/assets/``) is inlined in every mode. A link that
no installed package ships is an error naming the URL, never a silent CDN reference.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources

from branca.element import CssLink, Element, Figure, JavascriptLink

from .._errors import GeoconflictError

__all__ = ["Raw", "OfflineAssetError", "inline_figure_assets", "external_references", "leaflet_js",
           "leaflet_css", "leaflet_version", "runtime_js", "runtime_css", "script_tag",
           "style_tag"]


class Raw(Element):
    """Text placed into the page as is: unlike a plain branca ``Element(text)`` it is not
    compiled as a Jinja template (slow for megabytes of data, and ``{{`` in data would run)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class OfflineAssetError(GeoconflictError, LookupError):
    """A map needs a script or stylesheet that no installed package provides."""


_LEAFLET_PKG = "xstatic.pkg.leaflet"


def _leaflet_dir():
    return resources.files(_LEAFLET_PKG) / "data"


@cache
def _leaflet_version() -> str:
    import importlib

    return importlib.import_module(_LEAFLET_PKG).VERSION


def leaflet_version() -> str:
    """Version of the Leaflet build shipped by the installed XStatic-Leaflet."""
    return _leaflet_version()


@cache
def leaflet_js() -> str:
    """Leaflet's minified JavaScript, from the installed package."""
    return (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")


_CSS_URL = re.compile(r"url\((['\"]?)(images/[A-Za-z0-9_.-]+\.png)\1\)")


@cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images (layer-control icon, marker) as data URIs."""
    base = _leaflet_dir()
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def _data_uri(m: re.Match) -> str:
        png = (base / m.group(2)).read_bytes()
        return "url(data:image/png;base64," + base64.b64encode(png).decode("ascii") + ")"

    return _CSS_URL.sub(_data_uri, css)


#: The runtime's parts, in load order (each is one IIFE over ``window.GC``).
RUNTIME_PARTS = ("geoconflict-map.js", "gc-marks.js", "gc-timeline.js", "gc-controls.js")


@cache
def runtime_js() -> str:
    """The geoconflict map runtime (our own code)."""
    assets = resources.files("geoconflict.maps").joinpath("assets")
    return "\n".join(assets.joinpath(n).read_text(encoding="utf-8") for n in RUNTIME_PARTS)


@cache
def runtime_css() -> str:
    """The geoconflict map stylesheet (our own code)."""
    return resources.files("geoconflict.maps").joinpath("assets/geoconflict-map.css").read_text(
        encoding="utf-8")


def script_tag(code: str) -> str:
    """``<script>`` element around trusted code; refuses code that would close it early."""
    if "</script" in code.lower():
        raise ValueError("inline script contains '</script'")
    return "<script>" + code + "</script>"


def style_tag(css: str) -> str:
    """``<style>`` element around trusted CSS; refuses CSS that would close it early."""
    if "</style" in css.lower():
        raise ValueError("inline stylesheet contains '</style'")
    return "<style>" + css + "</style>"


_LEAFLET_URL = re.compile(r"/leaflet(?:@[\w.-]+)?/dist/leaflet\.(js|css)$|/leaflet\.(js|css)$")


def _png_uri(name: str) -> str:
    png = (_leaflet_dir() / "images" / name).read_bytes()
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


@cache
def leaflet_icon_defaults_js() -> str:
    """Point Leaflet's default marker icon at data URIs (its path detection cannot)."""
    icon, retina, shadow = (_png_uri(f"marker-{n}.png") for n in ("icon", "icon-2x", "shadow"))
    return (f"L.Icon.Default.mergeOptions({{imagePath: '', iconUrl: '{icon}', "
            f"iconRetinaUrl: '{retina}', shadowUrl: '{shadow}'}});")


def _local_asset(url: str) -> str | None:
    """Inline replacement (a whole tag) for a known CDN URL, or None."""
    m = _LEAFLET_URL.search(url)
    if not m:
        return None
    kind = m.group(1) or m.group(2)
    if kind == "js":
        return script_tag(leaflet_js() + "\n" + leaflet_icon_defaults_js())
    return style_tag(leaflet_css())


def inline_figure_assets(figure: Figure) -> None:
    """Replace, in place and in order, every JavascriptLink/CssLink of the figure's header.

    Call after the map's own ``render`` has added its links (folium adds them while
    rendering). Raises :class:`OfflineAssetError` for a link no installed package ships.
    """
    header = figure.header
    for name, child in list(header._children.items()):
        if not isinstance(child, JavascriptLink | CssLink):
            continue
        tag = _local_asset(child.url)
        if tag is None:
            raise OfflineAssetError(
                f"cannot inline {child.url} (added as {name!r}): no installed package ships it; "
                "build the map with cdn=True (--cdn) or drop the plugin that needs it")
        repl = Raw(tag)
        repl._parent = header
        header._children[name] = repl


_EXTERNAL = re.compile(
    r"""<script[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)"""
    r"""|<link[^>]*\shref\s*=\s*["']?([^"'\s>]+)"""
    r"""|url\(\s*["']?((?:https?:)?//[^"')\s]+)"""
    r"""|@import\s+["']([^"']+)""",
    re.IGNORECASE,
)


def external_references(html: str) -> list[str]:
    """Every script, stylesheet, CSS ``url()`` or ``@import`` an HTML text would fetch.

    ``data:`` URIs are not references. Tile URL templates in JavaScript strings are
    not found here: they are fetched only when a tile layer is switched on.

    >>> external_references('<script src="https://x/l.js"></script><style>a{}</style>')
    ['https://x/l.js']
    """
    refs = []
    for start, end in _outside_data_blocks(html):
        for m in _EXTERNAL.finditer(html, start, end):
            ref = next(g for g in m.groups() if g)
            if not ref.startswith("data:"):
                refs.append(ref)
    return refs


#: The opening of a map's data block (``maps.layers``): base64 up to ``</script>``, which
#: holds no ``<``, ``(`` or ``@`` and so no reference.
_DATA_BLOCK = '<script type="application/octet-stream"'


def _outside_data_blocks(html: str) -> list[tuple[int, int]]:
    """The spans of ``html`` outside the contents of its data blocks (found by ``str.find``:
    the reference pattern need not walk the megabytes of base64 of a big map).

    >>> page = 'a<script type="application/octet-stream" id="d">QUJD</script>b'
    >>> [page[s:e] for s, e in _outside_data_blocks(page)]
    ['a<script type="application/octet-stream" id="d">', '</script>b']
    >>> odd = page.replace("QUJD", "<b>") + page     # a block that is not base64 is kept
    >>> [odd[s:e].count("<b>") for s, e in _outside_data_blocks(odd)]
    [1, 0]
    """
    spans, start, pos = [], 0, 0
    while (tag := html.find(_DATA_BLOCK, pos)) >= 0:
        body = html.find(">", tag) + 1
        close = html.find("</script>", body) if body else -1
        if close < 0:
            break
        pos = close
        if not any(c in html[body:close] for c in "<(@"):   # else not base64: scanned
            spans.append((start, body))
            start = close
    spans.append((start, len(html)))
    return spans
