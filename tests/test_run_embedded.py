"""run_embedded (the README's first command): patterns compiled while the server starts."""

import pytest

from promises import rules
from reviews.management.commands import run_embedded


@pytest.mark.django_db
def test_the_embedded_server_compiles_the_patterns_before_the_first_ask(uncompiled_patterns):
    run_embedded._compile_patterns()
    assert uncompiled_patterns()


def test_a_failed_warm_up_is_printed_and_the_server_still_starts(monkeypatch, capsys):
    def down(*args, **kwargs):
        raise ConnectionError("database not up")

    monkeypatch.setattr(rules, "current_tagger", down)
    run_embedded._compile_patterns()
    assert "[warm-up] skipped" in capsys.readouterr().out
