"""services layer of the workstation (see ARCHITECTURE.md)."""
