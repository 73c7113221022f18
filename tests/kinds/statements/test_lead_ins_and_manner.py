"""Speakers named without a reporting verb, from errors measured on real news: a colon lead-in
that is only a noun phrase ("Die Ministerin: „…“", with an apposition or a topic), a line that
only names the speaker of the quotation paragraph below it, a quotation followed by a verb of
manner ("„…“, seufzte X"), a title holder before a colon ("Die Bürgermeisterin lacht: „…“"), and a
conditional clause in the Vorfeld that is no speaker ("Sollte …, könne sie nur annehmen, …").
Look-alikes: a title or motto after a colon, a name line before plain text, a film title
before a verb, a short name after a title holder's colon."""

from __future__ import annotations

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, " ".join(s.quote.split())) for s in facts(text).statements]


def test_name_before_colon_speaks() -> None:
    rows = _rows("Karla Winter: „Wir haben den Vorsprung in der zweiten Hälfte verspielt.“")
    assert rows == [("Karla Winter", "Wir haben den Vorsprung in der zweiten Hälfte verspielt.")]


def test_title_holder_before_colon_speaks() -> None:
    rows = _rows("Die Bürgermeisterin: „Die Brücke bleibt bis zum Sommer gesperrt.“")
    assert [label for label, _ in rows] == ["Die Bürgermeisterin"]


def test_colon_lead_with_apposition_or_topic() -> None:
    rows = _rows("Stadtrat Emil Kranz, Sprecher der Grünen: „Das Budget reicht nicht für neue Radwege.“")
    assert [label for label, _ in rows] == ["Emil Kranz"]
    rows = _rows("Die Ökonomin Ida Brenner über die Zinswende: „Ich erwarte keinen raschen Rückgang.“")
    assert [label for label, _ in rows] == ["Ida Brenner"]


def test_colon_after_a_thing_is_no_speaker() -> None:
    assert _rows("Das Motto der Messe: „Gemeinsam in eine grüne Zukunft gehen“") == []
    assert _rows("Der Titel des Romans: „Ein Sommer am See ohne Ende“") == []


def test_name_line_before_quotation_paragraph() -> None:
    text = (
        "Die Stimmen nach der Wahl:\n\n"
        "Grünen-Chefin Lea Hofer\n\n"
        "«Wir haben in den Städten deutlich zugelegt.»\n\n"
        "FDP-Chef Marc Stein\n\n"
        "«Das Ergebnis ist eine klare Niederlage für uns.»"
    )
    assert [label for label, _ in _rows(text)] == ["Lea Hofer", "Marc Stein"]


def test_name_line_before_plain_text_opens_nothing() -> None:
    text = "Grünen-Chefin Lea Hofer\n\nDie Partei hat in den Städten deutlich zugelegt."
    assert _rows(text) == []


def test_quotation_then_verb_of_manner() -> None:
    assert _rows("„Das war ein hartes Stück Arbeit“, seufzte der Trainer Paul Vogt.") == [
        ("Paul Vogt", "Das war ein hartes Stück Arbeit")
    ]
    assert [label for label, _ in _rows("„Kein Kommentar dazu“, winkte die Ministerin ab.")] == [
        "die Ministerin"
    ]
    rows = _rows("„Die Zahlen sprechen für sich“, bemerkte Jana Roth trocken.")
    assert [label for label, _ in rows] == ["Jana Roth"]


def test_manner_frame_needs_a_speaker_and_nothing_after_it() -> None:
    # a thing after the verb, or a clause after the speaker: no frame of manner
    assert _rows("„Zwei Tage am Meer“, kostete das Paket im Sommer.") == []
    assert _rows("„Lange Nacht der Museen“, besuchte Jana Roth, weil sie frei hatte.") == []


def test_title_holder_before_colon_needs_a_sentence() -> None:
    rows = _rows("Die Bürgermeisterin lacht laut: „Fragen Sie mich das bitte nächste Woche noch einmal.“")
    assert [label for label, _ in rows] == ["Die Bürgermeisterin"]
    assert _rows("Die Ministerin stellte ihr Buch vor: „Mein langer Weg“") == []


def test_conditional_vorfeld_is_no_speaker() -> None:
    text = (
        "Stadträtin Eva Lind lehnte den Antrag ab. Sollte der Bericht weiter ausbleiben, "
        "könne sie nur annehmen, dass im Haushalt Zahlen fehlten."
    )
    rows = _rows(text)
    assert ("Eva Lind", "im Haushalt Zahlen fehlten") in rows
    assert all(label != "der Bericht" for label, _ in rows)


def test_demonstrative_der_after_a_named_man() -> None:
    text = "Hugo Brandt stand am Abend vor dem Rathaus. Der erklärte, die Feier finde trotz Regen statt."
    assert _rows(text) == [("Hugo Brandt", "die Feier finde trotz Regen statt")]


def test_quotations_before_the_one_that_names_the_speaker() -> None:
    text = (
        "Die Stimmung im Lager war gut.\n\n"
        "„Wir haben heute sehr konzentriert gespielt.“\n\n"
        "„Jetzt wollen wir auch das Rückspiel gewinnen“, sagte Trainerin Ina Voss."
    )
    assert [label for label, _ in _rows(text)] == ["Ina Voss", "Ina Voss"]
    rows = _rows("„Das Ergebnis ist ein klarer Auftrag an uns alle.“ So Parteichef Udo Lenz am Abend.")
    assert rows == [("Udo Lenz", "Das Ergebnis ist ein klarer Auftrag an uns alle.")]


def test_waiting_quotations_are_no_titles_or_questions() -> None:
    text = "„Der Gipfel.“ „Wir sind sehr stolz auf die Mannschaft“, sagte Trainerin Ina Voss."
    assert [quote for _, quote in _rows(text)] == ["Wir sind sehr stolz auf die Mannschaft"]
    text = "„Wie geht es jetzt weiter?“ „Wir warten auf das Urteil des Gerichts“, sagte Anwalt Tim Roth."
    assert [quote for _, quote in _rows(text)] == ["Wir warten auf das Urteil des Gerichts"]
    text = "„Wir haben verloren.“ Danach regnete es. „Jetzt wollen wir mehr“, sagte Ina Voss."
    assert [quote for _, quote in _rows(text)] == ["Jetzt wollen wir mehr"]


def test_a_name_given_is_no_judgement() -> None:
    assert _rows("Die Brauerei nannte ihr neues Bier-Produkt „Bergquell“.") == []
    assert _rows("Die Eltern nannten ihren Sohn „Mika“.") == []
    # a judgement of a plan in quotation marks stays the speaker's statement
    rows = _rows("Die Opposition nannte den Sparplan „einen schweren Fehler“.")
    assert [label for label, _ in rows] == ["Die Opposition"]
