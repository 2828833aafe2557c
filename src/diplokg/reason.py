"""OWL RL inference over the stored graph, kept in its own named graph.

owlrl is the reference implementation and is slow at scale (about 88 s for a 100k-triple closure
on two cores), so everything goes through the small ``Reasoner`` protocol: a faster engine that
gives the same entailments can replace ``OwlrlReasoner`` without touching callers. Only new
triples about our own instances are kept; owlrl's axiomatic noise (``x owl:sameAs x``, every
resource typed ``rdfs:Resource``) would otherwise swamp the data. Nor are triples that point at a
blank node (an anonymous class of the ontology, such as the union that is the range of
``dkg:discusses``): a store gives blank nodes fresh labels on every insert, so in
``graph/inferred`` they would name nothing the ontology graph holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

import owlrl
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from diplokg.resources import ontology_path

_OWLRL_ERRORS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
_NOISE_OBJECTS = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}


@dataclass(frozen=True)
class Inference:
    entailed: Graph
    inconsistencies: list[str]


class Reasoner(Protocol):
    def infer(self, data: Graph) -> Inference: ...


@cache
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_path(), format="turtle")
    return graph


class OwlrlReasoner:
    """owlrl's OWL RL closure of ontology + data, reduced to new triples about ``keep_prefix``."""

    def __init__(self, keep_prefix: str = "https://w3id.org/diplokg/id/") -> None:
        self.keep_prefix = keep_prefix

    def infer(self, data: Graph) -> Inference:
        closure = Graph()
        for triple in ontology_graph():
            closure.add(triple)
        for triple in data:
            closure.add(triple)
        before = set(closure)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
        errors = sorted(str(o) for o in closure.objects(None, _OWLRL_ERRORS.error))
        entailed = Graph()
        for s, p, o in closure:
            if (s, p, o) in before or not self._keep(s, p, o):
                continue
            entailed.add((s, p, o))
        return Inference(entailed, errors)

    def _keep(self, s: object, p: object, o: object) -> bool:
        if not (isinstance(s, URIRef) and str(s).startswith(self.keep_prefix)):
            return False
        if p == OWL.sameAs and s == o:
            return False
        if p == RDF.type and o in _NOISE_OBJECTS:
            return False
        if isinstance(o, BNode):
            return False
        return not (isinstance(o, Literal) and p in {RDF.type})


def default_reasoner(base: str) -> Reasoner:
    return OwlrlReasoner(keep_prefix=base.rstrip("/") + "/id/")
