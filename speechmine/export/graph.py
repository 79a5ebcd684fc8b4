"""The task graph: a speech's structure, who is responsible for what, and which documents it cites.

Nodes (attribute `type`): `document` (the speech), `part` (a top-level heading), `group` (a
deeper heading), `item` (a task, prohibition or commitment), `party` (a responsible unit) and
`cited` (a document cited as `《……》`). Edges (attribute `type`): `contains` from the document
down through parts and groups to items, with `order` giving the reading order among siblings;
`responsible_for` from a party to an item (`role` `lead` or `co`; `party_source` as on the
item, or `suggested`); `cites` from the item (or the document, outside any item) to a cited
document, with the citation's offsets.

Every attribute is a str, int, float or bool, so GraphML and node-link JSON both work; lists are
JSON-encoded. `start`/`end` are character offsets into `Result.text`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from .checklist import display_numbers
from ..errors import SpeechmineError
from ..model import Item, Result
from ..writing import write_atomic, write_text_atomic

DOCUMENT = "document"
CITATION = re.compile(r"《([^《》\n]{1,100})》")
GRAPH_FORMATS = ("graphml", "json")


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _clean(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Drop None values and JSON-encode everything that is not a scalar."""
    return {key: _scalar(value) for key, value in attrs.items() if value is not None}


def _item_attrs(item: Item, number: str, seq: int) -> dict[str, Any]:
    node_type = "item" if item.kind != "heading" else "part" if len(item.path) <= 1 else "group"
    attrs: dict[str, Any] = {
        "type": node_type, "kind": item.kind, "label": item.label or item.text[:40],
        "number": number, "seq": seq, "text": item.text, "start": item.start, "end": item.end,
        "path": item.path, "zone": item.zone, "borderline": item.borderline,
        "party": item.party, "party_source": item.party_source,
        "co_parties": item.co_parties or None, "deadline": item.deadline, "target": item.target,
    }
    for name in ("party", "deadline", "target"):
        span = getattr(item, f"{name}_span")
        if span is not None:
            attrs[f"{name}_start"], attrs[f"{name}_end"] = span.start, span.end
    for key, value in item.extra.items():
        attrs.setdefault(key, value)
    return attrs


def _party_nodes(graph: nx.DiGraph, result: Result) -> None:
    mentions: dict[str, list[list[int]]] = {}
    for it in result.items:
        roles = [(it.party, "lead", it.party_source)] if it.party else []
        if not it.party and it.extra.get("suggested_party"):
            roles.append((it.extra["suggested_party"], "lead", "suggested"))
        roles += [(p, "co", it.party_source) for p in it.co_parties if p and p != it.party]
        for name, role, source in roles:
            node = f"party:{name}"
            if node not in graph:
                graph.add_node(node, type="party", label=name)
                mentions[node] = []
            if role == "lead" and it.party_span is not None and it.party_span.text == name:
                pair = [it.party_span.start, it.party_span.end]
                if pair not in mentions[node]:
                    mentions[node].append(pair)
            graph.add_edge(node, it.id, type="responsible_for", role=role,
                           party_source=source or "unknown")
    for node, spans in mentions.items():
        name = graph.nodes[node]["label"]
        if not spans:
            found = result.text.find(name)
            spans = [[found, found + len(name)]] if found >= 0 else []
        if spans:
            graph.nodes[node].update(start=spans[0][0], end=spans[0][1],
                                     mentions=json.dumps(sorted(spans)))


def _containing_item(result: Result, start: int, end: int) -> Item | None:
    """The innermost item around [start, end): a task item before a heading."""
    around = [it for it in result.items if it.start <= start and end <= it.end]
    if not around:
        return None
    return min(around, key=lambda it: (it.kind == "heading", it.end - it.start))


def _citations(graph: nx.DiGraph, result: Result) -> None:
    for match in CITATION.finditer(result.text):
        title = match.group(1).strip()
        if not title:
            continue
        node = f"cited:{title}"
        if node not in graph:
            graph.add_node(node, type="cited", label=f"《{title}》", title=title,
                           start=match.start(), end=match.end(), count=0)
        graph.nodes[node]["count"] += 1
        holder = _containing_item(result, match.start(), match.end())
        source = holder.id if holder is not None else DOCUMENT
        if graph.has_edge(source, node):
            edge = graph.edges[source, node]
            edge["spans"] = json.dumps(json.loads(edge["spans"]) + [[match.start(), match.end()]])
        else:
            graph.add_edge(source, node, type="cites", start=match.start(), end=match.end(),
                           spans=json.dumps([[match.start(), match.end()]]))


def build_graph(result: Result) -> nx.DiGraph:
    """The task graph of `result` (see the module docstring for its nodes and edges)."""
    graph = nx.DiGraph(source=result.source, **_clean({"doc_date": result.doc_date}))
    graph.add_node(DOCUMENT, type="document", label=result.source, start=0, end=len(result.text))
    numbers = display_numbers(result)
    ids = {it.id for it in result.items}
    order: dict[str, int] = {}
    for seq, it in enumerate(result.items):
        graph.add_node(it.id, **_clean(_item_attrs(it, numbers[it.id], seq)))
        parent = it.parent if it.parent in ids else DOCUMENT
        order[parent] = order.get(parent, 0) + 1
        graph.add_edge(parent, it.id, type="contains", order=order[parent])
    _party_nodes(graph, result)
    _citations(graph, result)
    return graph


def render_graph_json(graph: nx.DiGraph) -> str:
    """Node-link JSON of the graph, deterministic."""
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def graph_format(path: Path | str, fmt: str | None = None) -> str:
    """`graphml` or `json`, from `fmt` or the path's suffix (SpeechmineError otherwise)."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in GRAPH_FORMATS:
        raise SpeechmineError(
            f"{path}: cannot write a graph as '{fmt or Path(path).name}' (use .graphml or .json)")
    return fmt


def write_graph(result: Result, path: Path | str, fmt: str | None = None) -> None:
    """Write the task graph as GraphML (`.graphml`) or node-link JSON (`.json`), atomically."""
    path = Path(path)
    fmt = graph_format(path, fmt)
    graph = build_graph(result)
    if fmt == "json":
        write_text_atomic(path, render_graph_json(graph))
    else:
        from .cells import xml_safe

        safe = nx.relabel_nodes(graph, lambda n: xml_safe(n) if isinstance(n, str) else n)
        for attrs in [d for _, d in safe.nodes(data=True)] + [d for *_, d in safe.edges(data=True)]:
            attrs.update({k: xml_safe(v) for k, v in attrs.items() if isinstance(v, str)})
        write_atomic(path, lambda tmp: nx.write_graphml(safe, tmp, encoding="utf-8"))
