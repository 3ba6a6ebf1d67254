"""An OT API client over httpx: signed when a secret is given, XML read through the hardened parser.

`SessionExpired` makes it authenticate once more and repeat the call (the server refused
before doing anything, so repeating is safe); `AccessDenied` and `InstanceKeyBan` are raised
as they are, with OT's description. Connection failures are retried by the transport only.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from workstation.otapi import codec, signing
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)

log = logging.getLogger(__name__)
SESSION_METHODS = {"operator": "AuthenticateInstanceOperator", "customer": "Authenticate"}


class OtapiClient:
    """One instance key's view of an OT API server. Thread-safe enough for one thread at a time."""

    def __init__(self, base_url: str, instance_key: str, *, secret: str | None = None, language: str = "en",
                 operator: tuple[str, str] | None = None, customer: tuple[str, str] | None = None,
                 json_answers: bool = False, timeout: float = 30.0, transport: httpx.BaseTransport | None = None):
        self.base_url = base_url.rstrip("/")
        self.instance_key = instance_key
        self._secret = secret
        self.language = language
        self._credentials = {"operator": operator, "customer": customer}
        self._sessions: dict[str, str] = {}
        self.json_answers = json_answers
        self._http = httpx.Client(timeout=httpx.Timeout(timeout),
                                  transport=transport or httpx.HTTPTransport(retries=2))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OtapiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ calls

    def raw(self, method: str, params: Mapping[str, str] | None = None, *, json_answers: bool | None = None
            ) -> dict[str, Any]:
        """One call as it is: the parsed answer, whatever its ErrorCode."""
        sent = {"instanceKey": self.instance_key, "language": self.language}
        sent.update({k: v for k, v in (params or {}).items() if v is not None})
        if self._secret is not None:
            sent = signing.sign(method, sent, self._secret)
        use_json = self.json_answers if json_answers is None else json_answers
        url = f"{self.base_url}/{'service-json' if use_json else 'service'}/{method}"
        response = self._http.post(url, data=sent)
        response.raise_for_status()
        if use_json:
            return json.loads(response.content)
        (_root, body), = codec.read_xml(response.content).items()
        return body if isinstance(body, dict) else {}

    def call(self, method: str, params: Mapping[str, str] | None = None, *, session: str | None = "operator",
             json_answers: bool | None = None) -> dict[str, Any]:
        """The answer of a successful call; OtapiError (or its kinds) otherwise."""
        for attempt in (1, 2):
            merged = dict(params or {})
            if session is not None:
                merged["sessionId"] = self.session(session)
            answer = self.raw(method, merged, json_answers=json_answers)
            code = answer.get("ErrorCode", "")
            if code in codec.SUCCESS_CODES:
                return answer
            error = E.from_answer(code, str(answer.get("ErrorDescription", "")), answer.get("SubErrorCode"),
                                  _parameter(answer))
            if isinstance(error, E.SessionExpired) and session is not None and attempt == 1:
                log.info("OT API session (%s) expired; authenticating again", session)
                self._sessions.pop(session, None)
                continue
            raise error
        raise AssertionError("unreachable")

    def result(self, method: str, params: Mapping[str, str] | None = None, **kw: Any) -> Any:
        return self.call(method, params, **kw).get("Result")

    def session(self, kind: str) -> str:
        if kind not in self._sessions:
            credentials = self._credentials.get(kind)
            if credentials is None:
                raise E.AccessDenied(f"No {kind} login was given to the client.")
            answer = self.call(SESSION_METHODS[kind], {"userLogin": credentials[0], "userPassword": credentials[1]},
                               session=None)
            self._sessions[kind] = str(answer["SessionId"]["Value"])
        return self._sessions[kind]

    def forget_session(self, kind: str) -> None:
        self._sessions.pop(kind, None)


def _parameter(answer: Mapping[str, Any]) -> str | None:
    for arg in answer.get("ErrorDescriptionArguments") or []:
        if isinstance(arg, dict) and arg.get("Name") == "ParameterName":
            return str(arg.get("Value"))
    return None
