"""Own sentences for the dismissal and resignation breadth round (issue 24): one list per
construction class, each case (text, the dismissed or resigned person's surname, or None for a
look-alike). Invented names and phrasings; no sentence of any data set."""

from __future__ import annotations

Case = tuple[str, str | None]

DISMISSAL_CLASSES: dict[str, list[Case]] = {
    "entlassen": [
        ("Der Aufsichtsrat entließ Vorstandschef Henrik Sauer am Freitag.", "Sauer"),
        ("Trainer Bodo Fenske ist am Sonntag entlassen worden.", "Fenske"),
        ("Der Präsident hat Innenminister Lars Winter entlassen.", "Winter"),
        ("Der Patient Bodo Fenske wurde aus dem Krankenhaus entlassen.", None),
        ("Wie viele Mitarbeiter haben Sie entlassen?", None),
    ],
    "gefeuert": [
        ("Der Klub feuerte Trainer Ivo Marek nach der fünften Niederlage.", "Marek"),
        ("Die Managerin Ute Haller wurde gefeuert.", "Haller"),
        ("Die Polizei feuerte Warnschüsse ab.", None),
    ],
    "geschasst": [
        ("Der Regierungschef schasste seinen Finanzminister Erik Dahl.", "Dahl"),
        ("Parteisprecherin Mia Kolb wurde im Januar geschasst.", "Kolb"),
    ],
    "abgesetzt": [
        ("Das Parlament setzte Präsident Viktor Ranke ab.", "Ranke"),
        ("Die Militärjunta hat Regierungschef Omar Feld abgesetzt.", "Feld"),
        ("Der Fahrer setzte Viktor Ranke am Bahnhof ab.", None),
        ("Die Sendung wurde nach zwei Folgen abgesetzt.", None),
    ],
    "abberufen": [
        ("Die Regierung berief Botschafter Peter Lau ab.", "Lau"),
        ("Intendantin Clara Wenk wurde vom Rundfunkrat abberufen.", "Wenk"),
    ],
    "des Amtes enthoben": [
        ("Der Richter Anton Veit wurde seines Amtes enthoben.", "Veit"),
        ("Der Senat enthob Bürgermeister Ralf Tamm seines Postens.", "Tamm"),
    ],
    "freigestellt / beurlaubt": [
        ("Der Verein hat Sportdirektor Rainer Pohl mit sofortiger Wirkung freigestellt.", "Pohl"),
        ("Trainer Jens Korte wurde beurlaubt.", "Korte"),
        ("Der Lehrer Jens Korte wurde für das Studium vom Unterricht freigestellt.", None),
    ],
    "Ruhestand": [
        ("Der Innenminister versetzte Polizeipräsident Horst Lemke in den einstweiligen Ruhestand.", "Lemke"),
        ("Staatssekretär Dirk Haas wurde in den einstweiligen Ruhestand versetzt.", "Haas"),
        ("Dirk Haas geht im Sommer in den Ruhestand.", None),
    ],
    "trennt sich von": [
        ("Der Bundesligist trennt sich von Trainer Mirko Stahl.", "Stahl"),
        ("Der Konzern hat sich von Finanzchef Gerd Olm getrennt.", "Olm"),
        ("Der Konzern trennt sich von seiner Sparte für Haushaltsgeräte.", None),
    ],
    "vor die Tür / raus": [
        ("Der Verein setzte Manager Holger Brink vor die Tür.", "Brink"),
        ("Die Partei warf den Abgeordneten Sven Rohde hinaus.", "Rohde"),
        ("Der Wirt warf den Betrunkenen um Mitternacht raus.", None),
    ],
    "muss gehen": [
        ("Trainer Holger Brink muss gehen.", "Brink"),
        ("Nach dem Skandal musste Ministerin Karin Thal gehen.", "Thal"),
        ("Karin Thal muss morgen früh zum Arzt gehen.", None),
        ("Trainer Holger Brink muss nicht gehen.", None),
    ],
    "nominal": [
        ("Der Rauswurf von Trainer Ivo Marek kam überraschend.", "Marek"),
        ("Nach der Entlassung der Managerin Ute Haller übernahm ein Interimschef.", "Haller"),
        ("Die Opposition fordert die Entlassung von Innenminister Lars Winter.", None),
    ],
    "fristlos gekündigt": [
        ("Der Sender kündigte Moderator Falk Ewers fristlos.", "Ewers"),
        ("Dem Geschäftsführer Falk Ewers wurde fristlos gekündigt.", "Ewers"),
        ("Der Mieter kündigte den Vertrag fristlos.", None),
        ("Der Sender kündigte eine neue Show an.", None),
    ],
    "relative clause": [
        ("Trainer Ivo Marek, den der Klub im Mai entlassen hatte, hat einen neuen Verein.", "Marek"),
        ("Der Minister Erik Dahl, der im Januar entlassen worden war, schreibt ein Buch.", "Dahl"),
    ],
    "als post": [
        ("Ute Haller wurde als Geschäftsführerin abberufen.", "Haller"),
        ("Der Vorstand entließ Peter Lau als Finanzchef.", "Lau"),
    ],
    # second batch: news style (parties, agents with posts, passives, clubs)
    "news: agent and post": [
        (
            "Nach der Pleite in Bremen hat der Tabellenletzte seinen Cheftrainer Dirk Wolff entlassen.",
            "Wolff",
        ),
        ("Ministerpräsident Karl Adam (CSU) hat seinen Wirtschaftsminister Bernd Kühn entlassen.", "Kühn"),
        (
            "Der Aufsichtsrat der Stadtwerke hat Geschäftsführer Ralf Kern mit sofortiger Wirkung abberufen.",
            "Kern",
        ),
        ("Die Universität hat den Professor Heiko Frey wegen Plagiats entlassen.", "Frey"),
        (
            "Wegen der Affäre wurde Polizeichef Jörg Brand am Mittwoch "
            "von Innenminister Lutz Beck suspendiert.",
            None,
        ),
    ],
    "news: passive and perfect": [
        ("Der umstrittene Intendant Helmut Rau ist von seinen Aufgaben entbunden worden.", "Rau"),
        (
            "Generalstabschef Aleksandr Petrow wurde von Präsident Igor Wolkow seines Postens enthoben.",
            "Petrow",
        ),
        ("Der Chefarzt Gerd Lehmann war bereits im Juni abgesetzt worden.", "Lehmann"),
        ("Im Zuge der Affäre mussten zwei Staatssekretäre ihren Hut nehmen.", None),
    ],
    "news: club and coach": [
        ("Hertha Linden hat sich nach nur vier Monaten von Trainer Ole Brandt getrennt.", "Brandt"),
        ("Der Zweitligist entlässt Trainer Mario Kessler nach der fünften Niederlage in Folge.", "Kessler"),
    ],
    "news: look-alikes": [
        ("Die Häftlinge wurden am Morgen aus der Justizvollzugsanstalt entlassen.", None),
        ("Der Konzern will bis Jahresende 300 Stellen abbauen und Mitarbeiter entlassen.", None),
        ("Der Minister schloss eine Entlassung von Polizeichef Jörg Brand aus.", None),
        ("Sollte der Vorstand scheitern, wird Ralf Kern abberufen.", None),
        ("Die Partei trennt sich von ihrem Parteibuch-Design.", None),
        ("Der Bus setzte die Schüler an der Haltestelle ab.", None),
    ],
    # third batch: colloquial idioms
    "ist Posten los": [
        ("Nach nur hundert Tagen ist Trainer Ole Brandt seinen Posten los.", "Brandt"),
        ("Die Ministerin Karin Thal ist ihr Amt los.", "Thal"),
        ("Ole Brandt ist seine Sorgen los.", None),
    ],
    "in die Wüste geschickt": [
        ("Der Verein schickte Trainer Ole Brandt in die Wüste.", "Brandt"),
        ("Manager Holger Brink wurde in die Wüste geschickt.", "Brink"),
    ],
    "aus dem Amt gejagt / abgesägt": [
        ("Die Demonstranten jagten Präsident Viktor Ranke aus dem Amt.", "Ranke"),
        ("Parteichef Hannes Wolf wurde von den eigenen Leuten abgesägt.", "Wolf"),
        ("Die alten Bäume wurden abgesägt.", None),
    ],
    "erhielt die Kündigung": [
        ("Chefredakteur Falk Ewers erhielt am Montag die fristlose Kündigung.", "Ewers"),
        ("Der Mieter Falk Ewers erhielt die Kündigung für seine Wohnung.", None),
    ],
    # fourth batch: historical passives, a possessive noun with its post
    "historic passives": [
        (
            ("Der Bürgermeister Hans Ebert wurde 1933 von den Nationalsozialisten aus dem Amt entfernt."),
            "Ebert",
        ),
        ("Hans Ebert wurde 1933 abgesetzt und verhaftet.", "Ebert"),
        ("1945 wurde der Landrat Otto Weyer von der Militärregierung seines Amtes enthoben.", "Weyer"),
        ("1937 wurde er aus politischen Gründen in den Ruhestand versetzt.", None),
    ],
    "possessive noun with post": [
        ("Anton Keil war Bischof. Nach seiner Entlassung als Bischof zog er nach Rom.", "Keil"),
        ("Anton Keil saß fünf Jahre in Haft. Nach seiner Entlassung zog er nach Rom.", None),
        ("Anton Keil war Bischof. Er fürchtete seine Absetzung als Bischof.", None),
    ],
    # an object pronoun of a second verb, the first verb's subject an unresolved description
    "object pronoun after a described subject": [
        (
            "Die Verantwortlichen haben Trainer Mario Kessler das Vertrauen entzogen und ihn beurlaubt.",
            "Kessler",
        ),
    ],
}


RESIGNATION_CLASSES: dict[str, list[Case]] = {
    "trat zurück": [
        ("Verkehrsminister Kurt Leber trat am Montag zurück.", "Leber"),
        ("Die Vorsitzende Doris Faber ist zurückgetreten.", "Faber"),
        ("Der Käufer Kurt Leber trat vom Kaufvertrag zurück.", None),
        ("Kurt Leber denkt nicht an Rücktritt.", None),
    ],
    "legte nieder": [
        ("Bürgermeisterin Ilse Koch legte ihr Amt nieder.", "Koch"),
        ("Die Arbeiter legten die Arbeit nieder.", None),
    ],
    "erklärte Rücktritt": [
        ("Parteichef Hannes Wolf erklärte seinen Rücktritt.", "Wolf"),
        ("Die Opposition forderte den Rücktritt von Hannes Wolf.", None),
    ],
    "gab Posten auf": [
        ("Der Manager Tilo Busch gab seinen Posten auf.", "Busch"),
        ("Die Ministerin Ina Reuter gibt ihr Amt auf.", "Reuter"),
        ("Tilo Busch gab das Rauchen auf.", None),
    ],
    "räumt Posten": [
        ("Vorstandschef Nils Gerber räumt seinen Posten.", "Gerber"),
        ("Nils Gerber räumte ein, Fehler gemacht zu haben.", None),
    ],
    "nahm Hut": [
        ("Der Intendant Paul Riedel nahm seinen Hut.", "Riedel"),
    ],
    "reichte Rücktritt ein": [
        ("Der Bischof Franz Moser reichte seinen Rücktritt ein.", "Moser"),
        ("Innensenator Gregor Lind hat seinen Rücktritt eingereicht.", "Lind"),
    ],
    "zog sich zurück": [
        ("Die Landrätin Petra Linke zog sich von ihrem Amt zurück.", "Linke"),
        ("Die Truppen zogen sich aus der Stadt zurück.", None),
    ],
    # second batch: news style
    "news: resignation": [
        ("Nach heftiger Kritik hat Gesundheitsministerin Ute Brehm (SPD) ihren Rücktritt erklärt.", "Brehm"),
        ("Der Vorsitzende des Vereins, Peter Lorenz, legte am Abend sein Amt nieder.", "Lorenz"),
        ("Bürgermeister Frank Vogt tritt zum Jahresende von seinem Amt zurück.", "Vogt"),
        ("Frank Vogt schließt einen Rücktritt aus.", None),
        ("Die Opposition verlangt den Rücktritt von Ministerin Ute Brehm.", None),
    ],
    # third batch
    "tritt ab": [
        ("Trainer Ole Brandt tritt nach zehn Jahren ab.", "Brandt"),
        ("Bundeskanzlerin Ute Brehm trat im Dezember ab.", "Brehm"),
        ("Russland trat die Gebiete an China ab.", None),
    ],
    "kündigte Rücktritt an": [
        ("Parteichef Hannes Wolf kündigte am Abend seinen Rücktritt an.", "Wolf"),
    ],
    # fourth batch
    "historic": [
        ("Der König Otto Arnulf dankte 1918 ab.", "Arnulf"),
        ("1990 legte Peter Wiegand sein Mandat nieder.", "Wiegand"),
        ("Aus gesundheitlichen Gründen trat Peter Wiegand 1975 von seinem Amt zurück.", "Wiegand"),
    ],
}
