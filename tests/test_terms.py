"""The graph builder's N-Triples terms (kg.graph.terms) are the terms rdflib and pyoxigraph make: every
string written parses back, in both libraries, to the term the builder made before as an rdflib term."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.build import _value
from kg.graph.terms import literal_value, nt_iri, nt_literal, rdflib_term
from kg.link import iri
from kg.model import Mention

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text is any string of code points but surrogates (not text: Python cannot encode them, nor the store
# hold them), with what needs escaping made frequent.
text = st.text(st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(['"', "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "'", "\u2028", "😀"]),
), max_size=40)
langs = st.sampled_from([None, "zh", "en"])


def parsed(term: str) -> tuple[ox.NamedNode | ox.Literal, object]:
    """``term`` as the object of a triple, parsed by pyoxigraph and by rdflib."""
    line = f"<urn:s> <urn:p> {term} .\n"
    (triple,) = ox.parse(line.encode(), ox.RdfFormat.N_TRIPLES)
    ((_s, _p, o),) = Graph().parse(data=line, format="nt")
    return triple.object, o


@SETTINGS
@given(text, langs)
def test_a_literal_is_written_as_pyoxigraph_writes_it_and_reads_back_in_both_libraries(value, lang):
    term = nt_literal(value, lang=lang)
    assert term == str(ox.Literal(value, language=lang) if lang else ox.Literal(value))
    before = Literal(value, lang=lang)  # the rdflib term the builder made before
    in_ox, in_rdflib = parsed(term)
    assert in_ox == (ox.Literal(value, language=lang) if lang else ox.Literal(value))
    assert in_rdflib == before
    assert rdflib_term(term) == before and literal_value(term) == value


@SETTINGS
@given(st.lists(text, min_size=1, max_size=3))
def test_an_iri_of_any_name_is_written_as_pyoxigraph_writes_it(parts):
    value = iri(*parts)  # percent-encoded, as every IRI kg mints
    term = nt_iri(value)
    assert term == str(ox.NamedNode(value))
    assert parsed(term) == (ox.NamedNode(value), URIRef(value))
    assert rdflib_term(term) == URIRef(value)


@pytest.mark.parametrize("value", ["https://x.org/a b", "https://x.org/<a>", 'https://x.org/"', "relative",
                                   "https://x.org/a\\b", "https://x.org/{a}", "https://x.org/\n"])
def test_an_iri_n_triples_cannot_write_is_refused(value):
    with pytest.raises(ValueError, match="not an absolute IRI"):
        nt_iri(value)


@SETTINGS
@given(st.text(st.characters(categories=("Nd",)), min_size=1, max_size=6),
       st.text(st.characters(categories=("Nd",)), min_size=0, max_size=3), st.sampled_from(["AGE", "DEPTH"]))
def test_a_number_of_any_digits_is_written_as_rdflib_normalised_it(whole, fraction, kind):
    """An argument's number (８９岁, ٣ ...) in the lexical form rdflib gave it: ASCII digits, canonical."""
    written = whole + ("." + fraction if fraction else "")
    datatype = XSD.integer if kind == "AGE" else XSD.decimal
    if kind == "AGE" and fraction:
        return
    term = _value(Mention(0, len(written), kind, written))
    assert rdflib_term(term) == Literal(written, datatype=datatype)
    assert literal_value(term) == str(Literal(written, datatype=datatype))


@pytest.mark.parametrize(("value", "datatype"), [("12", XSD.nonNegativeInteger), ("0.950", XSD.decimal),
                                                  ("2025-06", XSD.gYearMonth), ("http://a/b c", XSD.anyURI),
                                                  ("x", XSD.string)])
def test_a_typed_literal_reads_back_in_both_libraries(value, datatype):
    term = nt_literal(value, datatype=datatype)
    before = Literal(value, datatype=datatype)
    in_ox, in_rdflib = parsed(term)
    assert in_ox == ox.Literal(value, datatype=ox.NamedNode(datatype))
    assert in_rdflib == before and rdflib_term(term) == before
