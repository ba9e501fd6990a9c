"""A table's incidents as YAML, a chunk of rows at a time, on several processes when big.

What ``import`` writes: the text is the same as one dump of all the incidents, in the
table's order, whatever the number of processes (each chunk is converted and written on
its own, and the chunks are joined in order).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from ..incidents.load import dump_incidents
from ._from_columns import incidents_of_columns
from ._values import frame_columns

if TYPE_CHECKING:
    import pandas as pd

#: Below this many rows one process does it all (a pool takes ~0.3 s to start).
PARALLEL_ROWS = 20_000


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def chunk_yaml(columns: dict[str, list], n: int, coord_source: str) -> str:
    """The YAML of ``n`` rows given as columns."""
    return dump_incidents(incidents_of_columns(columns, n, coord_source))


def frame_yaml_chunks(frame: pd.DataFrame, coord_source: str, chunk: int = 5000,
                      jobs: int | None = None, min_rows: int = PARALLEL_ROWS
                      ) -> Iterator[tuple[str, int]]:
    """(YAML text, rows) of each ``chunk`` rows of ``frame``, in order.

    ``jobs`` processes (default: one per CPU) convert the chunks of a table of at least
    ``min_rows`` rows; ``jobs=1`` keeps it in this process.
    """
    columns, n = frame_columns(frame), len(frame)
    parts = [({k: v[lo:lo + chunk] for k, v in columns.items()}, min(chunk, n - lo))
             for lo in range(0, n, chunk)]
    jobs = cpu_count() if jobs is None else jobs
    if jobs <= 1 or n < min_rows or len(parts) < 2:
        for cols, m in parts:
            yield chunk_yaml(cols, m, coord_source), m
        return
    # spawn: a fresh interpreter, never a fork of this one with pyarrow's threads in it
    pool = ProcessPoolExecutor(min(jobs, len(parts)),
                               mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = [pool.submit(chunk_yaml, cols, m, coord_source) for cols, m in parts]
        for future, (_, m) in zip(futures, parts, strict=True):
            yield future.result(), m
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
