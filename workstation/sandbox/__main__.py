"""`python -m workstation.sandbox ...`: the sandbox commands standalone."""

import sys

from workstation.sandbox.cli import main

sys.exit(main())
