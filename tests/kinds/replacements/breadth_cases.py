"""Own sentences for the succession breadth round (issue 24): one list per construction class,
each case (text, expected (successor, predecessor) or None for a look-alike). Invented names and
phrasings; no sentence of any data set. Shared by the tests and by the class table's counts."""

from __future__ import annotations

Case = tuple[str, tuple[str, str] | None]

SUCCESSION_CLASSES: dict[str, list[Case]] = {
    "folgt auf": [
        ("Jonas Wendtland folgt auf Petra Hollbeck, die in den Ruhestand geht.", ("Wendtland", "Hollbeck")),
        ("Neue Intendantin Karla Seidel folgte im März auf Markus Brenner.", ("Seidel", "Brenner")),
        ("Als Landrat folgt Tobias Ranft auf Günter Maibach.", ("Ranft", "Maibach")),
        ("Die Juristin Anke Voss ist auf Heiner Lutz gefolgt.", ("Voss", "Lutz")),
        ("Auf den Regen folgt am Wochenende wieder Sonne.", None),
        ("Auf die Rede von Kanzler Otto Klemm folgte langer Applaus.", None),
    ],
    "folgt nach": [
        ("Kai Ostermeier folgt Ulrike Danner im Amt nach.", ("Ostermeier", "Danner")),
        ("Im Vorstand folgte Sabine Kortum dem langjährigen Chef Rolf Ebert nach.", ("Kortum", "Ebert")),
        ("Die Familie folgte Sabine Kortum nach Hamburg nach.", None),
    ],
    "tritt die Nachfolge an": [
        ("Malte Quandt tritt die Nachfolge von Heike Sommer an.", ("Quandt", "Sommer")),
        ("Im Juli trat Lena Brandt die Nachfolge des Dirigenten Paul Weigel an.", ("Brandt", "Weigel")),
        ("Frieda Lanz hat die Nachfolge von Jürgen Koch als Schulleiterin angetreten.", ("Lanz", "Koch")),
        ("Wer die Nachfolge von Jürgen Koch antritt, ist noch offen.", None),
    ],
    "beerbt": [
        ("Der Ökonom Felix Adler beerbt Monika Stein als Präsident der Akademie.", ("Adler", "Stein")),
        ("Anna Rehm beerbte im Herbst den Bürgermeister Klaus Hübner.", ("Rehm", "Hübner")),
        ("Der Sohn Jakob Lindt beerbte seinen Vater Hugo Lindt und erhielt das Vermögen.", None),
        ("Felix Adler könnte Monika Stein beerben.", None),
    ],
    "löst ab": [
        ("Heike Brauer löst Werner Nagel an der Spitze der Behörde ab.", ("Brauer", "Nagel")),
        ("Als Chefredakteur löste Daniel Fink im Mai Ralf Meister ab.", ("Fink", "Meister")),
        ("Der Physiker Bernd Ohl hat Susanne Wolf als Rektor abgelöst.", ("Ohl", "Wolf")),
        ("Die Polizei löste die Kundgebung am Abend auf.", None),
        ("Bernd Ohl löste das Rätsel nach einer Stunde.", None),
    ],
    "tritt an die Stelle": [
        ("Katrin Moll tritt an die Stelle von Dieter Sauer.", ("Moll", "Sauer")),
        ("An die Stelle des Stadtrats Holger Brix trat Gisela Arndt.", ("Arndt", "Brix")),
    ],
    "ersetzt": [
        ("Im Kabinett ersetzt Martin Kuhn den Minister Georg Platt.", ("Kuhn", "Platt")),
        ("Als Trainerin ersetzt Nadine Rösler ab Montag Oliver Kranz.", ("Rösler", "Kranz")),
        ("Das neue Gesetz ersetzt die alte Verordnung aus dem Jahr 1990.", None),
        ("In der 70. Minute ersetzte Jan Pohl den müden Tim Ahrens.", None),
    ],
    "Nachfolger wird": [
        ("Nachfolger von Walter Grimm wird der Anwalt Stefan Kolb.", ("Kolb", "Grimm")),
        ("Neue Nachfolgerin von Irene Busch ist Carla Mertens.", ("Mertens", "Busch")),
        ("Als Nachfolger von Walter Grimm gilt Stefan Kolb.", None),
    ],
    "saxon genitive": [
        ("Grimms Nachfolger wird Stefan Kolb.", ("Kolb", "Grimm")),
        ("Stefan Kolb wird Walter Grimms Nachfolger.", ("Kolb", "Grimm")),
        ("Der neue iPhone-Nachfolger kommt im Herbst.", None),
    ],
    "übernimmt von": [
        ("Renate Pfeil übernimmt den Posten von Axel Brandner.", ("Pfeil", "Brandner")),
        ("Den Vorsitz übernahm im April Hanna Weiß von Rüdiger Kahl.", ("Weiß", "Kahl")),
        ("Das Amt des Kämmerers übernimmt Jens Maurer von Elke Dorn.", ("Maurer", "Dorn")),
        ("Renate Pfeil übernahm das Auto von Axel Brandner.", None),
    ],
    "relative clause": [
        (
            "Jonas Wendtland, der Petra Hollbeck als Direktor ablöst, kommt aus Kiel.",
            ("Wendtland", "Hollbeck"),
        ),
        ("Die Managerin Eva Rausch, die im Mai auf Lutz Berger folgte, hat viel vor.", ("Rausch", "Berger")),
    ],
    "apposition": [
        ("Jonas Wendtland, Nachfolger von Petra Hollbeck, stellte sich vor.", ("Wendtland", "Hollbeck")),
        ("Eva Rausch, die Nachfolgerin von Lutz Berger, eröffnete die Sitzung.", ("Rausch", "Berger")),
    ],
    # a stand-in is no succession: "anstelle von"/"statt" are left out as a construction
    "anstelle von": [
        ("Anstelle von Zucker verwendet der Koch Honig.", None),
        ("Anstelle des erkrankten Kanzlers Otto Klemm sprach Vizekanzlerin Eva Rausch.", None),
    ],
    "nominal": [
        ("Die Ablösung von Werner Nagel durch Heike Brauer kam überraschend.", ("Brauer", "Nagel")),
        (
            "Nach der Ablösung des Trainers Uwe Ritter durch Timo Beck stieg der Verein auf.",
            ("Beck", "Ritter"),
        ),
        ("Die Fraktion forderte die Ablösung von Werner Nagel durch Heike Brauer.", None),
    ],
    "two clauses": [
        (
            "Bürgermeister Klaus Hübner trat im Mai zurück. Neue Bürgermeisterin ist Anna Rehm.",
            ("Rehm", "Hübner"),
        ),
        ("Trainer Uwe Ritter wurde entlassen, neuer Trainer wird Timo Beck.", ("Beck", "Ritter")),
    ],
    "passive": [
        ("Werner Nagel wurde durch Heike Brauer ersetzt.", ("Brauer", "Nagel")),
        ("Ralf Meister wurde im Mai von Daniel Fink abgelöst.", ("Fink", "Meister")),
        ("Monika Stein wird zum Jahresende von Felix Adler beerbt.", ("Adler", "Stein")),
        ("Die alten Fenster wurden durch neue ersetzt.", None),
    ],
}
