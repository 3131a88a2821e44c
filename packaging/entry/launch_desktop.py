"""Entry point of the frozen desktop program ``genwerkt-desktop`` (packaging/genwerkt.spec)."""

import sys

from genwerkt_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
