import pytest

from tests.extract_helpers import facts


def _labels(fact) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {
        k: (v.label if hasattr(v, "kind") else v)
        for k, v in fact.__dict__.items()
        if k not in ("evidence", "date")
    }


def test_dismissal_passive() -> None:
    f = facts("Minister Ivan Lutz wurde von Präsident Boris Petrow abgesetzt.")
    assert [(d.dismissed.name, d.agent.name if d.agent else None) for d in f.dismissals] == [
        ("Ivan Lutz", "Boris Petrow")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ivan Lutz wurde aus der Haft entlassen.",
        "Der Sänger Ivan Lutz wurde aus dem Krankenhaus entlassen.",
        "Die Firma entließ 500 Mitarbeiter.",
        "Die Opposition fordert die Entlassung von Minister Ivan Lutz.",
        "Minister Ivan Lutz könnte entlassen werden.",
        "Präsident Boris Petrow entließ Minister Ivan Lutz nicht.",
        "Minister Ivan Lutz trat am Montag zurück.",
        "Der Sender hat die Sendung abgesetzt.",
    ],
)
def test_not_dismissals(text: str) -> None:
    assert facts(text).dismissals == []


def test_appointment_passive_pluperfect() -> None:
    f = facts(
        "Minister Ivan Lutz war vor Jahren von Präsident Boris Petrow zum Vize-Sekretär ernannt worden."
    )
    got = [(a.appointee.name, a.agent.name if a.agent else None, a.office) for a in f.appointments]
    assert got == [("Ivan Lutz", "Boris Petrow", "Vize-Sekretär")]


def test_takeover_and_inferred_replacement() -> None:
    f = facts(
        "Präsident Boris Petrow hatte Minister Ivan Lutz den Vorsitz entzogen - und ihn selbst übernommen."
    )
    assert [(a.appointee.name, a.agent.name) for a in f.appointments] == [("Boris Petrow", "Boris Petrow")]
    assert [(r.successor.name, r.predecessor.name) for r in f.replacements] == [("Boris Petrow", "Ivan Lutz")]


def test_replacement_durch() -> None:
    f = facts(
        "Präsident Boris Petrow sprach. Am Samstag ersetzte er die Armeeführung durch eigene Vertraute."
    )
    got = [(r.successor.label, r.predecessor.label) for r in f.replacements]
    assert got == [("eigene Vertraute", "die Armeeführung")]


def test_product_successor_is_no_replacement() -> None:
    assert facts("Das neue Modell ist der Nachfolger des alten Geräts.").replacements == []


def test_install_government() -> None:
    f = facts("Präsident Boris Petrow sprach. Er setzte eine neue Regierung ein.")
    assert [a.appointee.label for a in f.appointments] == ["eine neue Regierung"]


def test_deployed_troops_are_no_appointment() -> None:
    assert facts("In der Nacht wurden dort Fallschirmjäger eingesetzt.").appointments == []


def test_passive_subject_with_age_attributes_is_the_dismissed() -> None:
    # Regression: "der 81 Jahre alte X" was not seen in subject position, so the passive
    # dismissal fell back to an earlier person.
    got = facts(
        "Präsident Karl Beispiel regiert das Land. Sein Förderer ist Ex-Präsident Otto Kowalenko. "
        "Beispiel hatte ihm schon den Vorsitz entzogen. "
        "Diese Woche war der 81 Jahre alte Kowalenko nach mehr als 30 Jahren kalt gestellt worden."
    )
    assert {d.dismissed.name for d in got.dismissals} == {"Otto Kowalenko"}


def test_club_parts_with_its_coach_and_successor_follows() -> None:
    f = facts("Der FC Neustadt hat sich von Trainer Paul Weber getrennt. Nachfolger wird Max Brandt.")
    assert [(_labels(d)["dismissed"], _labels(d)["agent"]) for d in f.dismissals] == [
        ("Paul Weber", "Der FC Neustadt")
    ]
    assert [(r.successor.label, r.predecessor.label) for r in f.replacements] == [
        ("Max Brandt", "Paul Weber")
    ]


def test_private_separation_is_no_dismissal() -> None:
    assert facts("Der Sänger Peter Maier hat sich von seiner Frau Tabea Maier getrennt.").dismissals == []


def test_possessive_successor_refers_to_the_dismissed() -> None:
    f = facts(
        "Kanzler Olaf Berger hat Ministerin Christine Lambert entlassen. Ihr Nachfolger wird Boris Pauli."
    )
    assert [(r.successor.label, r.predecessor.label) for r in f.replacements] == [
        ("Boris Pauli", "Christine Lambert")
    ]


def test_vorfeld_subject_beats_the_name_after_the_verb() -> None:
    f = facts("Der Aufsichtsrat berief Oliver Blume zum neuen Vorstandschef. Er löst Herbert Diess ab.")
    assert [(a.appointee.label, a.agent.label if a.agent else None) for a in f.appointments] == [
        ("Oliver Blume", "Der Aufsichtsrat")
    ]
    # "Diess" ends in s but is no genitive
    assert [(r.successor.label, r.predecessor.label) for r in f.replacements] == [
        ("Oliver Blume", "Herbert Diess")
    ]


def test_dismissed_named_in_an_apposition_before_a_final_verb() -> None:
    f = facts(
        "Präsident Wladimir Petrow hat den Chef der Nationalgarde, Viktor Solotow, seines Amtes enthoben."
    )
    assert [(d.dismissed.label, d.agent.label if d.agent else None) for d in f.dismissals] == [
        ("Viktor Solotow", "Wladimir Petrow")
    ]


def test_passive_agent_with_vom() -> None:
    f = facts("Der Premierminister Jan Kowal wurde vom Parlament abgesetzt.")
    assert [(d.dismissed.label, d.agent.label if d.agent else None) for d in f.dismissals] == [
        ("Jan Kowal", "Parlament")
    ]


def test_reported_passive_dismissal_has_no_reporter_as_agent() -> None:
    f = facts("Die Zeitung berichtete, der Minister Karl Fuchs werde entlassen.")
    assert [(d.dismissed.label, d.agent) for d in f.dismissals] == [("Karl Fuchs", None)]
