"""The seed page's items in the graph: a subhead is an alternative headline, trailing credits are the
article's authors, the photo caption at the end of the page is a Photograph with its photographers."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from kg.graph import build_graph
from kg.graph.vocab import KG, RDF, SCHEMA
from kg.ingest import read_documents
from kg.model import Document
from kg.pipeline import process_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def graph():
    docs = list(read_documents([SEEDS]))
    return build_graph(r for d in docs for r in process_document(d, place="鄂尔多斯市"))


def names(graph, subject, prop):
    return sorted(str(graph.value(o, SCHEMA.name)) for o in graph.objects(subject, prop))


def test_subhead_is_an_alternative_headline(graph):
    article = graph.value(predicate=SCHEMA.alternativeHeadline, object=Literal("李理主持", lang="zh"))
    assert article is not None
    assert str(graph.value(article, SCHEMA.headline)).startswith("市委常委会召开会议")


def test_trailing_credits_are_authors(graph):
    article = next(a for a in graph.subjects(RDF.type, SCHEMA.NewsArticle)
                   if str(graph.value(a, SCHEMA.headline) or "").startswith("鄂尔多斯:努力形成"))
    assert names(graph, article, SCHEMA.author) == ["方瑞敏", "祁淑婧"]


def test_photo_caption_is_an_item_with_its_photographers(graph):
    photos = list(graph.subjects(RDF.type, SCHEMA.Photograph))
    assert len(photos) == 1
    caption = str(graph.value(photos[0], SCHEMA.caption))
    assert caption.startswith("近日") and caption.endswith("魅力。")
    assert names(graph, photos[0], KG.photographer) == ["王琪", "胡杨"]


@pytest.mark.parametrize("text, credits, people", [
    ("市长李明出席会议。（祁淑婧 方瑞敏）", ["祁淑婧", "方瑞敏"], ["李明", "祁淑婧", "方瑞敏"]),
    ("市长李明出席会议。（忠辉）", ["忠辉"], ["李明", "忠辉"]),  # a pen name
    # a report credited to a body (a department, a paper): no author, no person
    ("市长李明出席会议。（县政府办）", [], ["李明"]),
    ("市长李明出席会议。（青山日报）", [], ["李明"]),
])
def test_a_trailing_credit_to_a_body_names_no_author(text, credits, people):
    (r,) = process_document(Document(id="c", text=text, date="2024-05-06"))
    assert [c.text for c in r.article.credits] == credits
    assert [m.text for m in r.mentions if m.type == "PER"] == people
