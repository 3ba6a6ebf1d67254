"""The Purchase pane: an order's lines grouped by purchase state, booked, bound and synchronised."""
