"""Entry point of the frozen console program ``genwerkt`` (packaging/genwerkt.spec)."""

import sys

from genwerkt_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
