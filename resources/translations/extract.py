"""Finds every string the GUI translates, with the context it is translated in at run time.

`pyside6-lupdate` reads Python, but it guesses a context from the text of the call: `tr("…")`
through a local alias gets no context, `box.tr("…")` gets "box", and it never sees texts that
reach `QCoreApplication.translate` through a helper (`_tr(name)`), a column declaration
(`Column("key", "Title", …)`, translated in "Columns") or a table of names (statuses, kinds,
choice labels). This module reads the same files with Python's `ast` and resolves those:

- `self.tr("…")` in class C, and `C.tr`, `C(...).tr`, a variable made by `C(...)`: context C;
- `QCoreApplication.translate("Ctx", "…", disambiguation, n)`;
- module helpers such as `def _tr(text): return QCoreApplication.translate("Ctx", text)`, their
  aliases (`_tr = tr_n`, `tr = self.tr`, `tr = lambda s: C.tr(s)`) and imports of them;
- functions taking the context as a parameter (`customer_price_tip(row, "Worklist")`);
- `Column("key", "Title", …)`: "Columns";
- a translated name taken from a module-level table of literals (`_tr(NAMES.get(k, k))`,
  `self.tr(next(v.title for v in VIEWS …))`, `for code, name in NAMES.items(): … tr(name)`),
  also when the table is imported from another ui module.

What stays dynamic (a text that comes from the services or the domain) is reported as a
`DynamicSite`; update.py supplies those texts from the declarations and fails when a site is
not covered, so a new one cannot slip through.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate / QApplication.translate / aliases


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""  # the disambiguation
    numerus: bool = False
    filename: str = ""  # relative to the repository root
    line: int = 0


@dataclass(frozen=True)
class DynamicSite:
    filename: str
    line: int
    context: str
    expression: str  # the source text of the text argument

    @property
    def key(self) -> str:
        return f"{self.filename}:{self.context}:{self.expression}"


@dataclass
class _Helper:
    """A function that translates its `text_index`-th argument (or a literal inside it)."""

    context: str | None  # None: the context is the `context_index`-th argument
    text_index: int | None = 0  # None: it translates literals of its body in the given context
    n_index: int | None = None
    context_index: int | None = None
    context_default: str | None = None
    literals: list[tuple[str, str, bool, int]] = field(default_factory=list)  # source, comment, numerus, line


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" is one Constant already
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _strings_in(node: ast.AST) -> list[str]:
    """Every string value of a literal table: dict values, tuple/list items, dataclass-like calls'
    string arguments after the first (View("key", "Title"))."""
    out: list[str] = []
    if isinstance(node, ast.Dict):
        for value in node.values:
            out.extend(_strings_in(value) if not isinstance(value, ast.Constant) else [value.value]
                       if isinstance(value.value, str) else [])
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for item in node.elts:
            text = _literal(item)
            if text is not None:
                out.append(text)
            else:
                out.extend(_strings_in(item))
    elif isinstance(node, ast.Call):
        for arg in node.args[1:]:
            text = _literal(arg)
            if text is not None:
                out.append(text)
    return [s for s in out if s]


class _Module:
    def __init__(self, root: Path, path: Path):
        self.path = path
        self.filename = path.relative_to(root).as_posix()
        self.name = ".".join(path.relative_to(root).with_suffix("").parts)
        if self.name.endswith(".__init__"):
            self.name = self.name[: -len(".__init__")]
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source, self.filename)
        self.helpers: dict[str, _Helper] = {}
        self.tables: dict[str, list[str]] = {}  # module-level literal tables
        self.dicts: dict[str, dict[str, str]] = {}  # module-level dicts of literal keys and values
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.classes: set[str] = set()


class Extractor:
    def __init__(self, root: Path, package: str = "workstation",
                 variable_classes: dict[tuple[str, str], str] | None = None):
        """`variable_classes`: (filename, variable) -> the class whose context `variable.tr`
        uses, where the code cannot tell (a parameter: `window.tr` in app.py)."""
        self.root = root
        self.variable_classes = variable_classes or {}
        self.modules: dict[str, _Module] = {}
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            module = _Module(root, path)
            self.modules[module.name] = module
        self.messages: list[Message] = []
        self.dynamic: list[DynamicSite] = []
        self.passthrough: list[DynamicSite] = []
        for module in self.modules.values():
            self._index(module)
        for _ in range(3):  # helpers defined through other helpers / aliases
            for module in self.modules.values():
                self._index_helpers(module)
        for module in self.modules.values():
            _Visitor(self, module).visit(module.tree)

    # -- indexing ---------------------------------------------------------------------------

    def _index(self, module: _Module) -> None:
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.ClassDef):
                module.classes.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = node.value
                if value is None:
                    continue
                strings = _strings_in(value)
                for target in targets:
                    if isinstance(target, ast.Name) and strings:
                        module.tables[target.id] = strings
                    if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
                        module.dicts[target.id] = {
                            k.value: v.value for k, v in zip(value.keys, value.values, strict=True)
                            if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                            and isinstance(k.value, str) and isinstance(v.value, str)}
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.Assign, ast.AnnAssign)):
                        targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                        strings = _strings_in(item.value) if item.value is not None else []
                        for target in targets:
                            if isinstance(target, ast.Name) and strings:
                                module.tables[f"self.{target.id}"] = strings

    def _index_helpers(self, module: _Module) -> None:
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef):
                helper = self._helper_of(module, node)
                if helper is not None:
                    module.helpers[node.name] = helper
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
                found = self.helper(module, node.value.id)
                if found is not None:
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            module.helpers[target.id] = found

    def _helper_of(self, module: _Module, func: ast.FunctionDef) -> _Helper | None:
        params = [a.arg for a in func.args.args]
        defaults = dict(zip(params[len(params) - len(func.args.defaults):], func.args.defaults, strict=True))
        literal_calls: list[tuple[str, str, bool, int]] = []
        context_param: str | None = None
        for node in ast.walk(func):
            if not (isinstance(node, ast.Call) and _is_translate(node.func)) or len(node.args) < 2:
                continue
            ctx_node, text_node = node.args[0], node.args[1]
            comment = _literal(node.args[2]) if len(node.args) > 2 else ""
            numerus = len(node.args) > 3
            if isinstance(text_node, ast.Name) and text_node.id in params:
                n_index = None
                if numerus and isinstance(node.args[3], ast.Name) and node.args[3].id in params:
                    n_index = params.index(node.args[3].id)
                ctx = _literal(ctx_node)
                if ctx is not None:
                    return _Helper(ctx, params.index(text_node.id), n_index)
                if isinstance(ctx_node, ast.Name) and ctx_node.id in params:
                    default = _literal(defaults.get(ctx_node.id))
                    return _Helper(None, params.index(text_node.id), n_index,
                                   params.index(ctx_node.id), default)
            text = _literal(text_node)
            if text is not None and isinstance(ctx_node, ast.Name) and ctx_node.id in params:
                context_param = ctx_node.id
                literal_calls.append((text, comment or "", numerus, node.lineno))
        if context_param is not None:
            default = _literal(defaults.get(context_param))
            return _Helper(None, None, None, params.index(context_param), default, literal_calls)
        return None

    def helper(self, module: _Module, name: str) -> _Helper | None:
        if name in module.helpers:
            return module.helpers[name]
        if name in module.imports:
            target_module, target_name = module.imports[name]
            target = self.modules.get(target_module)
            if target is not None and target is not module:
                return self.helper(target, target_name)
        return None

    def table(self, module: _Module, name: str) -> list[str] | None:
        if name in module.tables:
            return module.tables[name]
        if name in module.imports:
            target_module, target_name = module.imports[name]
            target = self.modules.get(target_module)
            if target is not None and target is not module:
                return self.table(target, target_name)
        return None

    def dict_table(self, module: _Module, name: str) -> dict[str, str] | None:
        if name in module.dicts:
            return module.dicts[name]
        if name in module.imports:
            target_module, target_name = module.imports[name]
            target = self.modules.get(target_module)
            if target is not None and target is not module:
                return self.dict_table(target, target_name)
        return None

    def is_class(self, module: _Module, name: str) -> bool:
        if name in module.classes or (len(name) > 1 and name[0] == "Q" and name[1].isupper()):
            return True  # ours, or a Qt class (imported at the top or inside the function)
        if name in module.imports:
            target = self.modules.get(module.imports[name][0])
            return target is None and name[:1].isupper() or bool(target and name in target.classes)
        return False


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr in TRANSLATE_NAMES and isinstance(
        func.value, ast.Name) and func.value.id in {"QCoreApplication", "QApplication", "QGuiApplication"}


class _Visitor(ast.NodeVisitor):
    def __init__(self, extractor: Extractor, module: _Module):
        self.x = extractor
        self.m = module
        self.classes: list[str] = []
        self.scopes: list[dict[str, object]] = [{}]  # local aliases: name -> context | _Helper | "translate"
        self.loop_tables: list[dict[str, list[str]]] = [{}]
        self.class_attrs: dict[str, dict[str, object]] = {}  # class -> self.<attr> meanings
        self.params: list[set[str]] = [set()]

    # -- scopes -----------------------------------------------------------------------------

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self.scopes.append({})
        self.loop_tables.append({})
        self.params.append({a.arg for a in node.args.args + node.args.kwonlyargs})
        self.generic_visit(node)
        self.params.pop()
        self.loop_tables.pop()
        self.scopes.pop()

    def visit_Lambda(self, node: ast.Lambda) -> None:  # noqa: N802
        self.params.append({a.arg for a in node.args.args})
        self.generic_visit(node)
        self.params.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def _lookup(self, name: str) -> object | None:
        if name.startswith("self.") and self.classes:
            return self.class_attrs.get(self.classes[-1], {}).get(name)
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802
        meaning = self._callable_meaning(node.value)
        if meaning is None and isinstance(node.value, ast.Call):
            cls = self._constructed_class(node.value)
            if cls is not None:
                meaning = ("instance", cls)
        if meaning is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.scopes[-1][target.id] = meaning
                elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "self" and self.classes:
                    self.class_attrs.setdefault(self.classes[-1], {})["self." + target.attr] = meaning
        # a local table: key = "a" if … else "b";  names = {"\r": "Enter", …}
        strings = _strings_in(node.value) if not isinstance(node.value, ast.IfExp) else [
            s for s in (_literal(node.value.body), _literal(node.value.orelse)) if s]
        if len(self.loop_tables) > 1:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    if strings:
                        self.loop_tables[-1][target.id] = strings
                    else:
                        self.loop_tables[-1].pop(target.id, None)
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:  # noqa: N802
        names = [t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)]
        for name in names:  # a name bound before means nothing here
            self.loop_tables[-1].pop(name, None)
        if isinstance(node.target, ast.Tuple) and isinstance(node.iter, (ast.Tuple, ast.List)):
            # for key, name in (("", "All states"), ("open", "Running or waiting"), ...)
            for position, target in enumerate(node.target.elts):
                if not isinstance(target, ast.Name):
                    continue
                strings = []
                for item in node.iter.elts:
                    if isinstance(item, (ast.Tuple, ast.List)) and position < len(item.elts):
                        value = item.elts[position]
                        text = _literal(value)
                        if text is None:
                            text = self._dict_value(value)
                        if text:
                            strings.append(text)
                if strings:
                    self.loop_tables[-1][target.id] = strings
        else:
            table = self._table_of_iter(node.iter)
            if table is not None:
                # attribute access on the loop variable (view.title) reads the same table
                for name in names:
                    self.loop_tables[-1][name] = table
        self.generic_visit(node)

    def _dict_value(self, node: ast.AST) -> str | None:
        """NAMES["key"] of a module-level dict of literals (here or imported)."""
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            key = _literal(node.slice)
            table = self.x.dict_table(self.m, node.value.id)
            if key is not None and table is not None:
                return table.get(key)
        return None

    def _table_of_iter(self, node: ast.AST) -> list[str] | None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in {"items", "values"}:
            node = node.func.value
        if isinstance(node, ast.Name):
            return self.x.table(self.m, node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            return self.m.tables.get("self." + node.attr)
        return None

    def _constructed_class(self, call: ast.Call) -> str | None:
        if isinstance(call.func, ast.Name) and self.x.is_class(self.m, call.func.id):
            return call.func.id
        return None

    def _class_of(self, node: ast.AST) -> str | None:
        """The class whose context `node.tr` uses."""
        if isinstance(node, ast.Name):
            if node.id in {"self", "cls"} and self.classes:
                return self.classes[-1]
            meaning = self._lookup(node.id)
            if isinstance(meaning, tuple) and meaning[0] == "instance":
                return meaning[1]
            override = self.x.variable_classes.get((self.m.filename, node.id))
            if override:
                return override
            if self.x.is_class(self.m, node.id):
                return node.id
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            meaning = self._lookup("self." + node.attr)
            if isinstance(meaning, tuple) and meaning[0] == "instance":
                return meaning[1]
        if isinstance(node, ast.Call):
            return self._constructed_class(node)
        return None

    def _callable_meaning(self, node: ast.AST) -> object | None:
        """What calling `node` does: ("tr", class) / "translate" / a _Helper."""
        if isinstance(node, ast.Attribute) and node.attr == "tr":
            cls = self._class_of(node.value)
            return ("tr", cls or "?" + ast.unparse(node.value))
        if isinstance(node, ast.Attribute) and _is_translate(node):
            return "translate"
        if isinstance(node, ast.Lambda) and isinstance(node.body, ast.Call):
            return self._callable_meaning(node.body.func)
        if isinstance(node, ast.Name):
            local = self._lookup(node.id)
            if local is not None and not (isinstance(local, tuple) and local[0] == "instance"):
                return local
            return self.x.helper(self.m, node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            local = self._lookup("self." + node.attr)
            if local is not None and not (isinstance(local, tuple) and local[0] == "instance"):
                return local
        return None

    # -- calls ------------------------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        self._call(node)
        self.generic_visit(node)

    def _call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "Column" and len(node.args) >= 2:
            self._text("Columns", node.args[1], "", False, node)
            return
        meaning = self._callable_meaning(func)
        if meaning is None:
            return
        if meaning == "translate":
            if len(node.args) < 2:
                return
            ctx = _literal(node.args[0])
            if ctx is None:
                return  # inside a context-parametric helper: its call sites say the context
            comment = (_literal(node.args[2]) or "") if len(node.args) > 2 else ""
            self._text(ctx, node.args[1], comment, len(node.args) > 3, node)
        elif isinstance(meaning, tuple) and meaning[0] == "tr":
            if not node.args:
                return
            comment = (_literal(node.args[1]) or "") if len(node.args) > 1 else ""
            numerus = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
            self._text(meaning[1], node.args[0], comment, numerus, node)
        elif isinstance(meaning, _Helper):
            helper = meaning
            ctx = helper.context
            if ctx is None:
                arg = node.args[helper.context_index] if helper.context_index is not None and \
                    helper.context_index < len(node.args) else None
                kw = next((k.value for k in node.keywords if k.arg == "context"), None)
                ctx = _literal(kw if kw is not None else arg) if (kw is not None or arg is not None) \
                    else helper.context_default
                if ctx is None:
                    return
            if helper.text_index is None:
                for source, comment, numerus, _line in helper.literals:
                    self._add(Message(ctx, source, comment, numerus, self.m.filename, node.lineno))
                return
            if helper.text_index >= len(node.args):
                return
            numerus = helper.n_index is not None and (len(node.args) > helper.n_index or any(
                k.arg == "n" for k in node.keywords))
            self._text(ctx, node.args[helper.text_index], "", numerus, node)

    def _text(self, context: str, node: ast.AST, comment: str, numerus: bool, call: ast.Call) -> None:
        text = _literal(node)
        if text is not None:
            if text:
                self._add(Message(context, text, comment, numerus, self.m.filename, call.lineno))
            return
        strings = self._table_strings(node)
        if strings is not None:
            for s in strings:
                self._add(Message(context, s, comment, numerus, self.m.filename, call.lineno))
            return
        if isinstance(node, ast.Name) and node.id in self.params[-1]:
            # a helper passing its parameter on: its callers are read instead (when it is a module
            # helper); recorded so that update.py can tell a method doing it
            self.x.passthrough.append(DynamicSite(self.m.filename, call.lineno, context, node.id))
            return
        self.x.dynamic.append(DynamicSite(self.m.filename, call.lineno, context, ast.unparse(node)))

    def _table_strings(self, node: ast.AST) -> list[str] | None:
        """The literal table a dynamic text argument reads, when it reads one."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            return self._table_strings(node.func.value)
        if isinstance(node, ast.Subscript):
            return self._table_strings(node.value)
        if isinstance(node, ast.Name):
            for scope in reversed(self.loop_tables):
                if node.id in scope:
                    return scope[node.id]
            return self.x.table(self.m, node.id)
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                return self.m.tables.get("self." + node.attr)
            return self._table_strings(node.value)  # view.title of `for view in VIEWS`
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "next" \
                and node.args and isinstance(node.args[0], ast.GeneratorExp):
            gen = node.args[0]
            return self._table_strings(gen.generators[0].iter)
        return None

    def _add(self, message: Message) -> None:
        self.x.messages.append(message)
