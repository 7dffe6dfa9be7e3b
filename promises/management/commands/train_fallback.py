import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from promises import wording_fallback
from promises.fallback import MODEL_PATH, train


class Command(BaseCommand):
    help = (
        "Build the fallbacks' word counts from labelled asks (JSON-lines files with 'text', "
        "'vague' and 'categories' on each line): the tagging guess's per category "
        "(promises/data/fallback_counts.json) and the lint's clear against vague "
        "(promises/data/clarity_counts.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="labelled JSON-lines files")
        parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the counts")
        parser.add_argument(
            "--clarity-out",
            default=str(wording_fallback.MODEL_PATH),
            help="where to write the lint's clear/vague counts",
        )

    def handle(self, *args, **opts):
        rows = []
        for name in opts["files"]:
            try:
                lines = Path(name).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise CommandError(f"cannot read {name}: {exc.strerror}") from exc
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row.get("text"), str):
                        raise TypeError("'text' must be a string")
                except (ValueError, TypeError, AttributeError) as exc:
                    raise CommandError(f"{name} line {number}: not a labelled ask ({exc})") from exc
                rows.append(row)
        model = train(rows)
        _write(opts["out"], model)
        self.stdout.write(
            f"{model['asks']} clear asks, {len(model['features'])} features -> {opts['out']}"
        )
        clarity = wording_fallback.train(rows)
        _write(opts["clarity_out"], clarity)
        self.stdout.write(
            f"{clarity['clear']} clear and {clarity['vague']} vague asks, "
            f"{len(clarity['features'])} features -> {opts['clarity_out']}"
        )


def _write(path: str, model: dict) -> None:
    Path(path).write_text(
        json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
