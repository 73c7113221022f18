"""The report of the example corpus in a real browser (headless Chromium via Selenium).

Builds examples/kasachstan-2022 with `kzgraph build ... --report`, opens the page, checks the
DOM after the page's script ran, clicks a person, and writes a full-page screenshot to
test-output/ (kept by CI). Skips only when Chromium or its driver is not installed.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.resources import EXAMPLES_DIR

pytestmark = pytest.mark.browser

OUTPUT_DIR = Path(__file__).resolve().parent.parent / "test-output"  # the checkout's, kept by CI
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
DRIVER = shutil.which("chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1280,1000")


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("report")
    out = work / "report.html"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES_DIR / "kasachstan-2022"), "--output",
                                       str(work / "g.ttl"), "--report", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    if CHROMIUM is None or DRIVER is None:
        missing = " and ".join(n for n, p in (("chromium", CHROMIUM), ("chromedriver", DRIVER)) if p is None)
        pytest.skip(f"{missing} not installed (Debian: apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="kzgraph-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def page(browser, report_file: Path):  # noqa: ANN001, ANN201
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(report_file.as_uri())
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element("css selector", "html").get_attribute("data-rendered") == "yes")
    return browser


def _texts(driver, selector: str) -> list[str]:  # noqa: ANN001
    return [e.text for e in driver.find_elements("css selector", selector)]


def test_the_script_ran_without_errors(page) -> None:  # noqa: ANN001
    severe = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe


def test_timeline_entries(page) -> None:  # noqa: ANN001
    entries = _texts(page, "#timeline-list li")
    assert len(entries) >= 10
    assert any("Kassym-Schomart Tokajew dismissed Asamat Abdymomunow" in e for e in entries)
    # Dates keep their precision: a weekday in a month is not turned into a day.
    assert any(e.startswith("Samstag, Jan 2022") and "weekday in month" in e for e in entries)
    lanes = page.find_elements("css selector", "svg.timeline-chart .lane")
    assert {lane.get_attribute("data-kind") for lane in lanes} >= {"dismissals", "appointments", "arrests"}


def test_network_nodes(page) -> None:  # noqa: ANN001
    names = {n.get_attribute("data-name") for n in page.find_elements("css selector", "svg .node")}
    assert {"Kassym-Schomart Tokajew", "Nursultan Nasarbajew", "Asamat Abdymomunow"} <= names
    assert "Karim Massimow" in names  # arrested: a node without an edge (no arresting body named)
    assert page.find_elements("css selector", 'svg .edge[data-relation="dismissed"]')


def test_the_four_arrest_figures_are_separate_claims(page) -> None:  # noqa: ANN001
    cards = Counter(c.get_attribute("data-count")
                    for c in page.find_elements("css selector", "#claims .claim"))
    points = Counter(c.get_attribute("data-count")
                     for c in page.find_elements("css selector", "svg.figures-chart .claim"))
    for figures in (cards, points):
        assert {"3700", "4400", "7939", "10000"} <= set(figures)
        assert figures["4400"] == 2  # two sources said 4400: two claims, not one
    assert "ungefähr" in " ".join(_texts(page, "#claims"))


def test_evidence_sentences_with_participants_marked(page) -> None:  # noqa: ANN001
    table = page.find_element("css selector", "#table-dismissals")
    assert "So entließ er Mittwoch die gesamte Regierung." in table.text
    assert "die gesamte Regierung" in _texts(page, "#table-dismissals td.evidence mark")
    assert "dismissal.verb.active" in table.text  # the rule id
    search = table.find_element("css selector", "input[type=search]")
    search.send_keys("Abdymomunow")
    assert len(table.find_elements("css selector", "tbody tr")) == 1


def test_clicking_a_person_shows_their_facts_and_a_screenshot(page, report_file: Path) -> None:  # noqa: ANN001
    page.find_element("css selector", 'svg .node[data-name="Karim Massimow"] .shape').click()
    panel = page.find_element("css selector", "#person-panel")
    assert panel.find_element("css selector", "h3").text == "Karim Massimow"
    facts = _texts(page, "#person-panel .person-fact")
    assert facts and all("Karim Massimow" in f for f in facts)
    assert any("festgenommen" in f for f in facts)
    OUTPUT_DIR.mkdir(exist_ok=True)
    height = page.execute_script("return document.documentElement.scrollHeight")
    page.set_window_size(1280, min(int(height) + 40, 16000))
    page.execute_script("window.scrollTo(0, 0)")
    assert page.save_screenshot(str(OUTPUT_DIR / "report-kasachstan-2022.png"))
    shutil.copyfile(report_file, OUTPUT_DIR / "report-kasachstan-2022.html")
