"""genwerkt-desktop: an offline, encrypted case notebook for generalist coaches."""

__version__ = "0.1.0"
APP_NAME = "genwerkt"
