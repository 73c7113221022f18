"""Query parameters as SPARQL bindings: which variable each parameter binds, in which form.

A saved query declares required parameters (``# parameters:``) and optional ones
(``# optional:``) in its header. Names are bound as their name key (kz:nameKey, see
kzgraph.graph.names), so a person is found by an index lookup whatever the case and accents
of the input; dates are checked and bound as text (YYYY, YYYY-MM or YYYY-MM-DD), compared with
the facts' dates by prefix in the query. An optional parameter not given is bound to the
empty string, which the queries read as "no filter": a variable left unbound is treated
differently by the engines (Oxigraph decides BOUND of a substituted variable before it
substitutes; Virtuoso turns a FILTER EXISTS on an unbound variable into a join).
"""

from __future__ import annotations

import re
from datetime import date

from kzgraph.graph.names import name_key

# Parameters that name a person, and the variable their key is bound to.
KEYED = {"name": "nameKey", "person": "personKey"}
DATES = ("since", "until")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ParameterError(ValueError):
    pass


def check_date(text: str, parameter: str = "date") -> str:
    """``text`` if it is YYYY, YYYY-MM or YYYY-MM-DD and a real date, else ParameterError."""
    m = _DATE.match(text.strip())
    if not m:
        raise ParameterError(f"{parameter} {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError as err:
        raise ParameterError(f"{parameter} {text!r}: {err}") from err
    return text.strip()


def variable_for(parameter: str) -> str:
    """The SPARQL variable a parameter binds."""
    return KEYED.get(parameter, parameter)


def bindings(params: dict[str, str], options: tuple[str, ...] = ()) -> dict[str, str]:
    """Parameter values -> {variable name: lexical value of the plain literal to bind}; each of
    ``options`` (a query's optional parameters) not given is bound to ""."""
    bound: dict[str, str] = {variable_for(option): "" for option in options if option not in params}
    for parameter, value in params.items():
        if parameter in KEYED:
            key = name_key(value)
            if not key:
                raise ParameterError(f"{parameter} {value!r} has no letter or digit to look up")
            bound[KEYED[parameter]] = key
        elif parameter in DATES:
            bound[parameter] = check_date(value, parameter)
        else:
            bound[parameter] = value
    return bound
