"""The login service against the real sandbox over loopback: no browser, the form posted by hand."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.sessions.helpers import DEMO, offer_id, submit_login_form
from workstation.services.login import (
    RETURN_URL,
    LoginDenied,
    LoginFailed,
    LoginRefused,
    LoginStateMismatch,
    same_endpoint,
)


@pytest.mark.parametrize("kind", ["1688", "taobao"])
def test_login_ends_in_a_stored_session_whose_token_works(login_service, sessions, connectors, kind):
    request = login_service.begin(kind)
    assert request.redirect_uri == RETURN_URL
    assert parse_qs(urlsplit(request.url).query)["state"] == [request.state]
    account, password = DEMO[kind][0]
    redirected = submit_login_form(request.url, account, password)
    assert login_service.is_return(request, redirected)

    row = login_service.finish(request, redirected)

    assert (row.provider, row.account, row.state) == (kind, account, "valid")
    assert [(r.provider, r.account) for r in sessions.list()] == [(kind, account)]
    token = sessions.token(kind, account)
    assert connectors(kind).get_offer(token, offer_id(kind)).title


def test_each_attempt_has_its_own_state(login_service):
    assert login_service.begin("1688").state != login_service.begin("1688").state


def test_deny_on_the_page_is_a_clear_error_and_stores_nothing(login_service, sessions):
    request = login_service.begin("1688")
    redirected = submit_login_form(request.url, "", "", action="deny")
    assert parse_qs(urlsplit(redirected).query)["error"] == ["access_denied"]
    with pytest.raises(LoginDenied, match="denied"):
        login_service.finish(request, redirected)
    assert sessions.list() == []


def test_a_redirect_of_another_attempt_is_refused(login_service, sessions):
    mine, other = login_service.begin("taobao"), login_service.begin("taobao")
    redirected = submit_login_form(other.url, *DEMO["taobao"][0])
    with pytest.raises(LoginStateMismatch, match="security check"):
        login_service.finish(mine, redirected)
    tampered = redirected.replace(f"state={other.state}", "state=forged")
    with pytest.raises(LoginStateMismatch):
        login_service.finish(other, tampered)
    missing = RETURN_URL + "?" + urlencode({"code": parse_qs(urlsplit(redirected).query)["code"][0]})
    with pytest.raises(LoginStateMismatch):
        login_service.finish(other, missing)
    assert sessions.list() == []


def test_a_refused_code_carries_the_platforms_words(login_service, sessions):
    request = login_service.begin("1688")
    redirected = submit_login_form(request.url, *DEMO["1688"][0])
    login_service.finish(request, redirected)
    with pytest.raises(LoginRefused, match="refused the login: .+") as info:
        login_service.finish(request, redirected)  # a code works once
    assert "Traceback" not in str(info.value)
    assert len(sessions.list()) == 1


def test_other_platform_errors_and_foreign_pages(login_service):
    request = login_service.begin("1688")
    failed = RETURN_URL + "?" + urlencode({"state": request.state, "error": "server_error",
                                           "error_description": "维护中 maintenance"})
    with pytest.raises(LoginFailed, match="maintenance") as info:
        login_service.finish(request, failed)
    assert not isinstance(info.value, LoginDenied)
    with pytest.raises(LoginFailed, match="without an authorisation code"):
        login_service.finish(request, RETURN_URL + "?state=" + request.state)
    with pytest.raises(LoginFailed, match="unexpected page"):
        login_service.finish(request, "http://127.0.0.1:9/elsewhere?state=" + request.state)


def test_forget_drops_token_and_row(login_service, sessions, secrets):
    request = login_service.begin("1688")
    row = login_service.finish(request, submit_login_form(request.url, *DEMO["1688"][0]))
    assert secrets.data
    assert login_service.forget("1688", row.account) is True
    assert sessions.list() == [] and secrets.data == {}
    assert login_service.forget("1688", row.account) is False


@pytest.mark.parametrize(("url", "expected"), [
    (RETURN_URL + "?code=1&state=2", True),
    ("http://127.0.0.1:80/workstation/login-done/?x=1", True),
    ("HTTP://127.0.0.1/workstation/login-done", True),
    ("http://127.0.0.1:8080/workstation/login-done", False),
    ("https://127.0.0.1/workstation/login-done", False),
    ("http://127.0.0.1/workstation/login-done-not", False),
    ("http://localhost/workstation/login-done", False),
    ("http://127.0.0.1:notaport/workstation/login-done", False),
])
def test_return_url_recognition(url, expected):
    assert same_endpoint(url, RETURN_URL) is expected
