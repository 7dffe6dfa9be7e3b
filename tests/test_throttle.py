"""The write throttle counts one atomic increment per write, in Redis as served."""

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from dealdesk.throttle import WriteThrottle, window_hit

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "throttle-test"})
    cache.clear()
    yield cache
    cache.clear()


def test_window_hit_counts_in_redis_with_an_expiry(redis_cache):
    assert [window_hit("k", 61, redis_cache) for _ in range(3)] == [1, 2, 3]
    name = redis_cache.make_and_validate_key("k")
    client = redis_cache._cache.get_client(name)
    assert int(client.get(name)) == 3  # what Redis holds: a counter, not a pickled list
    assert 0 < client.ttl(name) <= 61
    assert redis_cache.get("k") == 3  # readable through the cache API too


def test_window_hit_counts_in_process_memory_without_redis():
    cache = LocMemCache("throttle-test", {})
    assert [window_hit("k", 61, cache) for _ in range(3)] == [1, 2, 3]
    cache.delete("k")  # an expired counter starts again at one
    assert window_hit("k", 61, cache) == 1


def test_two_workers_share_one_count_through_redis(redis_cache):
    other = RedisCache(REDIS_URL, {"KEY_PREFIX": "throttle-test"})  # another process's client
    assert window_hit("user:1", 61, redis_cache) == 1
    assert window_hit("user:1", 61, other) == 2


class _Request:
    def __init__(self, method, user):
        self.method, self.user, self.META = method, user, {"REMOTE_ADDR": "127.0.0.1"}


class _User:
    is_authenticated = True
    pk = 7


def test_throttle_refuses_the_write_over_the_rate_and_says_when_to_retry(redis_cache, monkeypatch):
    monkeypatch.setattr(WriteThrottle, "THROTTLE_RATES", {"writes": "2/minute"})
    monkeypatch.setattr(WriteThrottle, "cache", redis_cache)
    clock = iter([600.0, 610.0, 615.0, 660.5])
    monkeypatch.setattr(WriteThrottle, "timer", lambda self: next(clock))
    post = _Request("POST", _User())
    verdicts = []
    for _ in range(3):
        throttle = WriteThrottle()
        verdicts.append(throttle.allow_request(post, None))
    assert verdicts == [True, True, False]
    assert throttle.wait() == 45.0  # the window opened at 600 s ends at 660 s
    assert WriteThrottle().allow_request(post, None) is True  # a new window at 660.5 s
    assert WriteThrottle().allow_request(_Request("GET", _User()), None) is True


def test_the_configured_redis_cache_counts_with_one_increment(monkeypatch, settings):
    """`django.core.cache.cache` is a proxy: the throttle must find the Redis backend
    behind it, or it falls back to add + incr (two round trips)."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "throttle-test",
        }
    }
    cache.clear()

    def refuse(*args, **kwargs):
        raise AssertionError("the fallback path was taken")

    monkeypatch.setattr(RedisCache, "add", refuse)
    assert [window_hit("served", 30), window_hit("served", 30)] == [1, 2]
    assert cache.get("served") == 2
    cache.clear()
