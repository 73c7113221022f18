"""Round 19 (issue 24): arrest lexemes crossed with constructions, own sentences from templates
with invented people and places. Each lexeme is read in the active (preterite and a headline's
present, a catcher in the clause where the verb has other senses), the passive with and without
a von-phrase, with a counted group and a charge; the look-alikes of the same lexemes give none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

# lexeme: (active preterite with {O}, active present with {O}, participle phrase)
LEXEMES = {
    "festnehmen": ("nahm {O} fest", "nimmt {O} fest", "festgenommen"),
    "verhaften": ("verhaftete {O}", "verhaftet {O}", "verhaftet"),
    "in Gewahrsam nehmen": ("nahm {O} in Gewahrsam", "nimmt {O} in Gewahrsam", "in Gewahrsam genommen"),
    "vorläufig festnehmen": ("nahm {O} vorläufig fest", "nimmt {O} vorläufig fest", "vorläufig festgenommen"),
    "fassen": ("fasste {O}", "fasst {O}", "gefasst"),
    "schnappen": ("schnappte {O}", "schnappt {O}", "geschnappt"),
    "aufgreifen": ("griff {O} auf", "greift {O} auf", "aufgegriffen"),
    "dingfest machen": ("machte {O} dingfest", "macht {O} dingfest", "dingfest gemacht"),
    "abführen": ("führte {O} ab", "führt {O} ab", "abgeführt"),
    "festsetzen": ("setzte {O} fest", "setzt {O} fest", "festgesetzt"),
    "hinter Gitter bringen": (
        "brachte {O} hinter Gitter",
        "bringt {O} hinter Gitter",
        "hinter Gitter gebracht",
    ),
    "arretieren": ("arretierte {O}", "arretiert {O}", "arretiert"),
}


def _rows(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    return [
        (
            a.arrested.label if a.arrested else "",
            a.count.value if a.count else None,
            a.agent.label if a.agent else None,
            a.charge,
        )
        for a in facts(text).arrests
    ]


def _constructions(
    pret: str, pres: str, part: str
) -> list[tuple[str, str, tuple[str, int | None, str | None, str | None]]]:
    first, rest = pret.split(" ", 1)
    return [
        (
            "active",
            f"Die Polizei {pret.format(O='einen 41-jährigen Kurier')}.",
            ("ein 41-jähriger Kurier", 1, "Die Polizei", None),
        ),
        (
            "vorfeld",
            f"Am Freitagmorgen {first} die Grenzpolizei {rest.format(O='zwei Schleuser')}.",
            ("zwei Schleuser", 2, "die Grenzpolizei", "Schleusung"),
        ),
        (
            "headline",
            f"Polizei {pres.format(O='mutmaßlichen Einbrecher')}",
            ("mutmaßlichen Einbrecher", None, "Polizei", "Einbruch"),
        ),
        (
            "perfect",
            f"Ermittler haben den gesuchten Hehler {part}.",
            ("der gesuchte Hehler", None, "Ermittler", "Hehlerei"),
        ),
        (
            "passive",
            f"In Talheim wurden am Sonntag mehr als 30 Randalierer {part}.",
            ("mehr als 30 Randalierer", 30, None, None),
        ),
        (
            "passive_by",
            f"Die 38-jährige Wiebke Sandor wurde von Sicherheitskräften {part}.",
            ("Wiebke Sandor", None, "Sicherheitskräften", None),
        ),
        (
            "reported",
            f"Laut Polizeisprecherin wurden am Abend 14 Beteiligte {part}.",
            ("14 Beteiligte", 14, None, None),
        ),
        (
            "charge",
            f"Ein 27-Jähriger wurde wegen schweren Raubes {part}.",
            ("ein 27-Jähriger", 1, None, "Raub"),
        ),
        (
            "numbers",
            f"Am 3. Mai wurden gegen 22 Uhr in der Lindenallee 12 drei Verdächtige {part}.",
            ("drei Verdächtige", 3, None, None),
        ),
    ]


CASES = [
    pytest.param(text, want, id=f"{lexeme}-{column}")
    for lexeme, forms in LEXEMES.items()
    for column, text, want in _constructions(*forms)
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_lexeme_in_construction(text: str, want: tuple[str, int | None, str | None, str | None]) -> None:
    assert _rows(text) == [want]


LOOK_ALIKES = {
    "negated": "Der Verdächtige wurde nicht {part}.",
    "planned": "Der Verdächtige soll in den nächsten Tagen {part} werden.",
    "condition": "Sollte der Verdächtige {part} werden, drohen ihm zehn Jahre Haft.",
    "question": "Wurde der Verdächtige {part}?",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(template.format(part=forms[2]), id=f"{lexeme}-{name}")
        for lexeme, forms in LEXEMES.items()
        for name, template in LOOK_ALIKES.items()
    ],
)
def test_lexeme_look_alike(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # other senses of the verbs widened this round: no catcher, no person, a feeling
        "Der Gemeinderat fasste am Abend einen Beschluss zum Haushalt.",
        "Die Firma führte die Steuern pünktlich an das Finanzamt ab.",
        "Die Kommission setzte die Gebühren für das nächste Jahr fest.",
        "Die Zeitung griff das Thema in einer Serie auf.",
        "Der Minister ergriff in der Debatte das Wort.",
        "Die Polizei ergriff Maßnahmen gegen die Raser.",
        "Die Zuschauer wurden von Panik ergriffen.",
        "Die Kinder waren im Keller eingesperrt.",
        "Der Vorschlag der Anwohner wurde aufgegriffen.",
        "Der Hund schnappte nach dem Briefträger.",
        "Er sperrte die Tür hinter sich ein.",
    ],
)
def test_other_senses_give_no_arrest(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # active forms of "aufgreifen", "einsperren", "ergreifen" with a catcher
        (
            "Der Grenzschutz griff an der Küste zwölf Migranten auf.",
            [("zwölf Migranten", 12, "Der Grenzschutz", None)],
        ),
        (
            "Die Polizei sperrte den Randalierer über Nacht ein.",
            [("der Randalierer", None, "Die Polizei", None)],
        ),
        ("Die Beamten ergriffen den flüchtenden Mann.", [("der flüchtende Mann", None, "Die Beamten", None)]),
        # their passives with a catcher: the idiom, not the plural finite "ergriffen"
        ("Der Mann wurde von Polizisten ergriffen.", [("der Mann", None, "Polizisten", None)]),
        ("Ein 30-Jähriger wurde von Zollbeamten eingesperrt.", [("ein 30-Jähriger", 1, "Zollbeamten", None)]),
        # "aufgegriffen" without a catcher: police language for picked up and held
        ("An der Grenze wurden elf Migranten aufgegriffen.", [("elf Migranten", 11, None, None)]),
        # "nach" in the clause no longer blocks "geschnappt" (only "schnappte nach Luft" has no object)
        (
            "Nach dem Überfall wurden zwei Verdächtige geschnappt.",
            [("zwei Verdächtige", 2, None, "Überfall")],
        ),
        # a listed plural with a verb of other senses
        (
            "Die Tatverdächtigen wurden am Montag in einer Pension in Talheim gefasst.",
            [("die Tatverdächtigen", None, None, None)],
        ),
        # the agent of a vague group's passive
        (
            "Hunderte Demonstranten wurden von Sicherheitskräften festgenommen.",
            [("Hunderte Demonstranten", None, "Sicherheitskräften", None)],
        ),
    ],
)
def test_widened_rows(text: str, want: list[tuple[str, int | None, str | None, str | None]]) -> None:
    assert _rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a perfect auxiliary makes "verhaftet" the active verb, not "der Tradition verhaftet"
        (
            "Die Polizei hat den mutmaßlichen Täter verhaftet.",
            [("der mutmaßliche Täter", None, "Die Polizei", None)],
        ),
        (
            "Spezialkräfte haben den Mann in seiner Wohnung verhaftet.",
            [("der Mann", None, "Spezialkräfte", None)],
        ),
        # two counted groups joined before a passive verb are one group, counted together
        (
            "Zwölf Demonstranten und drei Journalisten wurden festgenommen.",
            [("zwölf Demonstranten und drei Journalisten", 15, None, None)],
        ),
        (
            "Die Behörde ließ 20 mutmaßliche Mitglieder sowie vier mutmaßliche Helfer festnehmen.",
            [("20 mutmaßliche Mitglieder sowie vier mutmaßliche Helfer", 24, "Die Behörde", None)],
        ),
        # a headline's offence after "nach", without an article, after an arrest noun too
        ("Drei Festnahmen nach Überfall auf Tankstelle", [("drei Festnahmen", 3, None, "Überfall")]),
        ("Zwei Männer nach Einbruch in Kiosk festgenommen", [("zwei Männer", 2, None, "Einbruch")]),
    ],
)
def test_widened_columns(text: str, want: list[tuple[str, int | None, str | None, str | None]]) -> None:
    assert _rows(text) == want


def test_still_kept_as_before() -> None:
    # "ist der Tradition verhaftet" stays no arrest; a sum or a date is no count
    assert _rows("Der Verein ist der Tradition verhaftet.") == []
    assert _rows("Nach dem Diebstahl von 20.000 Euro wurden drei Verdächtige festgenommen.") == [
        ("drei Verdächtige", 3, None, "Diebstahl")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a zu-infinitive tells an attempt, an order or a plan, not an arrest
        "Die Polizei versuchte, den Mann festzunehmen.",
        "Beim Versuch, den Randalierer in Gewahrsam zu nehmen, wurde ein Beamter verletzt.",
        "Die Richterin ordnete an, die Frau zu verhaften.",
        # an indirect question asks whether or how many
        "Ob der Verdächtige festgenommen wurde, ist unklar.",
        "Wie viele Menschen festgenommen wurden, blieb offen.",
        "Die Polizei wollte nicht sagen, ob die Männer verhaftet wurden.",
        # "niemand" negates
        "Der Sprecher Ole Brandt erklärte, Polizisten hätten niemanden festgenommen.",
    ],
)
def test_unstated_arrest_forms(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of success states the arrest the zu-infinitive names (its subject is elsewhere)
        ("Es gelang der Polizei, den Mann festzunehmen.", [("der Mann", None, None, None)]),
        (
            "Den Fahndern gelang es, zwei Schmuggler zu verhaften.",
            [("zwei Schmuggler", 2, None, "Schmuggel")],
        ),
        # a plural "sie" subject of a passive: the group counted in the sentence before
        (
            "Drei Männer hatten einen Kiosk überfallen. Sie wurden kurz darauf festgenommen.",
            [("drei Männer", 3, None, None)],
        ),
        (
            "Die Frau hatte einen Kiosk überfallen. Sie wurde kurz darauf festgenommen.",
            [("die Frau", None, None, None)],
        ),
    ],
)
def test_infinitive_with_success_and_plural_pronoun(
    text: str, want: list[tuple[str, int | None, str | None, str | None]]
) -> None:
    assert _rows(text) == want


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # the suspicion noun "Tatverdacht" names no offence: what of
        ("Die Polizei nahm die Frau wegen des dringenden Tatverdachts des Betrugs fest.", "Betrug"),
        # the offence after "bei"/"beim", as after "nach"
        ("Zwei Männer wurden beim Einbruch in eine Apotheke ertappt und festgenommen.", "Einbruch"),
        ("Bei einem Raubüberfall auf einen Kiosk wurde ein 22-Jähriger festgenommen.", "Raubüberfall"),
        ("Bei der Kontrolle wurden zwei Männer festgenommen.", None),
        # offender nouns of attacks
        ("Der mutmaßliche Messerangreifer wurde am Bahnhof festgenommen.", "Messerangriff"),
        # a hedge of the deed in an earlier conjunct does not hedge the arrest
        ("Der Mann soll seinen Nachbarn bestohlen haben und wurde festgenommen.", "Diebstahl"),
    ],
)
def test_charge_columns(text: str, charge: str | None) -> None:
    assert [row[3] for row in _rows(text)] == [charge]


def test_hedge_of_the_arrest_itself_still_holds() -> None:
    assert _rows("Der Mann soll festgenommen werden und wurde zur Fahndung ausgeschrieben.") == []
    assert _rows("Die Polizei soll den Mann festgenommen haben.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list after the nominal's "von" is the arrested, each
        ("Die Verhaftung von Anna Roth und Paul Kern löste Proteste aus.", ["Anna Roth", "Paul Kern"]),
        ("Die Festnahmen von Anna Roth und Paul Kern wurden kritisiert.", ["Anna Roth", "Paul Kern"]),
        # a list in a source phrase is no participant: its second member is no subject either
        ("Nach Angaben von Anna Roth und Paul Kern wurde ein Mann festgenommen.", ["ein Mann"]),
        ("Laut Anna Roth und Paul Kern wurde der Mann festgenommen.", ["der Mann"]),
        # a participle with its own adjunct before an age noun; a warrant the person was wanted on
        (
            "Ein in Kiel gesuchter 41-Jähriger ist in Talheim festgenommen worden.",
            ["ein gesuchter 41-Jähriger"],
        ),
        ("Die Bundespolizei hat einen mit Haftbefehl gesuchten Mann festgenommen.", ["ein gesuchter Mann"]),
    ],
)
def test_lists_and_inner_adjuncts(text: str, want: list[str]) -> None:
    assert [row[0] for row in _rows(text)] == want
