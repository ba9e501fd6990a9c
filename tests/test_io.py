"""Atomic writes: real files are replaced whole; links and devices are not destroyed."""

import os

from geoconflict._io import write_text_atomic


def test_replaces_a_file_whole_and_leaves_no_temp(tmp_path):
    out = tmp_path / "a.txt"
    out.write_text("old", encoding="utf-8")
    write_text_atomic(out, "new")
    assert out.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_symlink_stays_a_link_to_the_new_content(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_device_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text_atomic(fifo, "through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert not fifo.is_file() and fifo.exists()            # still a pipe


def test_chunks_written_in_order_and_a_failing_maker_replaces_nothing(tmp_path):
    import pytest

    from geoconflict._io import write_chunks_atomic

    target = tmp_path / "out.yaml"
    write_chunks_atomic(target, (b"a: 1\n", b"b: 2\n"))
    assert target.read_bytes() == b"a: 1\nb: 2\n"

    def broken():
        yield b"c: 3\n"
        raise ValueError("row 7 cannot be written")

    with pytest.raises(ValueError):
        write_chunks_atomic(target, broken())
    assert target.read_bytes() == b"a: 1\nb: 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]
