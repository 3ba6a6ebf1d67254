"""runner layer of the workstation (see docs/architecture.md)."""
