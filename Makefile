# The two everyday commands. Each first makes sure cmark is installed.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps

site: deps
	$(SWIFT) run lessons build

test: deps
	$(SWIFT) test

# libcmark and pkg-config from the system's package manager, when missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing libcmark-dev and pkg-config with apt-get"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; \
	  elif command -v brew >/dev/null 2>&1; then \
	    brew install cmark pkg-config; \
	  else \
	    echo "error: install cmark (libcmark) and pkg-config, then run make again" >&2; exit 1; \
	  fi; \
	fi
