# geoconflict — every target installs what it needs into .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install test map readme-map bench eval data lint mutate clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,data]'
	touch $(STAMP)

test: install
	@sh tests/ensure_debian.sh chromium "command -v chromium || command -v chromium-browser" \
	  "the browser tests"
	@sh tests/ensure_debian.sh python3-qgis "/usr/bin/python3 -c 'import qgis.core'" \
	  "the test that opens our GeoPackage in QGIS"
	@sh tests/ensure_debian.sh gdal-bin "command -v ogrinfo" \
	  "the test that opens every export with GDAL's ogrinfo"
	$(BIN)/ruff check geoconflict tests benchmarks
	GEOCONFLICT_BROWSER=required GEOCONFLICT_QGIS=required GEOCONFLICT_GDAL=required \
	  $(BIN)/python -m pytest -q

map: install
	$(BIN)/geoconflict map incidents/ -o maps/fergana-valley.html
	$(BIN)/geoconflict map incidents/ -o maps/fergana-valley.png
	$(BIN)/geoconflict gazetteer export -o maps/places.geojson

# The README's picture: the still map at a fixed border date, so that it changes only
# when the data does (make map's own PNG has the borders of the day it runs).
README_MAP_AT ?= 2026-12-01
readme-map: install
	$(BIN)/geoconflict map incidents/ --at $(README_MAP_AT) -o maps/readme-still.png

# Every benchmark runs; the exit status says whether any missed its target.
bench: install
	@status=0; for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || status=1; \
	done; exit $$status

# Seeds, then each annotated corpus (../shared/corpus/<lang>: dev and test splits apart);
# `make eval EVAL_FLAGS=--misses` lists each dev miss. A corpus that is absent is skipped
# with a line saying so.
EVAL_CORPORA ?= en ru en-dev18 ru-dev18 en-dev19 ru-dev19 en-holdout-j ru-holdout-j
eval: install
	@status=0; $(BIN)/python benchmarks/eval_extract.py || status=1; \
	echo "== robustness (corpus articles rewritten as pages hand them over)"; \
	$(BIN)/python benchmarks/eval_robustness.py || status=1; \
	for c in $(EVAL_CORPORA); do echo "== corpus $$c"; \
	  $(BIN)/python benchmarks/eval_corpus.py --corpus ../shared/corpus/$$c $(EVAL_FLAGS) || status=1; \
	done; exit $$status

data: install
	$(BIN)/python -m geoconflict.gazetteer.build_geonames gazetteer/geonames_kg_tj_uz.json
	$(BIN)/python -m geoconflict.borders.build_outlines gazetteer/borders

mutate: install
	$(BIN)/python -m pip install --quiet -e '.[mutate]'
	rm -rf mutants
	@start=$$(date +%s); $(BIN)/mutmut run --max-children 2 > mutants.log 2>&1 || \
	  { tail -c 2000 mutants.log; exit 1; }; \
	echo "mutmut run: $$(( $$(date +%s) - start )) s wall, load average $$(cut -d' ' -f1-3 /proc/loadavg)"
	$(BIN)/python benchmarks/mutation_score.py

lint: install
	$(BIN)/ruff check geoconflict tests benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
