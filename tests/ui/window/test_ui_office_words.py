"""A text field's own context menu says what Modifica says: Annulla, Ripeti (not "Rifai")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from exchange_desktop import language


@pytest.fixture
def italian(qapp) -> Iterator[None]:
    language.install_translators("it")
    yield
    language.remove_translators()


@pytest.mark.parametrize("field_class", [QLineEdit, QPlainTextEdit])
def test_field_menus_use_the_words_of_the_modifica_menu(qtbot, italian, field_class) -> None:
    field = field_class()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Annulla" in texts and "&Ripeti" in texts
    assert "&Rifai" not in texts
    assert "&Taglia" in texts and "&Copia" in texts and "&Incolla" in texts  # Qt's own Italian
