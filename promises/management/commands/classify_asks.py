import json
import sys

from django.core.management.base import BaseCommand, CommandError

from promises.classify import classify
from promises.rules import current_tagger


class Command(BaseCommand):
    help = "Lint and tag asks from a JSON-lines file (or - for stdin); prints one JSON per line."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON-lines file with a 'text' field per line, or -")

    def handle(self, *args, **opts):
        tagger = current_tagger()
        stream = sys.stdin if opts["file"] == "-" else self._open(opts["file"])
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
                if not isinstance(text, str):
                    raise TypeError("'text' must be a string")
            except (ValueError, KeyError, TypeError) as exc:
                raise CommandError(
                    f"line {number}: expected a JSON object with a 'text' string ({exc})"
                ) from exc
            self.stdout.write(json.dumps(classify(text, tagger), ensure_ascii=False))

    def _open(self, path):
        try:
            return open(path, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
