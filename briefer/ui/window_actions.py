"""The main window's actions, menus and toolbar: what the officer can do, and where it is.

:class:`WindowActions` makes the actions (with their shortcuts, icons and tips) and lays out
the menus and the toolbar; it decides nothing. The window connects each action to the area
that does the work and tells :meth:`WindowActions.update` what is possible now. The other
areas' actions (the editors' imports, the hub) are handed in as groups when the menus are
built, so nobody looks actions up by name afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from briefer.ui.icons import icon

translate = QCoreApplication.translate


class WindowActions(QObject):
    """Every action of one main window (attributes named ``*_action``)."""

    languageChosen = Signal(str)  # the officer picked an interface language

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, ui_lang: str) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            translate("MainWindow", "New brief"),
            std.New,
            "new",
            translate("MainWindow", "Assemble a new brief for the chosen pair and brief type"),
        )
        self.export_action = self._action(
            translate("MainWindow", "Export…"),
            "Ctrl+E",
            "export",
            translate("MainWindow", "Write the brief as a Word file, a PDF, or both"),
        )
        self.print_action = self._action(
            translate("MainWindow", "Print preview…"),
            std.Print,
            "",
            translate("MainWindow", "See the brief's pages as they will print, and print them"),
        )
        self.delete_brief_action = self._action(translate("MainWindow", "Delete this brief…"))
        self.quit_action = self._action(translate("MainWindow", "Quit"), std.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(translate("MainWindow", "Undo"), std.Undo, "undo")
        self.redo_action = self._action(translate("MainWindow", "Redo"), std.Redo, "redo")
        self.on_trigger(self.undo_action, undo_stack.undo)
        self.on_trigger(self.redo_action, undo_stack.redo)
        self.add_text_action = self._action(
            translate("MainWindow", "Add paragraph"),
            "Ctrl+Shift+P",
            "text",
            translate("MainWindow", "Add a paragraph of your own after the selected item"),
        )
        self.add_point_action = self._action(
            translate("MainWindow", "Add talking point"),
            "Ctrl+Shift+T",
            "add",
            translate("MainWindow", "Add a talking point at the end of the talking points"),
        )
        self.delete_action = self._action(
            translate("MainWindow", "Delete item"),
            std.Delete,
            "delete",
            translate("MainWindow", "Remove the selected items from the brief"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action = self._action(translate("MainWindow", "Move up"), "Alt+Up", "up")
        self.down_action = self._action(translate("MainWindow", "Move down"), "Alt+Down", "down")
        self.add_fact_action = self._action(
            translate("MainWindow", "Add selected facts to the brief"), "Ctrl+Return", "add"
        )
        self.cite_action = self._action(
            translate("MainWindow", "Cite selected fact in this item"), "Ctrl+Shift+C", "cite"
        )
        self.find_action = self._action(translate("MainWindow", "Find facts"), std.Find, "search")
        self.about_action = self._action(translate("MainWindow", "About Briefer"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_action = self._action(translate("MainWindow", "Open the log folder"))

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("vi", "Tiếng Việt"), ("en", "English")):  # each in its own language
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(lang == ui_lang)
            action.triggered.connect(lambda _c=False, lang=lang: self.languageChosen.emit(lang))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

        stack = undo_stack
        stack.canUndoChanged.connect(lambda _b: self.update_undo_texts())
        stack.canRedoChanged.connect(lambda _b: self.update_undo_texts())
        stack.undoTextChanged.connect(lambda _t: self.update_undo_texts())
        stack.redoTextChanged.connect(lambda _t: self.update_undo_texts())

    def _action(self, text: str, shortcut=None, icon_name: str = "", tip: str = "") -> QAction:
        # Parented to and added to the window, so the shortcut works wherever the focus is.
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    @staticmethod
    def on_trigger(action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot()`` when ``action`` is triggered (the checked flag is not passed on)."""
        action.triggered.connect(lambda _checked=False: slot())

    # ---- layout -------------------------------------------------------------------------

    def build_toolbar(self, fields: Sequence[tuple[str, QWidget]]) -> QToolBar:
        """The toolbar: the labelled choices of a new brief, New brief, undo/redo, Export."""
        window = self.window
        bar = QToolBar(translate("MainWindow", "Brief"), window)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        for label, widget in fields:
            caption = QLabel(label, window)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        self.new_button = QToolButton(window)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setDefaultAction(self.new_action)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget(window)
        spacer.setFixedWidth(6)
        bar.addWidget(spacer)
        bar.addWidget(self.new_button)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.export_action)
        return bar

    def build_menus(
        self,
        recent_menu: QMenu,
        file_groups: Sequence[Sequence[QAction]],
        view_actions: Sequence[QAction],
    ) -> None:
        """File, Edit, View and Help. ``file_groups`` (the editors' imports, the hub) go after
        Print preview, each group followed by a separator."""
        bar = self.window.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addMenu(recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        for group in file_groups:
            for action in group:
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(self.delete_brief_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_text_action,
            self.add_point_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            None,
            self.add_fact_action,
            self.cite_action,
            self.find_action,
        ):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for action in view_actions:
            view_menu.addAction(action)
        language_menu = view_menu.addMenu(translate("MainWindow", "Interface language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.log_action)

    # ---- state --------------------------------------------------------------------------

    def update(
        self,
        *,
        can_create: bool,
        has_brief: bool,
        has_item: bool,
        has_selection: bool,
        has_talking_points: bool,
    ) -> None:
        """Enable what makes sense now (no brief open: only New brief, if there are pairs)."""
        self.new_action.setEnabled(can_create)
        self.export_action.setEnabled(has_brief)
        self.print_action.setEnabled(has_brief)
        self.delete_brief_action.setEnabled(has_brief)
        self.add_text_action.setEnabled(has_brief)
        self.add_point_action.setEnabled(has_brief and has_talking_points)
        self.delete_action.setEnabled(has_brief and has_selection)
        self.up_action.setEnabled(has_brief and has_item)
        self.down_action.setEnabled(has_brief and has_item)
        self.add_fact_action.setEnabled(has_brief)
        self.cite_action.setEnabled(has_brief and has_item)
        self.update_undo_texts()

    def update_undo_texts(self) -> None:
        stack = self.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo_action):
            return  # the window is being destroyed
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        undo_word, redo_word = translate("MainWindow", "Undo"), translate("MainWindow", "Redo")
        self.undo_action.setText(
            translate("MainWindow", "Undo: {0}").format(undo) if undo else undo_word
        )
        self.redo_action.setText(
            translate("MainWindow", "Redo: {0}").format(redo) if redo else redo_word
        )
        self.undo_action.setIconText(undo_word)
        self.redo_action.setIconText(redo_word)
