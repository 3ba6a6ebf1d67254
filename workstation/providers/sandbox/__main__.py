"""`python -m workstation.providers.sandbox ...`: the sandbox commands standalone."""

import sys

from workstation.providers.sandbox.cli import main

sys.exit(main())
