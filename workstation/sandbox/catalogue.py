"""The sandbox's deterministic catalogue: the same seed gives the same goods everywhere.

Pure data, no I/O: the sandbox server loads it into its own state, and the demo
generator picks order lines from it, so a demo line points at a real sandbox item.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from decimal import Decimal

from workstation.providers.base import ProviderKind, SkuProperty, yuan

DEFAULT_SEED = 1688


@dataclass(frozen=True)
class CatalogueSku:
    sku_id: str  # order-API id: 1688 specId (32 hex) / Taobao Global mpSkuId
    native_sku_id: str  # 1688 skuId / Taobao sku_id
    properties: tuple[SkuProperty, ...]
    price: Decimal
    promotion_price: Decimal | None
    stock: int

    @property
    def config_text(self) -> str:
        return ";".join(f"{p.name}:{p.value}" for p in self.properties)

    @property
    def config_text_en(self) -> str:
        return ";".join(
            f"{_PROP_EN.get(p.name, p.name)}:{_VALUE_EN.get(p.value, p.value)}"
            for p in self.properties
        )


@dataclass(frozen=True)
class CatalogueItem:
    provider: ProviderKind
    item_id: str  # order-API id: 1688 offerId / Taobao Global mpId
    native_item_id: str  # Taobao item_id (same as item_id for 1688)
    title: str  # Chinese, as the marketplace shows it
    title_en: str  # translation, as the shop showed it to the customer
    seller_id: str
    seller_nick: str
    is_tmall: bool
    skus: tuple[CatalogueSku, ...]
    # Behaviours the sandbox plays out on its clock (see the sandbox server):
    drifts: bool = False  # price rises by 5-30 % after the first booking day
    sells_out: bool = False  # stock drops to 0 after a while
    sku_vanishes: bool = False  # its first SKU disappears after a while
    weight_kg: Decimal = Decimal("0.5")

    @property
    def price(self) -> Decimal:
        return min(s.price for s in self.skus)


# (Chinese title, English title, kind of properties, base price yuan, weight kg)
_GOODS: tuple[tuple[str, str, str, int, str], ...] = (
    ("2024新款女装春秋韩版宽松连帽卫衣", "Women's loose hooded sweatshirt, Korean style", "apparel", 89, "0.6"),
    ("男士纯棉短袖T恤夏季圆领打底衫", "Men's cotton short-sleeve T-shirt, crew neck", "apparel", 39, "0.25"),
    ("加厚羽绒服女中长款冬季外套", "Women's thick mid-length down jacket", "apparel", 359, "1.4"),
    ("高腰直筒牛仔裤女显瘦阔腿裤", "High-waist straight wide-leg jeans", "apparel", 119, "0.7"),
    ("儿童运动鞋男童网面透气跑步鞋", "Children's breathable mesh running shoes", "shoes", 79, "0.8"),
    ("小白鞋女百搭板鞋学生休闲鞋", "White canvas sneakers, casual", "shoes", 69, "0.9"),
    ("真皮男士商务皮鞋系带正装鞋", "Men's leather business shoes, lace-up", "shoes", 268, "1.2"),
    ("无线蓝牙耳机降噪入耳式运动", "Wireless Bluetooth earbuds, noise cancelling", "colour", 129, "0.2"),
    ("手机壳适用苹果15硅胶保护套", "Silicone phone case for iPhone 15", "colour", 19, "0.05"),
    ("不锈钢保温杯大容量户外水杯", "Stainless steel vacuum bottle, large", "colour", 49, "0.45"),
    ("陶瓷马克杯带盖勺办公室咖啡杯", "Ceramic mug with lid and spoon", "colour", 29, "0.5"),
    ("北欧风格床上用品四件套纯棉", "Nordic cotton bedding set, 4 pieces", "bedding", 239, "2.1"),
    ("记忆棉枕头护颈椎助睡眠", "Memory foam neck pillow", "colour", 99, "1.1"),
    ("女士单肩包斜挎包简约百搭", "Women's shoulder crossbody bag", "colour", 159, "0.6"),
    ("双肩包男大容量旅行电脑背包", "Men's large travel laptop backpack", "colour", 139, "0.9"),
    ("儿童益智积木拼装玩具男孩", "Building blocks educational toy", "colour", 88, "1.0"),
    ("毛绒玩具熊公仔抱枕女生礼物", "Plush teddy bear cushion", "plush", 59, "0.7"),
    ("口红哑光雾面持久不脱色", "Matte long-lasting lipstick", "colour", 45, "0.05"),
    ("厨房收纳架置物架多层落地", "Kitchen storage rack, multi-tier", "colour", 75, "2.5"),
    ("LED台灯护眼学习书桌宿舍", "LED desk lamp, eye care", "colour", 66, "0.9"),
    ("瑜伽垫加厚加宽防滑健身垫", "Thick non-slip yoga mat", "colour", 55, "1.3"),
    ("汉服女古装襦裙改良中国风", "Hanfu dress, modern Chinese style", "apparel", 199, "0.8"),
    ("机械键盘青轴游戏电竞办公", "Mechanical keyboard, blue switches", "colour", 189, "1.1"),
    ("茶具套装家用功夫茶杯茶壶", "Kung fu tea set, teapot and cups", "colour", 128, "1.6"),
)

_APPAREL_COLOURS = ("黑色", "白色", "灰色", "卡其色", "藏青色", "酒红色")
_GOODS_COLOURS = ("黑色", "白色", "粉色", "蓝色", "绿色")
_APPAREL_SIZES = ("S", "M", "L", "XL", "XXL")
_SHOE_SIZES = ("35", "36", "37", "38", "39", "40", "41", "42", "43")
_BEDDING_SIZES = ("1.5米床", "1.8米床", "2.0米床")
_PLUSH_SIZES = ("40厘米", "60厘米", "80厘米")

_PROP_EN = {"颜色": "Colour", "尺码": "Size", "规格": "Spec"}
_VALUE_EN = {
    "黑色": "black", "白色": "white", "灰色": "grey", "卡其色": "khaki", "藏青色": "navy",
    "酒红色": "burgundy", "粉色": "pink", "蓝色": "blue", "绿色": "green",
    "1.5米床": "1.5 m bed", "1.8米床": "1.8 m bed", "2.0米床": "2.0 m bed",
    "40厘米": "40 cm", "60厘米": "60 cm", "80厘米": "80 cm",
}
# Taobao property ids (pid:vid) as the platform uses them: 1627207 colour, 20509 size.
_PID = {"颜色": "1627207", "尺码": "20509", "规格": "122216343"}

_SELLERS_1688 = (
    ("b2b-2208123456789", "义乌市星辰服饰有限公司"),
    ("b2b-2206667778881", "广州白云区鞋业商行"),
    ("b2b-2210098765432", "深圳华强北数码配件厂"),
    ("b2b-1795123400011", "杭州家纺直销"),
    ("b2b-2201112223334", "汕头澄海玩具厂"),
)
_SELLERS_TAOBAO = (
    ("2201478523690", "韩都衣舍旗舰店"),
    ("1695432178", "潮流鞋馆"),
    ("2206547896321", "数码生活馆"),
    ("3357741259", "温馨家居小铺"),
    ("2212369874125", "天猫超市"),
)


def _properties(kind: str, rng: random.Random) -> list[tuple[SkuProperty, ...]]:
    def prop(name: str, value: str) -> SkuProperty:
        return SkuProperty(name, value, _PID[name], str(zlib.crc32(f"{name}:{value}".encode()) % 10_000_000))

    if kind == "apparel":
        colours = rng.sample(_APPAREL_COLOURS, 3)
        sizes = rng.sample(_APPAREL_SIZES, 3)
        return [(prop("颜色", c), prop("尺码", s)) for c in colours for s in sorted(sizes)]
    if kind == "shoes":
        colours = rng.sample(_GOODS_COLOURS[:3], 2)
        return [(prop("颜色", c), prop("尺码", s)) for c in colours for s in _SHOE_SIZES[2:7]]
    if kind == "bedding":
        return [(prop("颜色", c), prop("规格", s)) for c in rng.sample(_GOODS_COLOURS, 2) for s in _BEDDING_SIZES]
    if kind == "plush":
        return [(prop("规格", s),) for s in _PLUSH_SIZES]
    return [(prop("颜色", c),) for c in rng.sample(_GOODS_COLOURS, rng.randint(2, 4))]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def build_catalogue(seed: int = DEFAULT_SEED) -> tuple[CatalogueItem, ...]:
    """Every item of the sandbox, both providers, in a stable order."""
    rng = random.Random(seed)
    items: list[CatalogueItem] = []
    for provider, sellers in ((ProviderKind.ALIBABA1688, _SELLERS_1688), (ProviderKind.TAOBAO, _SELLERS_TAOBAO)):
        for index, (title, title_en, kind, base, weight) in enumerate(_GOODS):
            seller_id, seller_nick = sellers[index % len(sellers)]
            is_tmall = provider is ProviderKind.TAOBAO and index % 4 == 0
            # 1688 wholesale prices run lower than retail Taobao prices.
            factor = Decimal("0.62") if provider is ProviderKind.ALIBABA1688 else Decimal(1)
            skus = []
            for props in _properties(kind, rng):
                price = yuan(Decimal(base) * factor * Decimal(rng.randint(90, 115)) / 100)
                promo = yuan(price * Decimal("0.85")) if is_tmall else None
                if provider is ProviderKind.ALIBABA1688:
                    sku_id, native = f"{rng.getrandbits(128):032x}", _digits(rng, 13)
                else:
                    sku_id, native = _digits(rng, 14), _digits(rng, 13)
                skus.append(CatalogueSku(sku_id, native, props, price, promo, rng.randint(20, 900)))
            if provider is ProviderKind.ALIBABA1688:
                item_id = native_item = _digits(rng, 12)
            else:
                item_id, native_item = _digits(rng, 16), _digits(rng, 12)
            items.append(
                CatalogueItem(
                    provider=provider,
                    item_id=item_id,
                    native_item_id=native_item,
                    title=title,
                    title_en=title_en,
                    seller_id=seller_id,
                    seller_nick=seller_nick,
                    is_tmall=is_tmall,
                    skus=tuple(skus),
                    drifts=index % 5 == 2,
                    sells_out=index % 7 == 3,
                    sku_vanishes=index % 11 == 5,
                    weight_kg=Decimal(weight),
                )
            )
    return tuple(items)


def items_of(provider: ProviderKind | str, seed: int = DEFAULT_SEED) -> tuple[CatalogueItem, ...]:
    kind = ProviderKind(provider)
    return tuple(i for i in build_catalogue(seed) if i.provider is kind)
