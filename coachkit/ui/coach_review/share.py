"""Tab 5: what the coach may see, bundles and reviews, the session report."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services import sharing
from coachkit.ui.coach_review.render import WIDE, button, download_link
from coachkit.ui.common import esc, show_date

GZIP = "application/gzip"


def share_tab(model, app) -> list[widgets.Widget]:
    out = widgets.HTML()  # the file just written, under the button that wrote it
    out.add_class("ck-share-result")

    upload = widgets.FileUpload(accept=".gz,.json.gz", multiple=False, description="Choose file")
    upload.add_class("ck-upload")
    from coachkit.ui.report_panel import ReportPanel  # names, busy state, HTML and PDF

    run_report, report_said = app.here("report")
    parts: list[widgets.Widget] = [ReportPanel(model.wb, app.status, run=run_report,
                                               said=report_said)]
    if model.is_coach_copy:
        name = widgets.Text(description="Your name")
        run_review, review_said = app.here("export-review")

        def export_review(_b=None) -> None:
            written = model.export_review(name.value)
            out.value = download_link(written.data, written.path.name, "Download your review",
                                      GZIP)
            app.status.ok(written.message)

        parts += [widgets.HTML("<h2>Send your review back</h2>"), name,
                  button("Export my review", "ck-export-review", export_review, run_review,
                         "upload"), review_said, out]
    elif not model.is_coach:
        checks = {p: widgets.Checkbox(value=True, description=p.capitalize(), indent=False)
                  for p in sharing.PARTS}
        redact = widgets.Checkbox(description="Replace organisation and interviewer names "
                                  "with aliases (Library A, Interviewer 1)", indent=False,
                                  layout=WIDE)
        redact.add_class("ck-redact")
        run_bundle, bundle_said = app.here("bundle")
        run_import, import_said = app.here("import")

        def export_bundle(_b=None) -> None:
            written = model.export_bundle([p for p, c in checks.items() if c.value],
                                          redact.value)
            out.value = (f"<p>Bundle written to <span class='ck-path'>{esc(written.path)}"
                         "</span>.</p>" + download_link(written.data, written.path.name,
                                                        "Download the bundle", GZIP))
            app.status.ok(written.message)

        def import_review(_b=None) -> None:
            app.status.ok(model.import_review(upload.value))

        parts += [widgets.HTML("<h2>What your coach may see</h2>"
                               '<p class="ck-muted">Saved as soon as you tick or untick.</p>'),
                  *share_choices(model, app),
                  widgets.HTML("<h2>Send a bundle to your coach</h2>"),
                  widgets.HBox(list(checks.values()), layout=widgets.Layout(
                      flex_flow="row wrap")), redact,
                  button("Export bundle", "ck-export-bundle", export_bundle, run_bundle,
                         "download"), bundle_said, out,
                  widgets.HTML("<h2>Import your coach's review</h2>"), upload,
                  button("Import review", "ck-import-review", import_review, run_import,
                         "upload"), import_said]
    if not model.is_coach or model.is_coach_copy:
        bundle_upload = widgets.FileUpload(accept=".gz", multiple=False,
                                           description="Choose bundle")
        run_open, open_said = app.here("open-bundle")

        def open_bundle(_b=None) -> None:
            message = model.open_bundle(bundle_upload.value)
            app.refresh()
            app.status.ok(message)

        parts += [widgets.HTML("<h2>Coaches: open a candidate's bundle</h2>"), bundle_upload,
                  button("Open bundle", "ck-open-bundle", open_bundle, run_open, "book"),
                  open_said]
    return parts


def share_choices(model, app) -> list[widgets.Widget]:
    """One tick box per interview, then the line that says what each tick did."""
    run, said = app.here("share-choices")
    boxes: list[widgets.Widget] = []
    for iv in model.interviews():
        box = widgets.Checkbox(value=iv.shared, indent=False, layout=WIDE,
                               description=f"{iv.organisation} ({show_date(iv.interview_date)})")
        box.add_class("ck-share-interview")

        def save(change, iv=iv) -> None:
            app.status.ok(model.set_shared(iv, change["new"]))

        box.observe(run(save), names="value")
        boxes.append(box)
    return [*boxes, said]
