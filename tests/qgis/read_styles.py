"""Run by QGIS's own Python (Debian python3-qgis): how QGIS draws the layers of a GeoPackage.

Usage: python3 read_styles.py FILE.gpkg LAYER... ; prints JSON {layer: renderer facts},
with the marker size QGIS computes for each incident (its data-defined expression).
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
out = {}
for name in sys.argv[2:]:
    layer = QgsVectorLayer(f"{sys.argv[1]}|layername={name}", name, "ogr")
    r = layer.renderer()
    info = {"valid": layer.isValid(), "renderer": r.type(), "count": layer.featureCount()}
    if r.type() == "categorizedSymbol":
        info["attr"] = r.classAttribute()
        cats = r.categories()
        info["categories"] = [[c.value(), c.symbol().color().name()] for c in cats]
        sym = cats[0].symbol()
        sl = sym.symbolLayer(0)
        dd = sl.dataDefinedProperties()
        info["layer_class"] = sl.layerType()
        info["size_expr"] = [dd.property(k).expressionString() for k in dd.propertyKeys()]
        if name == "incidents":
            from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
            expr = QgsExpression(info["size_expr"][0])
            ctx = QgsExpressionContext()
            ctx.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            sizes = {}
            for f in layer.getFeatures():
                ctx.setFeature(f)
                deaths = f["fatalities"]
                sizes[f["event_id_cnty"]] = [deaths if isinstance(deaths, int) else None,
                                             expr.evaluate(ctx)]
            info["sizes"] = sizes
    out[name] = info
print(json.dumps(out), flush=True)
os._exit(0)
