"""The *Recurring questions* tab: the families (table, chart, CSV / Excel), the pairs that
may be the same question, merging and moving out by hand, the public-safe export."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit import frames
from coachkit.ui.common import StatusLine, cls, esc, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.interview_log.model import CHART_TOP, TABLE_TOP
from coachkit.ui.interview_log.render import chart_png, download_link, families_html, show


class RecurringPanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view, self.model = view, view.model
        self.status = StatusLine()
        self.show_all = cls(widgets.Checkbox(description="Include questions asked in only "
                                                         "one interview", indent=False,
                                             layout=widgets.Layout(width="auto")),
                            "ck-show-all")
        self.chart = cls(widgets.Image(format="png", layout=widgets.Layout(max_width="100%")),
                         "ck-families-chart")
        self.table = cls(widgets.HTML(), "ck-families-list")
        self.table_export = ExportBar()
        pick = widgets.Layout(width="48%")
        self.merge_from = cls(widgets.Dropdown(description="Merge", layout=pick),
                              "ck-merge-from")
        self.merge_into = cls(widgets.Dropdown(description="into", layout=pick),
                              "ck-merge-into")
        self.merge = cls(widgets.Button(description="Merge these two", icon="compress",
                                        layout=widgets.Layout(width="auto")), "ck-merge")
        self.move_family = cls(widgets.Dropdown(description="From", layout=pick),
                               "ck-move-family")
        self.move_question = cls(widgets.Dropdown(description="move", layout=pick),
                                 "ck-move-question")
        self.move = cls(widgets.Button(description="Move it out", icon="share"), "ck-move")
        self.choices = cls(widgets.VBox([]), "ck-choices")
        self.suggestions = cls(widgets.VBox([]), "ck-suggestions")
        again = cls(widgets.Button(description="Show the model's pairs", icon="refresh",
                                   layout=widgets.Layout(width="auto")), "ck-suggest-again")
        again.on_click(self.report(self.suggestions, lambda _b=None: self.refresh(
            regroup=False)))
        self.improving = cls(widgets.VBox([widgets.HTML(
            "<span class='ck-muted'>The sentence model is still reading your questions, so "
            "these pairs are matched on their words only. When it has finished (a few "
            "seconds for each hundred questions, once), this button shows the pairs it "
            "finds.</span>"), again], layout=widgets.Layout(align_items="flex-start")),
            "ck-suggest-improving")
        # the likely pairs are shown; the less likely ones (3 to 4 in 10) on request
        self.more_pairs = cls(widgets.ToggleButton(
            value=False, description="Show less likely pairs too", icon="search-plus",
            tooltip="Pairs the sentence model puts at 3 to 4 in 10, such as two questions "
                    "reworded with no word in common", layout=widgets.Layout(width="auto")),
            "ck-suggest-more")
        self.more_pairs.observe(self.report(self.suggestions, self._more_or_fewer), "value")
        self._rows: dict[object, widgets.Widget] = {}
        self.export = cls(widgets.Button(description="Write the public-safe list",
                                         icon="download", layout=widgets.Layout(width="auto")),
                          "ck-export")
        self.export_out = cls(widgets.HTML(), "ck-export-out")
        self.show_all.observe(self.report(self.show_all, lambda _c: self.refresh(
            regroup=False)), "value")
        # set again by every refresh, so it leaves the status line where it is
        self.move_family.observe(reports_to(self.status)(self._fill_members), "value")
        self.merge.on_click(self.report(self.move, self._merge))
        self.move.on_click(self.report(self.move, self._move))
        self.export.on_click(self.report(self.export, self._export))
        self._parts = [
            widgets.HTML("<h2>Questions that keep coming back</h2><span class='ck-muted'>"
                         "Questions are grouped by what they ask, not by their exact words."
                         "</span>"),
            self.show_all, self.chart, self.table, self.table_export,
            widgets.HTML("<h3>Could these be the same question?</h3><span class='ck-muted'>"
                         "The grouping would rather keep two questions apart than lump "
                         "different ones together, so it misses some rewordings. These pairs "
                         "look alike: you decide.</span>"),
            self.suggestions, widgets.HBox([self.more_pairs]),
            widgets.HTML("<h3>Not grouped the way you see it?</h3><span class='ck-muted'>"
                         "Your choices are kept, even when the grouping is worked out again."
                         "</span>"),
            cls(widgets.HBox([self.merge_from, self.merge_into]), "ck-merge-pick"), self.merge,
            cls(widgets.HBox([self.move_family, self.move_question]), "ck-move-pick"),
            self.move, self.choices,
            widgets.HTML("<h3>Share the list, not your story</h3><span class='ck-muted'>"
                         "Writes only the questions asked by at least three different "
                         "organisations, in general wording: no organisation, person, date "
                         "or answer.</span>"),
            self.export, self.export_out,
        ]
        super().__init__()
        self._status_after(self.move)
        self.add_class("ck-families")

    def report(self, anchor: widgets.Widget, handler):
        """reports_to(status), the status line placed first right under ``anchor``."""
        run = reports_to(self.status)(handler)

        def placed(*args):
            self._status_after(anchor)
            return run(*args)
        return placed

    def _status_after(self, anchor: widgets.Widget) -> None:
        at = next(i for i, w in enumerate(self._parts) if w is anchor) + 1
        wanted = (*self._parts[:at], self.status, *self._parts[at:])
        if tuple(self.children) != wanted:
            self.children = wanted

    @property
    def dirty(self) -> bool:
        return self.model.families_stale

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.model.families_stale = value

    @property
    def families(self):
        return self.model.families

    def refresh(self, regroup: bool = True) -> None:
        self.model.regroup(force=regroup)
        shown = self.model.shown(self.show_all.value)
        top = shown[:TABLE_TOP]
        asks = self.model.really_asking(top[:CHART_TOP])
        self.table.value = families_html(top, asks, len(shown))
        self.table_export.refresh(frames.families_table(shown, asks))
        charted = shown[:CHART_TOP]
        show(self.chart, bool(charted))
        if charted:
            self.chart.value = chart_png(charted)
        picks = self.model.picks()
        self.merge_from.options = picks
        self.merge_into.options = picks
        if picks:
            self.merge_from.value = picks[0][1]
            self.merge_into.value = picks[min(1, len(picks) - 1)][1]
        movable = self.model.movable(picks)
        self.move_family.options = movable
        if movable:
            self.move_family.value = movable[0][1]
        self._fill_members()
        self.choices.children = [self._choice_row(c) for c in self.model.choices()]
        # the same pair keeps its row (after a paste the suggestions rarely change)
        rows = {}
        for p in self.model.suggestions(less_likely=self.more_pairs.value):
            key = (p.key_a, p.key_b, p.wording_a, p.wording_b)  # not the score
            rows[key] = self._rows.get(key) or self._suggestion_row(p)
        self._rows = rows
        self.suggestions.children = (
            list(rows.values()) if rows else
            [widgets.HTML("<span class='ck-muted'>"
                          + ("No pairs left to check, likely or less likely."
                             if self.more_pairs.value else
                             "No likely pairs left to check. The button below looks further, "
                             "among pairs less likely to be the same.")
                          + "</span>")])
        if self.model.suggestions_improving():
            self.suggestions.children = (self.improving, *self.suggestions.children)

    def _more_or_fewer(self, _change=None) -> None:
        self.more_pairs.description = ("Show likely pairs only" if self.more_pairs.value
                                       else "Show less likely pairs too")
        self.refresh(regroup=False)

    def _fill_members(self, _change=None) -> None:
        self.move_question.options = self.model.members(self.move_family.value)
        if self.move_question.options:
            self.move_question.value = self.move_question.options[0][1]

    def _choice_row(self, choice) -> widgets.HBox:
        undo = cls(widgets.Button(description="Undo", icon="undo",
                                  layout=widgets.Layout(width="auto")), "ck-choice-undo")

        def run(_button=None) -> None:
            message = self.model.undo_choice(choice.id)
            self.refresh()
            self.status.ok(message)

        undo.on_click(self.report(self.choices, run))
        return cls(widgets.HBox([widgets.HTML(esc(choice.description)), undo]), "ck-choice")

    def _suggestion_row(self, pair) -> widgets.VBox:
        same = cls(widgets.Button(description="Same question: merge", icon="compress",
                                  button_style="success",
                                  layout=widgets.Layout(width="auto")), "ck-suggest-merge")
        apart = cls(widgets.Button(description="Different questions", icon="times",
                                   layout=widgets.Layout(width="auto")), "ck-suggest-apart")

        def act(decide):
            def run(_button=None) -> None:
                message = decide(pair)
                self.refresh()
                self.status.ok(message)
            return run

        same.on_click(self.report(self.suggestions, act(self.model.accept)))
        apart.on_click(self.report(self.suggestions, act(self.model.keep_apart)))

        def side(wording: str) -> str:
            asks = self.model.really_asking_one(wording)
            hint = (f"<div class='ck-muted ck-pair-asks'>Really asking: {esc(asks)}</div>"
                    if asks else "")
            return f"<div class='ck-pair-side'>\u201c{esc(wording)}\u201d{hint}</div>"

        words = widgets.HTML(f"<div class='ck-pair'>{side(pair.wording_a)}"
                             f"<div class='ck-pair-and ck-muted'>and</div>"
                             f"{side(pair.wording_b)}</div>"
                             f"<div class='ck-muted ck-pair-chance'>coachkit's estimate: "
                             f"{round(pair.score * 10)} in 10 pairs this alike are the same "
                             f"question, as measured on other people's wording; read "
                             f"both.</div>")
        return cls(widgets.VBox([words, cls(widgets.HBox([same, apart]), "ck-suggest-actions")]),
                   "ck-suggestion")

    def _merge(self, _button=None) -> None:
        message = self.model.merge(self.merge_from.value, self.merge_into.value)
        self.refresh()
        self.status.ok(message)

    def _move(self, _button=None) -> None:
        message = self.model.move_out(self.move_question.value)
        self.refresh()
        self.status.ok(message)

    def _export(self, _button=None) -> None:
        path, text, message = self.model.export_public_safe()
        self.export_out.value = download_link(path, text)
        self.status.ok(message)
