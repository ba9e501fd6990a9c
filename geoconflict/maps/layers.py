"""folium elements of a geoconflict map: each hands compact data to the map runtime.

One element per layer or control, not one folium object per marker: the incident
layer carries all incidents as one packed block that the runtime (``assets/gc-*.js``)
turns into marks (single incidents, or counts where they crowd), with popups built on
click from text nodes. The layers subclass :class:`folium.map.Layer`, so
``folium.LayerControl`` lists them like any folium layer.
"""

from __future__ import annotations

from typing import Any

from branca.element import Figure, MacroElement
from folium.map import Layer
from folium.template import Template

from .compact import encode_block
from .inline import Raw, runtime_css, runtime_js, script_tag, style_tag
from .script_json import json_for_script
from .style import (  # noqa: F401 - re-exported: the palette the runtime is given
    COUNTRY_FILL,
    EVENT_COLORS,
    OTHER_COLOR,
    OTHER_FILL,
    OWNER_TINT,
    STATUS_COLORS,
)

__all__ = ["RawMacro", "Runtime", "DataLayer", "IncidentLayer", "SegmentLayer", "OutlineLayer",
           "EnclaveLayer", "BorderArcs", "TownLayer", "RuntimeControl", "MarkReady"]



class RawMacro(MacroElement):
    """A MacroElement whose header/html/script output is added to the figure as :class:`Raw`."""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        assert isinstance(figure, Figure), "render the element inside a Figure"
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(Raw(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class Runtime(RawMacro):
    """Inlines the geoconflict map runtime (our own JS and CSS) into the page header."""

    _template = Template("""
        {% macro header(this, kwargs) %}{{ this.tags }}{% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "GeoconflictRuntime"
        self.tags = style_tag(runtime_css()) + "\n" + script_tag(runtime_js())


class DataLayer(Layer, RawMacro):
    """A layer whose JavaScript object is made by ``GC.<factory>(map, blockId, options)``.

    The data travels as one compact block (:func:`~geoconflict.maps.compact.encode_block`:
    deflated JSON in base64) that the runtime inflates with the browser's own
    ``DecompressionStream``; the factory returns the (empty) layer at once and fills it
    when the block is read, so ``folium.LayerControl`` can list it.
    """

    factory = ""
    _template = Template("""
        {% macro html(this, kwargs) %}<script type="application/octet-stream" id="{{ this.get_name() }}_data">{{ this.data_block }}</script>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = GC.{{ this.factory }}({{ this._parent.get_name() }},
            "{{ this.get_name() }}_data", {{ this.opts_json }});
        {% endmacro %}
    """)  # noqa: E501

    def __init__(self, data: Any, opts: dict | None = None, *, name: str, overlay: bool = True,
                 control: bool = True, show: bool = True):
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = type(self).__name__
        self.data = data
        self.opts = dict(opts or {})

    @property
    def data_block(self) -> str:
        return encode_block(self.data)

    @property
    def opts_json(self) -> str:
        return json_for_script(self.opts)


class IncidentLayer(DataLayer):
    """All incidents, as the packed columns of ``incident_pack.pack_incidents``.

    Two blocks: what the marks need (read before the first frame) and what only
    popups need (``DETAIL``: ids, titles, reports, notes…, read once the map is drawn).
    """

    factory = "incidentLayer"
    DETAIL = ("id", "t", "dl", "st", "a", "fl", "il", "ss", "r", "v", "nt")
    _template = Template("""
        {% macro html(this, kwargs) %}<script type="application/octet-stream" id="{{ this.get_name() }}_data">{{ this.data_block }}</script>
<script type="application/octet-stream" id="{{ this.get_name() }}_detail">{{ this.detail_block }}</script>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = GC.{{ this.factory }}({{ this._parent.get_name() }},
            "{{ this.get_name() }}_data", {{ this.opts_json }});
        {% endmacro %}
    """)  # noqa: E501

    def __init__(self, data: dict, opts: dict | None = None, **kwargs: Any):
        super().__init__(data, opts, **kwargs)
        # Both blocks are encoded at once, in threads, while the map is built and rendered
        # (zlib lets other threads run while it deflates): the blocks of the data given here.
        pool = _encoder()
        self._blocks = (
            pool.submit(encode_block, {k: v for k, v in data.items() if k not in self.DETAIL}),
            pool.submit(encode_block, {k: v for k, v in data.items() if k in self.DETAIL}))

    @property
    def data_block(self) -> str:
        return self._blocks[0].result()

    @property
    def detail_block(self) -> str:
        return self._blocks[1].result()


_POOL: list = []


def _encoder():
    """The threads that encode the incident blocks (made once)."""
    if not _POOL:
        from concurrent.futures import ThreadPoolExecutor

        _POOL.append(ThreadPoolExecutor(max_workers=2, thread_name_prefix="geoconflict-block"))
    return _POOL[0]


class BorderArcs(RawMacro):
    """The lines the border layers share, kept once (``topology.border_blocks``): the
    outline, enclave and segment layers name their arcs and are drawn from them."""

    _template = Template("""
        {% macro html(this, kwargs) %}<script type="application/octet-stream" id="gc_border_arcs">{{ this.block }}</script>{% endmacro %}
        {% macro script(this, kwargs) %}
        GC.borderArcs("gc_border_arcs");
        {% endmacro %}
    """)  # noqa: E501

    def __init__(self, block: dict):
        super().__init__()
        self._name = "GC_border_arcs"
        self.block = encode_block(block)


class SegmentLayer(DataLayer):
    """Border segments with their status history (packed features)."""

    factory = "segmentLayer"


class OutlineLayer(DataLayer):
    """Country outlines of the offline basemap."""

    factory = "outlineLayer"


class EnclaveLayer(DataLayer):
    """Enclaves, tinted by owner."""

    factory = "enclaveLayer"


class TownLayer(DataLayer):
    """Town labels (``[[name, lon, lat, kind, rank], …]``; rank 0 is kept first)."""

    factory = "townLayer"



class RuntimeControl(RawMacro):
    """A control made by ``GC.<factory>(map, *args)`` (title, legend, search, date filter…)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        GC.{{ this.factory }}({{ this._parent.get_name() }}{% for a in this.args_json %}, {{ a }}{% endfor %});
        {% endmacro %}
    """)  # noqa: E501

    def __init__(self, factory: str, *args: Any):
        super().__init__()
        self._name = "GC_" + factory
        self.factory = factory
        self.args_json = [json_for_script(a) for a in args]


class MarkReady(RawMacro):
    """Last element of the script: records when the first frame with all layers is drawn."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        GC.markReady();
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "GC_ready"
