"""Spreadsheets as a user brings them: ACLED's regional file saved as Excel (a title row
above the header, real dates and numbers, a blank row), UCDP GED as xlsx, a workbook of
something else, a broken file. Written here with openpyxl, read by the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.formats._sheet import _text, is_sheet, sheet_csv

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "regional" / "acled_central_asia.csv"
NUMBERS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
           "fatalities", "timestamp"}


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def acled_workbook(path: Path, blank_after: int = 2) -> Path:
    """The regional fixture as Excel holds it: typed cells, a title row, a blank row."""
    rows = list(csv.reader(io.StringIO(FIXTURE.read_text(encoding="utf-8"))))
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "About"
    notes.append(["Downloaded from the data export tool"])
    sheet = book.create_sheet("ACLED")
    sheet.append(["ACLED: Caucasus and Central Asia"])
    sheet.append(rows[0])
    for n, row in enumerate(rows[1:], start=1):
        cells = []
        for name, v in zip(rows[0], row, strict=True):
            if name == "event_date":
                v = dt.datetime.strptime(v, "%d %B %Y")
            elif name in ("latitude", "longitude") and v:
                v = float(v)
            elif name in NUMBERS and v:
                v = int(v)
            cells.append(v)
        sheet.append(cells)
        if n == blank_after:
            sheet.append([])
    book.save(path)
    return path


def test_an_acled_workbook_imports_as_its_csv(tmp_path):
    book = acled_workbook(tmp_path / "acled.xlsx")
    from_csv, from_book = tmp_path / "csv.yaml", tmp_path / "xlsx.yaml"
    assert invoke("import", "acled", str(FIXTURE), "-o", str(from_csv)).exit_code == 0
    r = invoke("import", "acled", str(book), "-o", str(from_book))
    assert r.exit_code == 0, r.stderr
    assert "skipped 3 rows outside the Fergana region: Kazakhstan 2, Armenia 1" in r.stderr
    assert from_book.read_bytes() == from_csv.read_bytes()
    first = yaml.safe_load(from_book.read_text())[0]
    assert first["date_start"] == "2021-04-29" and first["extra"]["timestamp"].isdigit()


def test_csv_options_given_by_habit_do_not_apply_to_a_workbook(tmp_path):
    book = acled_workbook(tmp_path / "acled.xlsx")
    r = invoke("import", "acled", "--delimiter", ";", "--encoding", "cp1251", str(book))
    assert r.exit_code == 0, r.stderr
    assert [i["id"] for i in yaml.safe_load(r.stdout)] == ["KGZ7001", "TJK2201", "UZB1101"]


def test_problems_name_the_row_the_reader_sees_in_excel(tmp_path):
    # sheet rows: 1 title, 2 header, 3 KGZ, 4 KAZ, 5 blank, 6 TJK, 7 ARM, 8 KAZ, 9 UZB
    book = acled_workbook(tmp_path / "acled.xlsx")
    r = invoke("import", "acled", "--strict", str(book))
    assert r.exit_code == 1
    rows = [ln.split(":")[1] for ln in r.stderr.splitlines() if "outside the region" in ln]
    assert rows == ["4", "7", "8"]


def test_map_and_export_read_a_workbook_from_a_file_and_from_stdin(tmp_path):
    book = acled_workbook(tmp_path / "acled.xlsx")
    out = tmp_path / "o.geojson"
    assert invoke("export", str(book), "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text())["features"]) == 3
    r = CliRunner().invoke(cli, ["export", "-", "-f", "csv"], input=book.read_bytes())
    assert r.exit_code == 0, r.stderr
    assert [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(r.stdout))] == [
        "KGZ7001", "TJK2201", "UZB1101"]
    html = tmp_path / "m.html"
    r = invoke("map", str(book), "-o", str(html))
    assert r.exit_code == 0 and "3 of 3 incidents" in r.output


def test_a_date_column_formatted_as_numbers_still_gives_the_dates(tmp_path):
    # Excel shows a date as its day number when the column is formatted "General"
    book = acled_workbook(tmp_path / "acled.xlsx")
    wb = openpyxl.load_workbook(book)
    sheet = wb["ACLED"]
    col = [c.value for c in sheet[2]].index("event_date") + 1
    for row in range(3, sheet.max_row + 1):
        cell = sheet.cell(row, col)
        if isinstance(cell.value, dt.datetime):
            cell.value = (cell.value.date() - dt.date(1899, 12, 30)).days   # 44315 ...
            cell.number_format = "General"
    wb.save(book)
    r = invoke("import", "acled", str(book))
    assert r.exit_code == 0, r.stderr
    assert [i["date_start"] for i in yaml.safe_load(r.stdout)] == [
        "2021-04-29", "2021-04-30", "2021-05-05"]


def test_a_ucdp_workbook_imports(tmp_path):
    from test_formats import UCDP_SAMPLE

    header, row = (next(csv.reader([line])) for line in UCDP_SAMPLE.splitlines())
    book = openpyxl.Workbook()
    book.active.append(header)
    book.active.append([float(v) if k in ("latitude", "longitude", "best") else v
                        for k, v in zip(header, row, strict=True)])
    path, text = tmp_path / "ged.xlsx", tmp_path / "ged.csv"
    book.save(path)
    text.write_text(UCDP_SAMPLE, encoding="utf-8")
    r = invoke("import", "ucdp", str(path))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == invoke("import", "ucdp", str(text)).stdout
    (inc,) = yaml.safe_load(r.stdout)
    assert inc["reports"][0]["claims"]["fatalities"] == {"low": 31, "best": 35, "high": 55}


def test_a_workbook_of_something_else_says_what_it_lacks(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Budget"
    book.active.append(["item", "cost"])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    r = invoke("import", "acled", str(path), "-o", str(tmp_path / "o.yaml"))
    assert r.exit_code == 1 and not (tmp_path / "o.yaml").exists()
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"geoconflict: {path}: no sheet has a header row with ACLED's")
    assert "(sheets: Budget)" in line


def test_a_broken_workbook_is_one_line(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"[Content_Types].xml" + b"\x00" * 100)
    assert is_sheet(path.read_bytes()[:4000])
    r = invoke("import", "acled", str(path))
    assert r.exit_code == 1
    (line,) = r.stderr.strip().splitlines()
    assert f"{path}: not a readable spreadsheet" in line and "as CSV (UTF-8)" in line


def test_cells_are_written_as_an_export_writes_them():
    assert [_text(v) for v in (3.0, 40.128, 0.5, True, None, "", "x",
                               dt.datetime(2021, 4, 29), dt.datetime(2021, 4, 29, 13, 5),
                               dt.date(2021, 5, 1))] == [
        "3", "40.128", "0.5", "TRUE", "", "", "x", "2021-04-29", "2021-04-29 13:05:00",
        "2021-05-01"]


def test_csv_zip_and_text_are_not_sheets(tmp_path):
    assert not is_sheet(FIXTURE.read_bytes()[:4000])
    assert not is_sheet(b"PK\x03\x04 some other archive")
    book = acled_workbook(tmp_path / "a.xlsx")
    got = sheet_csv(book.read_bytes(), "a.xlsx")
    assert got.rows == (3, 4, 6, 7, 8, 9)
    assert got.decode().splitlines()[0] == FIXTURE.read_text(encoding="utf-8").splitlines()[0]
