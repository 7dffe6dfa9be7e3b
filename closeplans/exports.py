"""Close plan exports: Markdown, CSV and PDF (PDF from the same HTML template)."""

import csv
import io

from django.template.loader import render_to_string

from closeplans.models import CloseplanVersion

CSV_FIELDS = ["position", "ask", "outcome", "wording", "conditions", "owner", "due_date", "limit"]


def _md_cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def to_markdown(version: CloseplanVersion) -> str:
    deal = version.deal
    out = [
        f"# Close plan v{version.number}: {deal.name}",
        "",
        f"Customer: {deal.customer}  ",
        f"Cut by {version.cut_by.get_username()} at {version.cut_at:%Y-%m-%d %H:%M} UTC: "
        f"{version.reason}",
        "",
        "| # | Approved wording | Conditions | Owner | Date | Limit |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for line in version.lines.all():
        out.append(
            f"| {line.position} | {_md_cell(line.wording)} | {_md_cell(line.conditions)} | "
            f"{line.owner.get_username()} | {line.due_date.isoformat()} | "
            f"{_md_cell(line.limit)} |"
        )
    return "\n".join(out) + "\n"


def to_csv(version: CloseplanVersion) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for line in version.lines.all():
        writer.writerow(
            [
                line.position,
                line.ask_id,
                line.outcome,
                _no_formula(line.wording),
                _no_formula(line.conditions),
                line.owner.get_username(),
                line.due_date.isoformat(),
                _no_formula(line.limit),
            ]
        )
    return buffer.getvalue()


def _no_formula(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def to_html(version: CloseplanVersion) -> str:
    return render_to_string("closeplans/export.html", {"version": version, "deal": version.deal})


def to_pdf(version: CloseplanVersion) -> bytes:
    from weasyprint import HTML  # heavy import, only when a PDF is asked for

    return HTML(string=to_html(version)).write_pdf()


EXPORTERS = {
    "md": ("text/markdown; charset=utf-8", to_markdown),
    "csv": ("text/csv; charset=utf-8", to_csv),
    "pdf": ("application/pdf", to_pdf),
}
