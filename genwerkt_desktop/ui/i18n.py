"""The interface language: Dutch in the source, English from a Qt Linguist catalogue.

Every visible string is written in Dutch as ``QCoreApplication.translate("Context", "…")``.
``make translations`` refreshes ``resources/translations/genwerkt_en.ts`` with
``pyside6-lupdate`` and compiles it with ``pyside6-lrelease`` into ``genwerkt_en.qm``
(committed beside it, so every wheel carries it; a test keeps the two in step).  At
start the application installs, for the chosen language,
Qt's own catalogue (``qtbase_nl``/``qtbase_en``: the buttons of Qt's dialogs) and, for
English, ours.  The language is read once at start: a change applies after a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from genwerkt_desktop.resources import resource
from genwerkt_desktop.ui.settings import Language

CATALOGUE = "genwerkt"
TRANSLATIONS_DIR = resource("translations")

LOCALES = {
    Language.DUTCH: QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
    Language.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.Belgium),
}


def catalogue_path(language: Language, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{language.value}.qm"


def install_language(
    app: QCoreApplication, language: Language, *, folder: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """Set the default locale and install the catalogues for ``language``.

    Returns the translators that were installed (give them to :func:`remove_language`
    to undo).  A missing catalogue is skipped: the interface then shows Dutch.
    """
    QLocale.setDefault(LOCALES[language])
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{language.value}", qt_folder)]
    if language is not Language.DUTCH:  # Dutch is the source language: nothing to load
        catalogues.append((f"{CATALOGUE}_{language.value}", str(folder)))
    installed: list[QTranslator] = []
    for name, where in catalogues:
        translator = QTranslator(app)
        if translator.load(name, where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(LOCALES[Language.DUTCH])
