"""Fact type ``appointments``: someone is given a post (``kz:Appointment``). Needs the
departures first (a take-over of "das Amt" right after one is its post); its steps add the
successors told as becoming the successor, then name each post in its holder's gender."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzgraph.extract.core.dedupe import dedupe
from kzgraph.extract.core.registry import FactType, Found, Step, register
from kzgraph.extract.facts import Appointment
from kzgraph.extract.kinds.appointments.extract import extract_appointments
from kzgraph.extract.kinds.appointments.successors import successors_appointed
from kzgraph.extract.kinds.offices.extract import in_holder_gender
from kzgraph.extract.posts.departures import in_order
from kzgraph.extract.posts.merging import merge_retellings
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, found: Found) -> list[Appointment]:
    return extract_appointments(ctx, in_order(found["dismissals"], found["resignations"]), found["offices"])


def _successors(ctx: ArticleContext, appointments: list[Appointment], found: Found) -> list[Appointment]:
    """ "Nachfolgerin wird X": a succession told as becoming the successor is also X's appointment."""
    told = dedupe(appointments + successors_appointed(ctx, found["replacements"]))
    return merge_retellings(told, lambda a: a.appointee)


def _in_gender(ctx: ArticleContext, appointments: list[Appointment], _found: Found) -> list[Appointment]:
    return in_holder_gender(ctx, appointments, lambda a: a.appointee)


def write_appointment(builder: ArticleGraphBuilder, fact: Appointment) -> None:
    appointee = builder.agent(fact.appointee)
    node = builder.event("appointment", KZ.Appointment, fact, appointee, fact.office)
    builder.graph.add((node, KZ.appointee, appointee))
    builder.agent_and_post(node, fact.agent, fact.office)
    builder.date(node, fact.date)


APPOINTMENTS = register(
    FactType(
        name="appointments",
        fact_class=Appointment,
        extract=_extract,
        write=write_appointment,
        order=40,
        needs=("offices", "dismissals", "resignations"),
        steps=(
            Step("successors appointed", _successors, needs=("replacements",)),
            Step("post in the holder's gender", _in_gender),
        ),
        query="appointments",
        lexicon="events:appointment",
    )
)
