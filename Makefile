# One command to set up and start the app, one to run the tests. Everything else is detail.
UV_VERSION := 0.13.8
UV := python3 -m uv

.PHONY: run test lint eval bootstrap

bootstrap:
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet --user "uv==$(UV_VERSION)" \
		|| python3 -m pip install --quiet --user --break-system-packages "uv==$(UV_VERSION)"

run: bootstrap
	$(UV) sync --frozen --extra local
	$(UV) run --frozen ats chat

test: bootstrap
	$(UV) sync --frozen --all-extras
	$(UV) run --frozen pytest

lint: bootstrap
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

eval: bootstrap
	$(UV) sync --frozen --all-extras
	$(UV) run --frozen pytest -m eval
	$(UV) run --frozen python -m evals.agent.run
