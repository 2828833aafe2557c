"""The SHACL gate: an article's graph enters the store only if it conforms to ``shapes/``.

Validation runs per article (small graphs, fast) with no inference: the mapping asserts every
type the shapes rely on. Each violation becomes one readable line naming the article, the
sentence the offending statement came from, and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from diplokg.errors import DiplokgError
from diplokg.resources import shapes_dir
from diplokg.vocab import DKG

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    sentence: int | None
    severity: str

    def line(self, article_id: str) -> str:
        where = f"article {article_id}" + (
            f", sentence {self.sentence}" if self.sentence is not None else ""
        )
        path = f" [{self.path}]" if self.path else ""
        return f"{where}: {self.message}{path} (on {self.focus})"


@cache
def shapes_graph() -> Graph:
    graph = Graph()
    files = sorted(shapes_dir().glob("*.ttl"))
    if not files:
        raise DiplokgError(f"no SHACL shapes found in {shapes_dir()}")
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def validate_graph(graph: Graph) -> list[Violation]:
    conforms, report, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if conforms:
        return []
    return _violations(graph, report)


def _short(node: object) -> str:
    text = str(node)
    for sep in ("#", "/id/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


def _violations(data: Graph, report: Graph) -> list[Violation]:
    out: list[Violation] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        if severity is not None and severity != SH.Violation:
            continue
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        sentence = None
        if isinstance(focus, URIRef):
            evidence = data.value(focus, DKG.evidence)
            if evidence is not None:
                index = data.value(evidence, DKG.sentenceIndex)
                sentence = int(index) if index is not None else None
            elif (index := data.value(focus, DKG.sentenceIndex)) is not None:
                sentence = int(index)
        out.append(
            Violation(
                focus=_short(focus),
                path=_short(path) if path is not None else None,
                message=str(message) if message else "does not conform",
                sentence=sentence,
                severity=_short(severity) if severity else "Violation",
            )
        )
    return sorted(out, key=lambda v: (v.sentence if v.sentence is not None else -1, v.message))
