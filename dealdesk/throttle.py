"""The API write throttle: one counter per user and time window.

DRF's ``UserRateThrottle`` keeps a list of every request's time in the cache and reads
and writes it whole on each request (a get and a set, the list pickled both ways: up
to 600 floats at the default rate, more when the rate is raised). Here each request is
one atomic increment of a counter for the user's current window: with Redis one INCR
(the window's first hit also sets the key's expiry; the key names its window, so a
key left without one by a crash between the two is never counted again). Windows are
fixed (a minute from the top of the minute for ``600/minute``), so at a window's edge
a client may send up to twice the rate within one period, as with most fixed-window
limiters.
"""

from typing import Any

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import UserRateThrottle

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _client(cache: RedisCache, name: str) -> Any:
    """The backend's Redis client, made once per backend: Django builds a new
    ``redis.Redis`` (its command tables included) on every cache call."""
    client = cache.__dict__.get("_dealdesk_client")
    if client is None:
        client = cache.__dict__["_dealdesk_client"] = cache._cache.get_client(name, write=True)
    return client


def window_hit(key: str, ttl: int, cache: Any = None) -> int:
    """Count one hit on ``key`` (expiring after ``ttl`` seconds); the count so far."""
    # The configured backend itself: `django.core.cache.cache` is a proxy to it.
    cache = cache or caches[DEFAULT_CACHE_ALIAS]
    if isinstance(cache, RedisCache):
        name = cache.make_and_validate_key(key)
        client = _client(cache, name)
        count = int(client.incr(name))
        if count == 1:  # the window's first hit sets its expiry: one command per hit after
            client.expire(name, ttl)
        return count
    if cache.add(key, 1, ttl):
        return 1
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.add(key, 1, ttl)
        return 1


class WriteThrottle(UserRateThrottle):
    """Throttles writes only; reads are cheap and cached by nobody."""

    scope = "writes"
    num_requests: int
    duration: int
    cache: Any = None  # the default cache's backend, resolved per request (see window_hit)

    def allow_request(self, request, view) -> bool:
        if request.method in SAFE_METHODS or self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        self.now = self.timer()
        window = int(self.now // self.duration)
        self.window_end = (window + 1) * self.duration
        return window_hit(f"{key}:{window}", self.duration + 1, self.cache) <= self.num_requests

    def wait(self) -> float:
        return max(self.window_end - self.now, 0.0)
