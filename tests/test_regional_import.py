"""Real regional exports: ACLED's "Caucasus and Central Asia" cut with Kazakh and Armenian rows,
saved as UTF-8, UTF-8 with BOM, or by Excel in cp1251 with semicolons; UCDP GED likewise.
Rows outside the region are skipped and counted; malformed rows stay errors at their line;
ACLED CSV -> import -> export --format csv -> import gives the same incidents."""

from __future__ import annotations

import csv
import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "regional" / "acled_central_asia.csv"
SKIPPED = "skipped 3 rows outside the Fergana region: Kazakhstan 2, Armenia 1"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def excel_cp1251(src: Path, dst: Path) -> Path:
    """The file as Excel saves it on a Russian-language Windows: cp1251, ';', CRLF."""
    rows = list(csv.reader(io.StringIO(src.read_text(encoding="utf-8"))))
    with open(dst, "w", encoding="cp1251", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(rows)
    return dst


def test_rows_outside_the_region_are_skipped_and_counted_in_one_line(tmp_path):
    out = tmp_path / "a.yaml"
    r = invoke("import", "acled", str(FIXTURE), "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stderr.splitlines()[0] == f"{FIXTURE}: {SKIPPED}"
    ids = [i["id"] for i in yaml.safe_load(out.read_text())]
    assert ids == ["KGZ7001", "TJK2201", "UZB1101"]


def test_strict_makes_every_outside_row_an_error_at_its_line(tmp_path):
    out = tmp_path / "a.yaml"
    r = invoke("import", "acled", "--strict", str(FIXTURE), "-o", str(out))
    assert r.exit_code == 1 and not out.exists()
    lines = [ln for ln in r.stderr.splitlines() if "outside the region" in ln]
    assert [ln.split(":")[1] for ln in lines] == ["3", "5", "6"]


def test_malformed_rows_stay_errors_at_their_physical_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").replace("5 May 2021", "35 May 2021"),
                   encoding="utf-8")
    r = invoke("import", "acled", str(bad))
    assert r.exit_code == 1
    assert f"{bad}:7: event_date: '35 May 2021' is not a date" in r.stderr
    assert "outside the region" not in r.stderr


def test_an_unknown_place_after_skipped_rows_is_named_at_its_own_line(tmp_path):
    # the last row (line 7) names a place the gazetteer lacks and gives no coordinates;
    # three rows before it are skipped as outside the region
    rows = list(csv.DictReader(io.StringIO(FIXTURE.read_text(encoding="utf-8"))))
    rows[-1].update(location="Nowhereville", latitude="", longitude="")
    bad = tmp_path / "lost.csv"
    with open(bad, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    for command in (["import", "acled", str(bad)], ["export", str(bad)]):
        r = invoke(*command)
        assert r.exit_code == 1
        assert f"{bad}:7: location: 'Nowhereville' is not a gazetteer name" in r.stderr


@pytest.mark.parametrize("variant", ["bom", "cp1251"])
def test_bom_and_excel_cp1251_files_give_the_same_incidents(variant, tmp_path):
    want = invoke("import", "acled", str(FIXTURE)).stdout
    if variant == "bom":
        path = tmp_path / "bom.csv"
        path.write_bytes(b"\xef\xbb\xbf" + FIXTURE.read_bytes())
        r = invoke("import", "acled", str(path))
    else:
        path = excel_cp1251(FIXTURE, tmp_path / "excel.csv")
        r = invoke("import", "acled", "--encoding", "cp1251", str(path))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == want and "Ворух" in r.stdout


def test_cp1251_without_encoding_is_one_line_naming_the_line_and_the_fix(tmp_path):
    path = excel_cp1251(FIXTURE, tmp_path / "excel.csv")
    r = invoke("import", "acled", str(path))
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [
        f"geoconflict: {path}:4: not UTF-8 (byte 0xc2) — if Excel saved it on a "
        "Russian-language Windows, add --encoding cp1251"]


def test_a_wrong_delimiter_says_so(tmp_path):
    path = excel_cp1251(FIXTURE, tmp_path / "excel.csv")
    r = invoke("import", "acled", "--encoding", "cp1251", "--delimiter", ",", str(path))
    assert r.exit_code == 1 and "pass --delimiter" in r.stderr


def test_a_row_longer_than_the_header_is_an_error_at_its_line_not_shifted(tmp_path):
    """An unquoted ';' in a value of a ';' file makes a row longer than the header: pandas
    would take its first fields as an index and shift every row, or drop its tail."""
    rows = [[v.replace(";", ",") for v in r]
            for r in csv.reader(io.StringIO(FIXTURE.read_text(encoding="utf-8")))]
    path = tmp_path / "hand-made.csv"
    lines = [";".join(r) for r in rows]   # written by hand, without quoting
    notes, bad = rows[0].index("notes"), 3
    lines[bad] = ";".join(rows[bad][:notes] + [rows[bad][notes] + "; more"] +
                          rows[bad][notes + 1:])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in (["import", "acled"], ["export", "-f", "csv"]):
        r = invoke(*command, str(path), "-o", str(tmp_path / "out"))
        assert r.exit_code == 1 and not (tmp_path / "out").exists()
        assert r.stderr.strip().splitlines()[-1] == (
            f"geoconflict: {path}:{bad + 1}: {len(rows[0]) + 1} fields but the header has "
            f"{len(rows[0])} — a value holding ';' needs quotes (or pass --delimiter)")


def _with_dates(tmp_path, dates: list[str], name: str = "resaved.csv") -> Path:
    """The fixture with its event_date cells replaced, as Excel re-saves them."""
    rows = list(csv.reader(io.StringIO(FIXTURE.read_text(encoding="utf-8"))))
    col = rows[0].index("event_date")
    for row, day in zip(rows[1:], dates, strict=False):
        row[col] = day
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_dates_as_excel_resaves_them_are_read(tmp_path):
    """Day first with dots (a Russian-language Windows); slashes day or month first, as the
    column's own dates tell (29/04: day first; 04/29: month first)."""
    n = len(FIXTURE.read_text(encoding="utf-8").splitlines()) - 1
    for dates in (["29.04.2021", "05.04.2021"], ["29/04/2021", "05/04/2021"],
                  ["4/29/2021", "05/04/2021"]):
        out = tmp_path / "a.yaml"
        out.unlink(missing_ok=True)
        # KGZ7001, then the Kazakh row (skipped), then TJK2201
        path = _with_dates(tmp_path, [dates[0], "2021-03-12", dates[1]] + ["2021-05-05"] * n)
        r = invoke("import", "acled", str(path), "-o", str(out))
        assert r.exit_code == 0, r.stderr
        got = {i["id"]: i["date_start"] for i in yaml.safe_load(out.read_text())}
        assert got["KGZ7001"] == "2021-04-29"
        assert got["TJK2201"] == ("2021-05-04" if dates[0] == "4/29/2021" else "2021-04-05")


def test_slashed_dates_that_never_tell_day_from_month_are_an_error(tmp_path):
    n = len(FIXTURE.read_text(encoding="utf-8").splitlines()) - 1
    path = _with_dates(tmp_path, ["05/04/2021"] * n)
    r = invoke("import", "acled", str(path), "-o", str(tmp_path / "a.yaml"))
    assert r.exit_code == 1 and not (tmp_path / "a.yaml").exists()
    assert f"{path}:2: event_date: '05/04/2021' could be day/month or month/day (no date " \
        "of the column tells) — save dates as YYYY-MM-DD" in r.stderr


def test_acled_fatalities_are_the_events_not_a_claim_of_each_outlet():
    (first, *_) = yaml.safe_load(invoke("import", "acled", str(FIXTURE)).stdout)
    assert first["fatalities"] == {"low": 13, "best": 13, "high": 13}
    assert first["reports"] == [{"outlet": "24.kg"}, {"outlet": "AKIpress"}]


def test_export_reading_a_regional_csv_skips_and_reports(tmp_path):
    r = invoke("export", str(FIXTURE), "-f", "csv", "-o", str(tmp_path / "o.csv"))
    assert r.exit_code == 0, r.stderr
    assert f"{FIXTURE}: {SKIPPED}" in r.stderr.splitlines()
    assert len(list(csv.DictReader(open(tmp_path / "o.csv", encoding="utf-8")))) == 3


def test_ucdp_regional_rows_are_skipped_too(tmp_path):
    from test_formats import UCDP_SAMPLE

    header, row = UCDP_SAMPLE.splitlines()
    kz = row.replace("401234", "401235").replace("39.9497,70.5358", "43.2567,76.9286") \
        .replace(",Kyrgyzstan,703,", ",Kazakhstan,705,")
    path = tmp_path / "ged.csv"
    path.write_text("\n".join([header, row, kz]) + "\n", encoding="utf-8")
    r = invoke("import", "ucdp", str(path))
    assert r.exit_code == 0, r.stderr
    assert "skipped 1 row outside the Fergana region: Kazakhstan 1" in r.stderr
    assert [i["id"] for i in yaml.safe_load(r.stdout)] == ["ucdp-401234"]


def test_round_trip_acled_csv_import_export_import(tmp_path):
    """ids, dates and precision, actors, stops with coordinates, fatalities, notes, sources."""
    first = tmp_path / "first.yaml"
    assert invoke("import", "acled", str(FIXTURE), "-o", str(first)).exit_code == 0
    exported = tmp_path / "exported.csv"
    assert invoke("export", str(first), "-f", "csv", "-o", str(exported)).exit_code == 0
    r = invoke("import", "acled", str(exported))
    assert r.exit_code == 0, r.stderr
    a, b = yaml.safe_load(first.read_text()), yaml.safe_load(r.stdout)
    assert a == b
    tj = next(i for i in a if i["id"] == "TJK2201")
    assert (tj["date_start"], tj["date_precision"]) == ("2021-04-30", "day")
    assert tj["locations"][0]["lat"] == 39.8532 and tj["locations"][0]["lon"] == 70.5795
    assert [x["role"] for x in tj["actors"]] == ["actor1", "actor2"]
    assert next(i for i in a if i["id"] == "UZB1101")["date_precision"] == "week"


def _import_big(tmp_path: Path, tty: bool) -> bytes:
    """stderr of `import acled` of 2,500 rows, on a pseudo-terminal or a pipe."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    body = [ln.replace("KGZ7001", f"KGZ{n}") for n in range(2500) for ln in lines[1:2]]
    path = tmp_path / "big.csv"
    path.write_text("\n".join([lines[0], *body]) + "\n", encoding="utf-8")
    cmd = [str(Path(sys.executable).parent / "geoconflict"), "import", "acled", str(path), "-o",
           str(tmp_path / "big.yaml")]
    if not tty:
        return subprocess.run(cmd, capture_output=True, check=True).stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait() == 0
    os.close(master)
    return b"".join(chunks)


def test_progress_bar_on_a_terminal_and_silence_in_a_pipe(tmp_path):
    assert b"importing 2500 rows" in _import_big(tmp_path, tty=True)
    assert _import_big(tmp_path, tty=False).decode().strip() == \
        f"2500 incidents -> {tmp_path / 'big.yaml'}"


def test_the_rows_left_out_do_not_travel_into_geoparquet(tmp_path):
    import pyarrow.parquet as pq

    from geoconflict.formats import csv_acled

    frame, problems = csv_acled.read_frame(FIXTURE.read_bytes(), str(FIXTURE))
    assert not problems and frame.attrs["skipped_outside"]
    frame.to_parquet(tmp_path / "mine.parquet")          # a user's own write still works
    out = tmp_path / "r.parquet"
    assert invoke("export", str(FIXTURE), "-o", str(out)).exit_code == 0
    meta = pq.read_schema(out).metadata or {}
    assert b"PANDAS_ATTRS" not in meta and b"skipped" not in b"".join(meta.values())
