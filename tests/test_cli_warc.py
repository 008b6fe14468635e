"""WARC/WET input: conversion records cleaned with their URL and record id (fastwarc)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from cli_run import run_cli as _run

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "cli" / "sample.warc.wet.gz"

# Invented pages (no crawl data): each has boilerplate lines the default rules remove.
PAGES = [
    (
        "https://harbour.example/news/ferry-timetable",
        "Ferry Timetable Changes For The Winter Season\n"
        "Share on Facebook\n"
        "\n"
        "From the first of November the morning ferry will leave the harbour twenty "
        "minutes earlier, the operator announced on Monday, so that passengers can "
        "reach the mainland trains before eight.\n"
        "\n"
        "The evening crossing keeps its usual time, and the weekend service will run "
        "as in summer until the end of the school holidays.\n"
        "\n"
        "Advertisement\n"
        "© 2024 Harbour Example Press. All rights reserved.\n",
    ),
    (
        "https://garden.example/blog/winter-beds",
        "Preparing Garden Beds For A Long Winter\n"
        "\n"
        "Cover the soil with a thick layer of leaves before the first frost, and the "
        "worms will have turned most of it into fine crumbly earth by the spring.\n"
        "\n"
        "This website uses cookies to improve your experience.\n"
        "Accept all cookies\n",
    ),
]


def wet_record(record_type: str, url: str | None, record_id: str, payload: bytes) -> bytes:
    """One WARC/1.0 record with the headers a WET file has."""
    headers = [f"WARC-Type: {record_type}"]
    if url is not None:
        headers.append(f"WARC-Target-URI: {url}")
    headers += [
        "WARC-Date: 2024-11-01T08:00:00Z",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        "Content-Type: text/plain",
        f"Content-Length: {len(payload)}",
    ]
    head = "WARC/1.0\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n"
    return head.encode() + payload + b"\r\n\r\n"


def wet_file(pages: Sequence[tuple[str, str]] = PAGES, *, compress: bool = True) -> bytes:
    """A WET file: a warcinfo record, then one conversion record per page."""
    records = [wet_record("warcinfo", None, "00000000-0000-4000-8000-000000000000", b"x: y")]
    for number, (url, text) in enumerate(pages, 1):
        rid = f"00000000-0000-4000-8000-{number:012d}"
        records.append(wet_record("conversion", url, rid, text.encode("utf-8")))
    if not compress:
        return b"".join(records)
    return b"".join(gzip.compress(r, mtime=0) for r in records)  # one member per record


def test_fixture_is_what_the_helper_writes() -> None:
    assert gzip.decompress(FIXTURE.read_bytes()) == gzip.decompress(wet_file())


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes any import of fastwarc fail, installed or not.
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    code, out, err = _run([str(FIXTURE)])
    assert code == 2
    assert out == ""
    assert "pip install 'cleantext-web[warc]'" in err


@pytest.fixture
def fastwarc() -> None:
    """The tests below read archives; they need the warc extra (CI installs it)."""
    pytest.importorskip("fastwarc")


@pytest.mark.usefixtures("fastwarc")
@pytest.mark.parametrize("compress", [True, False])
def test_wet_records_keep_url_and_record_id(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.wet.gz" if compress else "crawl.warc.wet")
    path.write_bytes(wet_file(compress=compress))
    code, out, err = _run(["--format", "jsonl", str(path)])
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["url"] for line in lines] == [url for url, _ in PAGES]
    assert lines[0]["record_id"] == "<urn:uuid:00000000-0000-4000-8000-000000000001>"
    assert lines[0]["source"] == str(path)
    assert lines[0]["title"] == "Ferry Timetable Changes For The Winter Season"
    assert "Share on Facebook" not in lines[0]["body"]
    assert "twenty minutes earlier" in lines[0]["body"]
    assert "Accept all cookies" not in lines[1]["body"]


@pytest.mark.usefixtures("fastwarc")
def test_wet_is_recognised_by_content_on_stdin() -> None:
    code, out, _ = _run([], stdin=wet_file())
    assert code == 0
    assert out.startswith("Ferry Timetable Changes For The Winter Season\n")
    assert "Preparing Garden Beds" in out


@pytest.mark.usefixtures("fastwarc")
def test_undecodable_payload_is_replaced() -> None:
    page = ("https://bad.example/", "A page with a bad byte here.\n")
    data = wet_file([page], compress=False).replace(b"bad byte", b"bad \xff\xfe")
    code, out, _ = _run(["--warc"], stdin=data)
    assert code == 0
    assert "\ufffd" in out


@pytest.mark.usefixtures("fastwarc")
def test_broken_archive_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage that is not gzip at all")
    good = tmp_path / "good.wet.gz"
    good.write_bytes(wet_file())
    code, out, err = _run(["--warc", str(broken), str(good)])
    assert code == 1
    assert "broken.warc.gz" in err
    assert "Preparing Garden Beds" in out


@pytest.mark.usefixtures("fastwarc")
def test_archive_without_conversion_records_is_noted() -> None:
    code, out, err = _run(["--warc"], stdin=wet_file([]))
    assert code == 0
    assert out == ""
    assert "no conversion records" in err


@pytest.mark.usefixtures("fastwarc")
def test_text_that_only_starts_like_warc_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "about-warc.txt"
    path.write_text("WARC/1.0 is the format this page is about, in one long sentence.\n")
    code, _, err = _run([str(path)])
    assert code == 1
    assert "not a readable WARC/WET archive: Invalid WARC header" in err
    assert "--input text" in err
    code, out, _ = _run(["--input", "text", str(path)])
    assert code == 0
    assert out.startswith("WARC/1.0 is the format")
