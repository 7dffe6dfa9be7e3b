"""Wording shapes added after pending batches 65 (general SaaS), 66 (marketing automation)
and 67 (developer platform), in promises.wording_dev and promises.wording.

Passing: a developer platform's own objects named as compounds (pull requests, pipeline
runs, build minutes, a scan stage, a deploy freeze, feature flags, rate limits); a split of
what someone may do ("who can approve invoices but cannot pay them"); a consent mechanism
("double opt-in"); a fraction of a price ("a third of the standard fee"); a quantity in a
reason ("because some ...") or in a relative clause that picks out records ("that cover
several ..."). Refused: soft words on a bare pipeline, a quantity of the work itself, a
flexible or seamless anything with nothing concrete.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants merge requests against the release branch to need two reviewers.",
        "Buyer wants runner minutes over the plan allowance reported each Monday.",
        "Customer needs deployments paused during their year-end code freeze.",
        "Customer wants feature flags scoped per environment.",
        "Customer wants partner keys given a separate rate limit.",
        "Customer wants regional managers who can edit forecasts but cannot delete them.",
        "Buyer needs confirmed opt-in for every subscriber in France.",
        "Customer wants overage on seats charged at a third of the standard fee.",
        "Customer needs a DPA because some support tickets may include health data.",
        "Customer wants invoices that cover several projects split per project.",
    ],
)
def test_batch65_67_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Controls: still refused.
        "Customer wants robust, scalable pipelines.",
        "Customer wants data from several systems.",
        "Prospect needs some pipeline tweaks.",
        "They want feature flags to just work somehow.",
        "Customer needs seamless integration with their build tooling.",
    ],
)
def test_batch65_67_vague_refused(text: str) -> None:
    assert lint(text) != []
