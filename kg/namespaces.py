"""The IRIs kg mints and the prefixes of docs/contract.md §5, as plain strings.

Kept apart from :mod:`kg.graph.vocab` (rdflib namespaces) so that ``kg query`` on a
store starts without importing rdflib.
"""
from __future__ import annotations

__all__ = ["BASE", "PREFIXES"]

#: Base of every IRI kg mints.
BASE = "https://kg.example.org/id/"

#: Prefixes bound in every graph and known to ``kg query``.
PREFIXES: dict[str, str] = {
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "kg": "https://kg.example.org/ns#",
}
