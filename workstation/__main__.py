"""`python -m workstation` starts the GUI, like the `workstation` command."""

from workstation.app import main

raise SystemExit(main())
