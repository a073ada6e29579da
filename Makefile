# Two commands from a fresh clone: `make report` and `make test`. Both build .venv/ first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := seeds/000_f6497625efb25940.txt

.PHONY: report test lint analyze bench lock clean-venv

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# `make report INTERVIEW=path [META=sidecar.yml] [GOLD="hand_coding.csv ..."] [PARAMS="min_g2=10.83 arc_window=7"]`
# runs the notebooks for another interview (or other parameters), the same values in every notebook
REPORT_ARGS = $(if $(INTERVIEW),--interview "$(INTERVIEW)") $(if $(META),--meta "$(META)") $(foreach g,$(GOLD),--gold "$(g)")
REPORT_ARGS += $(foreach p,$(PARAMS),--param "$(p)")

report: $(STAMP)  ## execute every notebook in order (the seed in place, or INTERVIEW=...); figures/, results/, report/
	$(BIN)/python tools/run_notebooks.py $(REPORT_ARGS)

test: $(STAMP)  ## unit tests, then every notebook under strict nbval
	$(BIN)/python -m pytest --nbval --nbval-current-env tests notebooks

lint: $(STAMP)
	$(BIN)/ruff check src tests tools benchmarks

analyze: $(STAMP)  ## the seed's tables through the command line
	$(BIN)/ombudsman-discourse analyze $(SEED)

bench: $(STAMP)  ## analyze on the seed, keywords on 100,000 words, the HTML export, compare on 100-1,000 interviews
	$(BIN)/python benchmarks/analyze_seed.py
	$(BIN)/python benchmarks/keywords_100k.py
	$(BIN)/python benchmarks/html_report.py
	$(BIN)/python benchmarks/compare_scale.py --sizes 100 300 1000

lock:  ## re-resolve pyproject.toml's dependencies for every platform into requirements.lock, then environment.yml
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/python -m pip install --quiet uv
	.lockvenv/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
	  --custom-compile-command "make lock" -o requirements.lock
	$(PYTHON) tools/lockfile.py
	rm -rf .lockvenv

clean-venv:
	rm -rf $(VENV)
