"""The gazetteer is read once per process, however it is asked for."""

from kzgraph.nlp.gazetteer import GAZETTEER_FILE, load_gazetteer


def test_default_and_named_gazetteer_are_one_object() -> None:
    assert load_gazetteer() is load_gazetteer(GAZETTEER_FILE)
