"""otapi layer of the workstation (see docs/architecture.md)."""
