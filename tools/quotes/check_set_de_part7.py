#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seventh part of the German quotes check set: condensed reports in the style of WikiNews.

Real WikiNews articles are condensed by volunteers from several agency reports: each article here
combines two to four sources (named in a closing "Quellen: …" line) and three to six speakers, with
a heading and no quotation in it; paragraphs hold two speakers each; the speaker changes without a
new name ("Sein Kontrahent entgegnete", "Die Opposition sprach von"); hearsay ("soll … gesagt
haben", "wird mit den Worten zitiert", "ließ … verlauten", "teilte … über Twitter mit", "schrieb … in
einer Pressemitteilung"); translated statements marked "(übersetzt)" or "(sinngemäß)"; quotations of
documents ("In dem Bericht heißt es" — the speaker is the document as written); long quotations
interrupted by the attribution; the speaker as the agent of a passive ("von X als „…“ bezeichnet");
one person named by surname, full name, function and pronoun; a speaker introduced in an apposition
two sentences before the quotation; titles and names in marks that are not quotations.

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-6 (the speaker as written closest to the quotation; a pronoun stays a pronoun;
a quotation with no attribution of its own gets the speaker of the quotation before it).

Corrected after a count of the dev suite's speaker conventions (tools/quotes/speaker_conventions.py):
a bare impersonal "hieß es" with no source phrase in its own clause gives no speaker (the suite: 3 of
3, against 4 of 4 with "in"/"aus"/"seitens" and a source), so "Dieses Geld sei »leider verloren«,
hieß es." after "Die Wuppertaler Stadtwerke teilten mit, …" has none now (one quotation).

  python3 tools/quotes/check_set_de_part7.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 322

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 rail strike: a quotation interrupted twice, "Ihr Kontrahent", hearsay, a tweet
A(["Tarifstreit bei der Bahn: Gewerkschaft droht mit neuen Streiks",
   "Im Tarifkonflikt bei der Deutschen Bahn hat die Lokführergewerkschaft GDL mit weiteren Arbeitsniederlegungen gedroht. Gewerkschaftschef Rainer Voss sagte am Montag in Frankfurt: „Wenn bis Freitag kein neues Angebot auf dem Tisch liegt, stehen die Züge still.“ Bahn-Personalvorstand Ulrike Kamp nannte die Drohung „verantwortungslos gegenüber Millionen Pendlern“.",
   "„Wir haben ein faires Angebot gemacht“, sagte Kamp. „Die GDL“, fügte die Managerin hinzu, „muss sich jetzt bewegen, sonst verliert sie jeden Rückhalt bei den Fahrgästen.“ Ihr Kontrahent entgegnete: „Ein faires Angebot sieht anders aus.“",
   "Voss soll nach Angaben von Teilnehmern in einer internen Sitzung gesagt haben: „Diesmal halten wir länger durch als die.“ Die Gewerkschaft wollte das auf Anfrage nicht kommentieren.",
   "Der Fahrgastverband Pro Bahn teilte über Twitter mit: „Die Leidtragenden sind wieder einmal die Reisenden.“",
   "Quellen: dpa, Reuters, tagesschau.de"],
  [("Wenn bis Freitag kein neues Angebot auf dem Tisch liegt, stehen die Züge still.", "Gewerkschaftschef Rainer Voss", "sagte"),
   ("verantwortungslos gegenüber Millionen Pendlern", "Bahn-Personalvorstand Ulrike Kamp", "nannte"),
   ("Wir haben ein faires Angebot gemacht", "Kamp", "sagte"),
   ("Die GDL", "die Managerin", "fügte hinzu"),
   ("muss sich jetzt bewegen, sonst verliert sie jeden Rückhalt bei den Fahrgästen.", "die Managerin", "fügte hinzu"),
   ("Ein faires Angebot sieht anders aus.", "Ihr Kontrahent", "entgegnete"),
   ("Diesmal halten wir länger durch als die.", "Voss", "soll gesagt haben"),
   ("Die Leidtragenden sind wieder einmal die Reisenden.", "Der Fahrgastverband Pro Bahn", "teilte über Twitter mit")])

# 2 glacier report: a document, its authors, a translated statement, an apposition two sentences before
A(["UN-Bericht: Gletscher schmelzen schneller als erwartet",
   "Die Gletscher der Alpen schmelzen nach einem neuen Bericht der Weltorganisation für Meteorologie (WMO) schneller als bislang angenommen. In dem Bericht heißt es: „Bis zum Ende des Jahrhunderts könnten zwei Drittel der Eismasse verschwunden sein.“",
   "Die Autoren sprechen von einem „beispiellosen Rückgang in den vergangenen zwei Jahrzehnten“. WMO-Generalsekretärin Amara Osei sagte bei der Vorstellung in Genf (übersetzt): „Wir verlieren ein Archiv der Erdgeschichte, und wir verlieren es in Echtzeit.“",
   "Der Schweizer Glaziologe Martin Keller, Leiter des Gletschermessnetzes an der ETH Zürich, hat an der Studie nicht mitgearbeitet. Die Messungen in der Schweiz bestätigten den Trend aber. „Im vergangenen Sommer haben wir so viel Eis verloren wie nie zuvor“, sagte der Forscher dem Schweizer Radio.",
   "Umweltverbände forderten schnelleres Handeln. Greenpeace schrieb in einer Pressemitteilung: „Jeder weitere Sommer ohne Klimaschutz kostet uns Gletscher, die nie zurückkommen.“ Die Bundesregierung ließ über einen Sprecher verlauten, man nehme den Bericht „sehr ernst“.",
   "Quellen: WMO, SRF, AFP"],
  [("Bis zum Ende des Jahrhunderts könnten zwei Drittel der Eismasse verschwunden sein.", "dem Bericht", "heißt es"),
   ("beispiellosen Rückgang in den vergangenen zwei Jahrzehnten", "Die Autoren", "sprechen von"),
   ("Wir verlieren ein Archiv der Erdgeschichte, und wir verlieren es in Echtzeit.", "WMO-Generalsekretärin Amara Osei", "sagte"),
   ("Im vergangenen Sommer haben wir so viel Eis verloren wie nie zuvor", "der Forscher", "sagte"),
   ("Jeder weitere Sommer ohne Klimaschutz kostet uns Gletscher, die nie zurückkommen.", "Greenpeace", "schrieb in einer Pressemitteilung"),
   ("sehr ernst", "Die Bundesregierung", "ließ verlauten")])

# 3 football coach dismissed: a newspaper title in marks, "wird mit den Worten zitiert", a passive agent
A(["Trainer Lindner muss in Bremen gehen",
   "Der Fußball-Bundesligist SV Werder Bremen hat sich von seinem Trainer Jens Lindner getrennt. Der Verein teilte am Sonntag mit, die Entscheidung sei nach „intensiven Gesprächen“ gefallen. Sportchef Frank Hollmann sagte: „Wir hatten zuletzt nicht mehr das Gefühl, dass die Mannschaft den Weg mitgeht.“",
   "Lindner selbst wird in der „Bild“-Zeitung mit den Worten zitiert: „Ich bin enttäuscht, aber ich akzeptiere die Entscheidung.“ Der 52-Jährige hatte den Club vor zwei Jahren übernommen.",
   "Kapitän Marco Stein bedauerte den Abschied. „Er hat uns viel beigebracht“, sagte er. „Am Ende“, so der Mittelfeldspieler, „sind wir Spieler schuld, nicht der Trainer.“",
   "Von den Fans wurde die Trennung in sozialen Netzwerken als „längst überfällig“ bezeichnet.",
   "Quellen: kicker, Sport1, dpa"],
  [("intensiven Gesprächen", "Der Verein", "teilte mit"),
   ("Wir hatten zuletzt nicht mehr das Gefühl, dass die Mannschaft den Weg mitgeht.", "Sportchef Frank Hollmann", "sagte"),
   ("Ich bin enttäuscht, aber ich akzeptiere die Entscheidung.", "Lindner", "wird mit den Worten zitiert"),
   ("Er hat uns viel beigebracht", "er", "sagte"),
   ("Am Ende", "der Mittelfeldspieler", "so"),
   ("sind wir Spieler schuld, nicht der Trainer.", "der Mittelfeldspieler", "so"),
   ("längst überfällig", "den Fans", "bezeichnet")])

# 4 trade dispute: (sinngemäß), (übersetzt) after the quotation, hearsay through an agency, "Die Opposition"
A(["Handelsstreit zwischen EU und China verschärft sich",
   "Die Europäische Union und China haben sich im Streit um Strafzölle auf Elektroautos nicht einigen können. EU-Handelskommissar Luc Berrand sagte nach dem Treffen in Brüssel (sinngemäß): „Wir bleiben gesprächsbereit, aber wir lassen unseren Markt nicht fluten.“ Der chinesische Handelsminister Wang Lei entgegnete, die Zölle seien „reiner Protektionismus“.",
   "Das Handelsministerium in Peking teilte später mit: „China wird alle notwendigen Maßnahmen ergreifen, um die Rechte seiner Unternehmen zu schützen“ (übersetzt). Nach Angaben der Nachrichtenagentur Xinhua soll Wang bei dem Treffen gesagt haben, Europa schade „sich selbst am meisten“.",
   "Der Verband der Automobilindustrie warnte vor einem Handelskrieg. Dessen Präsidentin Hildegard Scholl sagte der „Welt“: „Am Ende verlieren alle.“ Die Opposition im Europaparlament sprach dagegen von einem „überfälligen Signal“.",
   "Berrand kündigte an, die Gespräche im kommenden Monat fortzusetzen. „Die Tür bleibt offen“, sagte der Belgier.",
   "Quellen: Reuters, Xinhua, Die Welt"],
  [("Wir bleiben gesprächsbereit, aber wir lassen unseren Markt nicht fluten.", "EU-Handelskommissar Luc Berrand", "sagte"),
   ("reiner Protektionismus", "Der chinesische Handelsminister Wang Lei", "entgegnete"),
   ("China wird alle notwendigen Maßnahmen ergreifen, um die Rechte seiner Unternehmen zu schützen", "Das Handelsministerium in Peking", "teilte mit"),
   ("sich selbst am meisten", "Wang", "soll gesagt haben"),
   ("Am Ende verlieren alle.", "Dessen Präsidentin Hildegard Scholl", "sagte"),
   ("überfälligen Signal", "Die Opposition im Europaparlament", "sprach von"),
   ("Die Tür bleibt offen", "der Belgier", "sagte")])

# 5 earthquake: a translated minister, residents without names, "ließ verlauten", a politician by party
A(["Schweres Erdbeben erschüttert Westtürkei",
   "Ein Erdbeben der Stärke 6,4 hat am Dienstagmorgen den Westen der Türkei erschüttert. Nach Angaben der Katastrophenschutzbehörde Afad kamen mindestens 23 Menschen ums Leben. Innenminister Kemal Aydın sagte in Izmir (übersetzt): „Die Rettungsarbeiten laufen mit aller Kraft. Wir werden jeden Menschen aus den Trümmern holen.“",
   "Ein Anwohner berichtete dem Sender CNN Türk: „Das Haus hat gewackelt wie ein Schiff. Wir sind barfuß auf die Straße gerannt.“ Seine Nachbarin fügte hinzu: „Die Kinder schlafen jetzt im Auto.“",
   "Präsident Erkan Demir ließ über den Kurznachrichtendienst X verlauten: „Unser Staat steht an der Seite der Opfer.“ Die Opposition warf der Regierung dagegen vor, die Bauvorschriften „jahrelang nicht durchgesetzt“ zu haben.",
   "Bundesaußenministerin Anna Ritter bot Hilfe an. „Deutschland steht bereit“, schrieb die Grünen-Politikerin auf X. Das Technische Hilfswerk teilte mit, ein Team sei „in Bereitschaft“.",
   "Quellen: Afad, CNN Türk, dpa, AFP"],
  [("Die Rettungsarbeiten laufen mit aller Kraft. Wir werden jeden Menschen aus den Trümmern holen.", "Innenminister Kemal Aydın", "sagte"),
   ("Das Haus hat gewackelt wie ein Schiff. Wir sind barfuß auf die Straße gerannt.", "Ein Anwohner", "berichtete"),
   ("Die Kinder schlafen jetzt im Auto.", "Seine Nachbarin", "fügte hinzu"),
   ("Unser Staat steht an der Seite der Opfer.", "Präsident Erkan Demir", "ließ verlauten"),
   ("jahrelang nicht durchgesetzt", "Die Opposition", "warf vor"),
   ("Deutschland steht bereit", "die Grünen-Politikerin", "schrieb"),
   ("in Bereitschaft", "Das Technische Hilfswerk", "teilte mit")])

# 6 court verdict: the judge interrupted, the defence by function, an indictment quoted
A(["Urteil im Prozess um Cum-Ex-Geschäfte",
   "Das Landgericht Bonn hat einen früheren Bankmanager wegen schwerer Steuerhinterziehung zu fünf Jahren Haft verurteilt. Der Vorsitzende Richter Thomas Brehm sagte in der Urteilsbegründung, der Angeklagte habe „mit großer krimineller Energie“ gehandelt. „Es ging“, so Brehm, „um nichts anderes als einen Griff in die Staatskasse.“",
   "Der Verteidiger des 61-Jährigen, Jochen Albers, kündigte Revision an. Das Urteil sei „juristisch nicht haltbar“, sagte der Anwalt. Die Staatsanwältin Miriam Koch hielt dagegen: „Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.“",
   "In der Anklageschrift hieß es, der Schaden für den Fiskus betrage „mindestens 180 Millionen Euro“. Der Angeklagte selbst hatte im Prozess geschwiegen.",
   "Die Bürgerbewegung Finanzwende schrieb in einer Pressemitteilung: „Das Urteil ist ein wichtiges Signal, aber das Geld ist noch lange nicht zurück.“",
   "Quellen: WDR, Handelsblatt, dpa"],
  [("mit großer krimineller Energie", "Der Vorsitzende Richter Thomas Brehm", "sagte"),
   ("Es ging", "Brehm", "so"),
   ("um nichts anderes als einen Griff in die Staatskasse.", "Brehm", "so"),
   ("juristisch nicht haltbar", "der Anwalt", "sagte"),
   ("Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.", "Die Staatsanwältin Miriam Koch", "hielt dagegen"),
   ("mindestens 180 Millionen Euro", "der Anklageschrift", "hieß es"),
   ("Das Urteil ist ein wichtiges Signal, aber das Geld ist noch lange nicht zurück.", "Die Bürgerbewegung Finanzwende", "schrieb in einer Pressemitteilung")])

# 7 run-off election: two candidates alternating by name, function and "Seine Herausforderin"
A(["Stichwahl in Valdoria: Amtsinhaber knapp vorn",
   "Bei der Präsidentschaftswahl im südamerikanischen Valdoria zeichnet sich eine Stichwahl ab. Amtsinhaber Rodrigo Salcedo kam nach vorläufigen Ergebnissen auf 41 Prozent, die Herausforderin Inés Marín auf 38 Prozent.",
   "Salcedo sprach vor Anhängern in der Hauptstadt von einem „klaren Auftrag“. Seine Herausforderin entgegnete: „Sechs von zehn Menschen haben gegen ihn gestimmt. Das ist kein Auftrag, das ist eine Abwahl.“",
   "„Wir werden die Stichwahl gewinnen“, sagte Marín (übersetzt). Der Präsident wiederum warf ihr vor, das Land „ins Chaos stürzen“ zu wollen.",
   "Die Wahlbeobachter der Organisation Amerikanischer Staaten erklärten, die Abstimmung sei „weitgehend ordnungsgemäß“ verlaufen. Ihr Missionsleiter, der frühere chilenische Außenminister Pablo Ruiz, sagte der Agentur EFE: „Wir haben keine systematischen Unregelmäßigkeiten festgestellt.“",
   "Marín kündigte an, am Abend mit ihren Anhängern zu feiern. „Das war erst die erste Runde“, rief die 47-Jährige der Menge zu.",
   "Quellen: EFE, AP, El País"],
  [("klaren Auftrag", "Salcedo", "sprach von"),
   ("Sechs von zehn Menschen haben gegen ihn gestimmt. Das ist kein Auftrag, das ist eine Abwahl.", "Seine Herausforderin", "entgegnete"),
   ("Wir werden die Stichwahl gewinnen", "Marín", "sagte"),
   ("ins Chaos stürzen", "Der Präsident", "warf vor"),
   ("weitgehend ordnungsgemäß", "Die Wahlbeobachter der Organisation Amerikanischer Staaten", "erklärten"),
   ("Wir haben keine systematischen Unregelmäßigkeiten festgestellt.", "Ihr Missionsleiter, der frühere chilenische Außenminister Pablo Ruiz", "sagte"),
   ("Das war erst die erste Runde", "die 47-Jährige", "rief zu")])

# 8 job cuts: a letter quoted, the chief executive by name, function and pronoun, a union
A(["Autozulieferer streicht 3000 Stellen",
   "Der Autozulieferer Mahrtec will in Deutschland bis 2027 rund 3000 Stellen abbauen. In einem Brief an die Belegschaft, der der Nachrichtenagentur Reuters vorliegt, heißt es: „Wir müssen schmerzhafte Entscheidungen treffen, um das Unternehmen zukunftsfähig zu machen.“",
   "Vorstandschef Harald Sieber sagte bei einer Telefonkonferenz mit Analysten, der Abbau sei „unvermeidlich“. Der Manager, der das Unternehmen seit drei Jahren führt, verwies auf die schwache Nachfrage nach Elektroautos. „Die Volumen, die uns die Hersteller zugesagt hatten, sind nie gekommen“, sagte er.",
   "Der Betriebsratsvorsitzende Kemal Yıldız sprach von einem „Schlag ins Gesicht der Beschäftigten“. Die IG Metall ließ verlauten, man werde „um jeden Arbeitsplatz kämpfen“.",
   "Die baden-württembergische Wirtschaftsministerin Sabine Krug wird mit den Worten zitiert: „Wir erwarten, dass das Unternehmen alle Alternativen prüft.“ Sieber hatte zuvor gesagt, man sei „offen für Gespräche“.",
   "Quellen: Reuters, Stuttgarter Zeitung, SWR"],
  [("Wir müssen schmerzhafte Entscheidungen treffen, um das Unternehmen zukunftsfähig zu machen.", "einem Brief", "heißt es"),
   ("unvermeidlich", "Vorstandschef Harald Sieber", "sagte"),
   ("Die Volumen, die uns die Hersteller zugesagt hatten, sind nie gekommen", "er", "sagte"),
   ("Schlag ins Gesicht der Beschäftigten", "Der Betriebsratsvorsitzende Kemal Yıldız", "sprach von"),
   ("um jeden Arbeitsplatz kämpfen", "Die IG Metall", "ließ verlauten"),
   ("Wir erwarten, dass das Unternehmen alle Alternativen prüft.", "Die baden-württembergische Wirtschaftsministerin Sabine Krug", "wird mit den Worten zitiert"),
   ("offen für Gespräche", "Sieber", "hatte gesagt")])

# 9 hospital reform: two ministers in one paragraph, "fuhr er fort", hearsay, a passive agent
A(["Krankenhausreform: Länder drohen mit Klage",
   "Im Streit um die Krankenhausreform haben mehrere Bundesländer mit einer Verfassungsklage gedroht. Bayerns Gesundheitsministerin Judith Gerber sagte: „Der Bund greift in unsere Zuständigkeit ein.“ Bundesgesundheitsminister Paul Lehner wies das zurück: „Niemand nimmt den Ländern etwas weg.“",
   "Lehner, der selbst Arzt ist, verteidigte die Pläne im Bundestag. „Wir haben zu viele Kliniken, die zu wenig können“, sagte der SPD-Politiker. „Und wir haben“, fuhr er fort, „zu wenige, die alles können.“",
   "Die Deutsche Krankenhausgesellschaft warnte vor einem „kalten Strukturwandel“. Ihr Vorstandschef Gerald Baum soll in einer Sitzung des Verbandes gesagt haben: „Bis die Reform wirkt, sind hundert Kliniken pleite.“",
   "Von Patientenschützern wurde die Reform dagegen als „Schritt in die richtige Richtung“ begrüßt.",
   "Quellen: Ärzteblatt, dpa, BR"],
  [("Der Bund greift in unsere Zuständigkeit ein.", "Bayerns Gesundheitsministerin Judith Gerber", "sagte"),
   ("Niemand nimmt den Ländern etwas weg.", "Bundesgesundheitsminister Paul Lehner", "wies zurück"),
   ("Wir haben zu viele Kliniken, die zu wenig können", "der SPD-Politiker", "sagte"),
   ("Und wir haben", "er", "fuhr fort"),
   ("zu wenige, die alles können.", "er", "fuhr fort"),
   ("kalten Strukturwandel", "Die Deutsche Krankenhausgesellschaft", "warnte"),
   ("Bis die Reform wirkt, sind hundert Kliniken pleite.", "Ihr Vorstandschef Gerald Baum", "soll gesagt haben"),
   ("Schritt in die richtige Richtung", "Patientenschützern", "begrüßt")])

# 10 US senate: translated, sinngemäß, a tweet, "Die Demokratin", hearsay through a newspaper
A(["US-Senat lehnt Hilfspaket ab",
   "Der US-Senat hat ein milliardenschweres Hilfspaket für die von Dürre betroffenen Staaten im Westen des Landes abgelehnt. Mehrheitsführer Daniel Whitfield nannte das Paket auf einer Pressekonferenz „aufgebläht und unbezahlbar“. Senatorin Maria Castillo aus Arizona entgegnete (übersetzt): „Die Farmer in meinem Staat können nicht bis zum nächsten Jahr warten.“",
   "Präsident Robert Hale teilte über Twitter mit: „Das ist ein schwarzer Tag für Amerikas Landwirtschaft.“ Das Weiße Haus kündigte an, einen neuen Entwurf vorzulegen.",
   "Whitfield sagte später dem Sender Fox News sinngemäß, man sei bereit, über „ein schlankeres Paket“ zu reden. Die Demokratin bezeichnete das als „Ablenkungsmanöver“.",
   "Nach Angaben der „Washington Post“ soll Whitfield hinter verschlossenen Türen gesagt haben: „Wir geben dem Präsidenten keinen Sieg vor der Wahl.“ Sein Büro ließ dazu verlauten, der Senator äußere sich „nicht zu anonymen Berichten“.",
   "Quellen: AP, Washington Post, CNN"],
  [("aufgebläht und unbezahlbar", "Mehrheitsführer Daniel Whitfield", "nannte"),
   ("Die Farmer in meinem Staat können nicht bis zum nächsten Jahr warten.", "Senatorin Maria Castillo aus Arizona", "entgegnete"),
   ("Das ist ein schwarzer Tag für Amerikas Landwirtschaft.", "Präsident Robert Hale", "teilte über Twitter mit"),
   ("ein schlankeres Paket", "Whitfield", "sagte"),
   ("Ablenkungsmanöver", "Die Demokratin", "bezeichnete"),
   ("Wir geben dem Präsidenten keinen Sieg vor der Wahl.", "Whitfield", "soll gesagt haben"),
   ("nicht zu anonymen Berichten", "Sein Büro", "ließ verlauten")])

# 11 port fire: a warning, a press release of an authority, an anonymous worker
A(["Großbrand im Hamburger Hafen",
   "Im Hamburger Hafen ist in der Nacht zum Samstag ein Lagerhaus mit Chemikalien in Brand geraten. Die Feuerwehr warnte die Anwohner über die Warn-App Nina: „Fenster und Türen geschlossen halten, Lüftungen abschalten.“",
   "Feuerwehrsprecher Jan Ohlsen sagte am Morgen: „Wir haben den Brand unter Kontrolle, aber die Nachlöscharbeiten werden noch Tage dauern.“ Verletzt wurde nach seinen Worten niemand. Die Polizei teilte mit, die Ursache sei „noch völlig unklar“.",
   "In einer Pressemitteilung der Umweltbehörde heißt es: „Messungen in der Umgebung haben bislang keine erhöhten Schadstoffwerte ergeben.“ Umweltsenatorin Katja Behrens, die den Brandort am Vormittag besuchte, sprach von „großem Glück“.",
   "Ein Hafenarbeiter, der anonym bleiben wollte, sagte dem NDR: „Dass da Chemikalien lagern, wusste jeder. Dass das so gefährlich ist, hat uns keiner gesagt.“",
   "Quellen: NDR, Hamburger Abendblatt, Polizei Hamburg"],
  [("Fenster und Türen geschlossen halten, Lüftungen abschalten.", "Die Feuerwehr", "warnte"),
   ("Wir haben den Brand unter Kontrolle, aber die Nachlöscharbeiten werden noch Tage dauern.", "Feuerwehrsprecher Jan Ohlsen", "sagte"),
   ("noch völlig unklar", "Die Polizei", "teilte mit"),
   ("Messungen in der Umgebung haben bislang keine erhöhten Schadstoffwerte ergeben.", "einer Pressemitteilung der Umweltbehörde", "heißt es"),
   ("großem Glück", "Umweltsenatorin Katja Behrens, die den Brandort am Vormittag besuchte", "sprach von"),
   ("Dass da Chemikalien lagern, wusste jeder. Dass das so gefährlich ist, hat uns keiner gesagt.", "Ein Hafenarbeiter, der anonym bleiben wollte", "sagte")])

# 12 microplastics study: a study quoted, a journal title in marks, the scientist by function, a passive agent
A(["Studie: Mikroplastik im Gehirn nachgewiesen",
   "Forscher der Universität Wien haben in Gewebeproben des menschlichen Gehirns Mikroplastik nachgewiesen. In der im Fachblatt „Nature Medicine“ veröffentlichten Studie heißt es, die gefundenen Mengen seien „besorgniserregend hoch“. Studienleiterin Eva Lindqvist sagte der Nachrichtenagentur APA: „Wir wissen noch nicht, was das für die Gesundheit bedeutet. Aber wir sollten es dringend herausfinden.“",
   "Die gebürtige Schwedin, die seit zehn Jahren in Wien forscht, warnte vor Panik. Die Ergebnisse seien vorläufig. „Niemand muss jetzt aufhören, aus Plastikflaschen zu trinken“, sagte die Toxikologin.",
   "Der Berliner Neurologe Stefan Marx, der nicht an der Studie beteiligt war, nannte die Methode „solide“. Er mahnte jedoch: „Eine Korrelation ist noch kein Beweis.“",
   "Von der Kunststoffindustrie wurden die Befunde als „nicht repräsentativ“ zurückgewiesen. Lindqvist sagte dazu: „Wir laden die Industrie ein, unsere Daten zu prüfen.“",
   "Quellen: APA, Der Standard, Nature Medicine"],
  [("besorgniserregend hoch", "der im Fachblatt „Nature Medicine“ veröffentlichten Studie", "heißt es"),
   ("Wir wissen noch nicht, was das für die Gesundheit bedeutet. Aber wir sollten es dringend herausfinden.", "Studienleiterin Eva Lindqvist", "sagte"),
   ("Niemand muss jetzt aufhören, aus Plastikflaschen zu trinken", "die Toxikologin", "sagte"),
   ("solide", "Der Berliner Neurologe Stefan Marx, der nicht an der Studie beteiligt war", "nannte"),
   ("Eine Korrelation ist noch kein Beweis.", "Er", "mahnte"),
   ("nicht repräsentativ", "der Kunststoffindustrie", "zurückgewiesen"),
   ("Wir laden die Industrie ein, unsere Daten zu prüfen.", "Lindqvist", "sagte")])

# 13 film festival: a film title in marks, a message read out, a ministry, "so Roth"
A(["Goldener Bär für iranischen Film",
   "Der Goldene Bär der Berlinale geht an den Film „Das stille Haus“ des iranischen Regisseurs Reza Karimi. Jurypräsidentin Claire Dumont sagte bei der Preisverleihung (übersetzt): „Dieser Film hat uns alle tief berührt. Er erzählt von Angst, ohne je laut zu werden.“",
   "Karimi konnte den Preis nicht persönlich entgegennehmen, weil ihm die Ausreise verweigert wurde. In einer Botschaft, die seine Tochter vorlas, schrieb der Regisseur: „Ich bin in Gedanken bei euch, auch wenn mein Körper in Teheran festsitzt.“",
   "Kulturstaatsministerin Lea Hartmann nannte die Entscheidung der Jury „ein starkes Zeichen für die Freiheit der Kunst“. Das iranische Außenministerium sprach dagegen von einer „politisch motivierten Provokation“.",
   "Festivalleiterin Mariette Roth sagte, „Das stille Haus“ sei „ein Film, den man nicht vergisst“. Im nächsten Jahr, so Roth, wolle man Karimi „nach Berlin holen, koste es, was es wolle“.",
   "Quellen: Berlinale, epd, Deutschlandfunk Kultur"],
  [("Dieser Film hat uns alle tief berührt. Er erzählt von Angst, ohne je laut zu werden.", "Jurypräsidentin Claire Dumont", "sagte"),
   ("Ich bin in Gedanken bei euch, auch wenn mein Körper in Teheran festsitzt.", "der Regisseur", "schrieb"),
   ("ein starkes Zeichen für die Freiheit der Kunst", "Kulturstaatsministerin Lea Hartmann", "nannte"),
   ("politisch motivierten Provokation", "Das iranische Außenministerium", "sprach von"),
   ("ein Film, den man nicht vergisst", "Festivalleiterin Mariette Roth", "sagte"),
   ("nach Berlin holen, koste es, was es wolle", "Roth", "so")])

# 14 data leak: a press release, a subheading, an expert interrupted by "riet sie", hearsay via a magazine
A(["Datenleck bei Onlinehändler: Millionen Kundendaten betroffen",
   "Beim Onlinehändler Shopnova sind nach Angaben des Unternehmens Daten von rund 4,2 Millionen Kunden gestohlen worden. Der Konzern schrieb in einer Pressemitteilung: „Wir bedauern diesen Vorfall zutiefst und arbeiten mit den Behörden zusammen.“ Passwörter und Kreditkartendaten seien nicht betroffen.",
   "Reaktionen",
   "Der Bundesdatenschutzbeauftragte Ulrich Kemper kritisierte, das Unternehmen habe „viel zu spät“ informiert. Shopnova-Chefin Nadine Fuchs wies das zurück: „Wir haben die Kunden informiert, sobald das Ausmaß klar war.“",
   "Die Verbraucherzentrale riet Kunden, auf betrügerische E-Mails zu achten. „Die Täter wissen jetzt, was Sie gekauft haben, und können das ausnutzen“, sagte deren Digitalexpertin Hanna Weiß. „Seien Sie misstrauisch“, riet sie, „wenn eine E-Mail Sie zur Eile drängt.“",
   "Ein Sicherheitsforscher, der den Angriff analysiert hat, soll laut „Spiegel“ gesagt haben, die Lücke sei „seit Monaten bekannt“ gewesen. Fuchs ließ dazu verlauten, man prüfe „alle Hinweise“.",
   "Quellen: Spiegel, heise online, dpa"],
  [("Wir bedauern diesen Vorfall zutiefst und arbeiten mit den Behörden zusammen.", "Der Konzern", "schrieb in einer Pressemitteilung"),
   ("viel zu spät", "Der Bundesdatenschutzbeauftragte Ulrich Kemper", "kritisierte"),
   ("Wir haben die Kunden informiert, sobald das Ausmaß klar war.", "Shopnova-Chefin Nadine Fuchs", "wies zurück"),
   ("Die Täter wissen jetzt, was Sie gekauft haben, und können das ausnutzen", "deren Digitalexpertin Hanna Weiß", "sagte"),
   ("Seien Sie misstrauisch", "sie", "riet"),
   ("wenn eine E-Mail Sie zur Eile drängt.", "sie", "riet"),
   ("seit Monaten bekannt", "Ein Sicherheitsforscher, der den Angriff analysiert hat", "soll gesagt haben"),
   ("alle Hinweise", "Fuchs", "ließ verlauten")])

# 15 ceasefire broken: a ministry translated, an army spokesman, the UN chief by pronoun and nationality
A(["Waffenruhe an der Grenze zwischen Arkanien und Belvorien gebrochen",
   "Wenige Stunden nach Inkrafttreten einer Waffenruhe im Grenzgebiet zwischen Arkanien und Belvorien ist es erneut zu Gefechten gekommen. Beide Seiten beschuldigten sich gegenseitig. Das arkanische Verteidigungsministerium erklärte (übersetzt): „Der Feind hat unsere Stellungen um 4 Uhr morgens mit Artillerie angegriffen.“ Ein Sprecher der belvorischen Armee sprach dagegen von einer „dreisten Lüge“.",
   "UN-Generalsekretär Tomás Herrera zeigte sich besorgt. „Die Waffenruhe ist die einzige Chance auf Frieden“, sagte er in New York. „Ich appelliere“, fügte der Portugiese hinzu, „an beide Seiten, sie nicht leichtfertig zu verspielen.“",
   "Nach Angaben von Diplomaten soll der arkanische Präsident Viktor Salin bei einem Telefonat mit dem französischen Staatschef gesagt haben: „Wir werden nicht als Erste schießen, aber wir werden antworten.“ Sein belvorischer Amtskollege ließ über einen Sprecher verlauten, man sei „jederzeit zu Gesprächen bereit“.",
   "Quellen: Reuters, AFP, UN News"],
  [("Der Feind hat unsere Stellungen um 4 Uhr morgens mit Artillerie angegriffen.", "Das arkanische Verteidigungsministerium", "erklärte"),
   ("dreisten Lüge", "Ein Sprecher der belvorischen Armee", "sprach von"),
   ("Die Waffenruhe ist die einzige Chance auf Frieden", "er", "sagte"),
   ("Ich appelliere", "der Portugiese", "fügte hinzu"),
   ("an beide Seiten, sie nicht leichtfertig zu verspielen.", "der Portugiese", "fügte hinzu"),
   ("Wir werden nicht als Erste schießen, aber wir werden antworten.", "der arkanische Präsident Viktor Salin", "soll gesagt haben"),
   ("jederzeit zu Gesprächen bereit", "Sein belvorischer Amtskollege", "ließ verlauten")])

# 16 teacher shortage: a paper quoted, two officials with appositions, a tweet
A(["Lehrermangel: Bericht zeichnet düsteres Bild",
   "An deutschen Schulen fehlen nach einem Bericht der Kultusministerkonferenz bis 2030 rund 30.000 Lehrkräfte. In dem Papier heißt es: „Der Bedarf an Lehrkräften wird in allen Schularten das Angebot übersteigen.“ Besonders betroffen seien Grundschulen und berufliche Schulen, heißt es weiter.",
   "Die Vorsitzende der Gewerkschaft Erziehung und Wissenschaft, Birgit Hahn, bezeichnete die Zahlen als „Offenbarungseid der Bildungspolitik“. Die KMK-Präsidentin, die hessische Kultusministerin Doris Lenz, entgegnete: „Wir haben das Problem erkannt und handeln.“",
   "Lenz verwies auf Programme für Quereinsteiger. „Jeder, der gut erklären kann und Kinder mag, ist bei uns willkommen“, sagte die CDU-Politikerin. Hahn hielt dagegen, Quereinsteiger bräuchten „eine echte Ausbildung, keinen Crashkurs“.",
   "Der Bundeselternrat teilte über Twitter mit: „Unsere Kinder können nicht auf 2030 warten.“",
   "Quellen: KMK, GEW, Tagesspiegel"],
  [("Der Bedarf an Lehrkräften wird in allen Schularten das Angebot übersteigen.", "dem Papier", "heißt es"),
   ("Offenbarungseid der Bildungspolitik", "Die Vorsitzende der Gewerkschaft Erziehung und Wissenschaft, Birgit Hahn", "bezeichnete"),
   ("Wir haben das Problem erkannt und handeln.", "Die KMK-Präsidentin, die hessische Kultusministerin Doris Lenz", "entgegnete"),
   ("Jeder, der gut erklären kann und Kinder mag, ist bei uns willkommen", "die CDU-Politikerin", "sagte"),
   ("eine echte Ausbildung, keinen Crashkurs", "Hahn", "hielt dagegen"),
   ("Unsere Kinder können nicht auf 2030 warten.", "Der Bundeselternrat", "teilte über Twitter mit")])

# 17 obituary: a statement quoted, song titles in marks, a companion by apposition, age and surname
A(["Liedermacher Tom Wegner gestorben",
   "Der Liedermacher Tom Wegner ist tot. Er starb am Sonntag im Alter von 78 Jahren in seinem Haus in Lübeck, wie sein Management mitteilte. Wegner sei „friedlich im Kreis seiner Familie eingeschlafen“, hieß es in der Mitteilung.",
   "Wegner, der mit Liedern wie „Hafenlicht“ und „Nordwind“ bekannt wurde, galt als einer der wichtigsten Liedermacher seiner Generation. Bundespräsident Frank Altmann würdigte ihn als „Stimme der kleinen Leute“. Seine langjährige Weggefährtin, die Sängerin Ulla Berg, sagte dem NDR: „Ich habe einen Bruder verloren.“",
   "„Tom hat nie nach Ruhm gefragt“, sagte die 72-Jährige. „Er wollte“, so Berg, „dass die Leute zuhören, nicht dass sie klatschen.“",
   "Der Musiker selbst hatte in einem seiner letzten Interviews gesagt: „Ich habe keine Angst vor dem Tod. Ich habe nur Angst, dass mir vorher die Lieder ausgehen.“",
   "Quellen: NDR, dpa, Lübecker Nachrichten"],
  [("friedlich im Kreis seiner Familie eingeschlafen", "der Mitteilung", "hieß es"),
   ("Stimme der kleinen Leute", "Bundespräsident Frank Altmann", "würdigte"),
   ("Ich habe einen Bruder verloren.", "Seine langjährige Weggefährtin, die Sängerin Ulla Berg", "sagte"),
   ("Tom hat nie nach Ruhm gefragt", "die 72-Jährige", "sagte"),
   ("Er wollte", "Berg", "so"),
   ("dass die Leute zuhören, nicht dass sie klatschen.", "Berg", "so"),
   ("Ich habe keine Angst vor dem Tod. Ich habe nur Angst, dass mir vorher die Lieder ausgehen.", "Der Musiker selbst", "hatte gesagt")])

# 18 farmers' protest: a long apposition, "Ihre Kritiker", a passive agent, two farmers without names
A(["Bauernproteste legen Brüssel lahm",
   "Tausende Landwirte aus ganz Europa haben mit Traktoren das Brüsseler Europaviertel blockiert. Der Präsident des europäischen Bauernverbands Copa, Henrik Aalto, sagte vor dem Parlament: „Wir sind nicht gegen Umweltschutz. Wir sind gegen Regeln, die am Schreibtisch gemacht werden.“",
   "Der Finne, der selbst einen Milchbetrieb führt, forderte eine Pause bei neuen Auflagen. EU-Agrarkommissarin Teresa Moura versprach den Bauern „weniger Bürokratie“. Ihre Kritiker in der Grünen-Fraktion sprachen von einem „Kniefall vor der Agrarlobby“.",
   "Von der belgischen Polizei wurde der Protest als „weitgehend friedlich“ beschrieben. Allerdings seien Feuerwerkskörper geworfen und Strohballen angezündet worden, teilte ein Polizeisprecher mit.",
   "Ein Landwirt aus Bayern sagte dem BR: „Ich bin 600 Kilometer gefahren, weil ich nicht mehr weiß, wie ich meinen Hof halten soll.“ Ein Kollege aus den Niederlanden ergänzte: „Wir sind die letzten, die noch Lebensmittel machen.“",
   "Moura kündigte an, im März Vorschläge vorzulegen. „Ich habe zugehört“, sagte sie.",
   "Quellen: Euractiv, BR, Belga"],
  [("Wir sind nicht gegen Umweltschutz. Wir sind gegen Regeln, die am Schreibtisch gemacht werden.", "Der Präsident des europäischen Bauernverbands Copa, Henrik Aalto", "sagte"),
   ("weniger Bürokratie", "EU-Agrarkommissarin Teresa Moura", "versprach"),
   ("Kniefall vor der Agrarlobby", "Ihre Kritiker in der Grünen-Fraktion", "sprachen von"),
   ("weitgehend friedlich", "der belgischen Polizei", "beschrieben"),
   ("Ich bin 600 Kilometer gefahren, weil ich nicht mehr weiß, wie ich meinen Hof halten soll.", "Ein Landwirt aus Bayern", "sagte"),
   ("Wir sind die letzten, die noch Lebensmittel machen.", "Ein Kollege aus den Niederlanden", "ergänzte"),
   ("Ich habe zugehört", "sie", "sagte")])

# 19 doping case: Instagram, an agency, a lawyer, "Ihre Trainerin", a newspaper quoting her
A(["Dopingfall: Sprinterin beteuert Unschuld",
   "Die Sprinterin Lena Brandt ist positiv auf ein verbotenes Mittel getestet worden. Die 26-Jährige, Europameisterin über 200 Meter, wies die Vorwürfe zurück. „Ich habe nie bewusst etwas Verbotenes genommen“, schrieb die Leichtathletin auf Instagram.",
   "Die Nationale Anti-Doping-Agentur teilte mit, die gemessene Konzentration sei „eindeutig“. Brandts Anwalt Felix Krämer hielt dagegen: „Die Probe wurde nicht ordnungsgemäß gelagert. Das werden wir beweisen.“",
   "Der Präsident des Deutschen Leichtathletik-Verbands, Jürgen Kessler, sagte: „Wir warten das Verfahren ab, bevor wir urteilen.“ Ihre Trainerin ließ verlauten, sie stehe „voll hinter Lena“.",
   "Brandt soll bereits im Januar intern von dem Ergebnis erfahren haben, berichtet die „Süddeutsche Zeitung“. Die Sportlerin wird dort mit den Worten zitiert: „Ich habe drei Wochen nicht geschlafen.“",
   "Quellen: SZ, Sportschau, SID"],
  [("Ich habe nie bewusst etwas Verbotenes genommen", "die Leichtathletin", "schrieb"),
   ("eindeutig", "Die Nationale Anti-Doping-Agentur", "teilte mit"),
   ("Die Probe wurde nicht ordnungsgemäß gelagert. Das werden wir beweisen.", "Brandts Anwalt Felix Krämer", "hielt dagegen"),
   ("Wir warten das Verfahren ab, bevor wir urteilen.", "Der Präsident des Deutschen Leichtathletik-Verbands, Jürgen Kessler", "sagte"),
   ("voll hinter Lena", "Ihre Trainerin", "ließ verlauten"),
   ("Ich habe drei Wochen nicht geschlafen.", "Die Sportlerin", "wird mit den Worten zitiert")])

# 20 cable car: »…« marks, an initiative's name in marks, "Der Parteilose" after another speaker
A(["Streit um Seilbahn in Wuppertal",
   "Der Stadtrat von Wuppertal hat den Bau einer Seilbahn zwischen Hauptbahnhof und Universität endgültig gestoppt. Oberbürgermeister Georg Winter sagte nach der Abstimmung: »Das ist eine bittere Niederlage für die Verkehrswende in unserer Stadt.«",
   "Die Bürgerinitiative »Seilbahnfreies Wuppertal« feierte das Ergebnis. Ihre Sprecherin Anke Polat sagte: »Die Bürger wollten keine Gondeln über ihren Gärten.« Der Parteilose kündigte an, das Projekt »nicht aufzugeben«.",
   "Von der Opposition im Rat war das Projekt als »teures Prestigeobjekt« bezeichnet worden. Winter, der seit 2020 im Amt ist, entgegnete: »Prestige ist, wenn man nichts tut und sich dafür feiern lässt.«",
   "Die Wuppertaler Stadtwerke teilten mit, bisher seien rund drei Millionen Euro in die Planung geflossen. Dieses Geld sei »leider verloren«, hieß es.",
   "Quellen: WDR, Westdeutsche Zeitung"],
  [("Das ist eine bittere Niederlage für die Verkehrswende in unserer Stadt.", "Oberbürgermeister Georg Winter", "sagte"),
   ("Die Bürger wollten keine Gondeln über ihren Gärten.", "Ihre Sprecherin Anke Polat", "sagte"),
   ("nicht aufzugeben", "Der Parteilose", "kündigte an"),
   ("teures Prestigeobjekt", "der Opposition im Rat", "bezeichnet"),
   ("Prestige ist, wenn man nichts tut und sich dafür feiern lässt.", "Winter, der seit 2020 im Amt ist", "entgegnete"),
   ("leider verloren", None, "hieß es")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
