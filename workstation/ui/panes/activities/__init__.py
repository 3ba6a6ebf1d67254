"""The Activities pane: running, waiting and finished activities."""
