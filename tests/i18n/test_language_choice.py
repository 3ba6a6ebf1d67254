"""Which language the workstation starts in: --lang, then [ui] language in the INI, then the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from workstation import i18n

RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
TAIWAN = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def test_the_command_line_wins_then_the_ini_then_the_system() -> None:
    assert i18n.choose("ru", "zh_CN", GERMAN) == "ru"
    assert i18n.choose(None, "zh_CN", RUSSIAN) == "zh_CN"
    assert i18n.choose(None, None, RUSSIAN) == "ru"
    assert i18n.choose(None, "system", CHINESE) == "zh_CN"
    assert i18n.choose("system", "ru", GERMAN) == "en"  # --lang system overrides the INI
    assert i18n.choose(None, None, GERMAN) == "en"
    assert i18n.choose(None, None, TAIWAN) == "zh_CN"


def test_spellings_people_write_are_understood_and_nonsense_is_ignored() -> None:
    assert [i18n.normalise(v) for v in ("ru_RU", "RU", "zh-CN", "zh", "en_GB", "System", "")] == \
        ["ru", "ru", "zh_CN", "zh_CN", "en", "system", None]
    assert i18n.choose("klingon", "ru", GERMAN) == "ru"


def test_the_ini_key_is_ui_language(tmp_path: Path) -> None:
    ini = tmp_path / "workstation.ini"
    assert i18n.ini_language(ini) is None
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "zh_CN")
    settings.sync()
    assert "[ui]" in ini.read_text() and "language=zh_CN" in ini.read_text()
    assert i18n.ini_language(ini) == "zh_CN"


def test_every_language_has_its_compiled_catalogue_where_the_app_looks() -> None:
    for code in i18n.LANGUAGES:
        assert any((folder / f"workstation_{code}.qm").is_file() for folder in i18n.translation_dirs()), code
    assert (Path(i18n.qt_translations_dir()) / "qtbase_ru.qm").is_file()
