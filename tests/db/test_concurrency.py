"""Two ingest processes at once on one database store every article exactly once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from stancedb.db.engine import make_engine


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"Story {i}\n\u201cWe will vote on bill number {i} soon,\u201d Senator Ann Lee{i} said.\n",
            encoding="utf-8",
        )


def _ingest_twice_at_once(url: str, folder: Path) -> list[subprocess.CompletedProcess]:
    command = [sys.executable, "-m", "stancedb", "--db", url, "ingest", str(folder),
               "--batch-size", "4"]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def test_two_ingests_at_once(any_db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder, 40)
    results = _ingest_twice_at_once(any_db_url, folder)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    engine = make_engine(any_db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 40
        assert conn.execute(text(
            "SELECT count(*) FROM (SELECT article_id, start FROM quotes "
            "GROUP BY article_id, start HAVING count(*) > 1) d")).scalar() == 0
        runs = conn.execute(text(
            "SELECT articles_new, articles_duplicate FROM ingest_runs")).all()
    engine.dispose()
    assert sum(r[0] for r in runs) == 40
    assert sum(r[0] + r[1] for r in runs) == 80
