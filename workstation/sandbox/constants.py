"""What the sandbox and the workstation agree on: URL layout, demo apps and demo accounts.

The sandbox serves both protocols from one loopback server. Each protocol lives
under its own prefix, so a connector configured with `gateway_url` and
`auth_url` talks to the sandbox exactly as it would to the real gateway:

    1688 gateway      {base}/1688/openapi/param2/1/{namespace}/{apiName}/{appKey}
    1688 token        {base}/1688/openapi/http/1/system.oauth2/getToken/{appKey}
    1688 login page   {base}/1688/oauth/authorize
    Taobao Global     {base}/taobao-global/rest/{api path}
    TG login page     {base}/taobao-global/oauth/authorize
    pay page          {base}/pay/{provider}/{order_id}
    item pictures     {base}/img/{provider}/{item_id}.png
    health            {base}/health  -> {"sandbox": true, ...}
"""

from __future__ import annotations

GATEWAY_1688 = "/1688/openapi"
AUTH_1688 = "/1688/oauth/authorize"
GATEWAY_TAOBAO_GLOBAL = "/taobao-global/rest"
AUTH_TAOBAO_GLOBAL = "/taobao-global/oauth/authorize"
HEALTH = "/health"
IMAGES = "/img"
# How demo data names an item picture: resolved against the running sandbox's base URL when
# fetched (its port changes from run to run), so the name in the database stays valid.
IMAGE_SCHEME = "sandbox:"
IMAGE_URL = IMAGE_SCHEME + "//" + IMAGES.lstrip("/") + "/{provider}/{item_id}.png"

# Demo apps registered on the sandbox (not secrets: the sandbox is public and local).
APP_KEY_1688 = "8801688"
APP_SECRET_1688 = "sandbox-1688-secret"
APP_KEY_TAOBAO_GLOBAL = "500888"
APP_SECRET_TAOBAO_GLOBAL = "sandbox-taobao-global-secret"

# Demo buyer accounts: (login, password). Logins are nicknames, as docs/domain.md says.
DEMO_ACCOUNTS_1688 = (("demo_buyer_1688", "demo"), ("second_buyer_1688", "demo"))
DEMO_ACCOUNTS_TAOBAO = (("demo_buyer_tb", "demo"), ("second_buyer_tb", "demo"))

# Booking limit per account and sandbox day (the platforms limit bookings too).
BOOKING_LIMIT_PER_DAY = 200

STATE_FILE = "sandbox.sqlite3"
PORT_FILE = "sandbox.port"
