"""The task graph, and its GraphML and node-link JSON files read back."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from speechmine.errors import SpeechmineError
from speechmine.export import write
from speechmine.export.graph import build_graph, write_graph
from test_export_checklist import sample_result


def _edges(graph, kind):
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == kind]


def test_contains_edges_follow_the_structure_in_reading_order():
    graph = build_graph(sample_result())
    assert graph.nodes["document"]["type"] == "document"
    children = sorted(((d["order"], v) for u, v, d in _edges(graph, "contains") if u == "document"))
    assert [v for _, v in children] == ["t0", "h1", "h4"]
    under_group = sorted((d["order"], v) for u, v, d in _edges(graph, "contains") if u == "h3")
    assert under_group == [(1, "t3"), (2, "t4")]
    assert graph.nodes["h1"]["type"] == "part" and graph.nodes["h2"]["type"] == "group"
    assert graph.nodes["t4"]["type"] == "item" and graph.nodes["t4"]["kind"] == "prohibition"
    assert graph.nodes["t3"]["number"] == "一.（二）.1"
    contains = nx.DiGraph((u, v) for u, v, _ in _edges(graph, "contains"))
    assert nx.is_tree(contains)


def test_every_node_points_back_into_the_source():
    result = sample_result()
    graph = build_graph(result)
    for node, data in graph.nodes(data=True):
        assert 0 <= data["start"] < data["end"] <= len(result.text), node
        if data["type"] in ("item", "part", "group"):
            assert result.text[data["start"]:data["end"]] == data["text"]
        if data["type"] == "party":
            assert result.text[data["start"]:data["end"]] == data["label"]


def test_parties_are_responsible_for_their_items():
    graph = build_graph(sample_result())
    lead = {(u, v): d for u, v, d in _edges(graph, "responsible_for")}
    assert lead["party:市交通运输局", "t3"]["role"] == "lead"
    assert lead["party:市交通运输局", "t4"]["party_source"] == "inherited"
    assert lead["party:市财政局", "t3"]["role"] == "co"
    assert lead["party:市交通运输局", "t2"]["party_source"] == "suggested"
    assert sorted(v for u, v in lead if u == "party:市交通运输局") == ["t2", "t3", "t4"]
    assert not any(v == "t5" for _, v in lead)


def test_cited_documents_with_the_citation_offsets():
    result = sample_result()
    graph = build_graph(result)
    cites = {(u, v): d for u, v, d in _edges(graph, "cites")}
    assert set(cites) == {("t2", "cited:农村公路养护管理办法"), ("t6", "cited:安全生产责任清单")}
    edge = cites["t2", "cited:农村公路养护管理办法"]
    assert result.text[edge["start"]:edge["end"]] == "《农村公路养护管理办法》"


def test_a_citation_outside_any_item_hangs_off_the_document():
    result = sample_result()
    result.text = result.text.replace("部署今年重点工作", "学习《条例》部署工作")
    shift = len("学习《条例》部署工作") - len("部署今年重点工作")
    for it in result.items:
        it.start, it.end = it.start + shift, it.end + shift
    graph = build_graph(result)
    assert graph.has_edge("document", "cited:条例")
    assert graph.nodes["cited:条例"]["count"] == 1


def test_graphml_round_trip_keeps_attributes(tmp_path):
    path = tmp_path / "tasks.graphml"
    write(sample_result(), path)
    graph = nx.read_graphml(path)
    original = build_graph(sample_result())
    assert set(graph.nodes) == set(original.nodes)
    assert graph.number_of_edges() == original.number_of_edges()
    t1 = graph.nodes["t1"]
    assert t1["party"] == "各区县交通运输局" and t1["start"] == original.nodes["t1"]["start"]
    assert json.loads(t1["path"]) == ["一", "（一）"]
    assert graph.nodes["t0"]["borderline"] is True
    assert json.loads(graph.nodes["t3"]["co_parties"]) == ["市财政局"]


def test_node_link_json(tmp_path):
    path = tmp_path / "graph.json"
    write_graph(sample_result(), path)
    graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert graph.nodes["party:市应急管理局"]["type"] == "party"
    assert graph.edges["party:市应急管理局", "t6"]["party_source"] == "attribution"


def test_graph_refuses_other_formats(tmp_path):
    with pytest.raises(SpeechmineError, match="graphml"):
        write_graph(sample_result(), tmp_path / "graph.xlsx")


def test_result_graph_is_the_task_graph_deprecated():
    import speechmine

    result = speechmine.extract("二、重点工作\n一要加强领导。各区县要在年底前完成。\n")
    with pytest.warns(DeprecationWarning, match="build_graph"):
        graph = result.graph
    assert {it.id for it in result.items} <= set(graph.nodes)
    assert graph.nodes[result.items[0].id]["type"] == "group"
    assert graph.nodes[result.items[1].id]["type"] == "item"
    assert graph.has_edge("party:各区县", result.items[1].id)
