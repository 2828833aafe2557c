import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplokg.articles import read_articles, split_front_matter
from diplokg.errors import ArticleError


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_gives_metadata_and_body(tmp_path):
    f = write(
        tmp_path / "x.txt",
        "---\nid: a1\ntitle: T\ndate: 2012-08-14\nurl: http://e.org/1\n---\n\n  Body here.\n",
    )
    [article] = list(read_articles([f]))
    assert article.id == "a1"
    assert article.title == "T"
    assert article.date == dt.date(2012, 8, 14)
    assert article.url == "http://e.org/1"
    assert article.text == "Body here."


def test_file_without_front_matter_uses_stem_as_id(tmp_path):
    f = write(tmp_path / "story-7.txt", "MINSK, May 2 (BelTA) - Text.\r\nMore.")
    [article] = list(read_articles([f]))
    assert article.id == "story-7"
    assert article.text == "MINSK, May 2 (BelTA) - Text.\nMore."
    assert article.date is None


def test_jsonl_good_and_bad_lines_do_not_stop_the_batch(tmp_path):
    lines = [
        json.dumps({"id": "j1", "date": "2020-01-02", "text": "One."}),
        "{not json",
        json.dumps({"id": "j2", "text": ""}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "j3", "date": "yesterday", "text": "Bad date."}),
        json.dumps({"id": "j4", "text": "Four."}),
    ]
    f = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_articles([f]))
    good = [i.id for i in items if not isinstance(i, ArticleError)]
    bad = [i for i in items if isinstance(i, ArticleError)]
    assert good == ["j1", "j4"]
    assert len(bad) == 4
    assert "batch.jsonl:2" in bad[0].article_id and "invalid JSON" in str(bad[0])
    assert "empty" in str(bad[1])
    assert "missing 'id'" in str(bad[2])
    assert "j3" in str(bad[3]) and "YYYY-MM-DD" in str(bad[3])


def test_directory_is_read_recursively_and_skips_readmes(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "sub" / "b.md", "B.")
    write(tmp_path / "README.md", "not an article")
    ids = sorted(i.id for i in read_articles([tmp_path]))
    assert ids == ["a", "b"]


def test_missing_and_non_utf8_files_are_errors(tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    items = list(read_articles([bad, tmp_path / "nope.txt"]))
    assert all(isinstance(i, ArticleError) for i in items)
    assert "not UTF-8" in str(items[0]) and items[0].offset == 3
    assert "no such file" in str(items[1])


@pytest.mark.parametrize("bad_id", ["", "has space", "a/b", "x" * 200])
def test_bad_ids_are_rejected(tmp_path, bad_id):
    f = write(tmp_path / "f.jsonl", json.dumps({"id": bad_id, "text": "T."}) + "\n")
    [item] = list(read_articles([f]))
    assert isinstance(item, ArticleError)


_key = st.sampled_from(["id", "title", "date", "source", "url"])
_value = st.text(
    alphabet=st.characters(blacklist_characters="\n\r:", blacklist_categories=("Cs",)), max_size=30
).map(str.strip)


@given(st.dictionaries(_key, _value, max_size=5), st.text(max_size=200))
def test_front_matter_round_trip(meta, body):
    header = "".join(f"{k}: {v}\n" for k, v in meta.items())
    parsed, rest = split_front_matter(f"---\n{header}---\n{body}")
    assert rest == body.replace("\r\n", "\n")  # Windows line endings are read as Unix ones
    for k, v in meta.items():
        assert parsed.get(k, "") == v.strip('"').strip("'")


@given(st.text(max_size=300))
def test_text_without_front_matter_is_all_body(text):
    if text.replace("\r\n", "\n").lstrip("\ufeff").startswith("---\n"):
        return
    meta, body = split_front_matter(text)
    assert meta == {}
    assert body == text.replace("\r\n", "\n").lstrip("\ufeff")
