"""Frozen entry point of the window (packaging/workstation.spec)."""

import sys

from workstation.app import main

sys.exit(main())
