"""Item pictures: fetched from the marketplace's image URLs and kept in a size-limited disk cache.

Plain Python, no Qt: `ImageService.read(url, decode)` runs on a worker (the UI's thumbnail
loader calls it on the TaskRunner's `images` lane) and returns the picture, from the disk
cache when it has it, else over HTTP(S). `decode(data)` is the caller's decoder (the UI's
QImage): bytes it cannot decode are never cached. Only http and https are fetched
(`sandbox://img/...`, the demo's name for a sandbox picture, is resolved against the running
sandbox first); answers that are not 200, not `image/*`, or larger than `max_bytes` are
refused without reading them whole. Every refusal is an `ImageUnavailable`.

The cache (`ImageCache`) keeps one file per URL under `DATA_DIR/thumbnails/`, named by the
SHA-256 of the URL; a hit touches the file's mtime, and when the total passes the limit the
files least recently used (oldest mtime) go first. Thread-safe: one lock per cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import httpx

from workstation.sandbox.constants import IMAGE_SCHEME

log = logging.getLogger(__name__)
Picture = TypeVar("Picture")

DEFAULT_LIMIT_BYTES = 200 * 1024 * 1024  # the disk cache; a picture is 5-50 KB
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # a marketplace's main picture is well under this
# Per connect and per read: a picture is never worth more, and quitting waits for a fetch
# under way (TaskRunner.shutdown) at most this long.
TIMEOUT = httpx.Timeout(5.0, connect=3.0)
TOTAL_SECONDS = 10.0  # a server trickling bytes is cut off after this
_SUFFIX = ".img"


class ImageUnavailable(Exception):
    """This picture cannot be had (bad URL, server error, not an image, too large)."""


class ImageCache:
    """Picture bytes by URL on disk, at most `limit_bytes` in all, least recently used evicted."""

    def __init__(self, directory: Path, limit_bytes: int = DEFAULT_LIMIT_BYTES):
        self.directory = Path(directory)
        self.limit_bytes = limit_bytes
        self._lock = threading.Lock()
        self._total: int | None = None  # bytes on disk, counted on first use

    def path(self, url: str) -> Path:
        return self.directory / (hashlib.sha256(url.encode("utf-8")).hexdigest() + _SUFFIX)

    def get(self, url: str) -> bytes | None:
        path = self.path(url)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: the last to be evicted
        return data

    def put(self, url: str, data: bytes) -> None:
        """Store atomically (temp file + os.replace), then evict down to the limit."""
        with self._lock:
            self._count()
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.path(url)
            old = path.stat().st_size if path.exists() else 0
            temp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                temp.write_bytes(data)
                os.replace(temp, path)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    temp.unlink()
                log.warning("could not keep a picture in %s: %s", self.directory, exc)
                return
            self._total = (self._total or 0) - old + len(data)
            if self._total > self.limit_bytes:
                self._evict(keep=path)

    def discard(self, url: str) -> None:
        with self._lock:
            path = self.path(url)
            with contextlib.suppress(OSError):
                size = path.stat().st_size
                path.unlink()
                if self._total is not None:
                    self._total -= size

    def total_bytes(self) -> int:
        with self._lock:
            return self._count()

    def _files(self) -> list[tuple[float, int, Path]]:
        found = []
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.directory):
                if entry.name.endswith(_SUFFIX):
                    with contextlib.suppress(OSError):
                        stat = entry.stat()
                        found.append((stat.st_mtime, stat.st_size, Path(entry.path)))
        return found

    def _count(self) -> int:
        if self._total is None:
            self._total = sum(size for _mtime, size, _path in self._files())
        return self._total

    def _evict(self, keep: Path) -> None:
        files = sorted(self._files())  # oldest mtime first
        total = sum(size for _mtime, size, _path in files)
        for _mtime, size, path in files:
            if total <= self.limit_bytes:
                break
            if path == keep:
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
        self._total = total
        log.debug("picture cache evicted down to %d bytes", total)


class ImageService:
    """Fetches pictures for the UI; `read` is called on a worker thread, never the GUI thread."""

    def __init__(self, cache: ImageCache, *, sandbox_url: Callable[[], str] | None = None,
                 transport: httpx.BaseTransport | None = None, max_bytes: int = MAX_IMAGE_BYTES,
                 timeout: httpx.Timeout = TIMEOUT, total_seconds: float = TOTAL_SECONDS):
        self.cache = cache
        self._sandbox_url = sandbox_url  # the running sandbox's base URL; None: not on the sandbox
        self._max_bytes = max_bytes
        self._total_seconds = total_seconds
        # one pooled client for all workers (httpx.Client is thread-safe); TLS always verified
        self._client = httpx.Client(transport=transport, timeout=timeout, follow_redirects=True,
                                    max_redirects=3, headers={"Accept": "image/*"})

    def close(self) -> None:
        self._client.close()

    def resolve(self, url: str) -> str:
        """The http(s) address to fetch `url` from; ImageUnavailable for anything else."""
        if url.startswith(IMAGE_SCHEME + "//"):
            if self._sandbox_url is None:
                raise ImageUnavailable("a sandbox picture, and this workstation is not on the sandbox")
            url = self._sandbox_url().rstrip("/") + "/" + url[len(IMAGE_SCHEME) + 2:]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ImageUnavailable(f"not a web address: {url[:80]}")
        return url

    def read(self, url: str, decode: Callable[[bytes], Picture | None]) -> Picture:
        """The picture at `url` (cached or fetched) as `decode` makes it (None: not a picture,
        never cached); else ImageUnavailable."""
        cached = self.cache.get(url)
        if cached is not None:
            picture = decode(cached)
            if picture is not None:
                return picture
            self.cache.discard(url)  # damaged on disk: fetch it again
        data = self._download(self.resolve(url))
        picture = decode(data)
        if picture is None:
            raise ImageUnavailable("the answer is not a picture")
        self.cache.put(url, data)
        return picture

    def _download(self, address: str) -> bytes:
        deadline = time.monotonic() + self._total_seconds
        try:
            with self._client.stream("GET", address) as reply:
                if reply.status_code != 200:
                    raise ImageUnavailable(f"the image server answered {reply.status_code}")
                kind = reply.headers.get("content-type", "").split(";")[0].strip().lower()
                if not kind.startswith("image/"):
                    raise ImageUnavailable(f"not a picture ({kind or 'no type'})")
                declared = reply.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self._max_bytes:
                    raise ImageUnavailable("the picture is too large")
                body = bytearray()
                for chunk in reply.iter_bytes():
                    body += chunk
                    if len(body) > self._max_bytes:
                        raise ImageUnavailable("the picture is too large")
                    if time.monotonic() > deadline:
                        raise ImageUnavailable("the image server is too slow")
                return bytes(body)
        except httpx.HTTPError as exc:
            raise ImageUnavailable(f"the image server could not be reached: {type(exc).__name__}") from exc
