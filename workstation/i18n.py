"""The GUI's language: which catalogue to load, loading it (with Qt's own), and the menu to change it.

The language comes from, in order: `workstation --lang LANG`, `[ui] language=LANG` in
DATA_DIR/workstation.ini, the system locale. LANG is one of `LANGUAGES` or `system`. The
catalogues are resources/translations/workstation_<LANG>.qm (made by
resources/translations/update.py); Qt's own texts (standard buttons, file dialogs) come from
qtbase_<LANG>.qm in PySide6's translations folder. English needs only its plural forms.

A change in View -> Language is written to the INI and applies at the next start: the window's
texts are set once, when it is built. Messages stored by the engine (activity steps, alerts) are
keys plus parameters (domain/messages.py), rendered in this language by ui/messages.py.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

# code -> the language's name in itself (menus show it so, whatever the current language)
LANGUAGES: dict[str, str] = {"ru": "Русский", "zh_CN": "简体中文", "en": "English"}
SYSTEM = "system"
SETTING = "ui/language"  # [ui] language=... in workstation.ini
CATALOGUE = "workstation"
_PACKAGE = Path(__file__).resolve().parent


def translation_dirs() -> list[Path]:
    """Where workstation_<LANG>.qm may be: the source tree's resources/translations (a checkout,
    an editable install), inside the package (workstation/resources/translations, which the
    package data covers), or PREFIX/share/workstation/translations (a wheel's data files)."""
    return [_PACKAGE.parent / "resources" / "translations", _PACKAGE / "resources" / "translations",
            Path(sys.prefix) / "share" / "workstation" / "translations"]


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def normalise(choice: str | None) -> str | None:
    """A language code of ours from what a person wrote (`ru`, `ru_RU`, `zh-CN`, `zh`, `EN`,
    `system`); None for an empty or unknown value."""
    if not choice:
        return None
    text = str(choice).strip().replace("-", "_")
    lowered = text.lower()
    if lowered in {SYSTEM, "auto", "default"}:
        return SYSTEM
    if lowered.startswith("zh"):
        return "zh_CN"  # Simplified Chinese is what the warehouse reads; a Traditional locale too
    base = lowered.split("_")[0]
    return base if base in LANGUAGES else None


def from_locale(locale: QLocale) -> str:
    """The catalogue for a locale: Russian, Chinese (any script) or else English."""
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def choose(command_line: str | None, ini_value: str | None, system: QLocale | None = None) -> str:
    """The language to load: the command line, else the INI, else (also for `system`) the locale."""
    for value in (command_line, ini_value):
        code = normalise(value)
        if code is None:
            if value:
                log.warning("unknown language %r ignored (known: %s, system)", value, ", ".join(LANGUAGES))
            continue
        if code != SYSTEM:
            return code
        break
    return from_locale(system if system is not None else QLocale.system())


def ini_language(ini_path: Path | str | None) -> str | None:
    if ini_path is None or not Path(ini_path).exists():
        return None
    value = QSettings(str(ini_path), QSettings.Format.IniFormat).value(SETTING, "")
    return str(value) if value else None


def install(app: QCoreApplication, language: str, folders: Sequence[Path] | None = None) -> list[QTranslator]:
    """Install Qt's own translations and ours for `language` on `app`; returns the translators
    (kept alive by `app`, their parent). A missing catalogue is logged and skipped: the GUI then
    shows English."""
    installed: list[QTranslator] = []
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_translations_dir()):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.info("no Qt translation qtbase_%s in %s", language, qt_translations_dir())
    ours = QTranslator(app)
    for folder in folders if folders is not None else translation_dirs():
        if ours.load(f"{CATALOGUE}_{language}", str(folder)):
            app.installTranslator(ours)  # installed last: searched first
            installed.append(ours)
            break
    else:
        log.warning("no translation %s_%s.qm found in %s", CATALOGUE, language,
                    ", ".join(str(f) for f in (folders or translation_dirs())))
    app.setProperty("workstation_language", language)
    return installed


def current(app: QCoreApplication | None = None) -> str:
    app = app or QCoreApplication.instance()
    value = app.property("workstation_language") if app is not None else None
    return str(value) if value else "en"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def add_language_menu(window, settings: QSettings):  # type: ignore[no-untyped-def]
    """View -> Language: the system's or one of `LANGUAGES`; the choice is written to the INI
    and applies at the next start (the status bar says so). Returns the menu."""
    from PySide6.QtGui import QAction, QActionGroup

    view = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.text() == QCoreApplication.translate("MainWindow", "&View")),
                None)
    parent = view if view is not None else window.menuBar()
    if view is not None:
        view.addSeparator()
    menu = parent.addMenu(_tr("&Language"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    chosen = normalise(str(settings.value(SETTING, "") or "")) or SYSTEM
    for code, name in ((SYSTEM, _tr("System language")), *LANGUAGES.items()):
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def picked(action: QAction) -> None:
        code = str(action.data())
        settings.setValue(SETTING, code)
        settings.sync()
        name = _tr("the system language") if code == SYSTEM else LANGUAGES[code]
        window.statusBar().showMessage(
            _tr("Language: %1. It applies at the next start of the workstation.").replace("%1", name), 15_000)

    group.triggered.connect(picked)
    return menu

