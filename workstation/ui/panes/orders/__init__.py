"""The Orders pane: orders with their lines, and "By goods" across orders."""
