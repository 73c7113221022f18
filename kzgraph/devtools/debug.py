"""Dev helper: print the facts of article files. ``python -m kzgraph.devtools.debug FILE...``"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kzgraph.extract import extract_article
from kzgraph.reading.article import Article, ArticleDate

_DATE = re.compile(r"^\s*date (\S+)\s+")


def load_pipeline():  # type: ignore[no-untyped-def]
    try:
        from kzgraph.nlp import load_pipeline as lp

        return lp()
    except Exception:  # the pipeline may not exist yet: a blank German tokenizer will do
        import spacy

        return spacy.blank("de")


def read(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    m = _DATE.match(raw)
    date = ArticleDate.parse(m[1]) if m else None
    return Article(id=path.stem, text=raw[m.end() :] if m else raw, date=date, path=str(path))


def main(argv: list[str]) -> None:
    nlp = load_pipeline()
    for name in argv:
        art = read(Path(name))
        facts = extract_article(nlp(art.text), art)
        print(f"== {art.id}")
        for fact in facts.all_facts():
            fields = {
                k: (v.label if hasattr(v, "kind") else v) for k, v in fact.__dict__.items() if k != "evidence"
            }
            print(f"  {type(fact).__name__:<14} {fact.evidence.rule:<36} {fields}")


if __name__ == "__main__":
    main(sys.argv[1:])
