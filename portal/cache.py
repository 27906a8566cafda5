"""A Redis cache that keeps the site up while Redis is down.

Django's RedisCache raises ConnectionError on every call when Redis cannot be
reached, and every page that touches the cache answers 500: nobody could
read a hotline or send a report. This backend answers such a call as a miss
instead (or, with ``"FALLBACK": "local"``, from a cache in this process's
memory), logs one warning when the outage starts and one when it ends, and
does not try Redis again for ``RETRY_SECONDS``, so an outage costs each
request nothing.

What that means for each use (docs/operations.md):

* layout pieces and cached pages (alias ``default``): a miss, so pages are
  built from the database, as if nothing were cached;
* rate limits (alias ``ratelimit``): counted in each process's memory until
  Redis is back, so the limits still hold, per process.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
_MISS = {
    "get": lambda *args, default=None, **kwargs: args[1] if len(args) > 1 else default,
    "get_many": lambda *args, **kwargs: {},
    "set_many": lambda data, *args, **kwargs: list(data),
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: None,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "has_key": lambda *args, **kwargs: False,
    "clear": lambda *args, **kwargs: None,
}


class _Outage:
    """Whether a Redis server is known to be down, shared by this process's
    threads (Django makes one cache object per thread)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down = False

    def skip(self) -> bool:
        return self.down and time.monotonic() < self.down_until

    def failed(self, location, error) -> None:
        with self.lock:
            self.down_until = time.monotonic() + RETRY_SECONDS
            if not self.down:
                self.down = True
                logger.warning(
                    "Cache %s unreachable (%s): serving without it until it is back.",
                    location,
                    type(error).__name__,
                )

    def succeeded(self, location) -> None:
        if self.down:
            with self.lock:
                if self.down:
                    self.down = False
                    logger.warning("Cache %s reachable again.", location)


_outages: dict[str, _Outage] = {}
_local_caches: dict[str, LocMemCache] = {}
_registry_lock = threading.Lock()


class _ReusingClient(RedisCacheClient):
    """Django's Redis client makes a new ``redis.Redis`` object for every
    call (about 50 µs each); a page served from the cache makes one or two
    calls. Keep one per connection pool instead: they are thread-safe."""

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = clients[index] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        fallback = options.pop("FALLBACK", "miss")
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = _ReusingClient
        import redis

        self._errors = (redis.exceptions.RedisError, OSError)
        self._location = server if isinstance(server, str) else ",".join(server)
        with _registry_lock:
            self._outage = _outages.setdefault(self._location, _Outage())
            if fallback == "local":
                name = f"fallback:{self._location}:{self.key_prefix}"
                self._local = _local_caches.setdefault(
                    name, LocMemCache(name, {"OPTIONS": {"MAX_ENTRIES": 100_000}})
                )
            else:
                self._local = None

    def _fallback(self, name, *args, **kwargs):
        if self._local is not None:
            return getattr(self._local, name)(*args, **kwargs)
        if name == "incr":
            raise ValueError("cache unavailable")
        return _MISS[name](*args, **kwargs)

    def _guarded(self, name, *args, **kwargs):
        if self._outage.skip():
            return self._fallback(name, *args, **kwargs)
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except self._errors as error:
            self._outage.failed(self._location, error)
            return self._fallback(name, *args, **kwargs)
        self._outage.succeeded(self._location)
        return result

    def add(self, *args, **kwargs):
        return self._guarded("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._guarded("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._guarded("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._guarded("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._guarded("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._guarded("get_many", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._guarded("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._guarded("delete_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._guarded("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._guarded("incr", *args, **kwargs)

    def clear(self):
        return self._guarded("clear")
