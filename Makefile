# Thin aliases for ./dev, for people who type make.
.PHONY: run test bench eval lint
run:
	./dev run
test:
	./dev test
bench:
	./dev bench
eval:
	./dev eval
lint:
	.venv/bin/ruff check src tests bench && .venv/bin/mypy
