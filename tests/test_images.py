"""Item pictures below the UI: the sandbox draws them, the service fetches them safely and the
disk cache keeps them within its limit (services/images.py, sandbox/images.py)."""

from __future__ import annotations

import os
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.pictures import SlowImageServer, slow_image_server
from workstation.sandbox.catalogue import DEFAULT_SEED, build_catalogue
from workstation.sandbox.constants import IMAGE_URL
from workstation.sandbox.images import picture
from workstation.sandbox.launcher import serve_in_thread
from workstation.services.images import ImageCache, ImageService, ImageUnavailable


def png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's width and height, checking the signature, the IHDR CRC and that IDAT inflates."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        return None
    header = data[16:29]
    if struct.unpack(">I", data[29:33])[0] != zlib.crc32(b"IHDR" + header):
        return None
    width, height = struct.unpack(">II", header[:8])
    start = data.index(b"IDAT") + 4
    length = struct.unpack(">I", data[start - 8:start - 4])[0]
    raw = zlib.decompress(data[start:start + length])
    return (width, height) if len(raw) == height * (1 + width * 3) else None


@pytest.fixture
def server() -> Iterator[SlowImageServer]:
    with slow_image_server() as s:
        s.release()
        yield s


def test_the_sandbox_draws_a_picture_per_item_served_as_an_image_cdn_does(tmp_path: Path) -> None:
    items = build_catalogue(DEFAULT_SEED)
    pictures = {picture(i.provider.value, i.item_id) for i in items}
    assert len(pictures) == len(items)  # every item its own picture
    assert picture(items[0].provider.value, items[0].item_id) == picture(items[0].provider.value, items[0].item_id)
    sizes = [len(p) for p in pictures]
    assert all(png_size(p) == (160, 160) for p in pictures)
    assert min(sizes) > 500 and max(sizes) < 20_000  # a few kilobytes each

    base, stop = serve_in_thread(tmp_path / "sandbox")
    try:
        item = items[0]
        url = IMAGE_URL.format(provider=item.provider.value, item_id=item.item_id)
        address = base + url.split(":", 1)[1].removeprefix("/")
        reply = httpx.get(address)
        assert reply.status_code == 200 and reply.headers["content-type"] == "image/png"
        assert reply.content == picture(item.provider.value, item.item_id)
        assert "max-age=" in reply.headers["cache-control"]
        again = httpx.get(address, headers={"If-None-Match": reply.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
        assert httpx.get(base + "/img/ebay/1.png").status_code == 404
        assert httpx.get(base + "/img/1688/../../sandbox.sqlite3").status_code == 404

        # the demo's name for the picture is resolved against the running sandbox
        service = ImageService(ImageCache(tmp_path / "thumbs"), sandbox_url=lambda: base)
        assert service.read(url, png_size) == (160, 160)
        assert service.cache.get(url) == picture(item.provider.value, item.item_id)
    finally:
        stop()


def test_only_web_addresses_of_real_pictures_within_the_limit_are_taken(tmp_path: Path,
                                                                       server: SlowImageServer) -> None:
    service = ImageService(ImageCache(tmp_path / "thumbs"), max_bytes=1_000_000)
    for url in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/a.png", "/relative.png", "",
                "http://", "sandbox://img/1688/1.png"):  # not on the sandbox: no sandbox URL given
        with pytest.raises(ImageUnavailable):
            service.read(url, png_size)
    for url in (server.url("broken", "a"), server.url("page", "b"), server.url("huge", "c"),
                server.url("missing", "d")):
        with pytest.raises(ImageUnavailable):
            service.read(url, png_size)
        assert service.cache.get(url) is None  # nothing refused is kept
    assert server.requests[server.url("huge", "c").removeprefix(server.base_url)] == 1
    good = server.url("ok", "e")
    assert service.read(good, png_size) == (160, 160)
    assert service.read(good, png_size) == (160, 160)
    assert server.requests["/ok/e.png"] == 1  # the second came from the disk cache


def test_a_body_past_the_limit_is_cut_off_without_a_declared_length(tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"\x89PNG" + b"0" * 10_000

    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, headers={"Content-Type": "image/png"}, content=chunks()))
    service = ImageService(ImageCache(tmp_path / "thumbs"), transport=transport, max_bytes=50_000)
    with pytest.raises(ImageUnavailable, match="too large"):
        service.read("https://cdn.example/big.png", lambda data: data)


def test_a_damaged_cached_file_is_fetched_again(tmp_path: Path, server: SlowImageServer) -> None:
    service = ImageService(ImageCache(tmp_path / "thumbs"))
    url = server.url("ok", "f")
    service.read(url, png_size)
    service.cache.path(url).write_bytes(b"half a picture")
    assert service.read(url, png_size) == (160, 160)
    assert server.requests["/ok/f.png"] == 2


def test_the_disk_cache_evicts_the_least_recently_used_past_its_limit(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path / "thumbs", limit_bytes=10_000)
    past = time.time() - 1000
    for n in range(4):
        cache.put(f"https://cdn.example/{n}.png", bytes([n]) * 2_000)
        os.utime(cache.path(f"https://cdn.example/{n}.png"), (past + n, past + n))
    assert cache.total_bytes() == 8_000
    assert cache.get("https://cdn.example/0.png") == bytes([0]) * 2_000  # used now: kept longest
    cache.put("https://cdn.example/4.png", b"\x04" * 2_000)  # 10,000: still within
    assert len(list(cache.directory.iterdir())) == 5
    cache.put("https://cdn.example/5.png", b"\x05" * 3_000)  # 13,000: the oldest go
    left = {n for n in range(6) if cache.get(f"https://cdn.example/{n}.png") is not None}
    assert left == {0, 3, 4, 5} and cache.total_bytes() <= 10_000
    # a new process counts what is on disk, and keeps to the limit from there
    again = ImageCache(tmp_path / "thumbs", limit_bytes=6_000)
    assert again.total_bytes() == 9_000
    again.put("https://cdn.example/6.png", b"\x06" * 1_000)
    assert again.total_bytes() <= 6_000 and again.get("https://cdn.example/6.png") is not None
    assert all(p.suffix == ".img" and len(p.stem) == 64 for p in cache.directory.iterdir())  # hashed names
