"""Frozen entry point of workstation-cli (packaging/workstation.spec)."""

import sys

from workstation.cli import main

sys.exit(main())
