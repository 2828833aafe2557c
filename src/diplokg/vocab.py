"""The RDF vocabulary diplokg writes and reads, as Python names.

``DKG`` lists every term of ``ontology/diplokg.ttl``; with ``_fail = True`` a misspelt term raises
``AttributeError`` instead of silently minting a new IRI, and ``tests/test_ontology.py`` keeps the
class and the ontology in step. The dictionaries map the strings of ``model.py`` (statuses, meeting
modes, roles) to their IRIs and back.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS, DefinedNamespace
from rdflib.namespace import SDO as SCHEMA

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ONTOLOGY_IRI = URIRef("https://w3id.org/diplokg/ontology")

__all__ = [
    "DCTERMS",
    "DKG",
    "FOAF",
    "MODE",
    "MODE_BY_IRI",
    "OFFICE",
    "OFFICE_BY_IRI",
    "ONTOLOGY_IRI",
    "ORG",
    "PROV",
    "ROLE_BY_CLASS",
    "ROLE_CLASS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "STATUS",
    "STATUS_BY_IRI",
]


class DKG(DefinedNamespace):
    """The diplokg ontology, ``https://w3id.org/diplokg/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/diplokg/ontology#")

    # Actors
    Actor: URIRef
    Person: URIRef
    Official: URIRef
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    Minister: URIRef
    ForeignMinister: URIRef
    Ambassador: URIRef
    Spokesperson: URIRef
    SecretaryGeneral: URIRef
    State: URIRef
    InternationalOrganisation: URIRef
    City: URIRef
    Topic: URIRef

    # Sources and statements
    Article: URIRef
    Evidence: URIRef
    Statement: URIRef
    Event: URIRef
    Visit: URIRef
    Meeting: URIRef
    Summit: URIRef
    PhoneCall: URIRef
    Discussion: URIRef
    OfficeHolding: URIRef
    Membership: URIRef

    # Controlled values
    Status: URIRef
    Planned: URIRef
    Ongoing: URIRef
    Completed: URIRef
    Cancelled: URIRef
    MeetingMode: URIRef
    InPerson: URIRef
    Phone: URIRef
    Video: URIRef
    Office: URIRef
    HeadOfStateOffice: URIRef
    HeadOfGovernmentOffice: URIRef
    ForeignMinisterOffice: URIRef
    MinisterOffice: URIRef
    AmbassadorOffice: URIRef
    SpokespersonOffice: URIRef
    SecretaryGeneralOffice: URIRef
    OtherOffice: URIRef

    # Event properties
    participant: URIRef
    visitor: URIRef
    host: URIRef
    destination: URIRef
    place: URIRef
    startDate: URIRef
    endDate: URIRef
    eventDate: URIRef
    status: URIRef
    mode: URIRef
    ofOrganisation: URIRef
    partOf: URIRef
    discusses: URIRef

    # Memberships and offices
    memberOf: URIRef
    hasMember: URIRef
    holdsOffice: URIRef
    holdsOfficeIn: URIRef
    portfolio: URIRef
    title: URIRef
    observedOn: URIRef
    since: URIRef
    until: URIRef

    # Statement qualifiers and provenance
    presupposed: URIRef
    hedged: URIRef
    implied: URIRef
    confidence: URIRef
    evidence: URIRef
    inArticle: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentenceIndex: URIRef
    quote: URIRef

    # Identifiers and places
    iso2: URIRef
    iso3: URIRef
    acronym: URIRef
    inState: URIRef
    sha256: URIRef


STATUS: dict[str, URIRef] = {
    "planned": DKG.Planned,
    "ongoing": DKG.Ongoing,
    "completed": DKG.Completed,
    "cancelled": DKG.Cancelled,
}

MODE: dict[str, URIRef] = {
    "in_person": DKG.InPerson,
    "phone": DKG.Phone,
    "video": DKG.Video,
}

# The org:role of an office holding, by ``model.Role``.
OFFICE: dict[str, URIRef] = {
    "head_of_state": DKG.HeadOfStateOffice,
    "head_of_government": DKG.HeadOfGovernmentOffice,
    "foreign_minister": DKG.ForeignMinisterOffice,
    "minister": DKG.MinisterOffice,
    "ambassador": DKG.AmbassadorOffice,
    "spokesperson": DKG.SpokespersonOffice,
    "secretary_general": DKG.SecretaryGeneralOffice,
    "other": DKG.OtherOffice,
}

# The most specific class of a person holding the office, by ``model.Role``. Graphs assert the
# superclasses too (a foreign minister is also typed dkg:Minister, dkg:Official, dkg:Person).
ROLE_CLASS: dict[str, URIRef] = {
    "head_of_state": DKG.HeadOfState,
    "head_of_government": DKG.HeadOfGovernment,
    "foreign_minister": DKG.ForeignMinister,
    "minister": DKG.Minister,
    "ambassador": DKG.Ambassador,
    "spokesperson": DKG.Spokesperson,
    "secretary_general": DKG.SecretaryGeneral,
    "other": DKG.Official,
}

STATUS_BY_IRI: dict[URIRef, str] = {iri: name for name, iri in STATUS.items()}
MODE_BY_IRI: dict[URIRef, str] = {iri: name for name, iri in MODE.items()}
OFFICE_BY_IRI: dict[URIRef, str] = {iri: name for name, iri in OFFICE.items()}
ROLE_BY_CLASS: dict[URIRef, str] = {iri: name for name, iri in ROLE_CLASS.items()}
