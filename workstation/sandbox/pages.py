"""The sandbox's HTML pages: the two OAuth login pages and the pay page.

Login (both providers): GET shows a form for login and password; POST with the
right password answers 302 to the caller's `redirect_uri` with `code` and `state`;
a wrong password shows the form again with an error; "Deny" answers 302 with
`error=access_denied`. Pay: GET shows the order(s) and a Pay button; POST pays.
"""

from __future__ import annotations

from html import escape

from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_KEY_TAOBAO_GLOBAL,
    DEMO_ACCOUNTS_1688,
    DEMO_ACCOUNTS_TAOBAO,
)
from workstation.sandbox.market import P1688, PTG, Market, MarketError
from workstation.sandbox.wire import (
    Request,
    Response,
    html_response,
    redirect,
    with_query,
)

LOGIN = {  # provider -> (app key, page title, demo accounts)
    P1688: (APP_KEY_1688, "1688 授权登录 (sandbox)", DEMO_ACCOUNTS_1688),
    PTG: (APP_KEY_TAOBAO_GLOBAL, "Taobao Global 授权登录 (sandbox)", DEMO_ACCOUNTS_TAOBAO),
}
PAY_PROVIDERS = {"1688": P1688, "taobao-global": PTG, "taobao": PTG}

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:32em;margin:3em auto}}
.error{{color:#c00}} input{{display:block;margin:.3em 0 1em;padding:.3em;width:100%}}
button{{padding:.4em 1.2em;margin-right:1em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.2em .5em}}</style></head>
<body><h1>{title}</h1>{body}</body></html>"""


def page(title: str, body: str, status: int = 200) -> Response:
    return html_response(_PAGE.format(title=escape(title), body=body), status)


def login_page(market: Market, provider: str, req: Request) -> Response:
    app_key, title, accounts = LOGIN[provider]
    p = req.params
    redirect_uri, state = p.get("redirect_uri", ""), p.get("state")
    if p.get("client_id") != app_key:
        return page(title, "<p class=error>invalid client_id (unknown app)</p>", 400)
    if not redirect_uri.startswith(("http://", "https://")):
        return page(title, "<p class=error>invalid redirect_uri</p>", 400)
    error = ""
    if req.method == "POST":
        if p.get("action") == "deny":
            return redirect(with_query(redirect_uri, error="access_denied", state=state))
        login = p.get("login", "")
        if market.check_password(provider, login, p.get("password", "")):
            code = market.issue_code(provider, app_key, login, redirect_uri)
            return redirect(with_query(redirect_uri, code=code, state=state))
        error = "<p class=error id=error>账号或密码错误 (wrong login or password)</p>"
    hidden = "".join(f'<input type=hidden name="{escape(k)}" value="{escape(v)}">'
                     for k, v in p.items() if k not in ("login", "password", "action"))
    demo = ", ".join(escape(login) for login, _ in accounts)
    body = (f"{error}<form method=post>{hidden}"
            f"<label>账号 Login<input name=login value=\"{escape(p.get('login', ''))}\" autofocus></label>"
            "<label>密码 Password<input name=password type=password></label>"
            "<button type=submit name=action value=login id=login>授权 Log in</button>"
            "<button type=submit name=action value=deny id=deny>拒绝 Deny</button></form>"
            f"<p><small>Demo accounts: {demo} (password: demo)</small></p>")
    return page(title, body)


def pay_page(market: Market, provider_slug: str, ids_text: str, req: Request) -> Response:
    provider = PAY_PROVIDERS.get(provider_slug)
    title = "收银台 Cashier (sandbox)"
    if provider is None:
        return page(title, "<p class=error>unknown provider</p>", 404)
    ids = [i for i in ids_text.split(",") if i]
    try:
        orders = [market.order(i, provider) for i in ids]
    except MarketError as exc:
        return page(title, f"<p class=error>{escape(exc.message)}</p>", 404)
    note = ""
    if req.method == "POST":
        done = []
        for order in orders:
            if order.state == "awaiting_payment":
                market.pay(order.order_id, provider)
                done.append(order.order_id)
        note = f"<p id=paid>支付成功 Paid: {escape(', '.join(done) or 'nothing to pay')}</p>"
        orders = [market.order(i, provider) for i in ids]
    rows = "".join(f"<tr><td>{o.order_id}</td><td>{escape(o.seller_nick)}</td><td>{o.total_amount} 元</td>"
                   f"<td class=state>{o.state}</td></tr>" for o in orders)
    payable = any(o.state == "awaiting_payment" for o in orders)
    button = ("<form method=post><button type=submit id=pay>付款 Pay</button></form>" if payable else "")
    body = (f"{note}<table><tr><th>Order</th><th>Seller</th><th>Total</th><th>State</th></tr>{rows}</table>"
            f"<p>{button}</p>")
    return page(title, body)
