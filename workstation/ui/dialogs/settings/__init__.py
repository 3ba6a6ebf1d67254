"""The per-provider settings dialog (Plugins -> AutoPurchase -> Settings in the seeds)."""

from workstation.ui.dialogs.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
