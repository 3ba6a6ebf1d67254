"""Frozen entry point of the sandbox marketplace (started by the window for the demo)."""

import sys

from workstation.sandbox.cli import main

sys.exit(main())
