"""The Purchase pane: the worklist across all orders, and an order's lines grouped by purchase
state, booked, bound and synchronised."""
