"""What ingest tests share: generated articles and a comparable picture of a database."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from stancedb.db.engine import make_engine

SPEAKERS = ["Senator Ann Lee", "Minister Tom Reyes", "Mayor Ellen Park", "Governor Raj Patel"]
TOPICS = ["the tariffs", "the new bridge", "the budget", "the trade deal", "the tram line"]
COUNTRIES = ["Canada", "Mexico", "France", "Japan"]


def article_text(i: int) -> str:
    """A short, distinct news article in a real shape (headline, quotes, attribution)."""
    speaker = SPEAKERS[i % len(SPEAKERS)]
    surname = speaker.rsplit(" ", 1)[1]
    topic = TOPICS[i % len(TOPICS)]
    country = COUNTRIES[i % len(COUNTRIES)]
    return (
        f"Talks on {topic} continue (story {i})\n"
        f"{speaker} spoke to reporters on day {i} of the talks with {country}.\n"
        f"\u201c{country} has betrayed its allies and its reckless plan for {topic} will hurt "
        f"our farmers,\u201d {surname} said of {country}.\n"
        f"\u201cWe remain hopeful,\u201d the {speaker.split()[0].lower()} added.\n"
        f"{surname} also praised Japan as a wonderful, reliable partner.\n"
    )


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(start, start + n):
            record = {
                "id": f"a{i}",
                "title": f"Story {i}",
                "date": f"2024-01-{i % 28 + 1:02d}",
                "source": "Wire",
                "url": f"https://news.example/{i}",
                "text": article_text(i),
            }
            handle.write(json.dumps(record) + "\n")
    return path


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Everything stored about the articles, keyed by content, not by row ids
    (ids differ between runs: PostgreSQL sequences skip the ids of rolled-back rows)."""
    queries = {
        "articles": "SELECT a.content_hash, a.title, a.url, a.published_at, s.name "
        "FROM articles a LEFT JOIN sources s ON s.id = a.source_id",
        "quotes": 'SELECT a.content_hash, q.start, q."end", q.text, q.kind, q.speaker, '
        "q.cue, sa.name, q.rule FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN actors sa ON sa.id = q.speaker_actor_id",
        "stances": "SELECT a.content_hash, q.start, h.name, t.name, st.score, st.label, "
        "st.statement, st.evidence_start, st.evidence_end, st.published_at "
        "FROM stances st JOIN articles a ON a.id = st.article_id "
        "LEFT JOIN quotes q ON q.id = st.quote_id "
        "JOIN actors h ON h.id = st.holder_actor_id "
        "JOIN actors t ON t.id = st.target_actor_id",
        "actors": "SELECT name, kind FROM actors",
        "aliases": "SELECT al.alias, ac.name FROM actor_aliases al "
        "JOIN actors ac ON ac.id = al.actor_id",
    }
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                name: sorted(tuple(str(v) for v in row) for row in conn.execute(text(sql)))
                for name, sql in queries.items()
            }
    finally:
        engine.dispose()
