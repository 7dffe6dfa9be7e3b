import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from promises import learned, wording_fallback
from promises.fallback import MODEL_PATH, train


class Command(BaseCommand):
    help = (
        "Build the fallbacks' word counts from labelled asks (JSON-lines files with 'text', "
        "'vague' and 'categories' on each line): the tagging guess's per category "
        "(promises/data/fallback_counts.json) and the lint's clear against vague "
        "(promises/data/clarity_counts.json); with --learned-from, the learned second "
        "reading's weights (promises/data/learned_reading.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="labelled JSON-lines files")
        parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the counts")
        parser.add_argument(
            "--learned-from",
            nargs="*",
            default=[],
            help="labelled asks no rule and no count was ever tuned on (the sealed batches): "
            "with FILES they train the learned second reading (promises/learned.py)",
        )
        parser.add_argument(
            "--learned-out",
            default=str(learned.MODEL_PATH),
            help="where to write the learned reading's weights",
        )
        parser.add_argument(
            "--clarity-out",
            default=str(wording_fallback.MODEL_PATH),
            help="where to write the lint's clear/vague counts",
        )

    def handle(self, *args, **opts):
        rows = _read(opts["files"])
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
        if opts["learned_from"]:
            unseen = _read(opts["learned_from"])
            try:
                examples, weights = learned.training_examples(rows, unseen)
                weights_by_category = learned.train(examples, weights)
            except ImportError as exc:
                raise CommandError(
                    f"training the learned reading needs scikit-learn ({exc}): pip install '.[dev]'"
                ) from exc
            _write(opts["learned_out"], weights_by_category)
            fresh = sum(1 for row in unseen if not row.get("vague"))
            self.stdout.write(
                f"{len(examples)} clear asks ({len(examples) - fresh} counted, {fresh} never "
                f"tuned on) -> {opts['learned_out']}"
            )


def _read(names: list[str]) -> list[dict]:
    rows = []
    for name in names:
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
    return rows


def _write(path: str, model: dict) -> None:
    Path(path).write_text(
        json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
