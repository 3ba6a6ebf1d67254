"""OT API methods: provider sessions, Autopurchase (Run*), background activities."""

from __future__ import annotations

from typing import Any

from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.codec import Items
from workstation.otapi.server import structures as S  # noqa: N812 - the OT module as a short namespace (S.order)
from workstation.otapi.server.methods import Call, Param, about, int_ids, method, text, texts
from workstation.services.activities import CANCEL_ACTION, OT_TYPES

KINDS = {v: k for k, v in OT_TYPES.items()}  # OT activity type -> our activity kind


def _provider(call: Call) -> str:
    name = call.args["providerType"]
    if name not in S.PROVIDER_TYPES:
        raise E.invalid("providerType", f"{name!r} is not one of {', '.join(S.PROVIDER_TYPES)}")
    return S.PROVIDER_TYPES[name]


def _provider_session(call: Call, provider: str) -> str:
    account = call.args["providerSessionId"]
    rows = {r.account for r in call.platform.core.sessions.list(provider)}
    if account not in rows:
        raise E.not_found("providerSessionId", f"no {call.args['providerType']} session {account!r}")
    return account


# ---------------------------------------------------------------- provider sessions

@method("GetProviderOrdersIntegrationSessionInfoList", "ProviderSessionInfoListAnswer", Param("providerType"))
def provider_sessions(call: Call) -> dict[str, Any]:
    rows = call.platform.core.sessions.list(_provider(call))
    return {"Content": Items("Item", [
        {"Id": r.account, "Name": r.account, "State": r.state, "ExpiresAt": r.expires_at,
         "Balance": {"Amount": r.balance, "CurrencyCode": "CNY"} if r.balance is not None else None}
        for r in rows])}


@method("GetProviderOrdersIntegrationSessionAuthenticationInfo", "ProviderAuthenticationInfoAnswer",
        Param("providerType"), Param("returnUrl"))
def provider_login(call: Call) -> dict[str, Any]:
    url = call.args["returnUrl"]
    if not url.startswith(("http://", "https://")):
        raise E.invalid("returnUrl", "must be an http(s) URL")
    with about("providerType"):
        login_url = call.platform.begin_provider_login(_provider(call), url)
    return {"AuthenticationUrl": login_url}


# ---------------------------------------------------------------- Run*

def _run_params(call: Call) -> tuple[str, list[int]]:
    params = call.args["xmlParameters"]
    order_id = text(params, "OrderId")
    if not order_id:
        raise E.invalid("xmlParameters", "OrderId is required")
    return order_id, int_ids("xmlParameters", texts(params, "OrderLineIds/Id"))


def _started(call: Call, activity_id: str) -> dict[str, Any]:
    call.platform.drive(activity_id)
    return S.activity_id(call.platform.core.activities.get(activity_id))


RUN = (Param("providerType"), Param("providerSessionId"))


@method("RunOrderExportingToProvider", "BackgroundActivityIdentificationInfoAnswer", *RUN,
        Param("xmlParameters", "xml", root="Parameters"))
def run_export(call: Call) -> dict[str, Any]:
    provider = _provider(call)
    account = _provider_session(call, provider)
    order_id, line_ids = _run_params(call)
    with about("xmlParameters"):
        activity_id = call.platform.core.purchase.start_booking(order_id, account, line_ids)
    return _started(call, activity_id)


@method("RunOrdersSynchronizingWithProvider", "BackgroundActivityIdentificationInfoAnswer", *RUN,
        Param("xmlParameters", "xml", required=False, root="Parameters"))
def run_sync(call: Call) -> dict[str, Any]:
    account = _provider_session(call, _provider(call))
    with about("providerSessionId"):
        activity_id = call.platform.core.purchase.start_sync(account)
    return _started(call, activity_id)


@method("RunOrderLinkingWithProvider", "BackgroundActivityIdentificationInfoAnswer", *RUN,
        Param("xmlParameters", "xml", root="Parameters"))
def run_link(call: Call) -> dict[str, Any]:
    account = _provider_session(call, _provider(call))
    order_id, _lines = _run_params(call)
    vendor = text(call.args["xmlParameters"], "VendorPurchaseId")
    if not vendor:
        raise E.invalid("xmlParameters", "VendorPurchaseId (the provider order id) is required")
    with about("xmlParameters"):
        activity_id = call.platform.core.purchase.start_bind(order_id, vendor, account)
    return _started(call, activity_id)


@method("RunOrderUnlinkingFromProvider", "BackgroundActivityIdentificationInfoAnswer", *RUN,
        Param("xmlParameters", "xml", root="Parameters"))
def run_unlink(call: Call) -> dict[str, Any]:
    account = _provider_session(call, _provider(call))
    order_id, line_ids = _run_params(call)
    force = text(call.args["xmlParameters"], "Force").lower() == "true"
    with about("xmlParameters"):
        activity_id = call.platform.core.purchase.start_unbind(order_id, account, line_ids, force=force)
    return _started(call, activity_id)


# ---------------------------------------------------------------- background activities

def _activity(call: Call) -> Any:
    kind = KINDS.get(call.args["activityType"])
    if kind is None:
        raise E.invalid("activityType", f"{call.args['activityType']!r} is not one of {', '.join(KINDS)}")
    with about("activityId"):
        info = call.platform.core.activities.get(call.args["activityId"])
    if info.kind != kind:
        raise E.not_found("activityId", f"activity {info.id} is a {info.ot_type}, not a {call.args['activityType']}")
    return info


ACTIVITY = (Param("activityType"), Param("activityId"))


@method("SearchBackgroundActivities", "BackgroundActivityInfoListAnswer",
        Param("xmlSearchParameters", "xml", required=False, root="BackgroundActivitySearchParameters"))
def search_activities(call: Call) -> dict[str, Any]:
    params = call.args["xmlSearchParameters"]
    types = texts(params, "Types/Type") if params is not None else []
    unknown = [t for t in types if t not in KINDS]
    if unknown:
        raise E.invalid("xmlSearchParameters", f"unknown activity type(s) {', '.join(unknown)}")
    acts = call.platform.core.activities
    found = [a for kind in ({KINDS[t] for t in types} or {""}) for a in acts.list(kind=kind)]
    found.sort(key=lambda a: a.created_at, reverse=True)
    return {"Content": Items("Item", [S.activity_info(a, full=False, language=call.language) for a in found])}


@method("GetBackgroundActivityInfo", "BackgroundActivityFullInfoAnswer", *ACTIVITY)
def activity_info(call: Call) -> dict[str, Any]:
    return S.activity_info(_activity(call), full=True, language=call.language)


@method("DoActionForBackgroundActivity", "VoidOtapiAnswer", *ACTIVITY, Param("actionId"))
def activity_action(call: Call) -> None:
    info = _activity(call)
    if call.args["actionId"] != CANCEL_ACTION:
        raise E.not_found("actionId", f"{call.args['actionId']!r} is not an action of activity {info.id}")
    with about("activityId"):
        call.platform.core.activities.cancel(info.id)


@method("DoStepActionForBackgroundActivity", "VoidOtapiAnswer", *ACTIVITY,
        Param("xmlParameters", "xml", root="NamedParameters"))
def step_action(call: Call) -> None:
    info = _activity(call)
    given = {p.get("Name", ""): (p.text or "").strip() for p in call.args["xmlParameters"].findall("Parameter")}
    if not given.get("Choice"):
        raise E.invalid("xmlParameters", 'a <Parameter Name="Choice"> is required')
    question = info.pending_question
    if question is None or not info.is_awaiting_action:
        raise E.OtapiError(E.NOT_AVAILABLE, f"Parameter activityId: activity {info.id} is not waiting for an answer "
                           f"(it is {info.state}).", parameter="activityId")
    if given.get("QuestionKey") and given["QuestionKey"] != question.question_key:
        raise E.OtapiError(E.NOT_AVAILABLE, "Parameter xmlParameters: that question was already answered; "
                           "read the activity again.", parameter="xmlParameters")
    with about("xmlParameters", E.INVALID_PARAMETER):
        call.platform.core.activities.answer(info.id, given["Choice"], answered_by=f"otapi:{call.caller.login}")
    call.platform.drive(info.id)
