"""Column declarations of the Orders pane's tables (declared once, Anki-style)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain import marketplaces
from workstation.services.dto import LineRow, OrderRow
from workstation.ui.look import money, status_brush, status_name, thumbnail, when
from workstation.ui.table import CENTER, RIGHT, Column

PROVIDER_NAMES = {m.kind: m.short_name for m in marketplaces.MARKETPLACES}

ORDER_COLUMNS: tuple[Column[OrderRow], ...] = (
    Column("id", "Order", lambda r: r.id, width=130),
    Column("created", "Created", lambda r: when(r.created_at), width=130),
    Column("customer", "Customer", lambda r: r.customer_name, width=190, stretch=True),
    Column("provider", "Provider", lambda r: PROVIDER_NAMES.get(r.provider, r.provider), width=80),
    Column("status", "Status", lambda r: status_name(r.status_code), width=190,
           background=lambda r: status_brush(r.status_code)),
    Column("lines", "Lines", lambda r: str(r.line_count), align=CENTER, width=55),
    Column("goods", "Goods", lambda r: money(r.goods_amount), align=RIGHT, width=100),
    Column("delivery", "Delivery", lambda r: money(r.delivery_amount), align=RIGHT, width=85),
    Column("paid", "Paid", lambda r: money(r.paid_amount) if r.is_paid else "—", align=RIGHT, width=100),
)


def _title(r: LineRow) -> str:
    return f"{r.title_orig}\n{r.title}" if r.title else r.title_orig


def readable_config(text: str) -> str:
    """`颜色:白色;尺码:XL` -> `颜色: 白色; 尺码: XL`."""
    return "; ".join(": ".join(p.strip() for p in pair.split(":", 1)) for pair in text.split(";") if pair)


def _config(r: LineRow) -> str:
    orig = readable_config(r.config_text_orig)
    return f"{orig}\n{readable_config(r.config_text)}" if r.config_text else orig


LINE_COLUMNS: tuple[Column[LineRow], ...] = (
    Column("num", "#", lambda r: str(r.line_num), align=CENTER, width=34),
    Column("item", "Item", _title, width=330, stretch=True, tooltip=lambda r: f"{r.title_orig}\n{r.title}\n{r.item_id}",
           decoration=lambda r: thumbnail(r.item_id, r.title_orig)),
    Column("config", "Configuration", _config, width=200),
    Column("qty", "Qty", lambda r: str(r.qty), align=CENTER, width=44),
    Column("price", "Price paid", lambda r: money(r.paid_by_customer), align=RIGHT, width=90),
    Column("price_now", "Price now", lambda r: money(r.price_cust) if r.price_cust != r.paid_by_customer else "",
           align=RIGHT, width=90, tooltip=lambda r: QCoreApplication.translate(
               "OrderLines", "Recalculated: the customer is asked {0} a unit instead of {1}").format(
               money(r.price_cust), money(r.paid_by_customer)) if r.price_cust != r.paid_by_customer else ""),
    Column("purch", "Purchase price", lambda r: money(r.purch_price), align=RIGHT, width=105),
    Column("status", "Status", lambda r: status_name(r.status), width=175,
           background=lambda r: status_brush(r.status)),
    Column("vend", "Marketplace order", lambda r: r.vend_purch_id or "", width=160),
    Column("waybill", "Waybill", lambda r: r.vend_purch_waybill or "", width=140),
    Column("seller", "Seller", lambda r: r.seller_nick, width=170),
)

GOODS_COLUMNS: tuple[Column[LineRow], ...] = (
    Column("order", "Order", lambda r: r.order_id, width=130),
    Column("customer", "Customer", lambda r: r.customer_name, width=150),
    *(c for c in LINE_COLUMNS if c.key != "seller"),
)
