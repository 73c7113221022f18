"""Result sections as plain-text tables (terminal) and Markdown (BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Section:
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # method, baseline, targets, what limits them


def mb(size: int | float | None) -> str:
    return "–" if size is None else f"{size / 1024**2:,.0f} MB"


def ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def ratio(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}×"


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "MISSED")


def text_table(section: Section) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in section.rows)) if section.rows else len(h)
        for i, h in enumerate(section.headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(section.headers, widths, strict=True))
    out = [f"== {section.title}", line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in section.rows]
    out += [f"  * {note}" for note in section.notes]
    return "\n".join(out) + "\n"


def markdown_table(section: Section) -> str:
    def cells(row: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"

    out = [f"## {section.title}", "", cells(section.headers), "|" + "---|" * len(section.headers)]
    out += [cells(row) for row in section.rows]
    if section.notes:
        out.append("")
        out += [f"- {note}" for note in section.notes]
    return "\n".join(out) + "\n"


def markdown(
    sections: list[Section], machine: dict[str, str], command: str, seconds: float, intro: str
) -> str:
    head = [
        "# Benchmarks",
        "",
        intro,
        "",
        "Reproduce with (from the project root):",
        "",
        "```",
        command,
        "```",
        "",
        f"Total run time: {seconds / 60:.1f} min.",
        "",
        "## Machine",
        "",
    ]
    head += [f"- {key}: {value}" for key, value in machine.items()]
    return "\n".join(head) + "\n\n" + "\n".join(markdown_table(s) for s in sections)
