"""A table's incidents as YAML, a chunk of rows at a time.

What ``import`` writes: the text is the same as one dump of all the incidents, in the
table's order (each chunk is converted and written on its own, and the chunks are joined
in order); the cells are converted once, for the whole table.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..incidents.load import dump_incidents
from ._from_columns import incidents_of_columns
from ._values import frame_columns

if TYPE_CHECKING:
    import pandas as pd


def frame_yaml_chunks(frame: pd.DataFrame, coord_source: str, chunk: int = 5000
                      ) -> Iterator[tuple[str, int]]:
    """(YAML text, rows) of each ``chunk`` rows of ``frame``, in order."""
    columns, n = frame_columns(frame), len(frame)
    for lo in range(0, n, chunk):
        m = min(chunk, n - lo)
        part = {k: v[lo:lo + chunk] for k, v in columns.items()}
        yield dump_incidents(incidents_of_columns(part, m, coord_source)), m
