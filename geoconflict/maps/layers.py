"""folium elements of a geoconflict map: each hands plain JSON to the map runtime.

One element per layer or control, not one folium object per marker: the incident
layer carries all incidents as one JSON array that ``geoconflict-map.js`` turns into
circle markers (SVG for small maps, canvas past ``canvas_threshold``), with popups
built on click from text nodes. The layers subclass :class:`folium.map.Layer`, so
``folium.LayerControl`` lists them like any folium layer.
"""

from __future__ import annotations

from typing import Any

from branca.element import Figure, MacroElement
from folium.map import Layer
from folium.template import Template

from .inline import Raw, runtime_css, runtime_js, script_tag, style_tag
from .records import json_for_script

__all__ = ["RawMacro", "EVENT_COLORS", "STATUS_COLORS", "COUNTRY_FILL", "OWNER_TINT", "OTHER_COLOR",
           "Runtime", "DataLayer", "IncidentLayer", "SegmentLayer", "OutlineLayer",
           "EnclaveLayer", "TownLayer", "RuntimeControl", "MarkReady"]

#: ACLED event types → marker colour (colour-blind-aware, distinct on a pale basemap).
EVENT_COLORS = {
    "Battles": "#d62728",
    "Violence against civilians": "#9467bd",
    "Explosions/Remote violence": "#ff7f0e",
    "Riots": "#8c564b",
    "Protests": "#1f77b4",
    "Strategic developments": "#7f7f7f",
}
OTHER_COLOR = "#333333"
#: Border segment status → line colour.
STATUS_COLORS = {
    "disputed": "#d7191c",
    "undelimited": "#fdae61",
    "delimited": "#2c7bb6",
    "demarcated": "#1a9641",
    "unknown": "#999999",
}
#: Country fill of the offline basemap (pale) and enclave tint by owner (strong).
COUNTRY_FILL = {"KG": "#f4e3d3", "TJ": "#e0ecd5", "UZ": "#dbe6f1", "KZ": "#eeeeee",
                "AF": "#eeeeee", "CN": "#eeeeee"}
OWNER_TINT = {"KG": "#d9822b", "TJ": "#3f9a3a", "UZ": "#2f6db3"}
OTHER_FILL = "#f2f2f2"


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
    """A layer whose JavaScript object is made by ``GC.<factory>(map, data, options)``."""

    factory = ""
    # The data travels in a JSON data block, which the browser reads as plain text and
    # JSON.parse reads fast (megabytes of a JavaScript literal parse several times slower).
    _template = Template("""
        {% macro html(this, kwargs) %}<script type="application/json" id="{{ this.get_name() }}_data">{{ this.data_json }}</script>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = GC.{{ this.factory }}({{ this._parent.get_name() }},
            GC.data("{{ this.get_name() }}_data"), {{ this.opts_json }});
        {% endmacro %}
    """)  # noqa: E501

    def __init__(self, data: Any, opts: dict | None = None, *, name: str, overlay: bool = True,
                 control: bool = True, show: bool = True):
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = type(self).__name__
        self.data = data
        self.opts = dict(opts or {})

    @property
    def data_json(self) -> str:
        return json_for_script(self.data)

    @property
    def opts_json(self) -> str:
        return json_for_script(self.opts)


class IncidentLayer(DataLayer):
    """All incidents (``{"rows": [compact rows]}``) as one layer."""

    factory = "incidentLayer"


class SegmentLayer(DataLayer):
    """Border segments (FeatureCollection with ``status_at`` and ``incident_count``)."""

    factory = "segmentLayer"


class OutlineLayer(DataLayer):
    """Country outlines of the offline basemap."""

    factory = "outlineLayer"


class EnclaveLayer(DataLayer):
    """Enclaves, tinted by owner."""

    factory = "enclaveLayer"


class TownLayer(DataLayer):
    """Town labels (``[[name, lon, lat, kind], …]``)."""

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
