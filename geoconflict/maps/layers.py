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
from .style import (  # noqa: F401 - re-exported: the palette the runtime is given
    COUNTRY_FILL,
    EVENT_COLORS,
    OTHER_COLOR,
    OTHER_FILL,
    OWNER_TINT,
    STATUS_COLORS,
)

__all__ = ["RawMacro", "EVENT_COLORS", "STATUS_COLORS", "COUNTRY_FILL", "OWNER_TINT", "OTHER_COLOR",
           "Runtime", "DataLayer", "IncidentLayer", "SegmentLayer", "OutlineLayer",
           "EnclaveLayer", "TownLayer", "RuntimeControl", "MarkReady"]



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
