"""``python -m kzgraph.fuzz.timing``: seconds for NLP and extraction of hostile articles.

The constructions of issue 27 (a long parenthesis after a speech verb, one 5,000-character
token, 3,000 quotation marks in a row, an article over 1,000,000 characters), each run through
``kzgraph.build.extract_one`` after a warm-up and timed in CPU seconds (``time.process_time``,
so other load on the machine does not count) and wall seconds; a Markdown table for
BENCHMARKS.md. Slow by nature (the long article takes minutes): not a test.
"""

from __future__ import annotations

import time

from kzgraph.build import extract_one
from kzgraph.reading.article import Article, ArticleDate

_ARREST = "Die Polizei nahm zwei Männer fest."
_FILLER = (
    "Der Ausschuss beriet am Nachmittag über die Haushaltslage der Stadt. Mehrere Redner forderten "
    "mehr Geld für Schulen und Straßen. Die Sitzung wurde nach einer kurzen Pause fortgesetzt.\n\n"
)


def hostile_articles() -> dict[str, str]:
    words = "er ist jener Prüfer, der einst wegen Befangenheit abberufen wurde, und er schwieg lange"
    return {
        "long parenthesis (60 words) after 'sagte der Mann'":
            f"„Das stimmt nicht“, sagte der Mann ({', '.join([words] * 4)}) am Montag. {_ARREST}",
        "one 5,000-character token": f"Er schrieb {'ha' * 2500} ins Forum. {_ARREST}",
        "3,000 quotation marks in a row": f"Sie rief {'„' * 3000} laut. {_ARREST}",
        "1,100,000 characters, the arrest at the end":
            _FILLER * (1_100_000 // len(_FILLER)) + _ARREST,
    }


def main() -> None:
    extract_one(Article(id="warm-up", text=_ARREST))
    print("| article | characters | CPU s | wall s | arrests |\n|---|---|---|---|---|")
    for name, text in hostile_articles().items():
        cpu, wall = time.process_time(), time.perf_counter()
        got = extract_one(Article(id="t", text=text, date=ArticleDate(2016, 3, 1)))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        arrests = len(got.facts.arrests) if got.facts else f"failed: {got.error}"
        print(f"| {name} | {len(text):,} | {cpu:.1f} | {wall:.1f} | {arrests} |", flush=True)


if __name__ == "__main__":
    main()
