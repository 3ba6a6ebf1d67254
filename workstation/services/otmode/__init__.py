"""OT mode: the workstation as the purchaser's desk and scanning station of an OT Box instance
(services/platform.py has the seam; docs/otmode.md the whole story)."""
