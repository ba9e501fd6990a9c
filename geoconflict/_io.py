"""File helpers: atomic writes, so a failed run never leaves a half-written file, and the one
YAML writer of the package (incident files and extraction drafts look the same)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["write_text_atomic", "write_bytes_atomic", "write_chunks_atomic", "yaml_text",
           "read_yaml"]


def read_yaml(text_or_file):
    """Plain data of YAML text (or an open file), by libyaml's safe loader when PyYAML has
    it (the pure-Python loader took 0.3 s over the border files): the same values."""
    import yaml

    return yaml.load(text_or_file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A symlink is followed (the file it points to is replaced, the link stays); a target
    that is not a regular file (``/dev/stdout``, a pipe) is written to directly, since
    it cannot be replaced.
    """
    return write_chunks_atomic(path, (data,))


def write_chunks_atomic(path: str | os.PathLike, chunks: Iterable[bytes]) -> Path:
    """:func:`write_bytes_atomic` of the chunks in order, each written as it comes (a large
    output is never joined in memory). If making a chunk fails, nothing is replaced."""
    target = Path(path)
    if target.exists() and not target.is_file():
        with open(target, "wb") as fh:
            for data in chunks:
                fh.write(data)
        return target
    target = target.resolve() if target.is_symlink() else target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for data in chunks:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())   # mkstemp makes 0600; give the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    """UTF-8 text version of :func:`write_bytes_atomic`."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def yaml_text(data) -> str:
    """Block-style YAML of plain data: keys in their order, Unicode kept, lists indented under
    their key, no anchors (two records sharing a dict stay two copies), lines near 100.

    A non-empty list of records is written by :func:`._yaml_fast.dump_list`, which gives
    PyYAML's text for our data many times faster; PyYAML writes anything else.
    """
    if isinstance(data, list) and data and all(isinstance(d, dict) for d in data):
        from ._yaml_fast import dump_list

        try:
            return dump_list(data)
        except TypeError:
            pass
    return _pyyaml_text(data)


def _pyyaml_text(data) -> str:
    import yaml

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow=False, indentless=False):  # noqa: D102
            return super().increase_indent(flow, False)

        def ignore_aliases(self, data):  # noqa: D102
            return True

    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100)
