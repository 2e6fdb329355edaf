# Install Frontline like any other tool (README, "Install"). Tools/install/install.sh does the work.
#   make                        the release build: Swift runtime and FoundationEssentials linked statically
#   make install [PREFIX=DIR]   bin/frontline, share/frontline (data), man page and completions into PREFIX
#                               (default ~/.local); FORCE=1 overwrites files another install put there
#   make uninstall [PREFIX=DIR] removes exactly what make install put into PREFIX
#   make dist                   .build/dist/frontline-VERSION-linux-ARCH.tar.gz: bin/, share/, LICENSES/, INSTALL
PREFIX ?= $(HOME)/.local
SCRIPT := Tools/install/install.sh

.PHONY: all build install uninstall dist
all: build

build:
	@$(SCRIPT) build

install: build
	@FORCE=$(FORCE) $(SCRIPT) install "$(PREFIX)"

uninstall:
	@$(SCRIPT) uninstall "$(PREFIX)"

dist: build
	@$(SCRIPT) dist
