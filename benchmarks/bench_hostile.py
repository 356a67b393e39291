"""Hostile inputs of issue 16, each run as a whole ``briefer`` process: time, peak memory, outcome.

    uv run python benchmarks/bench_hostile.py

Every input is generated into a temporary folder (nothing large is checked in). Each command
runs in a child process with a 2 GB address-space cap (so a regression fails instead of
swapping the machine); its peak resident memory is its own ``VmHWM``. The budget is 400 MB.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CAP_MB = 2048
_RUNNER = """
import atexit, resource, sys
limit = int(sys.argv[1]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
def _peak(path=sys.argv[2]):
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    with open(path, "w") as fh:
        fh.write(str(peak))
atexit.register(_peak)
from briefer.cli import main
sys.exit(main(sys.argv[3:]))
"""


def run(home: Path, *args: object, timeout: float = 600) -> tuple[float, float, int, str]:
    peak_file = home / "peak.txt"
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(CAP_MB), str(peak_file), *map(os.fsdecode, args)],
        cwd=REPO,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO), "BRIEFER_HOME": str(home)},
        check=False,
    )
    seconds = time.perf_counter() - started
    peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("nan")
    err = child.stderr.decode("utf-8", "replace").strip().splitlines()
    return seconds, peak, child.returncode, (err[-1] if err else "")[:110]


def word(n: int) -> str:
    return "".join(chr(97 + (n // 26**k) % 26) for k in range(4))


def long_article(path: Path, paragraphs: int) -> Path:
    lines = [
        f"Năm {1990 + n % 30}, kim ngạch thương mại Việt Nam - Chile đạt {n % 900 + 1} triệu "
        f"USD, theo báo cáo {word(n)}."
        if n % 10 == 0
        else f"Đoạn {word(n)} là một câu văn bình thường, không có gì đặc biệt ở đây."
        for n in range(paragraphs)
    ]
    path.write_text("Bài rất dài\n\n" + "\n\n".join(lines), encoding="utf-8")
    return path


def docx_bomb(path: Path, unit: str, count: int, head: str = "") -> Path:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0"?><w:document {ns}><w:body>{head}'.encode())
            block = (unit * 10_000).encode()
            for _ in range(count // 10_000):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return path


def hostile_pack(good: Path, out: Path, sql: str, *params: object, reseal: bool = True) -> Path:
    from briefer.packs.format import TABLE_COLUMNS, ContentHasher, canonical_json, select_sql

    shutil.copyfile(good, out)
    conn = sqlite3.connect(out)
    conn.execute(sql, params)
    if reseal:
        manifest = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
        hasher = ContentHasher(manifest)
        for table in TABLE_COLUMNS:
            hasher.add_all(table, conn.execute(select_sql(table)))
        conn.execute(
            "UPDATE manifest SET value = ? WHERE key = 'content_sha256'",
            [canonical_json(hasher.hexdigest())],
        )
    conn.commit()
    conn.close()
    return out


def export_args(store: Path, out: Path, template: Path) -> list[object]:
    return ["--store", store, "export", "--pair", "VN-CL", "--format", "docx", "--out", out,
            "--template", template]  # fmt: skip


def main() -> int:
    from briefer.services import init_store

    rows: list[tuple[str, tuple[float, float, int, str]]] = []
    with tempfile.TemporaryDirectory(prefix="briefer-hostile-") as scratch:
        tmp = Path(scratch)
        home = tmp / "home"
        home.mkdir()
        store = tmp / "store.sqlite"
        init_store(store)
        demo = tmp / "demo.sqlite"
        init_store(demo, demo=True)

        article = long_article(tmp / "long.txt", 18_000)
        rows.append(
            (
                f"import a {article.stat().st_size / 1e6:.1f} MB article",
                run(home, "--store", store, "import", article),
            )
        )
        for what, args in [
            ("check", ["check"]),
            ("search", ["search", "thương mại Chile"]),
            ("pack export (with drafts)",
             ["pack", "export", "--pair", "VN-CL", "--include-drafts", "--out", tmp / "cl.pack"]),
        ]:  # fmt: skip
            rows.append((f"{what}, long article in the store", run(home, "--store", store, *args)))
        other = tmp / "other.sqlite"
        init_store(other)
        label = "pack import of that pack into an empty store"
        rows.append((label, run(home, "--store", other, "pack", "import", tmp / "cl.pack")))

        fifo = tmp / "pipe.txt"
        os.mkfifo(fifo)
        bad = Path(os.fsdecode(os.fsencode(tmp) + b"/bad\xff\xfe.txt"))
        bad.write_text(
            "Tiêu đề\n\nNgày 25/3/1971, Việt Nam và Chile lập quan hệ.", encoding="utf-8"
        )
        rows.append(
            (
                "import: FIFO, name not UTF-8 (JSON)",
                run(home, "--store", store, "import", "--json", fifo, bad),
            )
        )

        for name, unit, count, head in [
            ("190 MB text part", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", 5_500_000, ""),
            ("45 MB of empty markup", "<w:r/>", 7_500_000, "<w:p>"),
            ("45 MB of text", "x" * 10, 4_500_000, "<w:p><w:r><w:t>"),
        ]:  # fmt: skip
            bomb = docx_bomb(tmp / "bomb.docx", unit, count, head)
            label = f"import .docx bomb, {bomb.stat().st_size / 1e6:.2f} MB → {name}"
            rows.append((label, run(home, "--store", store, "import", bomb)))

        templates = tmp / "templates"
        templates.mkdir()
        for name, source in [
            ("indent", "{{ ('x\\n' * 499999)|indent(10000) }}"),
            ("expandtabs", "{{ ('\\t' * 999999).expandtabs(10000) }}"),
            ("format", "{{ ('{0:>10000}' * 90000).format(1) }}"),
            ("percent", "{{ ('%(a)10000s' * 90000) % {'a': 1} }}"),
        ]:
            (templates / f"{name}.j2").write_text(source, encoding="utf-8")
            export = export_args(demo, tmp / "x.docx", templates / f"{name}.j2")
            rows.append((f"export with template: {source}", run(home, *export)))
        (templates / "labels.json").write_text('{"vi": ' + "[" * 100_000 + "]" * 100_000 + "}")
        (templates / "ok.j2").write_text("# x\n", encoding="utf-8")
        export = export_args(demo, tmp / "x.docx", templates / "ok.j2")
        rows.append(("export, labels.json nested 100,000 deep", run(home, *export)))

        good = tmp / "good.pack"
        run(home, "--store", demo, "pack", "export", "--pair", "VN-PE", "--out", good)
        deep = "[" * 100_000 + "]" * 100_000
        fact_sql = "UPDATE fact SET {} = ? WHERE rowid = 1"
        for label, sql, params, reseal in [
            ("manifest value nested 100,000 deep",
             "UPDATE manifest SET value = ? WHERE key = 'pairs'", (deep,), False),
            ("ancestors nested 100,000 deep, resealed",
             fact_sql.format("ancestors"), (deep,), True),
            ("revision 2^63-1, resealed", fact_sql.format("revision"), (2**63 - 1,), True),
            ("1 MB statement, resealed",
             fact_sql.format("statement_vi"), ("Việt Nam " * 120_000,), True),
        ]:  # fmt: skip
            pack = hostile_pack(good, tmp / "hostile.pack", sql, *params, reseal=reseal)
            rows.append(
                (f"pack import: {label}", run(home, "--store", demo, "pack", "import", pack))
            )

    width = max(len(label) for label, _ in rows)
    print(f"{'input':<{width}}  {'seconds':>7}  {'peak MB':>7}  exit  message")
    for label, (seconds, peak, code, message) in rows:
        print(f"{label:<{width}}  {seconds:7.2f}  {peak:7.0f}  {code:>4}  {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
