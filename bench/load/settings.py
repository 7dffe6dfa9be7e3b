"""Production settings plus the benchmark's yardstick routes (bench/load_views.py).

Used only by ``bench/load_bench.py``: the product's own URLs are included unchanged,
the yardsticks live under ``/bench/``. Static files are collected into
``BENCH_STATIC_ROOT`` (a temporary folder), since production resolves ``{% static %}``
through the collected manifest. The manifest storage is production's without the
gzip/brotli step: pages render the same hashed names, collectstatic takes seconds
instead of minutes, and no static file is requested by the load.
"""

import os
from pathlib import Path

from dealdesk.settings.production import *  # noqa: F403
from dealdesk.settings.production import STORAGES

ROOT_URLCONF = "bench.load_views"
STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
