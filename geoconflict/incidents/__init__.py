"""Incidents: the data model, reading and checking YAML files, and the fields derived once.

``load_incidents(paths)`` reads and checks incident YAML; ``derive`` fills coordinates,
country, admin1, geo_precision and the border fields from the gazetteer and the borders.
"""

from .derive import derive
from .load import dump_incidents, load_incidents, parse_incidents, save_incidents, validate_files
from .model import Actor, Estimate, Incident, Report, Stop

__all__ = ["Actor", "Estimate", "Incident", "Report", "Stop", "derive", "dump_incidents",
           "load_incidents", "parse_incidents", "save_incidents", "validate_files"]
