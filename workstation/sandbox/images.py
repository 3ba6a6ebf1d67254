"""Item pictures of the sandbox marketplace: a PNG drawn for each item, the same bytes every time.

Route `/img/{provider}/{item_id}.png` (constants.IMAGES). Each picture is a calm background
with a pattern (stripes, checks, dots or rings) and a "product" in front (a bag, a box or a
bottle shape), all chosen and coloured by a hash of the provider and item id, encoded with
zlib and struct only: 160x160 pixels, a few kilobytes. The answer carries `image/png`, a
long `Cache-Control`, an `ETag`, and `304 Not Modified` for a matching `If-None-Match`, as
an image CDN does.
"""

from __future__ import annotations

import colorsys
import hashlib
import re
import struct
import zlib
from functools import lru_cache

from workstation.sandbox.constants import IMAGES
from workstation.sandbox.wire import Request, Response, json_response

SIZE = 160
PROVIDERS = ("1688", "taobao")
_PATH = re.compile(r"^" + re.escape(IMAGES) + r"/(?P<provider>[a-z0-9]+)/(?P<item>[A-Za-z0-9_-]{1,64})\.png$")
CACHE_CONTROL = "public, max-age=604800, immutable"  # a week; the picture of an id never changes


def handle(req: Request) -> Response:
    """The picture of `req.path`, 304 when the client holds it, 404 for anything else."""
    match = _PATH.match(req.path)
    if req.method != "GET" or match is None or match["provider"] not in PROVIDERS:
        return json_response({"error": "not_found", "path": req.path}, 404)
    body = picture(match["provider"], match["item"])
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    headers = {"Cache-Control": CACHE_CONTROL, "ETag": etag}
    if etag in {t.strip() for t in req.headers.get("if-none-match", "").split(",")}:
        return Response(304, b"", content_type="image/png", headers=headers)
    return Response(200, body, content_type="image/png", headers=headers)


def _rgb(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(hue % 1.0, saturation, value)
    return round(r * 255), round(g * 255), round(b * 255)


def _pattern(kind: int, x: int, y: int, step: int) -> bool:
    if kind == 0:  # diagonal stripes
        return (x + y) // step % 2 == 0
    if kind == 1:  # checks
        return (x // step + y // step) % 2 == 0
    if kind == 2:  # dots
        cx, cy = x % (step * 2) - step, y % (step * 2) - step
        return cx * cx + cy * cy < (step * 0.55) ** 2
    c = SIZE / 2  # rings
    return int(((x - c) ** 2 + (y - c) ** 2) ** 0.5) // step % 2 == 0


def _inside(shape: int, x: int, y: int) -> bool:
    """The product: a bag (body and handle), a box, or a bottle (body and neck)."""
    if shape == 0:
        if 40 <= x < 120 and 62 <= y < 132:
            return True
        dx, dy = x - 80, y - 62
        return 18 ** 2 <= dx * dx + dy * dy < 26 ** 2 and y < 62
    if shape == 1:
        return 38 <= x < 122 and 44 <= y < 128 and not (78 <= x < 82)
    body = 52 <= x < 108 and 70 <= y < 136
    neck = 70 <= x < 90 and 28 <= y < 70
    return body or neck


@lru_cache(maxsize=256)
def picture(provider: str, item_id: str) -> bytes:
    """The PNG of one item (deterministic: the same ids give the same bytes)."""
    digest = hashlib.sha256(f"{provider}/{item_id}".encode()).digest()
    hue = digest[0] / 255
    # a soft light from the top: the background and its pattern darken row by row
    backgrounds = [_rgb(hue, 0.14 + y / SIZE * 0.12, 0.99 - y / SIZE * 0.08) for y in range(SIZE)]
    inks = [_rgb(hue, 0.26 + y / SIZE * 0.12, 0.90 - y / SIZE * 0.08) for y in range(SIZE)]
    product = _rgb(hue + 0.5 + digest[1] / 1024, 0.55 + digest[2] / 1024, 0.62 + digest[3] / 1024)
    shade = tuple(max(0, c - 40) for c in product)
    kind, shape, step = digest[4] % 4, digest[5] % 3, 8 + digest[6] % 9
    rows = []
    for y in range(SIZE):
        background, ink = backgrounds[y], inks[y]
        row = bytearray(b"\x00")  # filter type 0 for this scanline
        for x in range(SIZE):
            if _inside(shape, x, y):
                colour = shade if x > 80 + (y - 80) // 3 else product
            else:
                colour = ink if _pattern(kind, x, y, step) else background
            row += bytes(colour)
        rows.append(bytes(row))
    return _png(SIZE, SIZE, b"".join(rows))


def _png(width: int, height: int, raw: bytes) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) \
        + chunk(b"IEND", b"")
