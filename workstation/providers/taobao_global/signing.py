"""The Taobao Global (IOP) `sign` (spec 2.1), as a pure function."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from workstation.providers.http import is_blank

SIGN_PARAM = "sign"
SIGN_METHOD = "sha256"


def signature(api_path: str, params: Mapping[str, object], secret: str) -> str:
    """HEX_UPPER(HMAC_SHA256(secret, api_path + key1 + value1 + key2 + value2 ...)).

    Parameters are sorted by **key** in ASCII (byte) order; every system and API
    parameter is covered, `access_token` included, except `sign` itself. `api_path`
    keeps its leading slash (`/purchase/order/create`). As `IopUtils.signApiRequest` in the
    official Java SDK, a blank key or value (empty or whitespace only) is left out.
    """
    pieces = (f"{key}{params[key]}" for key in sorted(params)
              if key != SIGN_PARAM and not is_blank(key) and not is_blank(params[key]))
    message = api_path + "".join(pieces)
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest().upper()
