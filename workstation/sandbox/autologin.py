"""Logging a demo account in on the sandbox without a browser: the same form, driven by httpx.

Only for the sandbox (demo data, tests, the CLI's `demo`); real marketplaces are logged in
through the embedded browser, where a person types the password.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs, urlsplit

import httpx

from workstation.providers.base import Provider, ProviderError, Token

REDIRECT = "http://127.0.0.1/workstation/login-done"


def sandbox_login(connector: Provider, login: str, password: str, timeout: float = 10.0) -> Token:
    """Fill the sandbox's login form as `login` and exchange the code for a token."""
    state = secrets.token_hex(8)
    url = connector.login_url(REDIRECT, state)
    with httpx.Client(timeout=timeout) as browser:
        page = browser.get(url)
        if page.status_code != 200:
            raise ProviderError(f"the sandbox login page answered HTTP {page.status_code}")
        answer = browser.post(url, data={"login": login, "password": password, "action": "login"})
    location = answer.headers.get("Location", "")
    query = parse_qs(urlsplit(location).query)
    if answer.status_code != 302 or query.get("state") != [state] or "code" not in query:
        raise ProviderError(f"the sandbox refused the login of {login!r} (HTTP {answer.status_code})")
    return connector.exchange_code(query["code"][0], REDIRECT)
