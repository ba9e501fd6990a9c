"""A table's incidents as YAML, a chunk of rows at a time.

What ``import`` writes: the text is the same as one dump of all the incidents, in the
table's order (each chunk is converted and written on its own, and the chunks are joined
in order); the cells are converted once, for the whole table.

A big table's chunks are converted by worker processes, one a core (forked, so that they
inherit the converted cells instead of being sent them): turning rows into incidents and
YAML is pure Python, and on one core it was most of ``import``'s time. The chunks still
come back in order, so the text is the same as that of one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..incidents.load import dump_incidents
from ._from_columns import incidents_of_columns
from ._values import frame_columns

if TYPE_CHECKING:
    import pandas as pd

#: Below this many rows one process does it all (forking costs more than it saves).
PARALLEL_ROWS = 20_000
#: Each worker adds ~100 MB for 100,000 rows (the pages of the cells it touches); the
#: parent's own steps bound the gain of more than a few.
MAX_WORKERS = 4

#: What the forked workers inherit: the table's columns and the coordinates' source.
_TABLE: dict[str, Any] = {}


def _chunk_text(lo: int, m: int, columns: dict[str, list], coord_source: str) -> str:
    part = {k: v[lo:lo + m] for k, v in columns.items()}
    return dump_incidents(incidents_of_columns(part, m, coord_source))


def _worker_chunk(span: tuple[int, int]) -> str:
    return _chunk_text(span[0], span[1], _TABLE["columns"], _TABLE["source"])


def workers_for(n: int) -> int:
    """How many processes convert ``n`` rows: one a usable core for a big table, else 1
    (also where processes cannot be forked)."""
    if n < PARALLEL_ROWS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_WORKERS, n // (PARALLEL_ROWS // 2)))


def frame_yaml_chunks(frame: pd.DataFrame, coord_source: str, chunk: int = 5000,
                      workers: int | None = None) -> Iterator[tuple[str, int]]:
    """(YAML text, rows) of each ``chunk`` rows of ``frame``, in order; ``workers``
    processes convert them (default: :func:`workers_for`)."""
    columns, n = frame_columns(frame), len(frame)
    spans = [(lo, min(chunk, n - lo)) for lo in range(0, n, chunk)]
    workers = workers_for(n) if workers is None else workers
    if workers <= 1 or len(spans) < 2:
        for lo, m in spans:
            yield _chunk_text(lo, m, columns, coord_source), m
        return
    _TABLE.update(columns=columns, source=coord_source)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for (_, m), text in zip(spans, pool.imap(_worker_chunk, spans), strict=True):
                yield text, m
    finally:
        _TABLE.clear()
