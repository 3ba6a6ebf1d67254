"""The Sessions pane: logged-in provider accounts, their state, login and forget."""

from workstation.ui.panes.sessions.pane import SessionsPane

__all__ = ["SessionsPane"]
