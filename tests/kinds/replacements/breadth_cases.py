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
    # second batch: news style (parties, ages, dates, inverted order, fronted phrases)
    "news: party and age": [
        (
            "Der 52-jährige Jurist Martin Hesse (CDU) folgt auf den bisherigen Landrat Peter Wiegand (SPD).",
            ("Hesse", "Wiegand"),
        ),
        (
            "Die frühere Staatssekretärin Ina Korte (Grüne) löst den "
            "langjährigen Amtsinhaber Rolf Bremer (FDP) ab.",
            ("Korte", "Bremer"),
        ),
        (
            "Neuer Vorstandschef wird zum 1. Juli der 48-jährige "
            "Manager Tim Albers, der auf Uwe Strack folgt.",
            ("Albers", "Strack"),
        ),
    ],
    "news: inverted with date": [
        ("Am Montag hat der Stadtrat Jana Pohl als Nachfolgerin von Kurt Ebner gewählt.", ("Pohl", "Ebner")),
        (
            "Seit Januar führt Lisa Krämer die Behörde; sie hatte das Amt von Georg Lenz übernommen.",
            ("Krämer", "Lenz"),
        ),
        ("Im Amt des Präsidenten folgte ihm 2019 der Historiker Ralf Sommer nach.", None),
        (
            "Zum Nachfolger des zurückgetretenen Ministers Olaf Brink wurde am Dienstag Sven Haas ernannt.",
            ("Haas", "Brink"),
        ),
    ],
    "news: successor introduced": [
        ("Sie ist die Nachfolgerin von Heinz Maas, der nach zwölf Jahren in den Ruhestand ging.", None),
        ("Die Nachfolge von Heinz Maas tritt die Ärztin Petra Hahn an.", ("Hahn", "Maas")),
        (
            "Als Nachfolger des verstorbenen Bischofs Anton Keil hat der "
            "Vatikan den Pfarrer Markus Roth ernannt.",
            ("Roth", "Keil"),
        ),
        # the fronted phrase holds a name; the subject after the finite verb is a description
        (
            "Als Nachfolger von Gerd Lorenz hat der Landrat die Juristin Vera Sommer ernannt.",
            ("Sommer", "Lorenz"),
        ),
        ("Als Nachfolgerin der Dirigentin Ilse Born hat das Orchester Nora Kahl berufen.", ("Kahl", "Born")),
        ("Als Nachfolger von Gerd Lorenz hat der Landrat noch niemanden ernannt.", None),
        (
            "Mit Laura Winkler als Nachfolgerin von Frank Otto setzt die Partei auf Erneuerung.",
            ("Winkler", "Otto"),
        ),
    ],
    "news: look-alikes": [
        ("Auf die Niederlage folgte die Entlassung des gesamten Vorstands.", None),
        ("Die Partei sucht einen Nachfolger für Heinz Maas.", None),
        ("Heinz Maas will seinen Nachfolger selbst bestimmen.", None),
        ("Noch ist unklar, wer Heinz Maas beerben wird.", None),
        ("Die Fans forderten, dass Timo Beck den Trainer Uwe Ritter ablöst.", None),
        ("Die neue Software ersetzt das alte Programm von Heinz Maas.", None),
        ("Laura Winkler übernahm die Kosten von Frank Otto.", None),
    ],
    # third batch: genitive holders, seats taken over, handovers, idioms
    "übernimmt Posten des (genitive holder)": [
        ("Jana Pohl übernimmt den Posten des scheidenden Kurt Ebner.", ("Pohl", "Ebner")),
        ("Jana Pohl übernimmt den Posten des Kassenwarts.", None),
    ],
    "rückt nach": [
        (
            "Für die zurückgetretene Abgeordnete Maria Sell rückt Thomas Brenner in den Landtag nach.",
            ("Brenner", "Sell"),
        ),
        ("Thomas Brenner rückt für Maria Sell in den Bundestag nach.", ("Brenner", "Sell")),
        ("Thomas Brenner rückt in der Tabelle auf Platz drei vor.", None),
    ],
    "handover of leadership": [
        (
            "Der Gründer Otto Frank übergab die Leitung des Unternehmens an seine Tochter Eva Lind.",
            ("Eva Lind", "Otto Frank"),
        ),
        ("Heinz Maas gibt den Vorsitz an Petra Hahn ab.", ("Hahn", "Maas")),
        ("Heinz Maas übergab den Bericht an Petra Hahn.", None),
        ("Der Radprofi Heinz Maas gab die Führung an Petra Hahn ab.", None),
    ],
    "wird Nachfolger des": [
        ("Sven Haas wird Nachfolger des scheidenden Präsidenten Olaf Brink.", ("Haas", "Brink")),
        ("Petra Hahn war bereits im Mai zur Nachfolgerin von Heinz Maas bestimmt worden.", ("Hahn", "Maas")),
    ],
    "dismissal and replaced": [
        (
            "Der Klub hat Trainer Ivo Marek gefeuert und Timo Beck zu seinem Nachfolger gemacht.",
            ("Beck", "Marek"),
        ),
    ],
    # fourth batch: the style of encyclopaedic and historical news (dates, pronouns across sentences)
    "folgte (dative) als / im Amt": [
        ("Konrad Beil folgte 1921 Hans Ebert als Bürgermeister der Stadt.", ("Beil", "Ebert")),
        ("Im Jahr 1650 folgte Friedrich Arnulf seinem Onkel Otto Brem im Amt des Abtes.", ("Arnulf", "Brem")),
        ("Karl Weyer folgte dem Rat seines Anwalts Peter Grote.", None),
        ("Karl Weyer folgte seinem Vater Otto Weyer in die Firma.", None),
    ],
    "ihm folgte im Amt": [
        ("Der Abt Anton Keil starb 1788. Ihm folgte Markus Roth im Amt.", ("Roth", "Keil")),
        (
            ("Landrat Peter Wiegand ging 1975 in den Ruhestand. Sein Nachfolger im Amt wurde Martin Hesse."),
            ("Hesse", "Wiegand"),
        ),
    ],
    "wurde durch/von ersetzt (pronoun)": [
        (
            (
                "Hans Ebert war bis 1933 Bürgermeister. Dann wurde er von den "
                "Nationalsozialisten durch Konrad Beil ersetzt."
            ),
            ("Beil", "Ebert"),
        ),
    ],
    "Amtsnachfolger": [
        ("Sein Amtsnachfolger wurde 1990 der Jurist Martin Hesse.", None),
        (
            ("Peter Wiegand trat 1990 zurück. Sein Amtsnachfolger wurde der Jurist Martin Hesse."),
            ("Hesse", "Wiegand"),
        ),
    ],
    "löste als ab (pronoun subject)": [
        (
            ("Martin Hesse kam 1990 nach Kiel. Dort löste er Peter Wiegand als Landrat ab."),
            ("Hesse", "Wiegand"),
        ),
    ],
    # fifth batch
    "appointment noun with successor role": [
        ("Die Wahl von Anna Rehm zur Nachfolgerin von Klaus Hübner war einstimmig.", ("Rehm", "Hübner")),
        ("Die Opposition kritisierte die Wahl von Anna Rehm zur Nachfolgerin von Klaus Hübner.", None),
    ],
    "pronoun successor, relative departure": [
        (
            (
                "Timo Beck ist der neue Trainer des Vereins. Er ersetzt Uwe "
                "Ritter, der im Mai entlassen worden war."
            ),
            ("Beck", "Ritter"),
        ),
        ("Klaus Hübner wurde im Mai von Anna Rehm als Bürgermeister abgelöst.", ("Rehm", "Hübner")),
    ],
    # an object pronoun of a second verb, the first verb's subject an unresolved description
    "object pronoun after a described subject": [
        (
            "Der Präsident entließ Innenminister Lars Winter und ersetzte ihn durch Eva Rausch.",
            ("Rausch", "Winter"),
        ),
    ],
}
