"""The graph as a networkx network."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.export import to_networkx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def net() -> nx.MultiDiGraph:
    return to_networkx(kg.build([ROOT / "seeds"]))


def test_network_holds_people_and_events_not_mentions(net):
    kinds = {d["kind"] for _, d in net.nodes(data=True)}
    assert any("Person" in k for k in kinds) and any("Event" in k for k in kinds)
    assert not any("#char=" in n for n in net.nodes)


def test_chair_edge_links_li_li_to_his_meeting(net):
    li = [n for n, d in net.nodes(data=True) if d["label"] == "李理"]
    assert li
    chaired = [(s, o) for s, o, d in net.edges(data=True) if d["predicate"].endswith("#chair") and o == li[0]]
    assert chaired and "市委常委会" in net.nodes[chaired[0][0]]["label"]


def test_same_graph_same_network(net):
    again = to_networkx(kg.build([ROOT / "seeds"]))
    assert list(again.nodes) == list(net.nodes)
    assert list(again.edges(keys=True)) == list(net.edges(keys=True))
    assert nx.number_weakly_connected_components(net) >= 1
