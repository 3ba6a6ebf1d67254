"""ui layer of the workstation (see docs/architecture.md)."""
