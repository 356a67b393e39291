"""Every command stays under 400 MB with a long article in the store (issue 16, finding 1).

Before: after importing a 1 MB article, ``pack export``, ``check``, ``search`` and ``import``
were OOM-killed at 23.6 GB. Here each command runs in a child process whose address space is
capped at 400 MB (``RLIMIT_AS``): past it the command would fail, not swap.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefer.limits import MAX_ARTICLE_CHARS
from briefer.services import init_store
from tests.hostile import MEMORY_LIMIT_MB, assert_one_sentence, run_briefer


def _word(n: int) -> str:
    return "".join(chr(97 + (n // 26**k) % 26) for k in range(4))


def long_article(path: Path, paragraphs: int) -> Path:
    """An article of distinct paragraphs; one in ten carries a dated trade figure."""
    lines = []
    for n in range(paragraphs):
        if n % 10 == 0:
            lines.append(
                f"Năm {1990 + n % 30}, kim ngạch thương mại Việt Nam - Chile đạt "
                f"{n % 900 + 1} triệu USD, theo báo cáo {_word(n)}."
            )
        else:
            lines.append(
                f"Đoạn {_word(n)} là một câu văn bình thường, không có gì đặc biệt ở đây, "
                "chỉ để bài viết dài thêm."
            )
    path.write_text("Bài rất dài về Việt Nam và Chile\n\n" + "\n\n".join(lines), encoding="utf-8")
    return path


def test_a_long_article_with_a_thousand_drafts_keeps_every_command_under_400_mb(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store.sqlite"
    init_store(store)
    home = tmp_path / "home"
    article = long_article(tmp_path / "long.txt", 11_000)
    assert 1_000_000 < len(article.read_text(encoding="utf-8")) < MAX_ARTICLE_CHARS

    runs = {}
    runs["import"] = run_briefer(["--store", store, "import", "--json", article], home=home)
    drafts = len(json.loads(runs["import"].stdout)["files"][0]["candidates"])
    assert drafts >= 1_000
    runs["import again"] = run_briefer(["--store", store, "import", article], home=home)
    runs["check"] = run_briefer(["--store", store, "check", "--json"], home=home)
    runs["search"] = run_briefer(["--store", store, "search", "thương mại Chile"], home=home)
    runs["facts"] = run_briefer(["--store", store, "facts", "--pair", "VN-CL", "--json"], home=home)
    pack = tmp_path / "cl.pack"
    runs["pack export"] = run_briefer(
        ["--store", store, "pack", "export", "--pair", "VN-CL", "--include-drafts", "--out", pack],
        home=home,
    )
    other = tmp_path / "other.sqlite"
    init_store(other)
    runs["pack import"] = run_briefer(["--store", other, "pack", "import", pack], home=home)
    runs["check other"] = run_briefer(["--store", other, "check"], home=home)

    for what, run in runs.items():
        assert_one_sentence(run.stderr)
        assert run.returncode == 0, (what, run.stderr)
        assert run.peak_mb < MEMORY_LIMIT_MB, (what, run.peak_mb)
    assert '"ok": true' in runs["check"].stdout
    print({what: round(run.peak_mb) for what, run in runs.items()})
