"""Helpers shared by the session tests."""

from __future__ import annotations

import httpx

from workstation.providers.base import ProviderKind
from workstation.sandbox.catalogue import items_of
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO

DEMO = {"1688": DEMO_ACCOUNTS_1688, "taobao": DEMO_ACCOUNTS_TAOBAO}


def submit_login_form(url: str, login: str, password: str, action: str = "login") -> str:
    """Post the sandbox login form as a browser would; the URL it redirects to ("" if none)."""
    with httpx.Client(timeout=5) as browser:
        answer = browser.post(url, data={"login": login, "password": password, "action": action})
    return answer.headers.get("Location", "") if answer.status_code == 302 else ""


def offer_id(kind: str) -> str:
    """A catalogue item the connector can read (Taobao reads by its native item id)."""
    item = next(i for i in items_of(ProviderKind(kind)) if not (i.drifts or i.sells_out))
    return item.native_item_id if kind == "taobao" else item.item_id
