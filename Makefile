# MPP Kepri portal. `make run` serves the demo; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint format messages makemessages migrate seed worker beat \
        bench deploy-check browser clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s '	'

$(BIN)/.installed: requirements/base.txt requirements/dev.txt
	@bash scripts/bootstrap-venv.sh "$(PYTHON)" "$(VENV)"
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	@touch $@

messages: $(BIN)/.installed ## Compile the translations (no gettext needed)
	@$(BIN)/pybabel compile --domain django --directory locale --statistics 2>&1 | tail -n 1

makemessages: $(BIN)/.installed ## Extract translatable text into locale/id (needs gettext)
	$(MANAGE) makemessages -l id --no-location --ignore=".venv/*" --ignore="tests/*" --ignore="bench/*"

migrate: messages ## Apply database migrations
	$(MANAGE) migrate --noinput

seed: migrate ## Load the demo data (idempotent)
	$(MANAGE) seed_demo

# Static files are collected with gzip and brotli copies and served by whitenoise, as in
# production (mpp/settings/dev.py); collected again only when static/ or the packages
# changed (staticfiles/.make-run marks the last collection).
run: seed ## Set up everything, load the demo data and serve http://127.0.0.1:8000
	@if [ ! -f staticfiles/.make-run ] || [ -n "$$(find static $(BIN)/.installed -newer staticfiles/.make-run -print -quit)" ]; then \
		echo "Collecting and compressing the static files (a few seconds, once)..."; \
		DJANGO_SETTINGS_MODULE=mpp.settings.dev $(MANAGE) collectstatic --noinput --verbosity 0 && touch staticfiles/.make-run; \
	fi
	@echo "Staff demo logins also ask for an authenticator code: run '$(MANAGE) demo_totp' in another terminal."
	@echo "Serving the portal at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=mpp.settings.dev $(MANAGE) runserver --nostatic $(HOST):$(PORT)

browser: ## Install Debian's Chromium, fonts and libatomic1 for the browser tests (root only)
	@bash scripts/ensure-chromium.sh

test: messages browser ## Run the whole suite (SQLite unless DATABASE_URL is set)
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: messages ## Run the suite without the browser tests
	$(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

lint: $(BIN)/.installed ## ruff, template style and missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djade --check $$(find templates -name '*.html')
	$(MANAGE) makemigrations --check --dry-run

format: $(BIN)/.installed ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djade $$(find templates -name '*.html') || true

deploy-check: messages ## Production settings pass `check --deploy` with no warning
	DJANGO_SETTINGS_MODULE=mpp.settings.production \
	DJANGO_SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	DJANGO_ALLOWED_HOSTS=mpp.kepriprov.go.id \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	DJANGO_PRIVATE_MEDIA_ROOT=/tmp/mpp-private \
	$(MANAGE) check --deploy --fail-level WARNING

worker: $(BIN)/.installed ## Start a Celery worker (needs REDIS_URL)
	@test -n "$$REDIS_URL" || { echo "Set REDIS_URL (e.g. redis://127.0.0.1:6379/0): without it tasks run inline and no worker is needed."; exit 1; }
	$(BIN)/celery -A mpp worker --loglevel=INFO

beat: $(BIN)/.installed ## Start the Celery scheduler (needs REDIS_URL)
	@test -n "$$REDIS_URL" || { echo "Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) first."; exit 1; }
	@mkdir -p var
	$(BIN)/celery -A mpp beat --loglevel=INFO --schedule=var/celerybeat-schedule

bench: messages ## Benchmarks on PostgreSQL + gunicorn + wrk; writes bench/results.json
	$(PY) bench/run.py

clean: ## Remove the virtualenv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles test-results
