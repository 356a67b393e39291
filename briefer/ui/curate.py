"""The editor's workspace ("Curate"): the review queue of imported drafts, the sources with
the noise the importer removed, conflicting figures and stale figures.

It is a second tab of the main window, so the officer's brief tab stays as it was; nothing
is loaded until the tab is first shown. Store work runs through the window's
:class:`~briefer.ui.ops.Runner`; ``factsChanged`` tells the window to refresh what the
officer sees (pairs, fact browser, the open brief's notices).

This module owns the workspace (loading, the decisions it runs through the services); the
views are :mod:`~briefer.ui.review_queue` (with :mod:`~briefer.ui.review_pane`) and
:mod:`~briefer.ui.curate_views`, on the shared table of :mod:`~briefer.ui.curate_table`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Fact
from briefer.domain.review import CONFLICT, Decision, DraftMatch, ReviewItem
from briefer.ui.curate_views import ConflictsView, SourcesView, StaleView
from briefer.ui.fact_editor import FactEditor
from briefer.ui.review_queue import ReviewQueue

if TYPE_CHECKING:
    from briefer.ui.ops import Runner


class CurateWorkspace(QWidget):
    """The editors' tab: Review queue · Sources · Conflicts · Stale figures."""

    factsChanged = Signal()  # facts were accepted, edited, ranked or retired
    loaded = Signal()  # every view has its data
    # approved facts with no English statement; those worded only in English
    translationsMissing = Signal(int, int)

    def __init__(self, services, runner: Runner, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("curateWorkspace")
        self.services = services
        self.runner = runner
        self.ui_lang = ui_lang
        self.is_loaded = False
        self.last_import: list = []
        self._loads = 0  # reloads running
        self._generation = 0  # reloads started
        self._shown: dict[str, int] = {}  # view → the reload whose answer it shows
        self._pending_conflict: tuple[Fact, list[Fact]] | None = None
        self.editor: FactEditor | None = None
        self.decisions: list[Decision] = []  # the editor's last decisions, newest last
        self._outdated: set[str] = set()  # views to reload when next shown
        self.deciding = False  # a decision is being written or the queue reloaded after it
        self.progress: dict = {}
        self._titles: dict[QWidget, str] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("curateTabs")
        self.tabs.setDocumentMode(True)
        self.review = ReviewQueue(self)
        self.sources_view = SourcesView(self)
        self.conflicts_view = ConflictsView(self)
        self.stale_view = StaleView(self)
        for widget, title in (
            (self.review, self.tr("Review queue")),
            (self.sources_view, self.tr("Sources")),
            (self.conflicts_view, self.tr("Conflicts")),
            (self.stale_view, self.tr("Stale figures")),
        ):
            self._titles[widget] = title
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)

    # ---- loading -----------------------------------------------------------------------

    def set_count(self, widget: QWidget, count: int) -> None:
        title = self._titles[widget]
        self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} ({count})" if count else title)

    VIEWS = ("review", "sources", "conflicts", "stale")

    @property
    def loading(self) -> bool:
        return self._loads > 0

    def refresh(self, views: tuple[str, ...] = VIEWS) -> None:
        """Reload ``views`` from the store (in the background); the others are reloaded
        when next shown. A review decision reloads only the queue: on a big store the
        conflict and staleness scans take seconds, the queue milliseconds."""
        services = self.services
        wanted = set(views)
        self._outdated.update(set(self.VIEWS) - wanted)
        self._loads += 1
        # A reload that read the store earlier may finish later (e.g. one started before an
        # import committed): a view shows only answers newer than the one it shows.
        self._generation += 1
        generation = self._generation

        def work() -> dict[str, object]:
            loaders = {
                "review": lambda: (services.desk_queue(), services.desk_progress()),
                "sources": services.sources,
                "conflicts": services.conflicts,
                "stale": services.stale_facts,
            }
            return {name: loaders[name]() for name in self.VIEWS if name in wanted}

        def done(result: dict) -> None:
            result = {k: v for k, v in result.items() if self._shown.get(k, 0) < generation}
            self._shown.update(dict.fromkeys(result, generation))
            if "review" in result:
                queue, progress = result["review"]
                self.progress = progress
                self.translationsMissing.emit(
                    int(progress["missing_english"]), int(progress["missing_vietnamese"])
                )
                self.review.set_items(queue)
                self.set_count(self.review, len(queue))
            if "sources" in result:
                self.sources_view.set_sources(result["sources"])
                self.set_count(self.sources_view, len(result["sources"]))
            if "conflicts" in result:
                self.conflicts_view.set_groups(result["conflicts"])
                pending, self._pending_conflict = self._pending_conflict, None
                if pending is not None:
                    self.conflicts_view.show_draft_conflict(*pending)
            if "stale" in result:
                self.stale_view.set_facts(result["stale"])
                self.set_count(self.stale_view, len(result["stale"]))
            self._outdated -= set(result)
            self._loads -= 1
            self.deciding = False
            self.is_loaded = True
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self._loads -= 1
            self.deciding = False
            self._failed(exc)

        self.runner.run(work, done, failed, writes=False)

    def _tab_shown(self, index: int) -> None:
        """A view left behind by review decisions is reloaded when it is shown."""
        name = {
            self.review: "review",
            self.sources_view: "sources",
            self.conflicts_view: "conflicts",
            self.stale_view: "stale",
        }.get(self.tabs.widget(index))
        if name in self._outdated and self.is_loaded:
            self.refresh((name,))

    def ensure_loaded(self) -> None:
        if not self.is_loaded and not self.loading:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from briefer.ui.bugs import handle_failure

        handle_failure(self.window(), exc)

    def _changed(self, message: str, views: tuple[str, ...] = VIEWS) -> None:
        self._message(message)
        self.refresh(views)
        self.factsChanged.emit()

    def _message(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)

    # ---- editing -----------------------------------------------------------------------

    def accept(self, uuids: list[str]) -> None:
        services = self.services
        self.runner.run(
            lambda: services.accept_facts(uuids),
            lambda done: self._changed(self.tr("Accepted %n fact(s).", "", len(done))),
        )

    def reject(self, uuids: list[str], reason: str = "") -> None:
        services = self.services
        self._decide(
            lambda: services.desk_reject(uuids, reason),
            lambda decision: self._decided(
                decision,
                self.tr("Rejected %n fact(s); they stay in the history.", "", len(uuids)),
            ),
        )

    def retire(self, uuids: list[str], reason: str = "") -> None:
        services = self.services
        self.runner.run(
            lambda: services.retire_facts(uuids, reason),
            lambda done: self._changed(self.tr("Retired %n fact(s).", "", len(done))),
        )

    def prefer(self, uuid: str) -> None:
        services = self.services
        self.runner.run(
            lambda: services.set_preferred(uuid),
            lambda _f: self._changed(self.tr("Briefs now show the preferred figure.")),
        )

    def deprecate(self, uuid: str, reason: str = "") -> None:
        services = self.services
        self.runner.run(
            lambda: services.deprecate(uuid, reason),
            lambda _f: self._changed(self.tr("The figure is deprecated and left out of briefs.")),
        )

    def edit(self, fact: Fact) -> FactEditor:
        """Open the fact editor on ``fact`` (window-modal, not blocking)."""
        editor = FactEditor(self.services, self.runner, fact, self.ui_lang, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _f: self._changed(self.tr("The fact is saved.")))
        self.editor = editor
        editor.open()
        return editor

    def new_fact(self, source_id: int, start: int, end: int) -> None:
        services = self.services

        def done(fact: Fact) -> None:
            self._changed(self.tr("A draft fact was made from the selection."))
            self.edit(fact)

        self.runner.run(lambda: services.new_fact_from_selection(source_id, start, end), done)

    # ---- the review desk: decisions that can be undone ----------------------------------

    def _decided(self, decision: Decision, message: str) -> None:
        self.decisions.append(decision)
        del self.decisions[:-50]
        self._changed(message, ("review",))

    def _decide(self, work, done) -> None:
        """Run one desk decision; keys pressed before the queue has reloaded are ignored
        (a second Ctrl+Enter must not decide the same draft twice)."""
        if self.deciding:
            return
        self.deciding = True

        def failed(exc: BaseException) -> None:
            self.deciding = False
            self._failed(exc)

        self.runner.run(work, done, failed)

    def accept_reviewed(self, facts: list[Fact]) -> None:
        """Approve drafts with the editor's edits; disagreeing figures open the conflicts."""
        services = self.services
        disagreeing = [
            item
            for fact in facts
            if (item := self.review.model.item_of(fact.uuid)) is not None and item.conflicts
        ]

        def done(decision: Decision) -> None:
            self._decided(decision, self.tr("Accepted %n fact(s).", "", len(facts)))
            if disagreeing:
                self.tabs.setCurrentWidget(self.conflicts_view)

        self._decide(lambda: services.desk_accept(facts), done)

    def second_source(self, draft: Fact, match: DraftMatch, next_uuid: str | None) -> None:
        services = self.services
        self.review.expect(next_uuid)
        self._decide(
            lambda: services.add_as_second_source(draft.uuid, match.fact.uuid),
            lambda d: self._decided(
                d, self.tr("The approved fact now cites this source too; the draft is closed.")
            ),
        )

    def supersede(self, draft: Fact, match: DraftMatch, next_uuid: str | None) -> None:
        services = self.services
        self.review.expect(next_uuid)
        self._decide(
            lambda: services.supersede(draft.uuid, match.fact.uuid, draft),
            lambda d: self._decided(
                d, self.tr("The draft is approved and the older fact retired.")
            ),
        )

    def different(self, draft: Fact, match: DraftMatch) -> None:
        services = self.services
        self.review.expect(draft.uuid)
        self._decide(
            lambda: services.mark_different(draft.uuid, match.fact.uuid),
            lambda d: self._decided(d, self.tr("Marked as a different fact.")),
        )

    def undo(self) -> None:
        if not self.decisions:
            self._message(self.tr("There is no decision to undo."))
            return
        if self.deciding:
            return
        decision = self.decisions.pop()
        services = self.services
        self.review.expect(decision.draft_uuids[0] if decision.draft_uuids else None)
        self._decide(
            lambda: services.undo_decision(decision),
            lambda _f: self._changed(self.tr("The last decision is undone."), ("review",)),
        )

    def show_conflict(self, item: ReviewItem) -> None:
        """The conflict view with the draft beside the approved figures it disagrees with."""
        group = (item.fact, [m.fact for m in item.matches if m.relation == CONFLICT])
        if "conflicts" not in self._outdated:
            self.conflicts_view.show_draft_conflict(*group)
            self.tabs.setCurrentWidget(self.conflicts_view)
            return
        self._pending_conflict = group  # shown once the view has reloaded
        if self.tabs.currentWidget() is self.conflicts_view:
            self.refresh(("conflicts",))
        else:
            self.tabs.setCurrentWidget(self.conflicts_view)  # reloads it

    def open_source(self, source_id: int, start: int, end: int) -> None:
        """The whole source in the Sources tab, the quote selected."""
        self.tabs.setCurrentWidget(self.sources_view)
        if self.sources_view.show_source(source_id):
            self.sources_view.select_text(start, end)
            self.sources_view.body.setFocus()
            self.sources_view.body.ensureCursorVisible()

    def show_progress(self, pair: str | None) -> None:
        """Per pair: approved facts per brief section, and the empty sections."""
        from briefer.domain.topics import topic_heading

        pairs: dict[str, dict[str, int]] = self.progress.get("pairs", {})
        shown = [pair] if pair else sorted(pairs)
        lang = "vi" if self.ui_lang == "vi" else "en"
        lines = []
        for code in shown:
            sections = pairs.get(code, {})
            filled = [f"{topic_heading(t, lang)} {n}" for t, n in sections.items() if n]
            empty = [topic_heading(t, lang) for t, n in sections.items() if not n]
            if pair:
                line = f"{code}: " + " · ".join(filled)
            else:
                line = self.tr("{0}: {1} of {2} sections have approved facts").format(
                    code, len(filled), len(sections)
                )
            if empty:
                line += " — " + self.tr("empty: {0}").format(", ".join(empty))
            lines.append(line)
        self.review.progress.setText(("\n" if pair else " · ").join(lines))
        self.review.progress.setToolTip("\n".join(lines))

    # ---- importing articles ----------------------------------------------------------------

    def choose_articles(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.html *.htm *.docx *.pdf *.md);;All files (*)"),
        )
        if paths:
            self.import_articles(paths)

    def import_articles(self, paths: list[str]) -> None:
        """Import files off the UI thread; a file that fails gets its own sentence."""
        services = self.services
        window = self.window()

        def progress(what: str, fraction: float) -> None:
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    self.tr("Importing {0}… {1}%").format(what, int(fraction * 100))
                )

        def done(reports) -> None:
            from briefer.ui.bugs import show_error

            added = sum(len(r.candidates) for r in reports if r.status == "imported")
            errors = [r.message or r.error for r in reports if r.status == "error"]
            duplicates = [r.message for r in reports if r.status == "duplicate"]
            self.tabs.setCurrentWidget(self.review)
            self._changed(
                self.tr("Imported %n file(s); ", "", len(reports) - len(errors))
                + self.tr("%n draft fact(s) to review.", "", added)
            )
            if errors or duplicates:
                show_error(self.window(), "\n".join(errors + duplicates))
            self.last_import = reports

        self.runner.run(
            lambda report: services.import_files(paths, report),
            done,
            None,
            progress,
            name=self.tr("An import"),
        )
