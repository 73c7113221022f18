from kzgraph.extract.facts import AgentKind
from kzgraph.extract.grammar.dates import find_date
from kzgraph.reading.article import ArticleDate
from tests.extract_helpers import context, facts


def names(text: str) -> list[str]:
    return [p.name for p in context(text).persons]


def test_title_names_and_aliases() -> None:
    ctx = context(
        "Frankreichs Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz. Macron sagte nichts."
    )
    assert names("Frankreichs Präsident Emmanuel Macron traf Bundeskanzler Olaf Scholz.") == [
        "Emmanuel Macron",
        "Olaf Scholz",
    ]
    assert any(m.kind == "name" and ctx.doc[m.start].text == "Macron" for m in ctx.mentions[2:])


def test_appositive_and_particles() -> None:
    text = (
        "Die Sprecherin des Ministeriums, Anna Karenina-Petrowa, sagte das. "
        "EU-Kommissarin Maria van der Berg kam."
    )
    got = names(text)
    assert "Anna Karenina-Petrowa" in got
    assert "Maria van der Berg" in got


def test_no_orgs_or_places_as_persons() -> None:
    got = names("Der Präsident Frankreichs sprach mit dem Innenministerium. Das Staatsfernsehen berichtete.")
    assert got == []


def test_pronoun_and_description() -> None:
    ctx = context(
        "Außenminister Boris Petrow reiste ab. Er sagte, es gebe keine Lösung. Der 60-Jährige schwieg."
    )
    sents = ctx.sentences
    er = next(t for t in sents[1] if t.text == "Er")
    assert ctx.agent_for(ctx.doc[er.i : er.i + 1]).name == "Boris Petrow"
    desc = ctx.doc[sents[2].start : sents[2].start + 2]
    assert ctx.agent_for(desc).name == "Boris Petrow"


def test_organizations_groups_unnamed() -> None:
    ctx = context(
        "Das russische Außenministerium und eine kasachische Journalistin sowie die gesamte Regierung."
    )
    doc = ctx.doc
    assert ctx.agent_for(doc[0:3]).kind == AgentKind.ORGANIZATION
    j = ctx.agent_for(doc[4:7])
    assert j.kind == AgentKind.PERSON and j.name is None
    assert ctx.agent_for(doc[9:12]).kind == AgentKind.GROUP


def test_dates() -> None:
    full = ArticleDate.parse("2022-01-08")  # a Saturday
    assert find_date("am Samstag", full).iso == "2022-01-08"
    assert find_date("am Mittwoch", full).iso == "2022-01-05"
    assert find_date("gestern", full).iso == "2022-01-07"
    assert find_date("am 3. Januar", full).iso == "2022-01-03"
    month = ArticleDate.parse("2022-01")
    d = find_date("am Samstag", month)
    assert d.weekday == "Samstag" and d.year_month == "2022-01" and d.iso is None
    assert find_date("für Montag", full) is None


def test_offices() -> None:
    f = facts("US-Außenminister John Miller kam. Ex-Geheimdienstchef Peter Brandt schwieg.")
    got = {(o.holder.name, o.office, o.former) for o in f.offices}
    assert ("John Miller", "US-Außenminister", False) in got
    assert ("Peter Brandt", "Geheimdienstchef", True) in got


def test_persons_one_per_person() -> None:
    f = facts("Präsident Boris Petrow sprach. Petrow sagte dann etwas. Petrows Büro schwieg.")
    assert [p.person.name for p in f.persons] == ["Boris Petrow"]


def test_day_and_month_without_year_is_near_the_article() -> None:
    july = ArticleDate.parse("2022-07-22")
    # announced for soon after the article: the same year
    assert find_date("Nachfolger wird zum 1. September X", july).iso == "2022-09-01"
    january = ArticleDate.parse("2022-01-08")
    assert find_date("am 28. Dezember", january).iso == "2021-12-28"
    assert find_date("am 6. Januar", january).iso == "2022-01-06"
    # far ahead of the article: a report about last year
    assert find_date("am 3. Dezember", july).iso == "2021-12-03"


def test_text_ending_in_blank_lines_does_not_crash() -> None:
    # bug: the dateline check indexed past the end of a trailing whitespace-only segment
    ctx = context("Hertha trennt sich von Trainer Schwarz\n\nBerlin (SID) - Der Verein teilte das mit.\n\n")
    assert ctx.sentences


def test_spokesperson_description_is_not_the_paragraphs_person() -> None:
    ctx = context("Ministerin Nancy Faeser sprach am Montag. Die Sprecherin sagte, es gebe Fortschritte.")
    start = next(t.i for t in ctx.doc if t.text == "Sprecherin")
    assert ctx.mention_at(start) is None
    # a description the article ties to the role still resolves
    ctx = context("Die Sprecherin Anna Weber kam. Die Sprecherin sagte, es gebe Fortschritte.")
    later = [t.i for t in ctx.doc if t.text == "Sprecherin"][1]
    assert ctx.mention_at(later) is not None


def test_token_table_is_the_docs_own_words() -> None:
    """The word lists the rules read instead of ``doc[i]`` say what the Tokens say, Doc.text too;
    and the sentence questions asked of them answer as the Span versions do."""
    from kzgraph.extract.grammar.dates import told_in_the_past, told_in_the_past_words
    from kzgraph.extract.grammar.scope import _conditional, _questioned, conditional, questioned

    ctx = context(
        "„Wir prüfen das“, sagte Ministerin Eva Roth am Montag in Köln.  Falls nötig, "
        "werde sie handeln?\n\nDer 52-Jährige – so ein Sprecher – schwieg (dpa)."
    )
    doc, table = ctx.doc, ctx.tokens
    assert table.texts == [t.text for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.tags == [t.tag_ for t in doc]
    assert table.poses == [t.pos_ for t in doc]
    assert table.offsets == [t.idx for t in doc]
    assert table.text == doc.text
    assert [table.end_char(i) for i in range(len(doc))] == [doc[i : i + 1].end_char for i in range(len(doc))]
    for sent in ctx.sentences:
        assert ctx.sentence_lowers(sent) == tuple(t.lower_ for t in sent)
        assert ctx.per_sentence_words(_questioned, sent) == questioned(sent)
        assert ctx.per_sentence_words(_conditional, sent) == conditional(sent)
        lowers, tags = ctx.sentence_lowers(sent), table.tags[sent.start : sent.end]
        assert told_in_the_past_words(lowers, tags) == told_in_the_past(sent)
    assert any(questioned(s) for s in ctx.sentences) and any(conditional(s) for s in ctx.sentences)
