"""Gunicorn's settings: production (Dockerfile, docker-compose.yml) and the load bench
(bench/load_bench.py) serve the app with this same file.

Gunicorn reads ``./gunicorn.conf.py`` from the directory it starts in; the command line
still wins (``--workers``, ``--bind``). Environment:

- ``WEB_CONCURRENCY``: worker processes (default 3). A worker serves one request at a
  time and sits idle while the database commits; an ask submission waits on PostgreSQL
  for about a third of its time, so a 2-core host runs one worker more than its cores.
- ``GUNICORN_BIND`` (default ``0.0.0.0:8000``), ``GUNICORN_TIMEOUT`` (default 60 s).
"""

import gc
import logging
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))


def post_worker_init(worker) -> None:
    """Load what a worker's first request would otherwise load while the user waits:
    the wording lint's patterns and the tagger built from the trigger rules, compiled
    (both compile on first use otherwise). A failure (the database not up yet) is
    logged, never fatal: the first request then builds them as usual."""
    try:
        from django.db import connection

        from promises.rules import compile_patterns

        compile_patterns()
        connection.close()  # the worker's requests open their own
    except Exception:
        logging.getLogger("gunicorn.error").warning("warm-up skipped", exc_info=True)
    # What is loaded by now lives as long as the worker: out of the cyclic collector's
    # sight, a full collection no longer walks the rules' 100,000-odd objects (a 40 ms
    # pause every few thousand requests, measured in-process).
    gc.collect()
    gc.freeze()
