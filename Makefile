# Children and Women Protection Portal: `make help` lists the targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run setup install messages migrate demo test lint check pytest pytest-browser makemessages clean bench test-deploy

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install pinned packages

messages: install ## Compile the th/ms/en translation catalogues
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv -v 0

migrate: messages ## Create or update the local SQLite database
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content, staff and cases (idempotent)
	$(MANAGE) load_demo_content

setup: demo ## Everything `run` needs, without starting the server
	$(MANAGE) ensure_admin
	$(MANAGE) load_demo_reports

run: setup ## Set up everything and serve the demo site (and its task worker) on http://127.0.0.1:8000
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/  (Thai /th/, Malay /ms/, English /en/)"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (logins and second-step codes: var/admin-password.txt, var/demo-staff.txt)"
	@echo ""
	@# The task worker (staff notifications) runs beside the server and stops with it.
	$(MANAGE) run_worker --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: messages ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: messages ## The test suite, browser tests included
	$(BIN)/pytest

test: lint check pytest ## Lint, checks and every test but the deployment's (what CI runs first)

test-deploy: messages ## The stack of deploy/ for real: nginx, PostgreSQL, Redis, S3, load and faults (.ci/run installs what it needs)
	$(BIN)/pytest -m deploy

bench: messages ## Load-test the site as production runs it (wrk, gunicorn, Redis), page cache off and on; BENCH_SECONDS=10 per row
	$(BIN)/python benchmarks/bench.py

makemessages: install ## Extract interface strings into locale/th and locale/ms
	$(MANAGE) makemessages -l th -l ms -l en --ignore=.venv --ignore=static_collected --no-obsolete

clean: ## Remove the local database, media and virtual environment
	rm -rf $(VENV) var static_collected
