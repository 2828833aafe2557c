from hypothesis import given
from hypothesis import strategies as st

from diplokg.extract.names import person_key, same_person
from diplokg.extract.sentences import split_sentences


def test_abbreviations_and_initials_do_not_split():
    text = "The U.S. envoy met Gen. Smith on Aug. 15 in Minsk. John F. Kennedy was not there. Done."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. envoy met Gen. Smith on Aug. 15 in Minsk.",
        "John F. Kennedy was not there.",
        "Done.",
    ]
    # a run of initials is one abbreviation; before "The" it may still close a sentence
    text = (
        "He will meet National Security Advisor H.R. McMaster. They met in Washington D.C. The end."
    )
    assert [s.text for s in split_sentences(text)] == [
        "He will meet National Security Advisor H.R. McMaster.",
        "They met in Washington D.C.",
        "The end.",
    ]


def test_lines_are_sentence_boundaries_and_offsets_match():
    text = "Headline without stop\n\nMOSCOW, May 1 (TASS) - Lead. Second sentence."
    sentences = split_sentences(text)
    assert [s.text for s in sentences][0] == "Headline without stop"
    for s in sentences:
        assert text[s.start : s.end] == s.text


@given(st.text(max_size=400))
def test_sentences_are_ordered_non_overlapping_spans_of_the_text(text):
    sentences = split_sentences(text)
    last_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last_end
        last_end = s.end


def test_transliteration_variants_share_a_key():
    assert person_key("Sergei Lavrov") == person_key("Sergey Lavrov") == "sergei-lavrov"
    assert person_key("Aleksandr Lukashenko") == person_key("Alexander Lukashenko")
    assert person_key("Mevlüt Çavuşoğlu") == "mevlut-cavusoglu"
    assert person_key("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"


def test_same_person_rules():
    assert same_person("Lavrov", "Sergei Lavrov")
    assert same_person("Di Maio", "Luigi Di Maio")
    assert same_person("S. Lavrov", "Sergey Lavrov")
    assert not same_person("Wang Yi", "Wang Yang")


@given(st.text(max_size=60))
def test_person_key_is_an_ascii_slug(name):
    key = person_key(name)
    assert key and key.isascii()
    assert all(c.isalnum() or c == "-" for c in key)
    assert person_key(name) == key
