// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing

@testable import NLPHost

/// The `quotes` stage: quotation marks of each language, dash quotes, multi-paragraph,
/// nested and unbalanced quotations, titles and scare quotes, speakers and cues.
@Suite struct QuotesTests {
  /// One expected quotation: the quoted words, speaker, cue and resolved pronoun.
  struct Q: Equatable, CustomStringConvertible {
    var text: String
    var speaker: String?
    var cue: String?
    var resolved: String?
    init(_ text: String, _ speaker: String?, _ cue: String?, resolved: String? = nil) {
      self.text = text
      self.speaker = speaker
      self.cue = cue
      self.resolved = resolved
    }
    var description: String {
      "Q(\(text.debugDescription), \(speaker ?? "nil"), \(cue ?? "nil"), \(resolved ?? "-"))"
    }
  }

  func quotes(_ doc: Document) -> [Q] {
    doc.spans("quote").map {
      Q(
        $0.text, $0.attrs["speaker"]?.stringValue, $0.attrs["cue"]?.stringValue,
        resolved: $0.attrs["speaker_resolved"]?.stringValue)
    }
  }

  func quotes(_ text: String, lang: String? = nil, chain: String = "quotes") throws -> [Q] {
    var attrs = Attributes()
    if let lang { attrs["lang"] = .string(lang) }
    return quotes(try runChain(chain, text: text, attrs: attrs))
  }

  func expectQuotes(sample: String, _ expected: [Q]) throws {
    let got = quotes(try runChain("quotes", sample: sample))
    #expect(got == expected, "\(sample)")
  }

  func texts(_ qs: [Q]) -> [String] { qs.map(\.text) }

  /// A German quotation that no rule attributes takes the speaker a reader would from its own
  /// paragraph (marked `speaker_from = "context"`); a blank line ends the paragraph, a single line
  /// break does not (wiki text, the suite's source, renders it inside the paragraph).
  @Test func contextSpeakerStaysInItsParagraph() throws {
    let text = "Wenn die Imkerin Hanna Roth aus Kirchtal morgens ihre Kästen öffnet, wird sie oft still. "
      + "Viele Völker haben den langen Winter nicht überlebt. Schuld ist die Milbe: „Ich habe im Frühjahr ein "
      + "Drittel meiner Bienen verloren.“"
    let quote = "Ich habe im Frühjahr ein Drittel meiner Bienen verloren."
    for brk in [" ", "\n"] {
      var attrs = Attributes()
      attrs["lang"] = .string("de")
      let doc = try runChain("quotes", text: text.replacingOccurrences(of: "still. Viele", with: "still.\(brk)Viele"), attrs: attrs)
      let q = try #require(doc.spans("quote").first)
      #expect(q.text == quote)
      #expect(q.attrs["speaker"]?.stringValue == "die Imkerin Hanna Roth aus Kirchtal")
      #expect(q.attrs["speaker_from"]?.stringValue == "context")
    }
    let split = text.replacingOccurrences(of: "still. Viele", with: "still.\n\nViele")
    #expect(try quotes(split, lang: "de") == [Q(quote, nil, nil)])
  }

  // MARK: - The sample corpus: every quotation with its speaker and cue

  @Test func sample_arMahattatTahliya() throws {
    try expectQuotes(
      sample: "ar-mahattat-tahliya.txt",
      [
        Q(
          "هذه المحطة ستنهي معاناة الأهالي مع انقطاع المياه في فصل الصيف، حين تتجاوز درجات الحرارة 45 درجة مئوية",
          "مدير المشروع المهندس سامي الحداد", "وقال"),
        Q(
          "كنا نشتري صهريج الماء بخمسة عشر ديناراً كل أسبوع، وفي الصيف يصل سعره إلى 25 ديناراً. اليوم نأمل أن ينتهي هذا الكابوس",
          "أم خالد", "وقالت"),
      ])
  }

  @Test func sample_daEngelskInvestorCitat() throws {
    try expectQuotes(
      sample: "da-engelsk-investor-citat.txt",
      [
        Q(
          "We are not leaving Denmark. We are doubling down, and we expect to hire a lot more people here",
          "Pennington", "sagde"),
        Q(
          "Vi har ventet på det her i to år. Nu kan vi endelig ansætte 250-300 nye medarbejdere",
          "Nordcelles administrerende direktør, Birgitte Skov", "siger"),
        Q(
          "Vi har hørt store løfter før. I 2008 mistede vi halvdelen af arbejdspladserne på én uge",
          "han", "fortæller", resolved: "Kim Rasmussen"),
        Q("Det er den bedste nyhed, byen har fået i 20 år", "hun", "siger", resolved: "Karen Holt"),
      ])
  }

  @Test func sample_daHavnUdvidelse() throws {
    try expectQuotes(
      sample: "da-havn-udvidelse.txt",
      [
        Q(
          "Det er den største investering i byens historie siden 90'erne",
          "borgmester Anders Brix Holm", "siger"),
        Q(
          "Vi har talt med tre rederier alene i forrige uge. Når 2. etape står færdig, kan vi tage imod skibe, der i dag sejler forbi os",
          "hun", "siger", resolved: "Lise Østergaard"),
        Q(
          "Vi bruger 210 millioner på beton, mens skolerne mangler penge. Det hænger ikke sammen",
          "hun", "sagde", resolved: "Louise Dam"),
      ])
  }

  @Test func sample_daSkoleLukning() throws {
    try expectQuotes(
      sample: "da-skole-lukning.txt",
      [
        Q(
          "Det er en sort dag for hele landsbyen. Skolen er hjertet i Lindelund",
          "formand for skolebestyrelsen Sofie Bech", "fortæller"),
        Q(
          "Vi har ikke truffet beslutningen med let hjerte. Men med 11,3 procent færre børn på fem år kan vi ikke blive ved",
          "formand for børne- og skoleudvalget Niels Overgaard", "siger"),
        Q(
          "Vi har allerede tilsagn fra toogtyve familier. Hvis vi når op på 40 elever, kan vi åbne allerede i august 2020",
          "Sofie Bech", "siger"),
      ])
  }

  @Test func sample_daVindmoelleProtest() throws {
    try expectQuotes(
      sample: "da-vindmoelle-protest.txt",
      [
        Q(
          "Vi står fast. Vi har boet her i 20 år, og ingen har spurgt os til råds",
          "Jens Aagaard, formand for foreningen Modvind Korsbøl", "lyder det"),
        Q(
          "Vi forstår godt bekymringen, men vi har holdt treogtyve borgermøder, siden den første ansøgning blev sendt i marts 2019",
          "projektchef Mette Kjærgaard", "siger"),
        Q(
          "Pengene dækker ikke det, vi mister. Vi blev lovet en folkeafstemning, og nu hører vi ingenting",
          "hun", "siger", resolved: "Hanne Lund"),
      ])
  }

  @Test func sample_deBrauereiStreik() throws {
    try expectQuotes(
      sample: "de-brauerei-streik.txt",
      [
        Q(
          "Wir fordern 6,5 Prozent mehr Lohn, mindestens aber 150 Euro im Monat",
          "Gewerkschaftssekretär Thomas Reuter", "sagte"),
        Q(
          "Ein solcher Abschluss würde uns rund 1,2 Mio. Euro im Jahr kosten. Das ist für einen Mittelständler nicht zu stemmen",
          "die Sprecherin der Brauerei, Anja Winkler", "so"),
        Q(
          "Die Gruppe macht Gewinne, aber hier wird um jeden Euro gefeilscht", "ein Mitarbeiter",
          "sagte"),
      ])
  }

  @Test func sample_deForschungsschiffRueckkehr() throws {
    try expectQuotes(
      sample: "de-forschungsschiff-rueckkehr.txt",
      [
        Q(
          "Wir haben Messdaten gesammelt, die es in dieser Dichte noch nie gegeben hat",
          "Expeditionsleiterin Katrin Vogt", "sagte"),
        Q(
          "Das ist kein Urlaub, das ist harte Arbeit bei minus 40 Grad", "Kapitän Jörg Petersen",
          "so"),
        Q("Aber ich würde sofort wieder losfahren.", "Kapitän Jörg Petersen", "so"),
        Q(
          "Wir freuen uns jetzt erst einmal auf unsere Familien", "die Schiffsärztin Lena Hartmann",
          "sagte"),
      ])
  }

  @Test func sample_enBridgeClosure() throws {
    try expectQuotes(
      sample: "en-bridge-closure.txt",
      [
        Q(
          "When we opened up the deck last week, we found beams that had lost a third of their thickness. Some of the bolts came out in our hands. We had no choice.",
          "she", "said", resolved: "Dana Whitfield"),
        Q(
          "I have driven across that bridge every day for 22 years. Nobody wants this less than I do",
          "she", "said", resolved: "Dana Whitfield"),
        Q(
          "Back in 2019 the inspectors wrote, and I quote, ‘the structure is approaching the end of its service life,’ and we sat on that report for five years",
          "he", "said", resolved: "Rob Kessler"),
        Q("the structure is approaching the end of its service life", "the inspectors", "wrote"),
        Q(
          "People won’t drive nine miles for a loaf of bread. Seven or eight of my regulars told me so this morning",
          "she", "said", resolved: "Maria Costa"),
      ])
  }

  @Test func sample_enCargoShipFreed() throws {
    try expectQuotes(
      sample: "en-cargo-ship-freed.txt",
      [
        Q("The hull appears intact and there is no sign of leaking fuel", "Ingrid Moe", "said"),
        Q(
          "We are extremely grateful to the crews who worked through the night.", "Ingrid Moe",
          "said"),
        Q(
          "We heard a long, low groan around midnight, like a whale", "fisherman Arne Hovland",
          "said"),
        Q("By morning the whole village was on the pier.", "fisherman Arne Hovland", "said"),
      ])
  }

  @Test func sample_enRecordShop() throws {
    try expectQuotes(
      sample: "en-record-shop.txt",
      [
        Q(
          "I don't want to go, but the numbers don't add up anymore", "he", "said",
          resolved: "Frank Doyle"),
        Q(
          "We survived the '80s, CDs, downloads and streaming. We can't survive the landlord's spreadsheet.",
          "he", "said", resolved: "Frank Doyle"),
        Q(
          "We've offered Mr Doyle a fair deal. It's a commercial decision and we wish him well.",
          "A spokesman for the landlord, Carver Estates", "said"),
        Q(
          "He told me, 'This is where the real music lives,' and he was right. I don't know where I'll go now",
          "she", "said", resolved: "Aisha Patel"),
        Q("This is where the real music lives", "He", "told", resolved: "Frank Doyle"),
        Q("Last Saturday we took £1,500 in one day", "he", "said", resolved: "Frank Doyle"),
        Q(
          "If it were like that every week, I'd stay another 41 years.", "he", "said",
          resolved: "Frank Doyle"),
      ])
  }

  @Test func sample_esFeriaLibro() throws {
    try expectQuotes(
      sample: "es-feria-libro.txt",
      [
        Q(
          "Ha sido la mejor edición de nuestra historia", "la directora de la feria, Carmen Ibáñez",
          "dijo"),
        Q(
          "La gente ha vuelto a comprar poesía. Eso no pasaba desde los años ochenta",
          "su presidente, Tomás Herrera", "afirmó"),
        Q("Ahora toca descansar dos días y empezar a preparar la próxima", "Ibáñez", "dijo"),
      ])
  }

  @Test func sample_esSequiaEmbalse() throws {
    try expectQuotes(
      sample: "es-sequia-embalse.txt",
      [
        Q(
          "Si no llueve antes de octubre, tendremos que aplicar cortes nocturnos de agua",
          "el alcalde de Peñalba del Río, Andrés Cabrera", "dijo"),
        Q(
          "La situación es grave, pero no desesperada. Tenemos reservas para unos cinco o seis meses",
          "la ingeniera de la empresa, Lucía Navarro", "afirmó"),
        Q("Llevo 30 años aquí y nunca había visto el pantano así", "Rosario Gil, de 67 años", "dijo"),
      ])
  }

  @Test func sample_frGreleVignerons() throws {
    try expectQuotes(
      sample: "fr-grele-vignerons.txt",
      [
        Q("En vingt-cinq ans de métier, je n'ai jamais vu ça", "Jean-Marc Rivière", "a confié"),
        Q(
          "La chaleur, puis la glace. Les vignes n'ont rien compris, et nous non plus", "il",
          "a-t-il déclaré", resolved: "Jean-Marc Rivière"),
        Q(
          "C'est la troisième fois en cinq ans.", "il", "a-t-il déclaré",
          resolved: "Jean-Marc Rivière"),
        Q(
          "Nos vignerons ont besoin d'aide maintenant, pas dans six mois", "elle",
          "a-t-elle déclaré", resolved: "Odile Ferrand"),
      ])
  }

  @Test func sample_frGreveConducteursBus() throws {
    try expectQuotes(
      sample: "fr-greve-conducteurs-bus.txt",
      [
        Q(
          "C'est une grève inacceptable, qui pénalise d'abord les usagers les plus modestes",
          "le directeur général, Bernard Lemoine", "a déclaré"),
        Q("Nous ne demandons pas la lune", "Sandrine Morel, déléguée de l'Union des conducteurs", "a expliqué"),
        Q(
          "Un conducteur débute à 1 650 euros nets par mois et fait parfois 12 km pour rejoindre le dépôt à 4 h du matin.",
          "Sandrine Morel, déléguée de l'Union des conducteurs", "a expliqué"),
        Q(
          "Si rien ne bouge, nous irons jusqu'à Noël", "il", "a-t-il dit", resolved: "Karim Benali"),
        Q(
          "Nous avons déjà tenu trois semaines dans les années 90.", "il", "a-t-il dit",
          resolved: "Karim Benali"),
      ])
  }

  @Test func sample_itFuniviaRiapertura() throws {
    try expectQuotes(
      sample: "it-funivia-riapertura.txt",
      [
        Q("È una giornata storica per tutta la valle", "il sindaco Giorgio Ferrandi", "ha detto"),
        Q(
          "Mio nonno ha lavorato qui negli anni '60, quando si saliva ancora con le cabine di legno. Oggi mi sono commosso",
          "Luca Bertoni", "ha detto"),
        Q(
          "Ventitré ettari di bosco sono troppi", "la portavoce del comitato, Elena Rinaldi",
          "ha detto"),
      ])
  }

  @Test func sample_nbFjellveiStengt() throws {
    try expectQuotes(
      sample: "nb-fjellvei-stengt.txt",
      [
        Q(
          "Skredet var omtrent 80 meter bredt og opptil fire meter dypt. Vi åpner ikke veien før vi vet at fjellsiden er trygg",
          "anleggsleder Ola Haugen", "sier"),
        Q(
          "Vi har drevet gården her i 30 år og aldri sett maken. Hele dalen ristet",
          "Ingrid Solberg", "sier"),
        Q("Vi har ventet i femti år. Nå må det skje noe", "ordfører Knut Brekke", "sier"),
      ])
  }

  @Test func sample_nbSjomatFestival() throws {
    try expectQuotes(
      sample: "nb-sjomat-festival.txt",
      [
        Q(
          "Vi hadde håpet på 20 000, så dette er helt fantastisk", "festivalsjef Marte Nygård",
          "sier"),
        Q(
          "Jeg lagde torsk slik bestemor gjorde det på 80-tallet, bare med litt mer smør", "Lie",
          "sa"),
        Q("bare nødt til å gå", "han", "sa", resolved: "Sindre Lie"),
      ])
  }

  @Test func sample_nlDijkVersterking() throws {
    try expectQuotes(
      sample: "nl-dijk-versterking.txt",
      [
        Q(
          "We moeten nu handelen, niet over tien jaar. Het water stijgt sneller dan we in de jaren 90 dachten",
          "dijkgraaf Pieter van der Linden", "zei"),
        Q(
          "Ik woon hier al veertig jaar en heb het water nog nooit zo hoog gezien als in 1995. 's Nachts lag ik wakker, en de auto's stonden al op de dijk",
          "bewoonster Gerda Smit", "zei"),
        Q("Maar waarom moeten al die bomen weg?", "bewoonster Gerda Smit", "zei"),
      ])
  }

  @Test func sample_plMostRemont() throws {
    try expectQuotes(
      sample: "pl-most-remont.txt",
      [
        Q(
          "Remont jest konieczny. Ostatni raz most był modernizowany w latach 90., a ekspertyza z ubiegłego roku nie pozostawia złudzeń",
          "burmistrz Lipowca Marek Zieliński", "powiedział"),
        Q(
          "Stracę połowę klientów. Ludzie nie będą nadkładać 27 kilometrów po bułki",
          "Anna Wiśniewska", "powiedziała"),
      ])
  }

  @Test func sample_ptPescaSardinha() throws {
    try expectQuotes(
      sample: "pt-pesca-sardinha.txt",
      [
        Q(
          "Com estas quotas, metade dos barcos vai ficar parada a partir de agosto",
          "o presidente da associação local de armadores, Rui Carvalho", "disse"),
        Q(
          "Trabalho no mar desde os 14 anos. Nunca vi uma situação assim, nem nos anos 80, quando a sardinha desapareceu durante dois verões",
          "Manuel Sousa, de 58 anos", "disse"),
        Q(
          "Vinte e três famílias dependem do meu barco e do barco do meu irmão",
          "o mestre Joaquim Pires", "disse"),
        Q("Não é com promessas que se enchem as redes.", "o mestre Joaquim Pires", "disse"),
      ])
  }

  @Test func sample_svFaerjaInstalld() throws {
    try expectQuotes(
      sample: "sv-faerja-installd.txt",
      [
        Q(
          "Vi beklagar verkligen det inträffade. Reservdelarna måste beställas från Tyskland och leveranstiden är 10–14 dagar",
          "Karin Lindqvist, trafikchef på rederiet Storölinjen", "säger"),
        Q(
          "Det är högsäsong. Varje dag utan färja kostar oss pengar, och ingen verkar ha någon plan B",
          "han", "säger", resolved: "Per-Olof Strand"),
        Q(
          "Vi vet att det är för sent för den här säsongen", "hon", "säger",
          resolved: "Karin Lindqvist"),
      ])
  }

  @Test func sample_svSkolmatKommun() throws {
    try expectQuotes(
      sample: "sv-skolmat-kommun.txt",
      [
        Q(
          "Vi vill minska klimatavtrycket och samtidigt hålla kostnaderna nere",
          "nämndens ordförande Eva Sjöberg", "säger"),
        Q(
          "Mina barn är redan hungriga när de kommer hem. Det handlar inte om kött eller inte kött, det handlar om att maten ska räcka",
          "han", "säger", resolved: "Johan Berg"),
        Q(
          "Vi har provlagat rätterna sedan i höstas och eleverna har fått rösta i appen Mat24. Linsgrytan kom på andra plats av tolv rätter",
          "hon", "säger", resolved: "Lina Ek"),
      ])
  }

  // MARK: - Quotation marks of each convention

  @Test func germanLowNineWithInvertedAttribution() throws {
    let q = try quotes(
      "Das Schiff „Polarwind“ ist zurück. „Wir sind froh, wieder hier zu sein“, sagte Müller am Abend.",
      lang: "de")
    #expect(q == [Q("Wir sind froh, wieder hier zu sein", "Müller", "sagte")])
  }

  @Test func germanGuillemetsPointInward() throws {
    let q = try quotes(
      "»Das ist zu wenig«, so die Sprecherin der Firma. Das Bier »Alt 7« bleibt.", lang: "de")
    #expect(q == [Q("Das ist zu wenig", "die Sprecherin der Firma", "so")])
  }

  @Test func frenchGuillemetsWithNoBreakSpaces() throws {
    let q = try quotes(
      "Le maire a réagi. «\u{00A0}Nous allons reconstruire l'école\u{00A0}», a déclaré Paul Martin.",
      lang: "fr")
    #expect(q == [Q("Nous allons reconstruire l'école", "Paul Martin", "a déclaré")])
  }

  @Test func frenchIncisesSplitTheQuotation() throws {
    let q = try quotes(
      "« Nous ne céderons pas, a-t-elle dit. Les salariés sont avec nous. »", lang: "fr")
    #expect(
      q == [
        Q("Nous ne céderons pas", "elle", "a-t-elle dit"),
        Q("Les salariés sont avec nous.", "elle", "a-t-elle dit"),
      ])
  }

  @Test func swedishSameMarkOnBothSides() throws {
    let q = try quotes(
      "”Vi är mycket nöjda med resultatet”, säger Anna Berg till tidningen.", lang: "sv")
    #expect(q == [Q("Vi är mycket nöjda med resultatet", "Anna Berg", "säger")])
  }

  @Test func polishLowNineClosedByRightQuoteAndDash() throws {
    let q = try quotes("„Prace potrwają do jesieni” – powiedział wójt Jan Nowak.", lang: "pl")
    #expect(q == [Q("Prace potrwają do jesieni", "wójt Jan Nowak", "powiedział")])
  }

  @Test func polishDativeAfterTheCueIsWhomItWasSaidTo() throws {
    let q = try quotes(
      "Minister rolnictwa Piotr Zając odwiedził w sobotę gospodarstwa. „Nie zostawimy was bez pomocy” – powiedział Janowi Kowalskiemu, sadownikowi z Wilczyc.",
      lang: "pl")
    #expect(q == [Q("Nie zostawimy was bez pomocy", "Minister rolnictwa Piotr Zając", "powiedział")])
  }

  @Test func polishRoleAloneAndRoleAfterAnAdverbialAreSpeakers() throws {
    #expect(
      try quotes("„Wypłaty ruszą w tym miesiącu” – zapowiedział minister, pytany o terminy.", lang: "pl")
        == [Q("Wypłaty ruszą w tym miesiącu", "minister", "zapowiedział")])
    #expect(
      try quotes("„Graliśmy z głową” – powiedział po meczu trener Opolan Grzegorz Lewandowski.", lang: "pl")
        == [Q("Graliśmy z głową", "trener Opolan Grzegorz Lewandowski", "powiedział")])
  }

  @Test func polishDashesInsideAParagraphAndProDrop() throws {
    let q = try quotes(
      "– Dostaliśmy skrzynie książek – mówi dyrektorka Elżbieta Kamińska.\n\nPrzyszło czterysta osób. – Chcemy dać dzieciom coś lepszego – dodała.\n",
      lang: "pl")
    #expect(
      q == [
        Q("Dostaliśmy skrzynie książek", "dyrektorka Elżbieta Kamińska", "mówi"),
        Q("Chcemy dać dzieciom coś lepszego", "dyrektorka Elżbieta Kamińska", "dodała"),
      ])
  }

  @Test func polishInlineDashesStayLinear() throws {
    let text = String(repeating: "Zdanie. – Tak, powiedział. ", count: 5_000)
    let q = try quotes(text, lang: "pl")
    #expect(!q.isEmpty && q.count <= text.utf8.count / 120 + 1)
  }

  @Test func spanishGuillemetsWithCueFirst() throws {
    let q = try quotes(
      "La alcaldesa, Ana Ruiz, dijo: «No habrá cortes de agua este verano».", lang: "es")
    #expect(q == [Q("No habrá cortes de agua este verano", "La alcaldesa, Ana Ruiz", "dijo")])
  }

  @Test func cornerBrackets() throws {
    let q = try quotes("市長は「来年も続けます」と述べた。")
    #expect(texts(q) == ["来年も続けます"])
  }

  @Test func englishStraightQuotesAndApostrophes() throws {
    let q = try quotes(
      "\"We don't sell '80s records anymore, and rock 'n' roll isn't dead,\" said Tom Reid. The shop's owner agreed.",
      lang: "en")
    #expect(
      q == [
        Q("We don't sell '80s records anymore, and rock 'n' roll isn't dead", "Tom Reid", "said")
      ])
  }

  @Test func dutchApostrophesInsideSingleQuotes() throws {
    let q = try quotes(
      "'Ik slaap 's nachts slecht, want de auto's rijden door', zei buurman Kees de Vries.",
      lang: "nl")
    #expect(
      q == [
        Q("Ik slaap 's nachts slecht, want de auto's rijden door", "buurman Kees de Vries", "zei")
      ])
  }

  @Test func danishDecadeApostropheIsNotAMark() throws {
    let q = try quotes("»Det har vi gjort siden 90'erne,« siger formand Ole Dahl.", lang: "da")
    #expect(q == [Q("Det har vi gjort siden 90'erne", "formand Ole Dahl", "siger")])
  }

  @Test func markConventionIsInferredWithoutLanguage() throws {
    // „ opens German style, » opens at a paragraph start, « opens French style.
    #expect(texts(try quotes("Er sagte: „Das reicht nicht.“")) == ["Das reicht nicht."])
    #expect(texts(try quotes("»Vi venter,« siger hun.")) == ["Vi venter"])
    #expect(texts(try quotes("Il a dit : « On attend. »")) == ["On attend."])
  }

  // MARK: - Dash quotes

  @Test func danishDashQuote() throws {
    let q = try quotes(
      "Borgerne protesterede.\n\n- Vi vil tvære dem ud, lyder det selvsikkert fra et medlem af modstandsgruppen.\n",
      lang: "da")
    #expect(q == [Q("Vi vil tvære dem ud", "et medlem af modstandsgruppen", "lyder det")])
  }

  @Test func swedishEnDashQuoteAndContinuation() throws {
    let q = try quotes(
      "Skolan stänger.\n\n– Det är en sorglig dag, säger rektor Eva Lind.\n\n– Men vi har inget val.\n",
      lang: "sv")
    #expect(
      q == [
        Q("Det är en sorglig dag", "rektor Eva Lind", "säger"),
        Q("Men vi har inget val.", "rektor Eva Lind", "säger"),
      ])
  }

  @Test func spanishAndFrenchDialogueDashes() throws {
    let es = try quotes(
      "El alcalde habló ayer.\n\n—No vamos a cerrar la biblioteca —dijo el alcalde Juan Pérez—. Es un servicio esencial.\n",
      lang: "es")
    // After the closing dash of the attribution the speech resumes ("—dijo X—. Es …").
    #expect(
      es == [
        Q("No vamos a cerrar la biblioteca", "el alcalde Juan Pérez", "dijo"),
        Q("Es un servicio esencial.", "el alcalde Juan Pérez", "dijo"),
      ])
    let fr = try quotes(
      "La grève continue.\n\n— Nous irons jusqu'au bout, lance Marie Dupont, déléguée syndicale.\n",
      lang: "fr")
    #expect(fr == [Q("Nous irons jusqu'au bout", "Marie Dupont, déléguée syndicale", "lance")])
  }

  @Test func dashListIsNotAQuote() throws {
    let q = try quotes("Planen omfatter:\n\n- nye cykelstier\n- flere busser\n", lang: "da")
    // after a colon the first dash line is taken as speech only with an attribution or as continuation
    #expect(q.allSatisfy { $0.speaker == nil } || q.isEmpty)
  }

  // MARK: - Multi-paragraph, nested, unbalanced

  @Test func quotationSpanningParagraphs() throws {
    let text =
      "The mayor spoke first.\n\n“We will rebuild the bridge.\n\n“It will take two years,” said Mayor Ann Cole.\n"
    let q = try quotes(text, lang: "en")
    // One quotation per paragraph: the reopening mark is inside no reported span.
    #expect(
      q == [
        Q("We will rebuild the bridge.", "Mayor Ann Cole", "said"),
        Q("It will take two years", "Mayor Ann Cole", "said"),
      ])
    // A single pair of marks around a paragraph break stays one quotation.
    let one = try quotes(
      "Der Minister sagte: „Wir werden das prüfen.\n\nDanach reden wir weiter“, sagte er.\n",
      lang: "de")
    #expect(one == [Q("Wir werden das prüfen.\n\nDanach reden wir weiter", "er", "sagte")])
  }

  @Test func nestedQuotationsBothReported() throws {
    let q = try quotes(
      "“The sign said ‘closed for good’ and nobody told us,” said Jo Park.", lang: "en")
    #expect(texts(q) == ["The sign said ‘closed for good’ and nobody told us", "closed for good"])
    #expect(q[0].speaker == "Jo Park")
  }

  @Test func unclosedQuoteDoesNotSwallowTheArticle() throws {
    let text =
      "He said “this never closes.\n\nA second paragraph.\n\nA third one. “Here is a real quote,” said Lena Holm.\n"
    let q = try quotes(text, lang: "en")
    #expect(q == [Q("Here is a real quote", "Lena Holm", "said")])
  }

  @Test func unclosedQuoteAfterColonRunsToParagraphEnd() throws {
    let q = try quotes("Der Minister sagte: „Wir werden das prüfen.\n\nDanach ging er.", lang: "de")
    #expect(q == [Q("Wir werden das prüfen.", "Der Minister", "sagte")])
  }

  // MARK: - Titles and scare quotes

  @Test func namesAndTitlesAreNotQuotations() throws {
    let text =
      "Das Forschungsschiff „Meerfalke“ kehrte zurück. Die Zeitung „Kieler Bote“ berichtete. Laut „Reuters“ ist alles gut."
    #expect(try quotes(text, lang: "de").isEmpty)
    #expect(
      try quotes("The ship “Morning Star” docked in the film “Blue Harbour” at noon.", lang: "en")
        .isEmpty)
  }

  @Test func scareQuotesCanBeReportedWithAFlag() throws {
    let doc = try runChain(
      "quotes(scare=true)", text: "Das Forschungsschiff „Meerfalke“ kehrte zurück.",
      attrs: ["lang": .string("de")])
    let spans = doc.spans("quote")
    #expect(spans.count == 1)
    #expect(spans.first?.text == "Meerfalke")
    #expect(spans.first?.attrs["scare"] == .bool(true))
  }

  @Test func partialQuotationWithSpeechVerbIsKept() throws {
    let q = try quotes(
      "Der Geschäftsführer wies alle Vorwürfe als „völlig haltlos“ zurück.", lang: "de")
    #expect(texts(q) == ["völlig haltlos"])
  }

  @Test func germanPartialQuotationsInListsAndClassifications() throws {
    // Pieces listed before a separable cue's particle, and listed after "nannte", are its words.
    #expect(
      try quotes("Die Gewerkschaft warf dem Vorstand „Wortbruch“, „Arroganz“ und „soziale Kälte“ vor.", lang: "de")
        == [
          Q("Wortbruch", "Die Gewerkschaft", "warf"), Q("Arroganz", "Die Gewerkschaft", "warf"),
          Q("soziale Kälte", "Die Gewerkschaft", "warf"),
        ])
    #expect(
      texts(try quotes("Der Chef nannte das Angebot „unverschämt“, „realitätsfern“ und „eine Provokation“.", lang: "de"))
        == ["unverschämt", "realitätsfern", "eine Provokation"])
    // "einstufen" with its subject or agent quotes them; the subject right after a cue before the
    // marks does not make them a name.
    #expect(
      try quotes(
        "Die Agentur stufte die Anleihen als „spekulativ“ ein. Die Brücke war 2019 von einem Prüfer als „bedenklich“ eingestuft worden.",
        lang: "de") == [Q("spekulativ", "Die Agentur", "stufte"), Q("bedenklich", "einem Prüfer", "eingestuft worden")])
    #expect(
      try quotes("Auf Schildern forderten die Schüler „Busse statt Ausreden“.", lang: "de")
        == [Q("Busse statt Ausreden", "die Schüler", "forderten")])
    // A passive of a cue without an agent: a category, nobody's words.
    #expect(
      try quotes(
        "Das Vorhaben ist im Plan als „vordringlicher Bedarf“ eingestuft. Der Verband war in den USA als „Terrororganisation“ eingestuft worden.",
        lang: "de"
      ).isEmpty)
  }

  @Test func germanNamesAndTermsAreNotQuotations() throws {
    // A capitalised noun right before the marks names what they enclose (no list needed).
    #expect(
      try quotes(
        "Die Kulturwerkstatt „Institute for Contemporary Art“ lädt ein. Das Netzwerk „Die wahre Religion“ verteilt Bücher.",
        lang: "de"
      ).isEmpty)
    // A naming verb after the marks.
    #expect(
      try quotes("Es gibt noch 3500 Käfer, die von den Einheimischen „Vochos“ genannt werden.", lang: "de")
        .isEmpty)
    // A few words without any speaker or cue in the sentence are a term.
    #expect(
      try quotes("Während Wilde zu „schwerer Arbeit“ verurteilt wurde, kam er frei.", lang: "de")
        .isEmpty)
    // An enumeration of quoted titles.
    #expect(
      try quotes(
        "Dazu gehören Stücke wie „Mein Gorilla hat ’ne Villa im Zoo“, „Von Kopf bis Fuß“ und „Singin’ in the Rain“.",
        lang: "de"
      ).isEmpty)
    // A name in the speaker's place after a cue is a source, not a quotation.
    #expect(
      try quotes("Das berichtete die „Automobilwoche“ am Montag.", lang: "de").isEmpty)
    // The same words quoted earlier as a name stay a name.
    #expect(
      try quotes(
        "Das Forschungsschiff „Meerfalke“ kehrte zurück. Das Institut hatte angekündigt, dass die „Meerfalke“ 2025 wieder ausläuft.",
        lang: "de"
      ).isEmpty)
  }

  // MARK: - Speakers and cues

  @Test func germanPassiveAgentSpeaks() throws {
    let q = try quotes("Die Lage wird von Experten als „äußerst kritisch“ bezeichnet.", lang: "de")
    #expect(q == [Q("äußerst kritisch", "Experten", "bezeichnet")])
  }

  @Test func germanSubjectAfterFrontedAdverbial() throws {
    let q = try quotes(
      "Bereits am Sonntag zogen Demonstranten vor das Rathaus und riefen Parolen wie „Nie wieder Krieg“.",
      lang: "de")
    #expect(q == [Q("Nie wieder Krieg", "Demonstranten", "riefen")])
  }

  @Test func germanNameWithLowercaseParticleAfterTheVerb() throws {
    let q = try quotes(
      "„Das Verfahren war von Anfang an fair“, sagte van der Meulen nach der Sitzung.", lang: "de")
    #expect(q == [Q("Das Verfahren war von Anfang an fair", "van der Meulen", "sagte")])
  }

  @Test func germanObjectInFrontLeavesTheSubjectAfterTheVerb() throws {
    let q = try quotes(
      "Einen Wechsel an der Spitze lehnte sie ab: „Das Team braucht jetzt Ruhe.“", lang: "de")
    #expect(q == [Q("Das Team braucht jetzt Ruhe.", "sie", nil)])
  }

  @Test func germanMainClauseLaterInTheSentenceAttributes() throws {
    let q = try quotes(
      "Dem Verein wird vorgeworfen, Spieler „systematisch unter Druck“ gesetzt zu haben, sagte ein Sprecher des Verbandes.",
      lang: "de")
    #expect(q == [Q("systematisch unter Druck", "ein Sprecher des Verbandes", "sagte")])
  }

  @Test func germanWrittenSourceAfterHeisstEsIn() throws {
    let q = try quotes("„Die Preise steigen weiter“, heißt es im Monatsbericht der Bundesbank.", lang: "de")
    #expect(q == [Q("Die Preise steigen weiter", "Monatsbericht der Bundesbank", "heißt es im")])
  }

  @Test func germanMediumAfterTheVerbIsNoSpeaker() throws {
    let q = try quotes(
      "Die Sängerin Mara Lind, die seit zwanzig Jahren auf der Bühne steht, sagte dem Magazin „Klangwelt“: „Ich höre noch lange nicht auf.“",
      lang: "de")
    #expect(q == [Q("Ich höre noch lange nicht auf.", "Die Sängerin Mara Lind", "sagte")])
  }

  @Test func germanSeparableCueVerbTakesTheSpeakerBetween() throws {
    // "fügte … hinzu": the particle closes the clause, the words in between are the speaker.
    let q = try quotes(
      "„Wir brauchen eine ehrliche Debatte über die Kosten“, fügte der Finanzexperte Michael Brandt hinzu.",
      lang: "de")
    #expect(
      q == [Q("Wir brauchen eine ehrliche Debatte über die Kosten", "der Finanzexperte Michael Brandt", "fügte")])
  }

  @Test func dutchSeparableCueVerbEndsTheSpeaker() throws {
    let q = try quotes(
      "„We hebben alles gedaan wat we konden”, voegde burgemeester Jan de Vries eraan toe. „De situatie is onder controle”, liet een woordvoerder van de politie weten.",
      lang: "nl")
    #expect(
      q == [
        Q("We hebben alles gedaan wat we konden", "burgemeester Jan de Vries", "voegde"),
        Q("De situatie is onder controle", "een woordvoerder van de politie", "liet"),
      ])
  }

  @Test func germanAdverbialsBetweenTheInvertedCueAndTheSubject() throws {
    let q = try quotes(
      "„Wir sind bereit“, sagte am Montag der Minister. „Wir auch“, erklärte in Berlin ein Sprecher des Verbandes. „Ich nicht“, sagte am Abend in Hamburg die Vorsitzende Anna Schmitt.",
      lang: "de")
    #expect(
      q.map(\.speaker) == ["der Minister", "ein Sprecher des Verbandes", "die Vorsitzende Anna Schmitt"])
  }

  @Test func germanSourceAfterAPrepositionOfTheCue() throws {
    let q = try quotes(
      "„Wir kommentieren laufende Verfahren grundsätzlich nicht“, hieß es aus der Konzernzentrale in Stuttgart.",
      lang: "de")
    #expect(q == [Q("Wir kommentieren laufende Verfahren grundsätzlich nicht", "der Konzernzentrale", "hieß es")])
  }

  @Test func germanDativeOfAMediumIsNoSpeakerButANominativeIs() throws {
    // "die Organisation" can only be the subject; "der Zeitung" is whom it was said to.
    let q = try quotes(
      "Dazu sagte die Organisation: „Wir werden gegen das Urteil Berufung einlegen.“ Die Sprecherin sagte der Zeitung: „Das Urteil ist ein Skandal.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir werden gegen das Urteil Berufung einlegen.", "die Organisation", "sagte"),
        Q("Das Urteil ist ein Skandal.", "Die Sprecherin", "sagte"),
      ])
  }

  @Test func germanSubordinateClauseAfterACommaHasItsOwnSubject() throws {
    let q = try quotes(
      "Die Arbeiten sollen, wie Baudezernent Thomas Reich sagte, „spätestens im Herbst“ abgeschlossen sein.",
      lang: "de")
    #expect(q == [Q("spätestens im Herbst", "Baudezernent Thomas Reich", "sagte")])
  }

  @Test func germanPassiveQuotingVerbHasTheQuotedAsSubject() throws {
    let q = try quotes(
      "Die Ministerin wird in der Zeitung mit den Worten zitiert: „Ich denke nicht an Rücktritt.“",
      lang: "de")
    #expect(q == [Q("Ich denke nicht an Rücktritt.", "Die Ministerin", "mit den Worten zitiert")])
  }

  @Test func germanHolderOfAViewAndFrontedAdverbBeforeAColon() throws {
    let q = try quotes(
      "Für den Bürgermeister ist die Sache klar: „Ohne das neue Gewerbegebiet verlieren wir junge Familien.“ Anders sieht das der Umweltverband Nabu: „Die Ausnahmen machen das Gesetz wertlos.“",
      lang: "de")
    #expect(
      q == [
        Q("Ohne das neue Gewerbegebiet verlieren wir junge Familien.", "den Bürgermeister", nil),
        Q("Die Ausnahmen machen das Gesetz wertlos.", "der Umweltverband Nabu", "sieht das"),
      ])
  }

  @Test func germanAttributionInTheNextSentencePointingBack() throws {
    let q = try quotes(
      "„Wir stehen am Anfang einer neuen Ära.“ Das sagte der Vorstandsvorsitzende Thomas Kern am Montag. „Niemand hat das Recht, über unsere Köpfe hinweg zu entscheiden.“ Mit diesen Worten eröffnete die Sprecherin der Anwohner, Greta Paulsen, die Versammlung.",
      lang: "de")
    #expect(
      q == [
        Q("Wir stehen am Anfang einer neuen Ära.", "der Vorstandsvorsitzende Thomas Kern", "sagte"),
        Q(
          "Niemand hat das Recht, über unsere Köpfe hinweg zu entscheiden.",
          "die Sprecherin der Anwohner, Greta Paulsen", "Mit diesen Worten eröffnete"),
      ])
  }

  @Test func germanUnknownVerbBeforeAnInvertedSubjectReportsTheQuotation() throws {
    let q = try quotes(
      "„Das Wasser kam mitten in der Nacht“, berichtet Anwohnerin Gisela Brandt. „Unser Keller stand zwei Meter unter Wasser“, seufzt der Nachbar Paul Kern.",
      lang: "de")
    #expect(
      q == [
        Q("Das Wasser kam mitten in der Nacht", "Anwohnerin Gisela Brandt", "berichtet"),
        Q("Unser Keller stand zwei Meter unter Wasser", "der Nachbar Paul Kern", "seufzt"),
      ])
  }

  @Test func germanSourcePhrasesWithGenitives() throws {
    let q = try quotes(
      "Nach den Worten des Ministers ist die Lage „sehr ernst“. In einer Stellungnahme ihres Managements heißt es: „Sie braucht jetzt Ruhe.“",
      lang: "de")
    #expect(
      q == [
        Q("sehr ernst", "des Ministers", "Nach den Worten"),
        Q("Sie braucht jetzt Ruhe.", "einer Stellungnahme ihres Managements", "heißt es"),
      ])
  }

  @Test func germanPlaceOfWrittenWordsOnlyInTheQuotationsSentence() throws {
    // "Auf der Bühne standen …" a sentence before names no source of the partial quotation.
    let q = try quotes(
      "Auf der Bühne standen Annie Lennox und Amy Winehouse. Mandela forderte in seiner Rede die junge Generation auf, Verantwortung zu übernehmen. Es sei an der Zeit, dass nun „neue Hände die Last“ dieses Kampfes tragen.",
      lang: "de")
    #expect(q.map(\.speaker) == ["Mandela"])
  }

  @Test func doubledApostrophesAndTermsAfterADeterminerAreNoQuotations() throws {
    // '' is one double mark (wiki italics here: a name); "dem „Central“ Bezirk" is a term.
    let q = try quotes(
      "Von der Bewegung ''Occupy Central'' wurden Proteste angekündigt. Man deutete an, die Proteste bis zur Besetzung von dem „Central“ Bezirk steigern zu wollen.",
      lang: "de")
    #expect(q.isEmpty)
  }

  @Test func germanWebAddressAsSource() throws {
    let q = try quotes(
      "Laut news.at sei der Sänger „gesundheitlich angeschlagen und braucht dringend Ruhe“.",
      lang: "de")
    #expect(q == [Q("gesundheitlich angeschlagen und braucht dringend Ruhe", "news.at", "Laut")])
  }

  @Test func germanAgencyInASubordinateClause() throws {
    let q = try quotes(
      "Es handle sich um „einen der bedeutendsten Funde“, wie das Landesamt auf seiner Internetseite mitteilte.",
      lang: "de")
    #expect(q == [Q("einen der bedeutendsten Funde", "das Landesamt", "mitteilte")])
  }

  @Test func germanBannerIsTheSourceOfASlogan() throws {
    let q = try quotes(
      "In Leipzig demonstrierten 5000 Menschen. Auf Transparenten stand „Es gibt keinen Planeten B“.",
      lang: "de")
    #expect(q == [Q("Es gibt keinen Planeten B", "Transparenten", "stand")])
  }

  @Test func germanQuotingVerbTakesTheQuotedAsObject() throws {
    let q = try quotes(
      "Der Sender Al Jazeera zitierte einen Lehrer mit den Worten: „Wir haben Angst um die Kinder.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["einen Lehrer"])
  }

  @Test func germanNounInASpeakerPhraseIsNoCue() throws {
    let q = try quotes(
      "„Die Lage lässt keinen anderen Schritt zu“, heißt es in einem Schreiben an die Mitglieder.",
      lang: "de")
    #expect(q.map(\.speaker) == ["einem Schreiben"])
  }

  @Test func germanShowNameAfterAHyphenatedTitleNoun() throws {
    let q = try quotes(
      "Die ARD-Sendung „plusminus“ wollte wissen, warum die Spiele so intransparent seien.",
      lang: "de")
    #expect(q.isEmpty)
  }

  @Test func germanPossessiveAnswerStandsForItsOwner() throws {
    let q = try quotes(
      "Der Minister Paul Sander wurde nach seinen Plänen gefragt. Seine Antwort: „Erst kommt die Haushaltsprüfung.“",
      lang: "de")
    #expect(q == [Q("Erst kommt die Haushaltsprüfung.", "Paul Sander", nil)])
  }

  @Test func germanClauseAfterAnEarlierQuotationHasItsOwnSpeaker() throws {
    let q = try quotes(
      "Merkel bezeichnete Wulff als „einen wunderbaren Präsidenten“, Vizekanzler Guido Westerwelle strich Wulffs „klaren inneren Kompass“ hervor.",
      lang: "de")
    #expect(
      q == [
        Q("einen wunderbaren Präsidenten", "Merkel", "bezeichnete"),
        Q("klaren inneren Kompass", "Vizekanzler Guido Westerwelle", nil),
      ])
  }

  @Test func germanFrontedQuotationBeforeAnotherVerb() throws {
    let q = try quotes(
      "Lawrow blieb gelassen. Mit den Worten „Jetzt werden alle Fragen in der G20 diskutiert“, richtete er seinen Blick nach vorn.",
      lang: "de")
    #expect(q.map(\.speaker) == ["er"])
  }

  @Test func germanAppositionSpeaker() throws {
    let q = try quotes("Müller, Sprecher der Polizei, sagte: „Wir ermitteln in alle Richtungen.“", lang: "de")
    #expect(q == [Q("Wir ermitteln in alle Richtungen.", "Müller, Sprecher der Polizei", "sagte")])
  }

  @Test func speakerBeforeTheQuotation() throws {
    let q = try quotes(
      "A spokesman for the council said: “The road will reopen on Friday.”", lang: "en")
    #expect(q == [Q("The road will reopen on Friday.", "A spokesman for the council", "said")])
  }

  @Test func germanVerbSecondInversion() throws {
    let q = try quotes("Am Abend sagte der Bürgermeister: „Wir sind vorbereitet.“", lang: "de")
    #expect(q == [Q("Wir sind vorbereitet.", "der Bürgermeister", "sagte")])
  }

  @Test func germanSplitVerb() throws {
    let q = try quotes(
      "„Wir bauen weiter“, hatte VW-Chef Winterkorn in einem Interview erklärt.", lang: "de")
    #expect(q == [Q("Wir bauen weiter", "VW-Chef Winterkorn", "hatte erklärt")])
  }

  @Test func pronounSpeakerIsResolved() throws {
    let text =
      "Nurse Clara Diaz has worked at the clinic for ten years.\n\n“We cannot close now,” she said."
    let q = try quotes(text, lang: "en")
    #expect(q == [Q("We cannot close now", "she", "said", resolved: "Clara Diaz")])
  }

  /// A pronoun speaker stands for the most recent name the text does not show to be of the other
  /// gender: by a title ("Frau", "Mrs."), a gendered role ("Bundeskanzlerin", "den Präsidenten",
  /// "die Vorsitzende", "la ministre"), a kin word or an apposition ("…, a spokeswoman,"). A title or
  /// role before the name is no part of it.
  @Test func pronounSpeakerAgreesInGender() throws {
    let de = try quotes(
      "Bundeskanzlerin Angela Merkel traf am Montag den französischen Präsidenten Emmanuel Macron in Paris. „Wir sind uns einig“, sagte sie.",
      lang: "de")
    #expect(de == [Q("Wir sind uns einig", "sie", "sagte", resolved: "Angela Merkel")])
    let male = try quotes(
      "Der Minister Hubertus Heil sprach am Dienstag mit der Gewerkschafterin Anna Müller. „Das reicht nicht“, sagte er.",
      lang: "de")
    #expect(male == [Q("Das reicht nicht", "er", "sagte", resolved: "Hubertus Heil")])
    let det = try quotes(
      "Die Vorsitzende Saskia Esken traf am Montag den Minister Hubertus Heil. „Gut“, sagte sie.",
      lang: "de")
    #expect(det == [Q("Gut", "sie", "sagte", resolved: "Saskia Esken")])
    let title = try quotes(
      "Frau Schmidt sprach lange mit dem Bürgermeister. Herr Weber kam später dazu. „Ich bin dagegen“, sagte sie.",
      lang: "de")
    #expect(title == [Q("Ich bin dagegen", "sie", "sagte", resolved: "Schmidt")])
    let en = try quotes(
      "Mrs. Jane Doe met Mr. John Roe on Monday. \"We agreed,\" she said.\n\nSarah Jones, a spokeswoman, spoke after Tom Brown left. \"It is over,\" she said.",
      lang: "en")
    #expect(
      en == [
        Q("We agreed", "she", "said", resolved: "Jane Doe"),
        Q("It is over", "she", "said", resolved: "Sarah Jones"),
      ])
    let fr = try quotes(
      "La ministre Élisabeth Borne a rencontré le président Emmanuel Macron lundi. « Nous avons avancé », a-t-elle déclaré.",
      lang: "fr")
    #expect(fr == [Q("Nous avons avancé", "elle", "a-t-elle déclaré", resolved: "Élisabeth Borne")])
    // (a role before a genitive names an office: the mention keeps it)
    let office = try quotes(
      "Der Premierminister Großbritanniens traf den König. „Es war ein gutes Treffen“, sagte er.", lang: "de")
    #expect(office == [Q("Es war ein gutes Treffen", "er", "sagte", resolved: "Premierminister Großbritanniens")])
  }

  /// Where the verb comes second, a fronted phrase is no subject: a prepositional phrase with a
  /// possessive or a genitive attribute in it ("Gegen Ende seiner Rede", "Nach dem Tod dutzender
  /// Zivilisten"), or a span of time ("Vier Tage nach der Wahl", "Zwei Tage später"); the subject
  /// follows the verb, also when it names a body ("die UNO"). The subject of a copula or a passive
  /// names nobody ("waren die Verletzten „…“"). A noun of a verdict after the quotation points back
  /// at it ("Diese Bilanz zog X").
  @Test func germanFrontedPhraseLeavesTheSubjectAfterTheVerb() throws {
    let q = try quotes(
      "Nach dem Tod dutzender Zivilisten bei einem Luftangriff hat die UNO vor einem „umfassenden Bürgerkrieg“ gewarnt.\n\n"
        + "Gegen Ende seiner Rede kam der Präsident auf Weihnachten zu sprechen: „Wir feiern trotzdem.“\n\n"
        + "Vier Tage nach der Wahl hat die Kommission vor „erheblichem Betrug“ gewarnt.\n\n"
        + "Zwei Tage später sagte der Minister: „Es reicht.“",
      lang: "de")
    #expect(
      q == [
        Q("umfassenden Bürgerkrieg", "die UNO", "gewarnt"),
        Q("Wir feiern trotzdem.", "der Präsident", "sprechen"),
        Q("erheblichem Betrug", "die Kommission", "gewarnt"),
        Q("Es reicht.", "der Minister", "sagte"),
      ])
    let source = try quotes(
      "Nach Angaben von Rettungsdienstleiter Frank Albers waren die Verletzten „zum Glück alle ansprechbar“.", lang: "de")
    #expect(source == [Q("zum Glück alle ansprechbar", "Angaben von Rettungsdienstleiter Frank Albers", nil)])
    let verdict = try quotes(
      "An der Mosel hat die Weinlese früh begonnen. „Die Trauben sind reif.“ Diese Bilanz zog der Präsident des Weinbauverbandes, Walter Schneider.",
      lang: "de")
    #expect(
      verdict == [
        Q("Die Trauben sind reif.", "der Präsident des Weinbauverbandes, Walter Schneider", "Diese Bilanz zog")
      ])
  }

  /// A span of time ("Sechs Jahre") or a common noun by its ending ("Terrororganisation Hamas") is
  /// no name a pronoun stands for; a role alone as an earlier speaker ("die Kanzlerin") stands for
  /// the name met before it.
  @Test func germanPronounSkipsTimesBodiesAndBareRoles() throws {
    let q = try quotes(
      "Die Kanzlerin Angela Merkel sprach vor dem Bundestag. Sechs Jahre lang hatte die Koalition gehalten. „Wir machen weiter“, sagte die Kanzlerin. Die Terrororganisation Hamas reagierte nicht. „Das ist gut“, sagte sie.",
      lang: "de")
    #expect(
      q == [
        Q("Wir machen weiter", "die Kanzlerin", "sagte"),
        Q("Das ist gut", "sie", "sagte", resolved: "Angela Merkel"),
      ])
  }

  /// After a cue: an adverb before the subject is no part of it ("meint dagegen X", "schreibt etwa
  /// X"); "so" and an adverb before the verb point back at the quotation ("so dramatisch schilderte
  /// er"); a possessive after the subject's noun opens the object ("nahm der Kanadier sein Team in
  /// Schutz"); a capitalised word after a determiner is a noun, no cue ("der Stand sei „…“").
  @Test func germanAdverbsAroundTheCueAndNounsSpelledLikeCues() throws {
    let q = try quotes(
      "Bürgermeister Patrick Stärk war vor Ort. „Die Einsatzkräfte der Feuerwehr kämpfen seit Stunden gegen das Wasser“, so dramatisch schilderte er die Lage.\n\n"
        + "„Diese Novelle des Gesetzes macht das Erreichen der Klimaziele schwieriger“, schreibt etwa Badum.\n\n"
        + "„Klarer Fall von unterlassener Hilfeleistung für die Patienten“, meint dagegen Patientenanwältin Sabrina Diehl.\n\n"
        + "Trotz der Enttäuschung nahm der Kanadier sein Team in Schutz: „Das ist Eishockey.“",
      lang: "de")
    #expect(
      q == [
        Q("Die Einsatzkräfte der Feuerwehr kämpfen seit Stunden gegen das Wasser", "er", "schilderte", resolved: "Patrick Stärk"),
        Q("Diese Novelle des Gesetzes macht das Erreichen der Klimaziele schwieriger", "Badum", "schreibt"),
        Q("Klarer Fall von unterlassener Hilfeleistung für die Patienten", "Patientenanwältin Sabrina Diehl", "meint"),
        Q("Das ist Eishockey.", "der Kanadier", nil),
      ])
    let noun = try quotes(
      "Hamburger Fahnder haben 384 Kilogramm Kokain sichergestellt, der Stand sei „extrem hoch“ gewesen.", lang: "de")
    #expect(noun.map(\.cue) == [nil])
  }

  /// A medium's name in marks is no quotation: after a preposition of the one spoken to and a
  /// dative determiner ("im Interview mit der »Welt am Sonntag«"), or in the subject's place of a
  /// verb of reporting after "wie" ("wie „ntv“ berichtet").
  @Test func germanMediumNamesInMarks() throws {
    let q = try quotes(
      "»Es gibt noch Mauern in den Köpfen«, sagte die 57-Jährige in einem Interview mit der »Welt am Sonntag«. »Es ist doch existenziell, dass sich die Menschen begegnen.«\n\n"
        + "Die Union warnt vor einem „Energie-Tsunami“, der auf den Mittelstand zurollt, wie „ntv“ berichtet.",
      lang: "de")
    #expect(
      q == [
        Q("Es gibt noch Mauern in den Köpfen", "die 57-Jährige", "sagte"),
        Q("Es ist doch existenziell, dass sich die Menschen begegnen.", "die 57-Jährige", "sagte"),
        Q("Energie-Tsunami", "Die Union", "warnt"),
      ])
  }

  /// A determiner alone before the verb is a demonstrative pronoun, resolved like one ("Der sagte
  /// vorher: „…“" after "Bundeskanzler Olaf Scholz"); a focus particle may lead a fronted
  /// subordinate clause ("Auch wenn …, ist der Landwirt sicher:"); a cue participle after an
  /// auxiliary of reported speech ("habe der Finanzminister darauf geantwortet"); a headline after
  /// "titelt" is no quotation.
  @Test func germanDemonstrativeSubjectsAndReportedParticiples() throws {
    let q = try quotes(
      "Am Freitag wollte sich Erdogan mit Bundeskanzler Olaf Scholz treffen. Der sagte vorher, dass er auch über Streitthemen reden will: »Das ist in dieser Frage ganz wichtig.«\n\n"
        + "Auch wenn DNA-Proben erst noch ausgewertet werden müssen, ist der Landwirt sicher: „Das war wieder der Wolf!“\n\n"
        + "Die Mutter fragte den Bundesrat, ob er etwas trinken wolle. „Ich hätte gern ein Bierchen“, habe der Finanzminister darauf geantwortet.\n\n"
        + "Der „Morgenkurier“ titelt „Das große Beben“ und kommentiert: „Von der Volkspartei ist nur noch das Wort übrig.“",
      lang: "de")
    #expect(
      q == [
        Q("Das ist in dieser Frage ganz wichtig.", "Der", "sagte", resolved: "Olaf Scholz"),
        Q("Das war wieder der Wolf!", "der Landwirt", nil),
        Q("Ich hätte gern ein Bierchen", "der Finanzminister", "habe geantwortet"),
        Q("Von der Volkspartei ist nur noch das Wort übrig.", "Der „Morgenkurier“", "kommentiert"),
      ])
  }

  /// A focus particle between an inverted cue and its subject ("sagte etwa der Bürgermeister");
  /// an earlier speaker named by a determiner and one noun ("der erfahrene Stadtjäger") or a
  /// quantity ("Zwei Zeugen") is no name a pronoun stands for.
  @Test func germanFocusParticleAfterTheCueAndPhrasesWithoutAName() throws {
    let q = try quotes(
      "Die Situation sei unter Kontrolle, sagte etwa der Bürgermeister von Lipari, Marco Giorgianni. „Es kehrt langsam wieder Ruhe ein, aber natürlich ist die Angst groß.“\n\n"
        + "Jäger Karl Eisenmann kennt die Tiere. „Um ein Wildschwein zu erlegen, sind 30 Stunden nötig“, berichtet der erfahrene Stadtjäger. „Ich verteile Futter, um sie anzulocken“, erklärt er.\n\n"
        + "Die Richterin Anna Berg hörte zu. Zwei Zeugen sagten aus. „Ich habe eine einjährige Tochter“, beschreibt sie.",
      lang: "de")
    #expect(
      q == [
        Q("Es kehrt langsam wieder Ruhe ein, aber natürlich ist die Angst groß.", "der Bürgermeister von Lipari, Marco Giorgianni", "sagte"),
        Q("Um ein Wildschwein zu erlegen, sind 30 Stunden nötig", "der erfahrene Stadtjäger", "berichtet"),
        Q("Ich verteile Futter, um sie anzulocken", "er", "erklärt", resolved: "Karl Eisenmann"),
        Q("Ich habe eine einjährige Tochter", "sie", "beschreibt", resolved: "Anna Berg"),
      ])
  }

  /// A fronted clause opened by a question word ("Was die Liebe … bedeutet, erklärte …") and a
  /// pronoun of whom it was said to after the verb ("erklärte uns X", "sagte mir der Minister")
  /// leave the subject after the verb.
  @Test func germanQuestionWordClauseAndPronounOfTheOneToldBeforeTheSubject() throws {
    let q = try quotes(
      "Was die Liebe in seinem Leben bedeutet, erklärte uns Daniel Brühl so: „Es ist sehr, sehr schön.“\n\n„Wir sind bereit“, sagte mir der Minister.",
      lang: "de")
    #expect(
      q == [
        Q("Es ist sehr, sehr schön.", "Daniel Brühl", "erklärte"),
        Q("Wir sind bereit", "der Minister", "sagte"),
      ])
  }

  /// A span of time with a measure before its noun ("Mehr als sechs Monate nach …") or a time noun
  /// and an adverb ("Sekunden später") opens the clause as an adverbial; the subject follows the verb.
  @Test func germanMeasuredSpanOfTimeInFront() throws {
    let q = try quotes(
      "Mehr als sechs Monate nach Kriegsbeginn hat Russlands Präsident Wladimir Putin die Sanktionen als „Bedrohung für die ganze Welt“ kritisiert.\n\n"
        + "Sekunden später habe der Kapitän gesagt: „Wir stürzen ab.“",
      lang: "de")
    #expect(
      q == [
        Q("Bedrohung für die ganze Welt", "Russlands Präsident Wladimir Putin", "kritisiert"),
        Q("Wir stürzen ab.", "der Kapitän", "gesagt"),
      ])
  }

  @Test func germanQuotedNameAfterTheVerbOfQuotingWithItsSubjectBefore() throws {
    let q = try quotes(
      "Die Lokalzeitung zitiert Bauamtsleiter Kerner mit den Worten, der Steg sei „nicht mehr zu retten“.\n\n"
        + "Er zitierte Fontane mit den Worten: „Das ist ein weites Feld.“\n\n"
        + "Am Abend zitierte der Sender einen Anwohner mit den Worten: „Es hat furchtbar gekracht.“",
      lang: "de")
    #expect(
      q == [
        Q("nicht mehr zu retten", "Bauamtsleiter Kerner", "mit den Worten"),
        Q("Das ist ein weites Feld.", "Fontane", "mit den Worten"),
        Q("Es hat furchtbar gekracht.", "einen Anwohner", "mit den Worten"),
      ])
  }

  @Test func germanSubordinateCueLaterInTheSentence() throws {
    // (", wie X mitteilte" after more words of the clause that holds the marks; verb-final forms of
    // separable cues, "es ausdrückte", "bekanntgab")
    let q = try quotes(
      "Der Antrag auf „sofortige Prüfung aller Verträge“ wurde am Dienstag abgelehnt, wie der Stadtrat mitteilte.\n\n"
        + "Der Streit sei in einer „Kette von Missverständnissen“ geendet, wie die Vorsitzende Richterin Petra Lorenz es ausdrückte.\n\n"
        + "„Wir bleiben hier“, ruft Bürgermeisterin Jana Keller den Demonstranten zu.",
      lang: "de")
    #expect(
      q == [
        Q("sofortige Prüfung aller Verträge", "der Stadtrat", "mitteilte"),
        Q("Kette von Missverständnissen", "die Vorsitzende Richterin Petra Lorenz", "ausdrückte"),
        Q("Wir bleiben hier", "Bürgermeisterin Jana Keller", "ruft"),
      ])
  }

  @Test func germanPointerBeforeTheCueAndAQuestionTheSentenceGoesOnAfter() throws {
    // ("das" before the verb after the marks points back at the words; a quoted question may be the
    // subject of a sentence whose cue comes later; "die Rede" is a cue, not a speaker)
    let q = try quotes(
      "„Niemand weiß, wie lange das dauert“, das betonte Kreissprecherin Ute Fahrner.\n\n"
        + "„Wer zahlt die Rechnung?“ sei die Frage vieler Mieter, sagt Mieteranwalt Jonas Pietsch.",
      lang: "de")
    #expect(
      q == [
        Q("Niemand weiß, wie lange das dauert", "Kreissprecherin Ute Fahrner", "betonte"),
        Q("Wer zahlt die Rechnung?", "Mieteranwalt Jonas Pietsch", "sagt"),
      ])
    let r = try quotes("Es ist die Rede von „grober Missachtung“. In dem Bericht ist von einem „unzumutbaren Zustand“ die Rede.", lang: "de")
    #expect(r == [Q("grober Missachtung", nil, "die Rede"), Q("unzumutbaren Zustand", "dem Bericht", "die Rede")])
  }

  @Test func germanMainClauseAfterACommaHasItsOwnSubject() throws {
    // (not an apposition after a name alone: "Kay Weidner, ein Sprecher des Amts")
    let q = try quotes(
      "Mehrere Fraktionen kritisierten den Haushalt scharf, ein Abgeordneter sprach von „Verschwendung“.\n\n"
        + "Lena Wirth, eine Sprecherin des Landratsamts, sagte der Zeitung: „Wir prüfen den Fall.“",
      lang: "de")
    #expect(
      q == [
        Q("Verschwendung", "ein Abgeordneter", "sprach"),
        Q("Wir prüfen den Fall.", "Lena Wirth, eine Sprecherin des Landratsamts", "sagte"),
      ])
  }

  @Test func germanAcademicTitleWrittenShort() throws {
    // (the lowercase parts of a title, "med.", "rer. nat.", belong to the name after it)
    let q = try quotes(
      "„Die Lage auf den Stationen ist ernst“, sagte Chefarzt Dr. med. Klaus Wendt am Montag.\n\n"
        + "Prof. Dr. rer. nat. Anna Sievers erklärte: „Die Proben waren sauber.“",
      lang: "de")
    #expect(
      q == [
        Q("Die Lage auf den Stationen ist ernst", "Chefarzt Dr. med. Klaus Wendt", "sagte"),
        Q("Die Proben waren sauber.", "Prof. Dr. rer. nat. Anna Sievers", "erklärte"),
      ])
  }

  @Test func germanAdverbBeforeTheCueAndABareName() throws {
    // (a closing mark before the adverb makes no name of the word before it: "Chance.“ Gleichzeitig")
    let q = try quotes(
      "„Die Preise steigen.“ Gleichzeitig warnte Scholz: „Das wird teuer.“\n\n"
        + "Abschließend stellte Bucheli klar: „Es gibt keine Alternative.“\n\n"
        + "Tatsächlich sagte Kickl am Abend: „Das ist falsch.“",
      lang: "de")
    #expect(
      q == [
        Q("Die Preise steigen.", nil, nil),
        Q("Das wird teuer.", "Scholz", "warnte"),
        Q("Es gibt keine Alternative.", "Bucheli", "stellte"),
        Q("Das ist falsch.", "Kickl", "sagte"),
      ])
  }

  @Test func germanNounWithANameAfterAnAttributeNamesNoPerson() throws {
    let q = try quotes(
      "Die Polizei befragte Samir Haddad, der im Nachbarhaus wohnt. Die Explosion in der syrischen Hauptstadt "
        + "Damaskus weckte viele Menschen. „Es war furchtbar“, sagte er.",
      lang: "de")
    #expect(q == [Q("Es war furchtbar", "er", "sagte", resolved: "Samir Haddad")])
  }

  @Test func germanNameOpeningWithParticlesAndReportNounsBeforeZufolge() throws {
    let q = try quotes(
      "Wie von der Leyen am Montag sagte, sei die Lage „ernst“.\n\n"
        + "Das Außenministerium erklärte den Angaben zufolge, Russland werde „alle Hilfe leisten“.\n\n"
        + "Angaben der Polizei zufolge sei der Mann „schwer verletzt“ worden.",
      lang: "de")
    #expect(
      q == [
        Q("ernst", "von der Leyen", "sagte"),
        Q("alle Hilfe leisten", "Das Außenministerium", "erklärte"),
        Q("schwer verletzt", "der Polizei", "zufolge"),
      ])
  }

  @Test func germanZuIsNoParticleOfAName() throws {
    let q = try quotes(
      "Bahnchef Andreas Matthä lobte die Zahlen. „Wir eilen von Rekord zu Rekord“, meinte er und betonte: "
        + "„Wir sind stark gefragt.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir eilen von Rekord zu Rekord", "er", "meinte", resolved: "Andreas Matthä"),
        Q("Wir sind stark gefragt.", "er", "betonte", resolved: "Andreas Matthä"),
      ])
  }

  @Test func germanComplementOfAReflexiveCueBeforeAName() throws {
    let q = try quotes(
      "Optimistischer zeigte sich hingegen etwa Reinaldo Costa: „Wir gewinnen.“\n\n"
        + "Gelassener gab sich Scholz: „Wir schaffen das.“\n\n"
        + "Merkel zeigte sich Scholz gegenüber offen: „Das ist gut.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir gewinnen.", "Reinaldo Costa", "zeigte sich"),
        Q("Wir schaffen das.", "Scholz", "gab sich"),
        Q("Das ist gut.", "Merkel", "zeigte sich"),
      ])
  }

  @Test func arabicCueWithConjunction() throws {
    let q = try quotes("وقال الوزير: «سنفتتح المدرسة الشهر المقبل».", lang: "ar")
    #expect(q == [Q("سنفتتح المدرسة الشهر المقبل", "الوزير", "وقال")])
  }

  @Test func arabicVerbBeforeSubjectAndJoinedCueGoesOn() throws {
    let q = try quotes(
      "وقال رئيس البلدية طارق الزين إن القرار لم يكن سهلاً، وأضاف: «درسنا كل الخيارات».\n\nوذكرت متحدثة باسم الشركة في بيان أن «العمال استُشيروا».\n",
      lang: "ar")
    #expect(
      q == [
        Q("درسنا كل الخيارات", "رئيس البلدية طارق الزين", "وأضاف"),
        Q("العمال استُشيروا", "متحدثة باسم الشركة", "وذكرت"),
      ])
  }

  @Test func arabicTitleWordBeforeMarksIsAName() throws {
    let q = try quotes(
      "وينتج المصنع مشروب «نبع الجبل»، الذي تقول الشركة إن إمداداته ليست مهددة.", lang: "ar")
    #expect(q.isEmpty)
  }

  @Test func italianAndPortugueseCues() throws {
    #expect(
      try quotes("«Riapriremo a maggio», ha detto il sindaco Marco Neri.", lang: "it")
        == [Q("Riapriremo a maggio", "il sindaco Marco Neri", "ha detto")])
    #expect(
      try quotes("“Vamos continuar”, disse o pescador João Lima.", lang: "pt")
        == [Q("Vamos continuar", "o pescador João Lima", "disse")])
  }

  // MARK: - Bad input

  @Test func emptyAndMarkOnlyTexts() throws {
    #expect(try quotes("").isEmpty)
    #expect(try quotes("“").isEmpty)
    #expect(try quotes("”“„«»'\"").isEmpty)
    #expect(try quotes("\n\n- \n–").isEmpty)
  }

  @Test func tenThousandUnmatchedMarksStayLinear() throws {
    let noise = String(repeating: "word „ another “ more « text ' x \" ", count: 10_000)
    let text = noise + "\n\n„Das ist ein echtes Zitat“, sagte Anna Roth."
    // Linear time is measured on release builds (issue notes); here: it finishes and stays correct.
    let q = try quotes(text, lang: "de")
    #expect(q.last == Q("Das ist ein echtes Zitat", "Anna Roth", "sagte"))
  }

  @Test func largeArticleStaysLinear() throws {
    let para =
      "Der Rat tagte lange. „Wir haben lange beraten“, sagte die Vorsitzende Eva Klein. Dann ging es weiter mit „Punkt 4“ der Tagesordnung.\n\n"
    let text = String(repeating: para, count: 50_000_000 / para.utf8.count / 10)  // 5 MB in debug builds
    let q = try quotes(text, lang: "de")
    #expect(q.count == text.utf8.count / para.utf8.count)
    #expect(q.first == Q("Wir haben lange beraten", "die Vorsitzende Eva Klein", "sagte"))
  }

  @Test func quoteThatNeverClosesInAHugeParagraph() throws {
    let text = "Sie sagte „" + String(repeating: "immer weiter ohne Ende ", count: 200_000)
    let q = try quotes(text, lang: "de")
    #expect(q.isEmpty)
  }

  /// A text cut in the middle of a word (a lowercase start) with a first name as an apposition
  /// after it: the walk back over the word before the apposition's comma stops at the start of the
  /// text (it used to loop there forever).
  @Test func lowercaseStartBeforeAnAppositionFirstName() throws {
    let q = try quotes(
      "nyl since 1978, will close on July 31.\n\nThe founder, Frank, said the rent had risen. \"I don't want to go,\" he said.",
      lang: "en")
    #expect(q == [Q("I don't want to go", "he", "said", resolved: "Frank")])
  }

  @Test func germanObjectCaseDecidesTheSpeaker() throws {
    // "den" opens an object: the subject is on the other side of the verb.
    #expect(
      try quotes("Den Vorschlag der Verwaltung nannte der Bürgermeister „unbezahlbar“.", lang: "de")
        == [Q("unbezahlbar", "der Bürgermeister", "nannte")])
    #expect(
      try quotes("Kramer nannte den Entwurf „ein Ärgernis“.", lang: "de")
        == [Q("ein Ärgernis", "Kramer", "nannte")])
  }

  @Test func germanSurnameBeforeTheVerbIsTheSubject() throws {
    let q = try quotes(
      "Die Stadträtin Jana Albrecht stimmte dagegen. Albrecht nannte die Pläne „kurzsichtig“.", lang: "de")
    #expect(q == [Q("kurzsichtig", "Albrecht", "nannte")])
  }

  @Test func germanSubjectFirstAfterAQuotationOpensANewClause() throws {
    // Verb second: "„…“, sagte X" attributes; "„…“, X sprach …" is the next clause's subject.
    let q = try quotes(
      "Die Ministerin lobte das Gesetz als „überfällig“, Oppositionschef Paul Berger sprach dagegen von „Flickwerk“.",
      lang: "de")
    #expect(q.map(\.speaker) == ["Die Ministerin", "Oppositionschef Paul Berger"])
  }

  // MARK: - Speakers from the discourse

  @Test func germanCueInTheSentenceBeforeSpeaksForAQuotationWithoutOne() throws {
    // Reported speech with its cue, then the quotation: the cue's speaker, not the last speaker.
    let q = try quotes(
      "„Die Strecke ist unverzichtbar“, sagte Fuchs. Der Sprecher der Grünen, Tim Albers, sagte, ähnliche Versprechen habe es schon gegeben. „Ich glaube es erst, wenn die Bagger rollen.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["Fuchs", "Der Sprecher der Grünen, Tim Albers"])
    let q2 = try quotes(
      "Die Kauflaune sei gedämpft, sagte er. „Wir planen vorsichtig.“", lang: "de")
    #expect(q2 == [Q("Wir planen vorsichtig.", "er", "sagte")])
  }

  @Test func germanNamedSubjectBeforeAQuotationTakesOverFromTheLastSpeaker() throws {
    let q = try quotes(
      "„Das ist schlicht falsch“, rief Ministerin Nina Falk.\n\nOppositionsführer Jens Hofer warf der Ministerin vor, die Lehrer nicht eingebunden zu haben. „Fragen Sie doch an den Schulen nach.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["Ministerin Nina Falk", "Oppositionsführer Jens Hofer"])
  }

  @Test func germanParagraphOfOnlyAQuotationAfterAParagraphAboutSomebody() throws {
    let q = try quotes(
      "Für Tierpfleger Olaf Brandt ist es die vierte Elefantengeburt. Er hat die Nacht im Stall verbracht.\n\n„Die Geburt verlief völlig problemlos.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["Tierpfleger Olaf Brandt"])
  }

  @Test func germanColonEndingAParagraph() throws {
    let q = try quotes(
      "Vor den Trümmern des Gemeindehauses sagte Keller:\n\n„Niemand wird mit dem Wiederaufbau allein gelassen.“",
      lang: "de")
    #expect(q == [Q("Niemand wird mit dem Wiederaufbau allein gelassen.", "Keller", "sagte")])
  }

  @Test func germanInterviewWithNamePrefixes() throws {
    let q = try quotes(
      "Wikinews: „Was kostet das?“\n\nBachmeier: „Wir rechnen mit rund 80 Millionen Euro.“", lang: "de")
    #expect(q.map(\.speaker) == ["Wikinews", "Bachmeier"])
  }

  @Test func germanQuotationHeadingAnArticle() throws {
    let q = try quotes(
      "„Wir sind am Ende unserer Kräfte“: Pflegekräfte in Rheinfeld streiken\n\nRund 600 Pflegekräfte haben die Arbeit niedergelegt.",
      lang: "de")
    #expect(q.map(\.text) == ["Wir sind am Ende unserer Kräfte"])
  }

  @Test func germanImpersonalCueAfterAPhraseThatIsNoSource() throws {
    // "Auf Anfrage hieß es": nobody in the sentence, a bare impersonal cue; as in the German
    // WikiNews annotation the quotation has no speaker, not the company of the sentence before
    // (and "Auf Anfrage" is not taken for one).
    let q = try quotes(
      "Die Baufirma äußerte sich zunächst nicht. Auf Anfrage hieß es nur: „Wir arbeiten eng mit den Behörden zusammen.“",
      lang: "de")
    #expect(q.map(\.speaker) == [nil])
    #expect(q.map(\.cue) == ["hieß es"])
    // "ist von „…“ die Rede": a quotation, its source the subject.
    let q2 = try quotes(
      "In dem Papier ist von einer „Neuausrichtung des Standortportfolios“ die Rede.", lang: "de")
    #expect(q2.map(\.text) == ["Neuausrichtung des Standortportfolios"])
  }

  @Test func germanPronounAfterAnAuxiliaryIsTheSubjectOfAFinalCue() throws {
    let q = try quotes(
      "Noch im vergangenen Jahr hatte er in einem Interview gesagt: „Aufhören war nie eine Möglichkeit.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["er"])
  }

  @Test func germanSubjectAfterAModalBehindAFrontedAdverbial() throws {
    let q = try quotes(
      "Bei seiner Festnahme soll der Mann gerufen haben: „Ich war das nicht!“", lang: "de")
    #expect(q == [Q("Ich war das nicht!", "der Mann", "gerufen")])
  }

  @Test func germanTitleAbbreviationDoesNotEndTheSentence() throws {
    let q = try quotes(
      "„Der Trick liegt in den Elektroden“, erklärte Professorin Mei Lin.\n\nIhr Kollege Dr. Paul Brückner dämpfte die Erwartungen.\n\n„Im Labor funktioniert vieles.“",
      lang: "de")
    #expect(q.map(\.speaker) == ["Professorin Mei Lin", "Ihr Kollege Dr. Paul Brückner"])
  }

  @Test func germanParagraphOfAQuotationNamedByTheNextParagraph() throws {
    let q = try quotes(
      "„Ich habe dieses Haus mit eigenen Händen gebaut.“\n\nMit diesen Worten beschreibt der Rentner Helmut Saathoff seine Lage.",
      lang: "de")
    #expect(
      q == [
        Q("Ich habe dieses Haus mit eigenen Händen gebaut.", "der Rentner Helmut Saathoff", "beschreibt")
      ])
  }

  // MARK: - German constructions of long reports (check set part 5)

  @Test func germanPostpositionalSourceZufolge() throws {
    // "X zufolge": the phrase before the postposition is the source of the partial quotation.
    let q = try quotes(
      "Der Pegel steigt weiter. Dem Hochwasserzentrum zufolge droht am Wochenende eine „extreme Lage“. Meteorologin Ute Brand zufolge ist die Gefahr „noch lange nicht vorbei“.",
      lang: "de")
    #expect(
      q == [
        Q("extreme Lage", "Dem Hochwasserzentrum", "zufolge"),
        Q("noch lange nicht vorbei", "Meteorologin Ute Brand", "zufolge"),
      ])
  }

  @Test func germanRelativeClauseBetweenSubjectAndCue() throws {
    // ", die seit 20 Jahren … arbeitet," and ", das der Betriebsrat … verteilte," are read without.
    let q = try quotes(
      "Die Ärztin Lea Hofmann, die seit 20 Jahren in der Klinik arbeitet, nannte die Zustände „unhaltbar“. In einem Schreiben, das der Betriebsrat am Freitag verteilte, heißt es: „Wir sind am Limit.“",
      lang: "de")
    #expect(
      q == [
        Q("unhaltbar", "Die Ärztin Lea Hofmann", "nannte"),
        Q("Wir sind am Limit.", "einem Schreiben", "heißt es"),
      ])
  }

  @Test func germanPrepositionalPhraseBeforeAFinalCueIsNoSubject() throws {
    // "wie X nach der Sitzung sagte": the subject comes before the prepositional phrase.
    let q = try quotes(
      "Wie die Bürgermeisterin, Sabine Roth, nach der Sitzung sagte, sei der Plan „ein guter Kompromiss“.",
      lang: "de")
    #expect(q == [Q("ein guter Kompromiss", "die Bürgermeisterin, Sabine Roth", "sagte")])
  }

  @Test func germanShortQuotationInReportedSpeechOfTheCurrentSpeaker() throws {
    // Two words in a Konjunktiv sentence after the speaker's own sentence are a partial quotation;
    // the subject of the reported speech ("Das Gericht") is what is reported on, not the speaker.
    let q = try quotes(
      "Der Verteidiger, Rechtsanwalt Uwe Kern, kündigte Berufung an. Das Gericht habe die Zeugen „völlig falsch“ bewertet.",
      lang: "de")
    #expect(q == [Q("völlig falsch", "Der Verteidiger, Rechtsanwalt Uwe Kern", nil)])
  }

  @Test func germanAppositionAfterAnAttachedNameAndTitlesInMarksAreNoPersons() throws {
    // "Der Chef des SV Nordheim, Karl Brandt": the apposition names the speaker, and "er" is him.
    let q = try quotes(
      "Der Chef des SV Nordheim, Karl Brandt, zeigte sich zufrieden. „Wir haben gut gespielt.“ Er lobte die Mannschaft. „Sie hat Charakter gezeigt.“ In einer Mitteilung des Vereins, die am Abend veröffentlicht wurde, hieß es zudem: „Der Trainer bleibt.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir haben gut gespielt.", "Der Chef des SV Nordheim, Karl Brandt", nil),
        Q("Sie hat Charakter gezeigt.", "Er", "lobte", resolved: "Karl Brandt"),
        Q("Der Trainer bleibt.", "einer Mitteilung des Vereins", "hieß es"),
      ])
  }

  @Test func germanCueEndingARelativeClauseGoesWithItsAntecedent() throws {
    // "…, die … „…“ sprechen": the phrase before the relative pronoun speaks.
    let q = try quotes(
      "Die Anwohner, die seit Monaten von einem „unerträglichen Lärm“ sprechen, wollen jetzt klagen.",
      lang: "de")
    #expect(q == [Q("unerträglichen Lärm", "Die Anwohner", "sprechen")])
  }

  @Test func germanHearsayWithASourceFirstTakesTheSubjectAfterTheAuxiliary() throws {
    // "Laut X soll Y gesagt haben", "Nach Angaben von X soll der … Präsident Y gesagt haben".
    let q = try quotes(
      "Laut Diplomaten soll Salin gesagt haben: „Wir schießen nicht.“ Nach Angaben von Beobachtern soll der belvorische Präsident Arno Vell gesagt haben: „Wir antworten.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir schießen nicht.", "Salin", "gesagt"),
        Q("Wir antworten.", "der belvorische Präsident Arno Vell", "gesagt"),
      ])
  }

  @Test func germanSeparableVerlautenAndFortfahrenAndNamingVerbsWithDas() throws {
    let q = try quotes(
      "Sein Büro ließ dazu verlauten, der Senator äußere sich „nicht zu anonymen Berichten“. Die Demokratin bezeichnete das als „Ablenkungsmanöver“. „Und wir haben“, fuhr sie fort, „zu wenige, die alles können.“",
      lang: "de")
    #expect(
      q == [
        Q("nicht zu anonymen Berichten", "Sein Büro", "ließ"),
        Q("Ablenkungsmanöver", "Die Demokratin", "bezeichnete"),
        Q("Und wir haben", "sie", "fuhr", resolved: "Die Demokratin"),
        Q("zu wenige, die alles können.", "sie", "fuhr", resolved: "Die Demokratin"),
      ])
  }

  @Test func germanPassiveWithTheAuxiliaryAfterTheParticiple() throws {
    // "war von X als „…“ bezeichnet worden" quotes X; "vom „Bündnis“ angekündigt" names the agent.
    let q = try quotes(
      "Von der Opposition im Rat war das Projekt als „teures Prestigeobjekt“ bezeichnet worden. Zuvor waren mehrere Aktionen vom „Blockupy-Bündnis“ angekündigt worden.",
      lang: "de")
    #expect(q == [Q("teures Prestigeobjekt", "der Opposition", "bezeichnet worden")])
  }

  @Test func germanLoneCapitalBeforeADeterminerEndsTheSentence() throws {
    // "auf X. Das Technische Hilfswerk …": X is no initial when a determiner follows.
    let q = try quotes(
      "„Deutschland steht bereit“, schrieb die Ministerin auf X. Das Technische Hilfswerk teilte mit, ein Team sei „in Bereitschaft“.",
      lang: "de")
    #expect(
      q == [
        Q("Deutschland steht bereit", "die Ministerin", "schrieb"),
        Q("in Bereitschaft", "Das Technische Hilfswerk", "teilte"),
      ])
  }

  @Test func germanOrdinalDotEndsNoSentence() throws {
    // "zu seinem 90. Geburtstag hatte Hennig gesagt": the name after the auxiliary speaks.
    let q = try quotes(
      "In einem Interview zu seinem 80. Geburtstag hatte Kramer gesagt, er denke nicht ans Aufhören. „Ich habe noch viel vor.“",
      lang: "de")
    #expect(q == [Q("Ich habe noch viel vor.", "Kramer", "gesagt")])
  }

  /// "à" with an article joins a role to the role or office it serves ("l'adjoint au maire", "l'assessore allo
  /// sport"), but not to whom the words were said ("au Figaro", "aux journalistes", "al Corriere").
  @Test func roleJoinedByToWithArticle() throws {
    #expect(
      try quotes("« Nous allons rouvrir la piscine », a annoncé l'adjoint au maire chargé des sports.", lang: "fr") == [
        Q("Nous allons rouvrir la piscine", "l'adjoint au maire chargé des sports", "a annoncé")
      ])
    #expect(
      try quotes("« C'est fini », a déclaré le maire aux journalistes.", lang: "fr") == [
        Q("C'est fini", "le maire", "a déclaré")
      ])
    #expect(
      try quotes("«Riapriremo la piscina», ha detto il sindaco al Corriere.", lang: "it") == [
        Q("Riapriremo la piscina", "il sindaco", "ha detto")
      ])
    #expect(
      try quotes("«Siamo pronti», ha dichiarato il presidente della Regione Lombardia ai giornalisti.", lang: "it") == [
        Q("Siamo pronti", "il presidente della Regione Lombardia", "ha dichiarato")
      ])
    #expect(
      try quotes("«Estamos preparados», afirmou o ministro da Saúde aos jornalistas.", lang: "pt") == [
        Q("Estamos preparados", "o ministro da Saúde", "afirmou")
      ])
    // (the domain of an office and its holder's name go with the role)
    #expect(
      try quotes("«Riapriremo la piscina», ha detto l'assessore allo sport Marco Rossi.", lang: "it") == [
        Q("Riapriremo la piscina", "l'assessore allo sport Marco Rossi", "ha detto")
      ])
    #expect(
      try quotes("\"We are ready,\" said the head of security John Smith.", lang: "en") == [
        Q("We are ready", "the head of security John Smith", "said")
      ])
  }

  /// A Nordic role and the place it serves, joined by "i", stay one speaker ("borgmester i Aarhus Kommune"); an
  /// indefinite role is a role as the definite one is.
  @Test func nordicRoleAndItsPlace() throws {
    #expect(
      try quotes("- Vi er klar, siger borgmester i Aarhus Kommune Anders Winnerskjold til TV2 Østjylland.", lang: "da") == [
        Q("Vi er klar", "borgmester i Aarhus Kommune Anders Winnerskjold", "siger")
      ])
    // (not after a name: "i" there says where the speaker is)
    #expect(
      try quotes("- Vi er klar, siger Anders Winnerskjold i Aarhus.", lang: "da") == [
        Q("Vi er klar", "Anders Winnerskjold", "siger")
      ])
  }

  /// A Polish noun in the dative after the speaker's name is whom the words were said to.
  @Test func polishDativeAfterTheSpeaker() throws {
    #expect(
      try quotes("„Jesteśmy gotowi” – powiedział minister zdrowia Adam Niedzielski dziennikarzom.", lang: "pl") == [
        Q("Jesteśmy gotowi", "minister zdrowia Adam Niedzielski", "powiedział")
      ])
  }

  /// A long subject before an inverted "said", with "and" inside the name of an institution.
  @Test func englishLongSubjectWithAnInstitutionsName() throws {
    #expect(
      try quotes("\"We are ready,\" a spokesperson for the Department of Health and Social Care said.", lang: "en") == [
        Q("We are ready", "a spokesperson for the Department of Health and Social Care", "said")
      ])
    #expect(
      try quotes("\"We are ready,\" said a spokesman for the Food and Drug Administration.", lang: "en") == [
        Q("We are ready", "a spokesman for the Food and Drug Administration", "said")
      ])
  }

  /// "came the reply from" and its kin name their speaker after them, as "according to" does.
  @Test func englishReplyFromIsASource() throws {
    #expect(
      try quotes("\"We will never give up,\" came the reply from the union leader.", lang: "en") == [
        Q("We will never give up", "the union leader", "came the reply from")
      ])
  }

  @Test func frenchCopulaSpeechVerbMakesAShortQuotation() throws {
    // "s'est dit(e) « … »": a word or two after a verb of speech or feeling are quoted.
    let q = try quotes(
      "Le maire de Kerlann, Hervé Le Bihan, s'est dit « très inquiet ». La directrice de l'école, Nadia Brun, s'est dite « soulagée ».",
      lang: "fr")
    #expect(
      q == [
        Q("très inquiet", "Le maire de Kerlann, Hervé Le Bihan", "s'est dit"),
        Q("soulagée", "La directrice de l'école, Nadia Brun", "s'est dite"),
      ])
  }

  @Test func frenchDashSpeechGoesOnAfterItsAttribution() throws {
    // "– …, explique X, chef des opérations. Si …": the rest of the paragraph is still speech.
    let q = try quotes(
      "Les pompiers interviendront à l'aube.\n\n– Le vent tombera vers six heures, explique Marc Olier, chef des opérations. Si la pluie arrive, tout sera plus simple.\n",
      lang: "fr")
    #expect(
      q == [
        Q("Le vent tombera vers six heures", "Marc Olier, chef des opérations", "explique"),
        Q("Si la pluie arrive, tout sera plus simple.", "Marc Olier, chef des opérations", "explique"),
      ])
  }

  @Test func subjectOfANamingVerbSpeaksNotItsObject() throws {
    // "Varela calificó el proyecto de «…»", "X le décrit comme « … »": the subject speaks.
    let es = try quotes(
      "La alcaldesa de Montilla, Rosa Varela, presentó el plan el lunes.\n\nVarela calificó el proyecto de «una oportunidad histórica».",
      lang: "es")
    #expect(es == [Q("una oportunidad histórica", "Varela", "calificó")])
    let fr = try quotes(
      "La capitaine de l'équipe, Julie Marsan, le décrit comme « un entraîneur exigeant ».", lang: "fr")
    #expect(fr == [Q("un entraîneur exigeant", "La capitaine de l'équipe, Julie Marsan", "décrit")])
  }

  @Test func pronounPrefersANameOverARoleOrAnOrganisation() throws {
    // "Pour la ministre, …" names no one new; "porte-parole de l'association Vent Libre" is the
    // speaker's affiliation, not the person "il" stands for.
    let role = try quotes(
      "La ministre de la Santé, Claire Dubreuil, était à Lille mardi.\n\nPour la ministre, ce plan est « un tournant pour tout le pays ».\n\n« Nous avons attendu trop longtemps », a-t-elle déclaré.",
      lang: "fr")
    #expect(role.last == Q("Nous avons attendu trop longtemps", "elle", "a-t-elle déclaré", resolved: "Claire Dubreuil"))
    let org = try quotes(
      "« Nous irons au tribunal », a prévenu Paul Garnier, porte-parole de l'association Vent Libre.\n\n« Ce projet est illégal », a-t-il ajouté.",
      lang: "fr")
    #expect(
      org == [
        // (the description after the name is part of the speaker as written)
        Q("Nous irons au tribunal", "Paul Garnier, porte-parole de l'association Vent Libre", "a prévenu"),
        Q("Ce projet est illégal", "il", "a-t-il ajouté", resolved: "Paul Garnier"),
      ])
  }

  @Test func englishAppositionFirstNameAndFrontedAdverbial() throws {
    // "His sister, Anna, said …" makes Anna a mention for "she"; "Speaking … on Tuesday, Marsh
    // said" has Marsh as its subject.
    let q = try quotes(
      "“I ran every morning,” said Tom Ward.\n\nHis sister, Anna, said he never gave up. “He was stubborn,” she said.\n\nSpeaking in the Senate on Tuesday, Marsh said the bill was “a betrayal of voters”.",
      lang: "en")
    #expect(
      q == [
        Q("I ran every morning", "Tom Ward", "said"),
        Q("He was stubborn", "she", "said", resolved: "Anna"),
        Q("a betrayal of voters", "Marsh", "said"),
      ])
  }

  // MARK: - German constructions of older volunteer news (check set part 8)

  @Test func passiveQuotingVerbWithAnAgentGivesItsSubject() throws {
    // "wurde von der Agentur mit den Worten zitiert": the agent quotes, the subject speaks.
    let q = try quotes(
      "Der Präsident, der das Land seit 1994 regiert, wurde von der staatlichen Nachrichtenagentur mit den Worten zitiert: „Das Volk hat gesprochen.“",
      lang: "de")
    #expect(q == [Q("Das Volk hat gesprochen.", "Der Präsident", "mit den Worten zitiert")])
  }

  @Test func pluralSeparableCues() throws {
    let q = try quotes(
      "Die Wahlbeobachter stellten in ihrem Bericht fest, die Wahl sei „nicht frei und nicht fair“ gewesen. Die Gegner hielten dem Rat entgegen, die Anlagen stünden „viel zu nah an den Häusern“.",
      lang: "de")
    #expect(
      q == [
        Q("nicht frei und nicht fair", "Die Wahlbeobachter", "stellten"),
        Q("viel zu nah an den Häusern", "Die Gegner", "hielten"),
      ])
  }

  @Test func titleInTheSentenceBeforeDoesNotHideItsSpeaker() throws {
    // The marks around a show's name quote nobody: the subject of that sentence speaks next.
    let q = try quotes(
      "In einer Mitteilung der Klinik heißt es, die Therapie sei „ein wichtiger Schritt“. Oberarzt Michael Sand warnte in der Sendung „Gesundheit am Abend“ vor zu großen Hoffnungen. „Wir reden hier über 40 Patienten. Das ist ein Anfang.“",
      lang: "de")
    #expect(
      q == [
        Q("ein wichtiger Schritt", "einer Mitteilung der Klinik", "heißt es"),
        Q("Wir reden hier über 40 Patienten. Das ist ein Anfang.", "Oberarzt Michael Sand", nil),
      ])
  }

  @Test func nameGivenWithNennenIsNoQuotation() throws {
    let q = try quotes(
      "Die Gewerkschaften riefen zu dem Ausstand auf, den sie „Aktionstag für faire Löhne“ nennen. Die Fans nennen das Stadion „Hexenkessel“.",
      lang: "de")
    #expect(q.isEmpty)
  }

  @Test func predicateOfANamingCueAfterItsObject() throws {
    // "nannte das Abkommen „Verrat“": the noun before the marks is the cue's object, no apposition.
    let q = try quotes(
      "Die Opposition (ihr Vorsitzender nannte das Abkommen „Verrat“) kündigte Proteste an. Die Firma kündigte das Sparprogramm „Fit für morgen“ an.",
      lang: "de")
    #expect(q == [Q("Verrat", "ihr Vorsitzender", "nannte")])
  }

  @Test func viewVerbBeforeAParagraphOfQuotation() throws {
    // "Ganz anders sieht das X." introduces the speaker of the quotation that follows.
    let q = try quotes(
      "Die Stadt plant den Umbau. Ganz anders sieht das die Vorsitzende des Steuerzahlerbundes, Gudrun Seifert.\n\n„Eine Stadt mit so hohen Schulden darf sich keine Prestigeprojekte leisten.“",
      lang: "de")
    #expect(
      q == [
        Q(
          "Eine Stadt mit so hohen Schulden darf sich keine Prestigeprojekte leisten.",
          "die Vorsitzende des Steuerzahlerbundes, Gudrun Seifert", "sieht das")
      ])
  }

  // MARK: - The German speaker noun phrase (check set part 9)

  @Test func extendedAttributeBetweenArticleAndNoun() throws {
    // The number inside "der seit 2011 amtierende Landrat" is no speaker; coordinated attributes
    // and the object of their preposition neither.
    let q = try quotes(
      "„Wir bauen weiter“, sagte der seit 2011 amtierende Landrat Peter Wendt. Eine mit einem Plakat ausgerüstete, sichtlich aufgebrachte Anwohnerin rief: „Wir wollen keine Umgehungsstraße!“",
      lang: "de")
    #expect(
      q == [
        Q("Wir bauen weiter", "der seit 2011 amtierende Landrat Peter Wendt", "sagte"),
        Q(
          "Wir wollen keine Umgehungsstraße!",
          "Eine mit einem Plakat ausgerüstete, sichtlich aufgebrachte Anwohnerin", "rief"),
      ])
  }

  @Test func documentWithAnAttributeAsSource() throws {
    // "In dem gestern um 16 Uhr veröffentlichten Bericht … heißt es": the document, not the time.
    let q = try quotes(
      "In dem gestern um 16 Uhr veröffentlichten Bericht des Rechnungshofs heißt es: „Die Kosten sind aus dem Ruder gelaufen.“ Nach Angaben der für den Hafen zuständigen Behörde ist das Schiff „schwer beschädigt“. Ein mit den Plänen vertrauter Manager sagte der Zeitung: „Der Verkauf ist beschlossen.“",
      lang: "de")
    #expect(
      q == [
        Q(
          "Die Kosten sind aus dem Ruder gelaufen.",
          "dem gestern um 16 Uhr veröffentlichten Bericht des Rechnungshofs", "heißt es"),
        Q("schwer beschädigt", "der für den Hafen zuständigen Behörde", "Nach Angaben"),
        Q("Der Verkauf ist beschlossen.", "Ein mit den Plänen vertrauter Manager", "sagte"),
      ])
  }

  @Test func nameInMarksAfterAnAttributeIsNoQuotation() throws {
    let q = try quotes("Die in Leipzig erscheinende „Morgenpost“ schrieb von einem „Desaster“.", lang: "de")
    #expect(q == [Q("Desaster", "Die in Leipzig erscheinende „Morgenpost“", "schrieb")])
  }

  @Test func seitensAndVonSeitenNameTheSource() throws {
    let q = try quotes(
      "Zunächst war seitens der Feuerwehr von einem „technischen Defekt“ die Rede. Von Seiten der Stadt hieß es, man prüfe „alle Optionen“.",
      lang: "de")
    #expect(
      q == [
        Q("technischen Defekt", "der Feuerwehr", "seitens"),
        Q("alle Optionen", "der Stadt", "hieß es"),
      ])
  }

  @Test func timeBeforeTheSourceIsNoSpeaker() throws {
    // "hieß es am Sonntag aus dem Innenministerium": the weekday is a time, the ministry speaks;
    // "am 3. Mai" ends no sentence and is no speaker.
    let q = try quotes(
      "„Es gab keine Verletzten“, hieß es am Sonntag aus dem Innenministerium. „Ich danke allen Wählern“, sagte der am 3. Mai gewählte Präsident Tomas Lind.",
      lang: "de")
    #expect(
      q == [
        Q("Es gab keine Verletzten", "dem Innenministerium", "hieß es"),
        Q("Ich danke allen Wählern", "der am 3. Mai gewählte Präsident Tomas Lind", "sagte"),
      ])
  }

  @Test func relativeClauseOfPlaceWithHeißtEs() throws {
    // "eine Erklärung, in der es heißt": the statement is the source, not the sentence's subject.
    let q = try quotes(
      "Der Verein veröffentlichte eine Erklärung, in der es heißt: „Wir trauern um unseren Ehrenpräsidenten.“",
      lang: "de")
    #expect(q == [Q("Wir trauern um unseren Ehrenpräsidenten.", "eine Erklärung", "es heißt")])
  }

  @Test func relativeClauseAndVerbAreNoAttribute() throws {
    // After a comma a determiner opens a relative clause; a verb ends the search for an attribute.
    let q = try quotes(
      "Der Bürgermeister, der seit Jahren eine kleine Bäckerei betreibt, sagte: „Ich bleibe Bäcker.“ Die beiden sollen zu einer „international agierenden Bande“ gehören, sagte die Staatsanwältin.",
      lang: "de")
    #expect(
      q == [
        Q("Ich bleibe Bäcker.", "Der Bürgermeister", "sagte"),
        Q("international agierenden Bande", "die Staatsanwältin", "sagte"),
      ])
  }

  @Test func deniedReportsAreTheSourceOfTheirWords() throws {
    // "hat Berichte … zurückgewiesen, er wolle „…“": the words are the reports', with their genitive
    // and a name in marks; "wies … zurück" takes its particle after a name in marks.
    let q = try quotes(
      "Der Landrat hat Berichte der Zeitung „Nordkurier“ zurückgewiesen, er wolle „nach Schwerin wechseln“. Die Bürgermeisterin wies Berichte des „Kuriers“ zurück, die Gemeinde habe Einwände „einfach übergangen“.",
      lang: "de")
    #expect(
      q == [
        Q("nach Schwerin wechseln", "Berichte der Zeitung „Nordkurier“", "zurückgewiesen"),
        Q("einfach übergangen", "Berichte des „Kuriers“", "wies"),
      ])
  }

  @Test func subjectAfterTheVerbOpenedByANumberOrAfterAnAdverb() throws {
    // "schreiben 40 Ärztinnen und Ärzte": a number counting a noun opens the inverted subject, and
    // coordinated nouns stay one speaker; "Diese Ansicht vertrat auch X" names the source of the
    // quotation before it past an adverb; "die Lage" after a genitive is the object, not part of it.
    let q = try quotes(
      "In einem offenen Brief schreiben 40 Ärztinnen und Ärzte der Region: „Die Wege werden zu lang.“ „Ein Streik am Montag trifft die Falschen.“ Diese Ansicht vertrat auch der Fahrgastverband. „Wer pendelt, braucht Nerven.“ So beschrieb eine Sprecherin des Verkehrsverbunds die Lage.",
      lang: "de")
    #expect(
      q == [
        Q("Die Wege werden zu lang.", "40 Ärztinnen und Ärzte der Region", "schreiben"),
        Q("Ein Streik am Montag trifft die Falschen.", "der Fahrgastverband", "Diese Ansicht vertrat"),
        Q("Wer pendelt, braucht Nerven.", "eine Sprecherin des Verkehrsverbunds", "beschrieb"),
      ])
  }

  @Test func hearsayAfterAFrontedClauseAndAQuotationLabel() throws {
    // "Wie X berichtet, soll Y … gesagt haben": the subject follows the auxiliary of the main clause.
    // "Zitat:" names no one: the cue of the sentence before speaks.
    let q = try quotes(
      "Wie die „Oberpfalz-Zeitung“ berichtet, soll Präsident Alfred Baum in der Kabine gesagt haben: „So steigen wir ab.“\n\n"
        + "Der Liedermacher Hannes Berger feiert sein Bühnenjubiläum. Bei einem Konzert erzählte er von seinem ersten Auftritt. Zitat: „Da saßen sieben Leute.“",
      lang: "de")
    #expect(
      q == [
        Q("So steigen wir ab.", "Präsident Alfred Baum", "gesagt"),
        Q("Da saßen sieben Leute.", "er", "erzählte", resolved: "Liedermacher Hannes Berger"),
      ])
  }

  @Test func agentWithDurchViewpointsAndVerbsOfThought() throws {
    let q = try quotes(
      "Das Projekt war durch den Gemeinderat als „Herzstück der Ortsentwicklung“ bezeichnet worden. Aus Sicht der Klinikleitung ist der Streik „unverhältnismäßig“. Nach zwei Frostnächten befürchten viele Winzer einen „Totalausfall“. Der Minister glaubt dennoch an einen „guten Jahrgang“. Der Automobilclub empfiehlt „eine abschließbare Ablage“. „Eine Lesung ohne Fragen ist keine richtige Lesung“, findet der 44-Jährige.",
      lang: "de")
    #expect(
      q == [
        Q("Herzstück der Ortsentwicklung", "den Gemeinderat", "bezeichnet worden"),
        Q("unverhältnismäßig", "der Klinikleitung", "Aus Sicht"),
        Q("Totalausfall", "viele Winzer", "befürchten"),
        Q("guten Jahrgang", "Der Minister", "glaubt"),
        Q("eine abschließbare Ablage", "Der Automobilclub", "empfiehlt"),
        Q("Eine Lesung ohne Fragen ist keine richtige Lesung", "der 44-Jährige", "findet"),
      ])
  }

  @Test func objectFirstNamingSourcesAfterKamVonDashAnaphorsPlacesAndRelativeClauses() throws {
    // A naming verb takes no dative, so "der Sprecher" after it is the subject; "Kritik kam von X:";
    // "„…“ – mit diesen Worten trat X …"; "auf Plakaten „…“" is where the words stood, not a name's
    // noun; a relative clause ending in a perfect ("…, der … als „…“ bezeichnet hatte") speaks for
    // its antecedent, not a "Für …" opening the sentence.
    let q = try quotes(
      "Die Vorwürfe bezeichnete der Sprecher als „haltlos“. Scharfe Kritik kam von der Gewerkschaft: „Das ist ein Angriff auf die Beschäftigten.“ „Wir sind bereit“ – mit diesen Worten trat die Kandidatin vor die Presse. Die Demonstranten forderten auf Plakaten „Frieden jetzt“. Für Aufsehen sorgte eine Äußerung des Ministers, der die Proteste als „kindisch“ bezeichnet hatte.",
      lang: "de")
    #expect(
      q == [
        Q("haltlos", "der Sprecher", "bezeichnete"),
        Q("Das ist ein Angriff auf die Beschäftigten.", "der Gewerkschaft", "kam von"),
        Q("Wir sind bereit", "die Kandidatin", "mit diesen Worten trat"),
        Q("Frieden jetzt", "Die Demonstranten", "forderten"),
        Q("kindisch", "eine Äußerung des Ministers", "bezeichnet hatte"),
      ])
  }

  @Test func mediumInTheDativeBeforeTheVerbAndANounOfSpeechAfterTheQuotation() throws {
    // "Der Zeitung sagte X:", "Dem Magazin „Stern“ verriet X:": the medium in front is whom it was
    // said to and the phrase after the verb the speaker; "„…“ So lautete das Fazit der X" names
    // the speaker in the genitive of the noun of speech.
    let q = try quotes(
      "Der Zeitung sagte die 29-Jährige: „Ich habe keinen Urlaub gemacht.“ Dem Magazin „Stern“ verriet die Sängerin: „Ich brauche eine Pause.“ „Der Klimawandel ist angekommen.“ So lautete das Fazit der Winzerin Anja Kuhn aus Zell.",
      lang: "de")
    #expect(
      q == [
        Q("Ich habe keinen Urlaub gemacht.", "die 29-Jährige", "sagte"),
        Q("Ich brauche eine Pause.", "die Sängerin", "verriet"),
        Q("Der Klimawandel ist angekommen.", "der Winzerin Anja Kuhn aus Zell", "Fazit"),
      ])
  }

  @Test func interviewAnswersAndAPronounAfterAFrontedPhrase() throws {
    // A document ("Darin heißt es") is no one a later "er" stands for; "Bei der Vorstellung am
    // Dienstag wirkte er …" has its subject after the verb past the fronted phrase. In an interview
    // laid out as questions without marks, the one talked with answers ("sprach mit X").
    let q = try quotes(
      "Die Klinik veröffentlichte eine Mitteilung. Darin heißt es: „Der Patient ist wach.“\n\n"
        + "Professor Jan Vermeulen leitete die Operation. Bei der Vorstellung am Dienstag wirkte er erleichtert. „Das bedeutet weniger Infektionen.“\n\n"
        + "Wikinews sprach mit dem Leiter des Tierheims, Frank Oster, über die Lage.\n\nWie viele Tiere haben Sie?\n\n„Wir haben 140 Hunde.“\n\n"
        + "Was wünschen Sie sich?\n\n„Einfach mehr Geld.“",
      lang: "de")
    #expect(
      q == [
        Q("Der Patient ist wach.", "Darin", "heißt es"),
        Q("Das bedeutet weniger Infektionen.", "Professor Jan Vermeulen", nil),
        Q("Wir haben 140 Hunde.", "dem Leiter des Tierheims, Frank Oster", nil),
        Q("Einfach mehr Geld.", "dem Leiter des Tierheims, Frank Oster", nil),
      ])
  }

  @Test func transcriptTurnsWithAndWithoutMarks() throws {
    // A transcript without marks (a label and a colon before each turn, the labels alternating):
    // every turn is its label's quotation. "Frage:" and "Antwort:" before turns in marks are
    // their labels' too, not a noun of speech pointing back ("Ihre Antwort:").
    let q = try quotes(
      "Wikinews sprach mit dem Imker Gerd Wallner.\n\nWikinews: Wie war die Ernte?\n\n"
        + "Wallner: Schlecht. Der Frühling war zu nass.\n\nWikinews: Haben Sie Völker verloren?\n\n"
        + "Wallner: Elf über den Winter.\n\nFrage: „Und im nächsten Jahr?“\n\nAntwort: „Es wird besser.“",
      lang: "de")
    #expect(
      q == [
        Q("Wie war die Ernte?", "Wikinews", nil),
        Q("Schlecht. Der Frühling war zu nass.", "Wallner", nil),
        Q("Haben Sie Völker verloren?", "Wikinews", nil),
        Q("Elf über den Winter.", "Wallner", nil),
        Q("Und im nächsten Jahr?", "Frage", nil),
        Q("Es wird besser.", "Antwort", nil),
      ])
    // A single label and colon before prose is no transcript, nor is a roundup of places whose
    // entries speak in no first or second person and ask nothing.
    #expect(try quotes("Steuern: Die Koalition will die Grundsteuer senken.\n\nDer Bund zahlt.", lang: "de").isEmpty)
    #expect(
      try quotes(
        "Berlin: Die Polizei hat eine Demonstration aufgelöst.\n\nHamburg: Der Senat hat den Haushalt beschlossen.\n\n"
          + "Berlin: Am Abend blieb es ruhig.\n\nBremen: Die Fähre fährt wieder.", lang: "de"
      ).isEmpty)
  }

  @Test func theOutletsVoiceATickerAndNamesInMarksAsSpeakers() throws {
    // "Wir dokumentieren den Brief:" is the publication's own voice, not a speaker: the letter's
    // author named before speaks its paragraphs. A live ticker's time stamp is no part of the
    // label; a newspaper's name in marks is the subject ("Die „taz“ spottet:"), not a
    // quotation; "Zuruf von der CDU:" names its source.
    let q = try quotes(
      "Die Bischöfin Elke Mahrenholz hat sich an die Gemeinden gewandt. Wir dokumentieren den Brief:\n\n"
        + "„Zu lange haben wir weggesehen.\n\n„Ich bitte um Vergebung.“\n\n"
        + "14:32 Uhr – Trainerin Anna Weidner: „Wir haben nichts zu verlieren.“\n\n"
        + "Die „taz“ spottet: „Niemand hat verloren.“\n\n(Beifall – Zuruf von der CDU: „Niemand wird gezwungen!“)",
      lang: "de")
    #expect(
      q == [
        Q("Zu lange haben wir weggesehen.", "Die Bischöfin Elke Mahrenholz", nil),
        Q("Ich bitte um Vergebung.", "Die Bischöfin Elke Mahrenholz", nil),
        Q("Wir haben nichts zu verlieren.", "Trainerin Anna Weidner", nil),
        Q("Niemand hat verloren.", "Die „taz“", "spottet"),
        Q("Niemand wird gezwungen!", "der CDU", nil),
      ])
  }

  // MARK: - German check set

  /// Fixtures/quotes_de_check.jsonl: 189 short fictional German news paragraphs and 333 articles written for this
  /// project (our own data, free to use like CC0) with every quotation's span and speaker annotated
  /// by hand, in the format of the evaluation suites (code point offsets). It covers inverted and
  /// colon attributions, partial quotations in reported speech, speakers in the sentence before,
  /// appositions, passive agents, object-first sentences, pronoun speakers, and Konjunktiv reported
  /// speech without marks (not a quotation), sources as speakers (outlets, agencies, documents,
  /// web addresses, banners: "laut news.at", "heißt es in …", "Auf Transparenten stand"), verbs
  /// of quoting with the one quoted as object, and quoted titles, names and labels that are not
  /// quotations. Records 97 on (tools/quotes/check_set_de_part3.py) were written before running
  /// the stage on them, as a check that the rules generalise: "so X", "laut X", "X zufolge",
  /// "nach Angaben von X", "erklärte X gegenüber Y", "sagte der Zeitung", "hieß es aus/von X",
  /// separable cue verbs, parties in parentheses, speakers carried to the next paragraph, and the
  /// attribution in the next sentence ("„…“ Das sagte X."). Records 190 on
  /// (tools/quotes/check_set_de_part4.py) are whole articles of several paragraphs and speakers:
  /// speakers introduced sentences or paragraphs before a quotation without a cue, interviews
  /// with name prefixes, lists of statements, a quotation heading the article, reported speech
  /// followed by a quotation, a colon ending a paragraph, documents as sources. Records 265 on
  /// (tools/quotes/check_set_de_part5.py, annotated before the stage was run on them) are long
  /// reports on politics, sport, science, courts, disasters and press conferences: quotations split
  /// by their cue, partial quotations in reported speech ("Der Haushalt sei „…“", "X zufolge"),
  /// appositions ("Max Müller, Sprecher der Polizei,"), relative clauses between the subject and
  /// the cue, organisations and documents as speakers, roles ("die 24-Jährige"), question and
  /// answer, and titles in marks beside quotations. Records 297 on (tools/quotes/check_set_de_part6.py,
  /// annotated before the stage was run on them) are deliberately hard reports: long sentences of
  /// several clauses, media as sources and recipients ("sagte er der „Süddeutschen Zeitung“",
  /// "nach Angaben seines Büros"), speakers named only in the paragraph before, alternating
  /// speakers in debates, interview questions and answers, quotations in headlines and lists,
  /// short partial quotations in reported speech, anonymous sources, the passive, object-first
  /// sentences, and scare terms, titles and organisations in marks. Records 322 on
  /// (tools/quotes/check_set_de_part7.py, annotated before the stage was run on them) are condensed
  /// reports from several agency sources: a heading and a "Quellen:" line, two speakers a paragraph,
  /// speaker changes without a name ("Ihr Kontrahent entgegnete"), hearsay ("soll … gesagt haben",
  /// "ließ … verlauten", "wird mit den Worten zitiert"), translated statements, documents as
  /// speakers, quotations interrupted twice, passive agents. Records 342 on
  /// (tools/quotes/check_set_de_part8.py, annotated before the stage was run on them) imitate older
  /// volunteer news: long, clumsy sentences, speakers after long appositions and relative clauses or
  /// only in the sentence or paragraph before or after, statements, documents, newspapers, websites
  /// and agencies as sources, coordinated speakers, the passive with an agent ("wurde von der
  /// Agentur mit den Worten zitiert"), quotations in parentheses, "Seine Bilanz: „…“", and many
  /// names, titles, slogans and terms in marks beside verbs of speech. Records 367 on
  /// (tools/quotes/check_set_de_part9.py, annotated before the stage was run on them) test the
  /// speaker's noun phrase: extended attributes between article and noun ("der seit 2005
  /// amtierende Bürgermeister", "ein mit den Ermittlungen vertrauter Beamter"), documents, media and
  /// websites behind "In … heißt es", "Laut", "zufolge", "seitens … die Rede", "Aus … hieß es",
  /// "Nach Angaben", "Wie … mitteilte", and times, numbers, places and instruments where a naive
  /// reader looks for the speaker. Records 387 on (tools/quotes/check_set_de_part10.py, annotated
  /// before the stage was run on them) are written with the marks and layout of real copies:
  /// straight, mixed and English marks, guillemets both ways, single marks inside and around
  /// quotations, apostrophes inside them, lost spaces and closing marks, line breaks before an
  /// opening mark or an attribution, reopened paragraphs, headlines with marks, doubled and
  /// trailing spaces, wiki italics for names. Records 407 on (tools/quotes/check_set_de_part11.py,
  /// annotated before the stage was run on them) follow how the German WikiNews quotation annotation
  /// marks the source: the mention the frame names, as written (pronouns, demonstratives, "Beide",
  /// organisations, documents, banners, coordinated speakers, possessive names), sources in the
  /// genitive of a noun of speech, behind "aus Sicht", "nach Ansicht", "für", as passive agents
  /// (also with "durch"), as the one quoted by a quoting verb, in the sentence after the quotation
  /// ("Diese Ansicht vertrat …"), reports denied by the speaker ("wies Berichte … zurück, …"),
  /// hearsay after a fronted clause, a "Zitat:" label, verbs of thought and advice, beside
  /// titles, names, mottos and scare terms in marks. Records 451 on
  /// (tools/quotes/check_set_de_part12.py, annotated before the stage was run on them) are in the
  /// genres and at the distances the earlier parts have few of: match reports with coaches and
  /// players, court reports (plea, "warf … vor", the last word, a statement read by the defence),
  /// studies and press releases ("heißt es in der Studie", "schreiben die Autoren"), obituaries
  /// with lines from a novel and a letter, fires and police reports, parliament debates with
  /// speakers in a row, an interview as alternating paragraphs, a sermon, a market report, posts
  /// on social networks, partial quotations deep in reported speech, speakers two sentences or a
  /// paragraph before, and the speaker in the sentence after ("So äußerte sich …", "So lautete
  /// das Fazit der …"). Records 491 on (tools/quotes/check_set_de_part13.py, annotated before the
  /// stage was run on them) are articles made largely of quotations, 4 to 9 an article: interview
  /// transcripts in every layout ("Wikinews:" and names, "Frage:"/"Antwort:", initials, a label on
  /// a line of its own, questions in plain text, turns with and without marks), press reviews with
  /// newspapers as speakers (names in marks or not), lists of reactions, a letter and a statement
  /// reproduced paragraph by paragraph, press conferences alternating by pronoun, live tickers with
  /// times, a parliament protocol with applause and interjections, court transcripts, and a speech
  /// quoted at length. Records 518 on (tools/quotes/check_set_de_part14.py, annotated before the
  /// stage was run on them) are reports full of partial quotations beside names, titles, mottos and
  /// terms in marks: pieces after "sprach von", "nannte", "bezeichnete als", "warf … vor", "stufte …
  /// als … ein", "nach eigenen Worten", "laut", two or three in one sentence, single words in
  /// reported speech, a piece running on into whole sentences; and newspapers, programmes, slogans
  /// after "Motto", nicknames "… genannt", words after "so genannte", categories of a passive
  /// without an agent, scare quotes in narration. Records 552 on (tools/quotes/check_set_de_part15.py,
  /// annotated before the stage was run on them) test the speaker conventions a count of the dev
  /// suite found: a pronoun subject of the quotation's sentence as written, also for reported speech
  /// after it, and no speaker for a bare impersonal "hieß es". Records 561 on
  /// (tools/quotes/check_set_de_part16.py, annotated before the stage was run on them) are long
  /// news articles with three to six speakers each, followed across sentences and paragraphs: by
  /// surname, role, pronoun or no cue, in turns, a quotation in the lead named in the paragraph
  /// after, sources behind "so", "laut", "zufolge", "nach Angaben", "wie … mitteilte", "heißt es in
  /// einer Erklärung", "betonte:", "auf die Frage …, antwortete", bodies beside their spokespeople,
  /// a person named between a speaker and the words, beside titles, names and terms in marks.
  /// Records 591 on (tools/quotes/check_set_de_part17.py, annotated before the stage was run on
  /// them) are articles of 600 words or more in layouts the earlier parts lack: a debate with
  /// interjections in parentheses, trials with witnesses, sports reports, press conferences with
  /// questions in marks, disasters, science news quoting a paper, obituaries, a portrait and
  /// reviews quoting the work, with quotations in dashes and parentheses and split by their cue.
  /// Records 609 on (tools/quotes/check_set_de_part18.py) are 70 short news items of 80-250 words
  /// with one to three quotations each, attributed to bodies, media, documents, unnamed sources,
  /// a headline or the paragraph before, beside marks around titles and names. Records 679 on
  /// (tools/quotes/check_set_de_part19.py, annotated before the stage was run on them) are short
  /// items for what a first pass on real German news copies showed: a medium in marks spoken to
  /// after a cue and its subject ("der „…“", "gegenüber „…“", "bei „…“"), a sentence quoted with
  /// its stop after the mark and "So beschreibt X" after it, a colon after reported speech, a
  /// second quotation after "mahnte auch X:", "twitterten", a statement over several paragraphs
  /// or lines, a nickname before "bekannten", an incise "so X" in reported speech. Records 694 on
  /// (tools/quotes/check_set_de_part20.py, annotated before the stage was run on them) are short
  /// items for what a second pass on real news copies showed: a medium in marks after "in der" or
  /// "im", a role compound opened by a lowercase name ("ver.di-…"), a headline line quoting
  /// somebody in the first person, a source in parentheses after a quoted sentence. Records 706 on
  /// (tools/quotes/check_set_de_part21.py, annotated before the stage was run on them) are short
  /// items for what a third pass on real news copies showed: a roundup with each caption on the
  /// line after its quotation, "so" as a degree word, reported speech after a medium in marks, a
  /// name after a relative pronoun of the object case, a passive participle cue, a parenthesis
  /// opened by "EU-…", "präzisiert", an indefinite "Man" opening reported speech. Records 718 on
  /// (tools/quotes/check_set_de_part22.py, annotated before the stage was run on them) are short
  /// items for what a fourth pass on real news copies showed: a fronted adverbial opened by a
  /// preposition of the genitive ("Hinsichtlich …", "Angesichts …", "Bezüglich …", "Anlässlich …",
  /// "Infolge …") or by "Kurz" ("Kurz zuvor hatte X gesagt") before the verb, whose subject
  /// follows the verb or its auxiliary, and a programme's name glued by a hyphen to its
  /// broadcaster ("in den ZDF-„…“"). Records 729 on (tools/quotes/check_set_de_part23.py,
  /// annotated before the stage was run on them) are short items for what a fifth pass on real
  /// news copies showed: verbs of angry speech as cues ("schimpfte", "soll X geschimpft haben",
  /// "wetterte", "polterte", "lästerte"), a medium's name in marks after "Interview mit", and the
  /// source of "zufolge" closing a relative clause ("…, die den Forschern zufolge „…“"). Records
  /// 739 on (tools/quotes/check_set_de_part24.py, annotated before the stage was run on them) are
  /// short items for what a sixth pass on real news copies showed: a noun of a term or label right
  /// before the marks ("das Merkmal „…“", "ein Tagesordnungspunkt „…“") makes them a name. Records
  /// 749 on (tools/quotes/check_set_de_part25.py, annotated before the stage was run on them) are
  /// short items for what a seventh pass on real news copies showed: a heading line naming a person
  /// above a quotation alone in its paragraph (a roundup of voices), and a cue participle after
  /// the marks closing a clause in the perfect ("hatte X eine Ernte „…“ vorausgesagt, …"). Records
  /// 764 on (tools/quotes/check_set_de_part26.py, annotated before the stage was run on them) are
  /// short items for the wrong speakers left on the six sets of real news copies: a lowercase cue
  /// after a quoted sentence ending with its stop and no comma ("«… Farben.» schreibt X"), a source
  /// in the sentence pointing back ("„…“ So hieß es am Montag aus X", "Das sagte am Dienstag X"), a
  /// label of a name and a phrase ("Kramer im Zielraum: „…“"), a cue inside a sentence of reported
  /// speech before a quotation without one, a name written small as the subject ("Die nordpost fragte:"),
  /// an adjective after a determiner in a fronted phrase ("Als Kapitän der jüngsten Mannschaft steht X"),
  /// a role and a name on both sides of the verb ("X nannte Ratsherr Y einen „…“"). Records
  /// 800 on (tools/quotes/check_set_de_part27.py, annotated before the stage was run on them) are
  /// short items for what an eighth pass on real news copies showed: a dateline before a fronted
  /// adjective phrase and an inverted cue ("Brandau – Sichtlich erleichtert zeigt sich X: „…“"), a
  /// slogan or inscription after a colon ("anderer Slogan: „…“"), the cues "beschied",
  /// "beruhigte", "befand", "konstatierte", and an incise "…, so befand X, …".
  /// Records 850 on (tools/quotes/check_set_de_part28.py, annotated before the stage was run on them) are short
  /// items for speakers named a sentence or more before a quotation without a cue: a "dass" clause
  /// inside reported speech before a cue and its subject ("Sie glaube nicht, dass die …, betonte X"),
  /// a role with a prepositional attachment before the name in apposition ("Die Beauftragte für
  /// Kultur und Medien, X, gab …"), a cue closing a relative clause ("…, der eine Sperrstunde
  /// fordert."), and headlines opened by a name and a colon ("Brenner: Hafen wird „…“").
  /// Records 900 on
  /// (tools/quotes/check_set_de_part29.py, annotated before the stage was run on them) are short
  /// items for what a ninth pass on real news copies (world news) showed: a paper's name in marks
  /// as the subject of a cue ("Die „…“ berichtete, …"), a long phrase between an auxiliary after
  /// the marks and its participle, a source in parentheses on the line under a quotation, a time
  /// between an inverted verb and its subject, and "drückte … aus". Records 950 on
  /// (tools/quotes/check_set_de_part30.py, annotated before the stage was run on them) are short
  /// items for what a tenth pass on real news copies (world news) showed: the participle
  /// "geworben" as a cue before a colon or a quoted sentence standing alone.
  /// Records 1000 on
  /// (tools/quotes/check_set_de_part31.py, annotated before the stage was run on them) are short
  /// items for cues the errors left on the seventh to ninth sets of real news copies showed
  /// missing: "sicherte … zu", "schränkt … ein", "bilanziert".
  /// Records 1050 on (tools/quotes/check_set_de_part32.py, annotated before the stage was run on
  /// them) are short items for short quotations (one to four words) after verbs that attribute
  /// them: "beschreiben … als", "schätzt … auf", "fühlt sich", "drücken … aus".
  /// Records 1100 on (tools/quotes/check_set_de_part33.py, annotated before the stage was run on
  /// them) are headline and label lines naming the person quoted ("Rolle: … „…“", "Name zum
  /// Thema: „…“", "Name zum Thema „…“", "„…“ – Rolle Name verb …"), with held titles, mottos and topic labels.
  /// Records 1150 on (tools/quotes/check_set_de_part34.py, annotated before the stage was run on
  /// them) are words in marks that are part of a noun ("ein „Test“-Vermerk", "den bewährten
  /// „Sommergruß“", "die Ausstellung „…“"), with genuine short quotations that stay.
  /// Records 1200 on (tools/quotes/check_set_de_part35.py, annotated before the stage was run on
  /// them) are partial quotations followed by a sentence pointing back ("Das sagte X", "X sagte
  /// dies"), with held items the rule must leave alone.
  /// Records 1300 on (tools/quotes/check_set_de_part37.py, annotated before the stage was run on
  /// them) are names, titles and terms in marks that nobody says: a second name joined by "und" or
  /// "oder", a name after an outlet's noun ("die Nachrichtenagentur „…“"), a body's name ending in
  /// its legal form ("des „… e.V.“"), a title after a colon whose sentence has "Titel" or "Namen" as
  /// its object, a charge after "wegen"; with genuine quotations near such words that stay.
  /// Records 1350 on (tools/quotes/check_set_de_part38.py, annotated before the stage was run on
  /// them) are nouns of speech as the subject of a colon sentence ("Danach die üblichen Worte:",
  /// "Sein wichtigster Satz vor der Presse:"), a person subject of a colon sentence without a cue, a
  /// phrase after a preposition between the marks and the participle, and demonstrative subjects.
  /// Records 1400 on (tools/quotes/check_set_de_part39.py, annotated before the stage was run on
  /// them) are quotations that name no speaker near them: the speaker of the quotation before with
  /// a cue without a subject between, a person subject of a sentence before in the paragraph (also
  /// as a pronoun after the name), an article with no person, a title in marks before the quotation.
  /// Scored like the suites: exact
  /// spans, word overlap ≥ 0.5 one-to-one, speaker equal after dropping determiners or sharing the
  /// head word.
  @Test func germanCheckSetScores() throws {
    let path = packageRoot + "/Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var gold = 0, pred = 0, exact = 0, overlap = 0, speakerN = 0, speakerOK = 0
    for line in lines {
      let rec = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let text = rec["text"] as! String
      let doc = try runChain("langid|quotes", text: text, id: rec["id"] as! String)
      // Code point offsets of the gold → UTF-8 offsets of the document.
      let scalars = Array(text.unicodeScalars)
      var utf8At = [0]
      for u in scalars { utf8At.append(utf8At.last! + String(u).utf8.count) }
      let g: [(s: Int, e: Int, speaker: String?)] = (rec["gold"] as! [[String: Any]]).map {
        (utf8At[$0["start"] as! Int], utf8At[$0["end"] as! Int], $0["speaker"] as? String)
      }
      let p = doc.annotations.filter { $0.type == "quote" }.map {
        (s: $0.start, e: $0.end, speaker: $0.attrs["speaker"]?.stringValue)
      }
      gold += g.count
      pred += p.count
      exact += g.filter { gq in p.contains { $0.s == gq.s && $0.e == gq.e } }.count
      let bytes = Array(text.utf8)
      var pairs: [(ov: Double, gi: Int, pi: Int)] = []
      for (gi, gq) in g.enumerated() {
        let tg = Self.wordTokens(bytes, gq.s, gq.e)
        for (pi, pq) in p.enumerated() where pq.e > gq.s && pq.s < gq.e {
          let tp = Self.wordTokens(bytes, pq.s, pq.e)
          guard !tg.isEmpty, !tp.isEmpty else { continue }
          let ov = Double(tg.intersection(tp).count) / Double(max(tg.count, tp.count))
          if ov >= 0.5 { pairs.append((ov, gi, pi)) }
        }
      }
      var usedG = Set<Int>(), usedP = Set<Int>()
      for pr in pairs.sorted(by: { $0.ov > $1.ov }) where !usedG.contains(pr.gi) && !usedP.contains(pr.pi) {
        usedG.insert(pr.gi)
        usedP.insert(pr.pi)
        overlap += 1
        if let gs = g[pr.gi].speaker {
          speakerN += 1
          if Self.sameSpeaker(p[pr.pi].speaker, gs) { speakerOK += 1 }
        }
      }
    }
    print("quotes check de: gold \(gold) pred \(pred) exact \(exact) overlap \(overlap) speaker \(speakerOK)/\(speakerN)")
    // The scores reached (1639 of 1645 spans exact, four false positives, speaker 1624 of 1637); they
    // must not drop. (Part 5 on its first run, before the rules it prompted: 150 of 154 found,
    // speakers 142 of 150; its held-out articles 29-32 then: 17 of 17 exact, speakers 16 of 17.
    // Part 6 on its first run: 147 of 150 exact, 2 false positives, speakers 140 of 147. Part 7 on
    // its first run: 132 of 137 exact, no false positive, speakers 126 of 132. Part 8 on its first
    // run: 91 of 94 exact, 2 false positives, speakers 85 of 91. Part 9 on its first run: 80 of 80
    // exact, 1 false positive, speakers 76 of 80 by this measure but only 28 of 80 as whole
    // phrases: the head-word rule accepted "2005" for "der seit 2005 amtierende Bürgermeister …".
    // Part 10 on its first run: 53 of 56 exact, no false positive, speakers 53 of 53, counting
    // the two quotations inside quotations added to its gold after that run. Part 11 on its first
    // run, articles 1-30: 71 of 74 exact, no false positive, speakers 67 of 71; its articles 31-38
    // and 39-44, each written after the rules prompted by the ones before: 15 of 16 exact,
    // speakers 14 of 15, and 11 of 11 exact, speakers 7 of 11. Part 12 on its first run,
    // articles 1-36: 93 of 94 exact, no false positive, speakers 87 of 93 (83 as first annotated:
    // five quotations without a cue had the nearest pronoun, not the source parts 4-11 give them);
    // its articles 37-40,
    // written after the rules the first run prompted: 9 of 9 exact, speakers 9 of 9. Part 13 on
    // its first run, articles 1-21: 134 of 149 exact (the 14 turns of transcripts without marks
    // missed), one false positive, speakers 112 of 134; its articles 22-27, written after the
    // rules the first run prompted: 28 of 28 exact, speakers 28 of 28. Part 14 on its first run,
    // articles 1-30: 94 of 104 exact, 2 false positives, speakers 87 of 94; its articles 31-34,
    // written after the rules the first run prompted: 17 of 18 exact, speakers 17 of 17.)
    // Part 15 on its first run: 16 of 17 exact, no false positive, speakers 12 of 14, and neither
    // of its two bare "hieß es" given no speaker; now speakers 13 of 14 and both without one. The
    // dev-suite count of speaker conventions corrected six speakers of parts 4, 7 and 14 (see
    // tools/quotes/speaker_conventions.py): 1624 of 1637 speakers became 1626 of 1635.
    // Part 16 on its first run, articles 1-25: 181 of 183 exact, no false positive, speakers 173
    // of 181 (174 after one speaker was corrected to the conventions table: a quotation without a
    // cue after a pronoun subject that speaks no words has the name before it); its articles
    // 26-30, longer and written after the rules the first run prompted: 54 of 54 exact, no false
    // positive, speakers 47 of 54.
    // Part 17 on its first run, articles 1-10: 143 of 144 exact, one false positive (the term
    // „Wir“ of a review), speakers 123 of 143 (120 as first annotated: three quotations
    // without a cue after a pronoun subject that speaks no words had the pronoun, not the name
    // before it); its articles 11-18, written after the rules the first run prompted: 92 of 95
    // exact, no false positive, speakers 83 of 92 (85 after the rules they prompted).
    // Part 18 (short news, one to three quotations each) on its first run, articles 1-35: 41 of
    // 42 exact, no false positive, speakers 38 of 40; its articles 36-70, written after the rules
    // the first run prompted: 41 of 41 exact, no false positive, speakers 36 of 40 (now 83 of 83
    // exact, speakers 77 of 81; parts 1-17 went from 2088 to 2090 speakers).
    // Part 19 (causes found on real news copies), items 1-14 on the stage before the rules they
    // illustrate: 14 of 17 exact, 3 false positives, speakers 10 of 14; with them 16 of 17 exact,
    // no false positive, speakers 15 of 16; item 15, written after the incise rule, right on its
    // first run (parts 1-18 unchanged).
    // Part 20 (causes found on a second set of real news copies) on the stage before the rules
    // it illustrates: 13 of 15 exact, 2 false positives, speakers 8 of 13; with them 15 of 15
    // exact, no false positive, speakers 13 of 13 (parts 1-19: one headline line of part 13
    // found, nothing else changed).
    // Part 21 (causes found on a third set of real news copies), items 1-10 on the stage before
    // the rules they illustrate: 13 of 14 exact, no false positive, speakers 3 of 13; with them 14
    // of 14 exact, speakers 13 of 14 (held item 2, a quotation line before a sentence whose subject
    // speaks, wrong before and after); items 11-12, written after the rule on "Man": 2 of 2 exact,
    // speakers 1 of 2 before it and 2 of 2 with it (parts 1-20 unchanged).
    // Part 22 (causes found on a fourth set of real news copies), items 1-9 on the stage before
    // the rows they illustrate: 10 of 10 exact, speakers 4 of 10 (the fronted "Kurz", "Anlässlich
    // …", "Bezüglich …", "Infolge …" taken for the subject; items 1, 3, 6 and 7 with a role and a
    // name after the verb right before and after); with them 10 of 10. Items 10-11, written for
    // the hyphen rule: 2 of 2 exact with one false positive (the programme's name) before it, none
    // with it, speakers 2 of 2 (parts 1-21 unchanged).
    // Part 23 (causes found on a fifth set of real news copies) on the stage before the rows
    // they illustrate: 7 of 8 exact (the quotation of "soll der … geschimpft haben" missed), one
    // false positive (a magazine's name after "Interview mit"), speakers 7 of 7; with them 8 of 8
    // exact, no false positive, speakers 8 of 8 (parts 1-22 unchanged). Items 9-10, written for
    // "zufolge" closing a relative clause: 2 of 2 exact, speakers 1 of 2 before the rule, 2 of 2
    // with it.
    // Part 24 (a cause found on a sixth set of real news copies) on the stage before the rows of
    // term nouns ("Begriff", "Stichwort", "Schlagwort", "Merkmal", "Tagesordnungspunkt"): 5 of 5
    // exact, three false positives (an agenda item's name, a legal phrase after "Merkmal", an
    // agenda item's name ending in a stop), speakers 5 of 5; with them one false positive left
    // (item 8, the name ending in a stop), the rest unchanged (parts 1-23 unchanged).
    // Part 25 (causes found on a seventh set of real news copies), items 1-10 on the stage before
    // the rules they illustrate: 12 of 12 exact, no false positive, speakers 10 of 12 (a roundup's
    // two voices given the sentence before their headings); with them 12 of 12. Items 11-15,
    // written for the cue participle after the marks: 5 of 5 exact, speakers 5 of 5 (parts 1-24:
    // one more speaker right, "hatten Fans beider Lager „…“ skandiert"; nothing else changed).
    // Part 26 (the wrong speakers left on six sets of real news copies) on the stage before the
    // rules it illustrates: 27 of 28 exact (a headline quotation of four words missed), one false
    // positive (held item 9, a name before "so heißt"), speakers 11 of 26; with them 25 of 26, the
    // rest unchanged (parts 1-24 unchanged).
    // Part 27 (causes found on an eighth set of real news copies), items 1-12 on the stage
    // before the rules they illustrate: 10 of 10 exact, 2 false positives (a slogan and an
    // inscription after a colon), speakers 5 of 9 (two datelines taken for the subject, an incise
    // "so befand X" and "konstatierte" not read; with the dateline rule alone the fronted
    // "Sichtlich erleichtert" of item 1 took the place's part); with them 10 of 10 exact, no false
    // positive, speakers 9 of 9. Items 13-14, written after those rules: 2 of 2 exact, speakers
    // 1 of 2 before the incise rule, 2 of 2 with it (parts 1-26 unchanged).
    // Part 28 (speakers named a sentence or more before, and headline labels, on seven sets of
    // real news copies), items 1-9 on the stage before the rules they illustrate: 10 of 10 exact,
    // no false positive, speakers 8 of 10 (a "dass" clause read as a relative clause, a role's
    // attachment cutting off the name in apposition); with them 10 of 10. Items 10-15, written
    // before the rules on a cue closing a relative clause and on a line opened by a name and a
    // colon: 5 of 6 exact (held item 15, a topic label's words in marks, taken for a term), no
    // false positive, speakers 2 of 5; with them 5 of 5 (parts 1-27 unchanged).
    // Part 29 (causes found on a ninth set of real news copies, world news), items 1-11 on the
    // stage before the rules they illustrate: 7 of 9 exact (a long phrase before the participle,
    // "drückte … aus"), no false positive, speakers 6 of 7 (a source in parentheses on the next
    // line); with them 9 of 9, speakers 9 of 9. Items 12-14, written for the time between verb and
    // subject: 3 of 3 exact, speakers 1 of 3 before that rule, 3 of 3 with it (parts 1-28 unchanged).
    // Part 30 (a cause found on a tenth set of real news copies, world news) on the stage before
    // the row it illustrates: 2 of 2 exact, no false positive, speakers 1 of 2 (the noun after a
    // fronted "vor" taken for the speaker before "… geworben:"); with "geworben" a cue 2 of 2
    // (parts 1-29 unchanged).
    // Part 31 (cues the errors left on the seventh to ninth sets of real news copies showed
    // missing) on the stage before its lexicon rows: 5 of 6 exact (a quotation opening its
    // paragraph before "sicherten … zu" missed), no false positive, speakers 5 of 5; with them 6 of
    // 6, speakers 6 of 6 (parts 1-30 unchanged).
    // Part 32 (short quotations after verbs the lexicon did not know) on the stage before its
    // lexicon rows: 3 of 10 exact, no false positive, speakers 3 of 3; with "beschreiben",
    // "schätzt"/"schätzte", "fühlt sich" and its forms, "drücken … aus" and the possessives of the
    // object case 9 of 10, speakers 8 of 9 (a word of time before the marks, item 7, still reads as
    // a noun naming them; "fühlt sich von der Stadt „…“" gives the prepositional phrase as the
    // speaker) (parts 1-31 unchanged).
    // Part 33 (quotations in headline and label lines) on the stage before the rule of a line
    // labelled by a person: 0 of 6 exact, one false positive (held item 6, a debate's title after
    // "Aktuelle Stunde:", read as speech by the older label rule), speakers 0 of 0; with it 6 of 6,
    // speakers 6 of 6, the false positive left (parts 1-32: part 26's headline quotation after
    // "Hollmann zu Brand in der Altstadt:" now found with its speaker; nothing else changed).
    // Part 34 (words in marks that are part of a noun: a compound's first part glued by a hyphen,
    // a noun after a determiner and an adjective, an exhibition's or a storm's name) on its first
    // run: 3 of 4 exact, two false positives (held items 1 and 5), speakers 3 of 3; with the rules
    // of a hyphen after the closing mark and of a determiner and an adjective before the marks 3 of
    // 4, no false positive (item 3, a word after "nannte" before a spaced dash, still missed;
    // parts 1-33 unchanged).
    // Part 35 (a sentence pointing back after a partial quotation) on its first run, items 1-7:
    // 6 of 8 exact, no false positive, speakers 2 of 5 (the subject of the quotation's own
    // sentence taken); with the rule 6 of 8, speakers 5 of 5; item 8, written after the first run,
    // the stop right after the marks: 1 of 1, speaker right (item 3 and held item 6 still missed;
    // parts 1-34 unchanged).
    // Part 36 (which phrase of a German clause is the speaker: a fronted prepositional phrase,
    // object or subordinate clause, "Auch" before the subject, a demonstrative determiner, "wird X
    // zitiert" after the marks, "dem Bericht zufolge", a relative clause of place) on its first
    // run, items 1-18: 19 of 19 exact, no false positive, speakers 9 of 19 (held items right);
    // with the rules 19 of 19, speakers 19 of 19; items 19-21, written after the first run: 3 of
    // 3, speakers 3 of 3 (parts 1-35: one speaker more, an interview question's asker).
    // Part 37 (names, titles and terms in marks nobody says) on its first run: 7 of 7 exact, 8
    // false positives (items 1-5 and 7-9), speakers 7 of 7; with the rules of marks joined to a
    // name, outlet nouns, legal forms, a noun of naming before a colon and "wegen": 7 of 7, no
    // false positive (parts 1-36 unchanged).
    // Part 38 (nouns of speech as the subject of a colon sentence, a person subject without a cue,
    // a prepositional phrase after the marks, demonstrative subjects) on its first run, items 1-14:
    // 17 of 17 exact, no false positive, speakers 11 of 17 (held items right); with the rules 17 of
    // 17, speakers 17 of 17; items 15-16, written after the first run: 4 of 4, speakers 3 of 4 ->
    // 4 of 4 (parts 1-37 unchanged).
    // Part 39 (quotations that name no speaker near them) on its first run, items 1-6: 8 of 8 exact,
    // no false positive, speakers 5 of 6 (item 2, the speaker of the paragraph before carried over
    // another person's paragraph, stays wrong); items 7-8, written after the first run: 3 of 3,
    // speakers 2 of 3 -> 3 of 3 with the speaker read from the paragraph (parts 1-38 unchanged).
    #expect(gold == 2480)
    #expect(pred <= 2472)
    #expect(exact >= 2464)
    #expect(overlap >= 2464)
    #expect(speakerN >= 2448)
    #expect(speakerOK >= 2410)
  }

  /// Speakers followed across sentences and paragraphs of a long article: "Mit diesen Worten …"
  /// opening the next paragraph (also in the perfect), an adverb pointing back before the verb
  /// ("Darin schreibt X"), the subject after a fronted phrase with attributes ("In seinem letzten
  /// Wort wandte sich X …"), a pronoun subject of a relative clause, "war von … die Rede gewesen",
  /// and a quotation opening its paragraph with a person as the subject of the next sentence.
  @Test func germanSpeakersAcrossSentences() throws {
    let q = try quotes(
      "Der Zulieferer Kranz streicht 400 Stellen. „Wir haben keine andere Wahl.“\n\n"
        + "Mit diesen Worten begründete der Vorstandschef Udo Lamm den Schritt.\n\n"
        + "Der Dirigent Moritz Elsner tritt zurück. Darin schreibt Elsner, er habe „keine Kraft mehr“.\n\n"
        + "Der Richter Jan Ohl verkündete das Urteil gegen Paul Mauch. In seinem letzten Wort wandte sich "
        + "Mauch an die Zuschauer. „Ich schäme mich.“\n\n"
        + "Die Regisseurin Agata Nowicka dankte ihrem Kameramann, den sie „mein zweites Auge“ nannte.\n\n"
        + "Auf Flugblättern war von einer „Überfremdung“ die Rede gewesen.\n\n"
        + "Der Verein verlor das Spiel in Halle.\n\n"
        + "„Wir haben alles gegeben.“ Trainer Klaus Rehberg wirkte nach dem Spiel gefasst.",
      lang: "de")
    #expect(
      q == [
        Q("Wir haben keine andere Wahl.", "der Vorstandschef Udo Lamm", "begründete"),
        Q("keine Kraft mehr", "Elsner", "schreibt"),
        Q("Ich schäme mich.", "Mauch", nil),
        Q("mein zweites Auge", "sie", "nannte", resolved: "Regisseurin Agata Nowicka"),
        Q("Überfremdung", "Flugblättern", "die Rede gewesen"),
        Q("Wir haben alles gegeben.", "Trainer Klaus Rehberg", nil),
      ])
  }

  /// Layouts of real news copies (check set part 19): a medium in marks after a cue and its
  /// subject is whom it was said to, not a quotation; "„…“. So beschreibt X …" names the speaker of
  /// a sentence quoted with its stop after the mark; a colon after reported speech leaves the words
  /// to the reported speaker; a second quotation after "mahnte auch X:" is X's; "twitterten" is a
  /// cue; a statement a colon introduces runs over paragraphs without marks of their own; a
  /// nickname before "bekannten" is a name; an incise "so X" names the speaker, not the subject of
  /// its clause.
  @Test func germanRealCopyLayouts() throws {
    let q = try quotes(
      "Die Busse sollen elektrisch fahren. „Wir fangen auf dem Land an“, sagte Minister Holger Brandt "
        + "der „Rheinischen Post“.\n\n„Mehr geht einfach nicht“, sagte die Leiterin Sabine Ortlepp gegenüber "
        + "„radio eins“.\n\nDie Keller stehen unter Wasser.\n„Wir pumpen tagsüber ab, und nachts läuft alles "
        + "voll“. So beschreibt die Wehrführerin Anja Kessler die Lage.\n\nDie Arbeitgeber hätten kein Angebot "
        + "vorgelegt, so Gewerkschaftssekretär Paul Engel. Da würden auch Einmalzahlungen nicht helfen: „Wir "
        + "brauchen mehr Personal.“\n\n„Jedes Kind soll schwimmen lernen“, mahnte auch die Schulleiterin Martina "
        + "Hofer: „Bis zum nächsten Bad fahren wir eine Stunde.“\n\n„Die Strecke bleibt bis Mittag gesperrt“, "
        + "twitterten die Regionalbahnen.\n\nDazu erklärt der Kämmerer Ulrich Sommer:\n\n„Wir kürzen bei den "
        + "Festen.\n\nDie Bäder bleiben offen.\n\nIm Jahr 2027 ist der Haushalt wieder ausgeglichen.“\n\n"
        + "Die Polizei hat den als „König der Grenzwälder“ bekannten Schmuggler festgenommen.\n\n"
        + "Die Vermieter säßen lieber in ihren Büros, so die Sprecherin Eva Roth, und kümmerten sich kaum um "
        + "die Häuser. Dabei würden viele Wohnungen nicht instand gesetzt: „Manche Mieter warten auf eine Heizung.“",
      lang: "de")
    #expect(
      q == [
        Q("Wir fangen auf dem Land an", "Minister Holger Brandt", "sagte"),
        Q("Mehr geht einfach nicht", "die Leiterin Sabine Ortlepp", "sagte"),
        Q("Wir pumpen tagsüber ab, und nachts läuft alles voll", "die Wehrführerin Anja Kessler", "beschreibt"),
        Q("Wir brauchen mehr Personal.", "Gewerkschaftssekretär Paul Engel", "so"),
        Q("Jedes Kind soll schwimmen lernen", "die Schulleiterin Martina Hofer", "mahnte"),
        Q("Bis zum nächsten Bad fahren wir eine Stunde.", "die Schulleiterin Martina Hofer", "mahnte"),
        Q("Die Strecke bleibt bis Mittag gesperrt", "die Regionalbahnen", "twitterten"),
        Q(
          "Wir kürzen bei den Festen.\n\nDie Bäder bleiben offen.\n\nIm Jahr 2027 ist der Haushalt wieder ausgeglichen.",
          "der Kämmerer Ulrich Sommer", "erklärt"),
        Q("Manche Mieter warten auf eine Heizung.", "die Sprecherin Eva Roth", "so"),
      ])
  }

  /// Layouts of a second set of real news copies (check set part 20): a medium in marks after "in
  /// der" or "im" behind a cue and its subject is where the words were printed, not a quotation; a
  /// role compound opened by a lowercase name is a noun of the speaker phrase; a line that is one
  /// quotation in the first person is a headline quoting somebody, a title alone on a line is not;
  /// a parenthesis after a quoted sentence names its source.
  @Test func germanRealCopyLayoutsTwo() throws {
    let q = try quotes(
      "„Wir fangen bei null an“\n\nDer Händler Tobias Rainer baut neu auf.\n\n„Zwei halbe Häuser helfen "
        + "niemandem“, sagte Landrat Erwin Kolbe in der „Wendhäuser Allgemeinen“ über die Pläne.\n\nDie Ministerin "
        + "bekräftigte ihre Haltung im „Morgenkurier“: „Kleine Klassen schützen vor Nachhilfe.“\n\n„Ohne Angebot "
        + "legen wir die Arbeit nieder“, erklärte ver.di-Sprecherin Sandra Pohl.\n\n„Der kalte Hafen“\n\n"
        + "Der Film läuft ab Donnerstag.\n\n„Wer heute Heizöl bunkert, hat den Winter nicht verstanden.“ "
        + "(Der Energieberater Peter Krahl am Dienstag in Hagenau)",
      lang: "de")
    #expect(
      q == [
        Q("Wir fangen bei null an", nil, nil),
        Q("Zwei halbe Häuser helfen niemandem", "Landrat Erwin Kolbe", "sagte"),
        Q("Kleine Klassen schützen vor Nachhilfe.", "Die Ministerin", "bekräftigte"),
        Q("Ohne Angebot legen wir die Arbeit nieder", "ver.di-Sprecherin Sandra Pohl", "erklärte"),
        Q("Wer heute Heizöl bunkert, hat den Winter nicht verstanden.", "Der Energieberater Peter Krahl", nil),
      ])
  }

  /// Layouts of a third set of real news copies (check set part 21): a caption on the line after a
  /// quoted sentence names its speaker; reported speech after a medium in marks is the earlier
  /// cue's; a name after a relative pronoun of the object case is the naming cue's subject; a
  /// parenthesis opened by a compound with an abbreviation names the source; "präzisiert" is a cue.
  @Test func germanRealCopyLayoutsThree() throws {
    let q = try quotes(
      "„Die Kasse ist leer, bis auf den Grund.“\nFinanzminister Otto Brandl\n„Ein Haushalt ohne Mut ist auch eine "
        + "Entscheidung.“\nMarkus Ellerbrock (Grüne) bei der Aussprache über den Etat\n\nSein Verteidiger Klaus Imhof "
        + "sagte dem „Nordkurier“, Berger habe aus dem Radio davon erfahren, „noch bevor wir ihn sprechen konnten“.\n\n"
        + "Die Stadt legt einen Plan vor, den sogar Stadträtin Petra Lindner als „längst überfällig“ bezeichnet.\n\n"
        + "„Der Euro bleibt unsere Währung.“ (EU-Kommissarin Helga Varnholt am Montag)\n\nEs sei „eine gewöhnliche "
        + "Kontrolle“ gewesen, präzisiert Polizeisprecherin Maren Tietz.",
      lang: "de")
    #expect(
      q == [
        Q("Die Kasse ist leer, bis auf den Grund.", "Finanzminister Otto Brandl", nil),
        Q("Ein Haushalt ohne Mut ist auch eine Entscheidung.", "Markus Ellerbrock (Grüne)", nil),
        Q("noch bevor wir ihn sprechen konnten", "Sein Verteidiger Klaus Imhof", "sagte"),
        Q("längst überfällig", "Stadträtin Petra Lindner", "bezeichnet"),
        Q("Der Euro bleibt unsere Währung.", "EU-Kommissarin Helga Varnholt", nil),
        Q("eine gewöhnliche Kontrolle", "Polizeisprecherin Maren Tietz", "präzisiert"),
      ])
  }

  /// Attribution in long articles (check set part 17): a pronominal adverb or a stop word opening
  /// the clause before the verb ("Darauf angesprochen, sagte der Trainer", "Nur für den Fall, sagt
  /// sie") leaves the subject after the verb; "wollte … wissen", "… gesprochen" and "erinnerte …
  /// sich" are cues; a label opening a parenthesis ("(Körner: „…“)") names the speaker; a pronoun
  /// after the verb of reported speech ("Die Brücke habe er „…“") is its subject, and one after a
  /// preposition ("Ohne sie wäre …") is none.
  @Test func germanLongArticleAttribution() throws {
    let q = try quotes(
      "Der Trainer Ole Svensson wirkte müde. Darauf angesprochen, sagte der Trainer nur: „Eishockey ist ein schnelles Spiel.“\n\n"
        + "Die Fahrerin Petra Schulze hat den Führerschein behalten. Nur für den Fall, sagt sie. „Man weiß nie.“\n\n"
        + "„Gibt es Hinweise auf eine Straftat?“, wollte ein Journalist wissen.\n\n"
        + "Kapitän Felix Rohde hatte zuvor von einer „letzten Chance“ gesprochen.\n\n"
        + "Eine Sanierung (Körner: „technisch möglich, aber unsinnig“) komme nicht in Frage.\n\n"
        + "Der Rentner Egon Weiler schüttelte den Kopf. Die Brücke habe er „wachsen sehen“.\n\n"
        + "Der Sportliche Leiter Matthias Gruber lobte die Helfer. Ohne sie wäre der Sieg „nicht möglich gewesen“.\n\n"
        + "Die Physikerin Ingrid Sommer studierte in Göttingen. In einer Vorlesung erinnerte sie sich an diese Zeit: „Ich war die einzige Frau.“",
      lang: "de")
    #expect(
      q == [
        Q("Eishockey ist ein schnelles Spiel.", "der Trainer", "sagte"),
        Q("Man weiß nie.", "sie", "sagt", resolved: "Fahrerin Petra Schulze"),
        Q("Gibt es Hinweise auf eine Straftat?", "ein Journalist", "wollte"),
        Q("letzten Chance", "Kapitän Felix Rohde", "gesprochen"),
        Q("technisch möglich, aber unsinnig", "Körner", nil),
        Q("wachsen sehen", "er", nil, resolved: "Rentner Egon Weiler"),
        Q("nicht möglich gewesen", "Der Sportliche Leiter Matthias Gruber", nil),
        Q("Ich war die einzige Frau.", "sie", "erinnerte", resolved: "Ingrid Sommer"),
      ])
  }

  /// How the German WikiNews annotation places speakers (a count over its dev texts): a pronoun
  /// subject of reported speech is the speaker as written, even after a sentence that names the
  /// person; a bare impersonal "hieß es" with no source in its own sentence has no speaker, though
  /// a sentence before names one; "hieß es weiter" goes on with the source before it.
  @Test func germanPronounSubjectsAndBareImpersonalCues() throws {
    let q = try quotes(
      "Vor Gericht wies die Apothekerin Karin Vollmer die Vorwürfe zurück. Sie habe „nie ein Rezept verändert“.\n\n"
        + "Die Spedition äußerte sich nicht. Auf Nachfrage hieß es lediglich: „Wir arbeiten mit der Polizei zusammen.“\n\n"
        + "Die Bahn teilte mit, es führen Ersatzbusse. Die Reparatur sei „aufwendig“, hieß es.\n\n"
        + "In einer Erklärung des Vereins heißt es, der Platz sei „gesperrt“. Die Reparatur sei „dringend“, hieß es weiter.",
      lang: "de")
    #expect(
      q == [
        Q("nie ein Rezept verändert", "Sie", nil, resolved: "Karin Vollmer"),
        Q("Wir arbeiten mit der Polizei zusammen.", nil, "hieß es"),
        Q("aufwendig", nil, "hieß es"),
        Q("gesperrt", "einer Erklärung des Vereins", "heißt es"),
        Q("dringend", "einer Erklärung des Vereins", "heißt es"),
      ])
  }

  // MARK: - Block quotations without marks

  /// A sentence that introduces speech and ends with a colon, then a prose paragraph without marks:
  /// the paragraph is the quotation of the sentence's speaker; the next paragraph is not.
  @Test func blockQuotationAfterColon() throws {
    let text =
      "Der Stadtrat hat das Konzept beschlossen.\n\nOberbürgermeisterin Anna Roth sagte nach der Sitzung:\n\n"
      + "Wir wollen die Innenstadt zurückgewinnen. Der Bus fährt künftig alle zehn Minuten.\n\n"
      + "Die Opposition kündigte Widerstand an.\n"
    #expect(
      try quotes(text, lang: "de") == [
        Q(
          "Wir wollen die Innenstadt zurückgewinnen. Der Bus fährt künftig alle zehn Minuten.",
          "Oberbürgermeisterin Anna Roth", "sagte")
      ])
    // (English, a pronoun speaker resolved to the name before it)
    let en =
      "Nurse Emily Carter has worked at the hospital for 22 years.\n\nShe said:\n\n"
      + "We are doing the work of two people on every shift. Something has to change.\n"
    #expect(
      try quotes(en, lang: "en") == [
        Q(
          "We are doing the work of two people on every shift. Something has to change.", "She",
          "said", resolved: "Emily Carter")
      ])
  }

  /// Paragraphs indented like the first paragraph of the block continue it.
  @Test func blockQuotationIndentedParagraphs() throws {
    let text =
      "Der Vorsitzende des Verbandes, Klaus Berger, erklärte:\n\n Die Mitglieder sind enttäuscht. "
      + "Wir warten seit Jahren auf eine Antwort.\n\n Wir werden deshalb vor Gericht ziehen.\n\n"
      + "Das Ministerium wollte sich nicht äußern.\n"
    #expect(
      try quotes(text, lang: "de") == [
        Q(
          "Die Mitglieder sind enttäuscht. Wir warten seit Jahren auf eine Antwort.\n\n Wir werden deshalb vor Gericht ziehen.",
          "Der Vorsitzende des Verbandes, Klaus Berger", "erklärte")
      ])
  }

  /// A colon before a list, a table, a programme, an interview's question or label, or a colon
  /// of no speech, makes no quotation.
  @Test func colonWithoutSpeech() throws {
    let cases: [(String, String)] = [
      ("de", "Folgende Orte sind betroffen:\n\nBad Schandau, Königstein und Pirna.\n"),
      ("de", "Die Bilanz:\n\nDrei Verletzte und ein Schaden von zwei Millionen Euro.\n"),
      ("de", "Die Polizei teilte mit, betroffen seien folgende Straßen:\n\nHauptstraße, Bahnhofstraße und Marktstraße.\n"),
      ("de", "Der Veranstalter kündigte das Programm an:\n\n10 Uhr: Eröffnung durch den Bürgermeister\n"),
      ("de", "Vorab sprach Anna Weber mit ihr:\n\nFrage: Frau Ministerin, wie geht es mit den Schulen weiter?\n"),
      ("en", "The council published the list of closed roads:\n\n* Main Street between Third and Fifth Avenue\n"),
      ("en", "A spokesman said the numbers were as follows:\n\nRegion | Cases | Deaths\nNorth | 120 | 3\n"),
      ("es", "El periodista le preguntó:\n\n¿Cuándo se aprobará la reforma fiscal?\n"),
      ("es", "El Ayuntamiento informó de los cortes previstos:\n\nCalle Mayor, Plaza de España y Paseo de la Independencia.\n"),
      ("fr", "La préfecture a annoncé la fermeture des écoles suivantes :\n\n• école Jules-Ferry\n• école Victor-Hugo\n"),
    ]
    for (lang, text) in cases {
      #expect(try quotes(text, lang: lang).isEmpty, "\(text)")
    }
  }

  /// Names, titles and terms in marks in sentences that report speech are no quotations: a name
  /// joined by "und" to one judged a name, a name after an outlet's noun, a body's name ending in
  /// its legal form, a title announced by "Namen" before a colon, a charge after "wegen"; words a
  /// naming cue reports joined by "und" stay quotations.
  @Test func namesAndTermsInMarks() throws {
    let none = [
      "Die Stadt sagte, die Hallen „Ostkai“ und „Westkai II“ würden im Winter abgerissen.",
      "Am Morgen meldete die Nachrichtenagentur „Ostwind“, die Fähre sei gesunken.",
      "Auf der Seite steht nur ein Hinweis des „Heimatverein Unterdorf e.V.“ zu lesen.",
      "Die Stadt gab den Namen der neuen Halle bekannt: „Arena am Fluss“.",
      "Der Fahrer wurde wegen „gefährlicher Körperverletzung“ angezeigt.",
    ]
    for text in none {
      #expect(try quotes(text, lang: "de").isEmpty, "\(text)")
    }
    #expect(
      try quotes("Die Bürgermeisterin nannte das Angebot „dreist“ und „unseriös“.", lang: "de").map(\.text)
        == ["dreist", "unseriös"])
  }

  // MARK: - Speaker phrases

  /// A capitalised adverb of quantity opening the sentence ("Knapp zwei Stunden später") names no
  /// speaker.
  @Test func noAdverbSpeaker() throws {
    let text =
      "Am Morgen gab es widersprüchliche Angaben. Knapp zwei Stunden später wurde die Zahl korrigiert. "
      + "Nun hieß es, „zehn Demonstranten“ seien verletzt worden."
    #expect(try quotes(text, lang: "de") == [Q("zehn Demonstranten", nil, "hieß es")])
  }

  /// Titles written short with a dot ("Prof.", "Sen.", "Gov.", "Mme.") end no sentence.
  @Test func titleAbbreviationsEndNoSentence() throws {
    #expect(
      try quotes("„Die Ergebnisse sind eindeutig“, sagte Prof. Dr. Hannah Seidel.", lang: "de") == [
        Q("Die Ergebnisse sind eindeutig", "Prof. Dr. Hannah Seidel", "sagte")
      ])
    #expect(
      try quotes("\"This is about fairness,\" said Gov. Tom Hale.", lang: "en") == [
        Q("This is about fairness", "Gov. Tom Hale", "said")
      ])
    #expect(
      try quotes("« Nous sommes prêts », a déclaré Mme. Claire Dubois.", lang: "fr") == [
        Q("Nous sommes prêts", "Mme. Claire Dubois", "a déclaré")
      ])
  }

  /// Text broken into lines of one width: a line break inside a sentence is a space, so the
  /// attribution on the next line and a quotation over three lines are read whole; a headline
  /// before a paragraph on one line stays a line of its own.
  @Test func wrappedLines() throws {
    #expect(
      try quotes(
        "In der Nacht ist in Bad Hersfeld ein Großbrand ausgebrochen.\n„Wir waren mit 120 Einsatzkräften vor Ort“,\nsagte Kreisbrandmeister Lutz Eckhardt am Morgen.",
        lang: "de") == [
          Q("Wir waren mit 120 Einsatzkräften vor Ort", "Kreisbrandmeister Lutz Eckhardt", "sagte")
        ])
    #expect(
      try quotes(
        "Nach dem Hochwasser im Tal der Wernau sind mehrere Straßen gesperrt. Der\nLandrat des Kreises Altheim, Jürgen Pohl, sagte am Dienstag: „Die Lage\nist ernst, aber unter Kontrolle. Wir rechnen in den nächsten Tagen nicht\nmit weiterem Regen.“ Die Feuerwehr war mit 300 Kräften im Einsatz.",
        lang: "de") == [
          Q(
            "Die Lage\nist ernst, aber unter Kontrolle. Wir rechnen in den nächsten Tagen nicht\nmit weiterem Regen.",
            "Der Landrat des Kreises Altheim, Jürgen Pohl", "sagte")
        ])
    #expect(
      try quotes(
        "Mehrere Zeugen berichteten von einem lauten Knall gegen 22 Uhr. „Die\nFenster haben gewackelt, ich dachte, es sei ein Erdbeben“, sagte eine\nAnwohnerin. Ein anderer Nachbar erzählte, er habe dichten Rauch aus der\nLagerhalle steigen sehen.",
        lang: "de") == [
          Q("Die\nFenster haben gewackelt, ich dachte, es sei ein Erdbeben", "eine Anwohnerin", "sagte")
        ])
    #expect(
      try quotes(
        "Brand in Lagerhalle\nIn einer Lagerhalle im Gewerbegebiet von Bad Hersfeld ist in der Nacht zum Samstag ein Großbrand ausgebrochen. „Verletzt wurde niemand“, sagte ein Polizeisprecher.",
        lang: "de") == [Q("Verletzt wurde niemand", "ein Polizeisprecher", "sagte")])
  }

  /// A quotation whose closing mark was lost: after a quotation closed earlier in its paragraph it
  /// opens a sentence and runs to the paragraph's end, which ends as a sentence does; a title
  /// that lost its mark after a word stays out.
  @Test func closingMarkLostAtParagraphEnd() throws {
    #expect(
      try quotes(
        "Anwohner Peter Kläs räumte seinen Keller aus. „Das ist jetzt das dritte Mal in fünf Jahren“, sagte er. „Irgendwann kann man nicht mehr.\n\nDie Feuerwehr hat Sandsäcke verteilt.",
        lang: "de") == [
          Q("Das ist jetzt das dritte Mal in fünf Jahren", "er", "sagte", resolved: "Peter Kläs"),
          Q("Irgendwann kann man nicht mehr.", "er", "sagte", resolved: "Peter Kläs"),
        ])
    #expect(
      try quotes("„Das war knapp“, sagte Kläs. Der Titel „Das Boot.\n\nDie Feuerwehr hat Sandsäcke verteilt.", lang: "de")
        == [Q("Das war knapp", "Kläs", "sagte")])
  }

  /// A sentence whose space after the full stop was lost ("Hallwitz.Einen") starts at its capital,
  /// so that its own pronoun speaks.
  @Test func touchingSentences() throws {
    #expect(
      try quotes(
        "Am Montag trat Verteidigungsminister Friedrich von Hallwitz vor die Presse. „Ich habe Fehler gemacht“, erklärte von Hallwitz.Einen Rücktritt schloss er aber aus: „Dafür gibt es keinen Grund.“",
        lang: "de") == [
          Q("Ich habe Fehler gemacht", "von Hallwitz", "erklärte"),
          Q("Dafür gibt es keinen Grund.", "er", nil, resolved: "Friedrich von Hallwitz"),
        ])
  }

  /// Plural forms of verbs of speech are cues like the singular ones.
  /// A run of spaces reads as one space: an ordinal's dot before two spaces ends no sentence, the
  /// spaces that end a line are none, and spans keep the document's offsets.
  @Test func doubledSpaces() throws {
    let one =
      "Die Sängerin Maria Brandt tritt ab. Bei der Feier zu ihrem 80. Geburtstag hatte Brandt "
      + "erklärt, sie denke nicht ans Aufhören. „Ich singe, solange ich stehen kann.“"
    let two = one.replacingOccurrences(of: " ", with: "  ") + "  \nMehr dazu morgen."
    for (text, s, e) in [(one, 132, 167), (two, 153, 193)] {
      var attrs = Attributes()
      attrs["lang"] = .string("de")
      let q = try runChain("quotes", text: text, attrs: attrs).annotations.filter { $0.type == "quote" }
      #expect(q.map { [$0.start, $0.end] } == [[s, e]])
      #expect(q.map { $0.attrs["speaker"]?.stringValue } == ["Brandt"])
      #expect(q.map { $0.attrs["cue"]?.stringValue } == ["erklärt"])
    }
  }

  /// A label broken over a wrapped line ("Ihre⏎Antwort:") is read as on one line: its owner speaks.
  @Test func wrappedLabel() throws {
    let text =
      "Die Schriftstellerin Lena Marquardt las am Abend in der Stadtbücherei aus ihrem neuen Roman.\n"
      + "Gefragt, ob sie noch täglich schreibe, lachte sie. Ihre\nAntwort: „Jeden Tag, aber ich weiß "
      + "nie, wofür.“"
    #expect(
      try quotes(text, lang: "de") == [
        Q("Jeden Tag, aber ich weiß nie, wofür.", "Lena Marquardt", nil)
      ])
  }

  /// A capitalised word opening the sentence is a speaker only when the text writes it as a name
  /// elsewhere; a fronted adjective or adverb is none.
  @Test func bareOpeningWordIsNoSpeaker() throws {
    let q = "„Wir wollen die besten Köpfe halten.“"
    #expect(try quotes("Branchenüblich sei das nicht. " + q, lang: "de") == [Q("Wir wollen die besten Köpfe halten.", nil, nil)])
    #expect(
      try quotes("Die Firma zahlt mehr als andere. Branchenüblich ist das nicht: " + q, lang: "de") == [
        Q("Wir wollen die besten Köpfe halten.", nil, nil)
      ])
    #expect(try quotes("Offenbar war die Lage ernst. " + q, lang: "de") == [Q("Wir wollen die besten Köpfe halten.", nil, nil)])
    #expect(
      try quotes("Der Chef der Firma heißt Max Wendt. Wendt ist zufrieden. " + q, lang: "de") == [
        Q("Wir wollen die besten Köpfe halten.", "Wendt", nil)
      ])
  }

  @Test func pluralCues() throws {
    #expect(
      try quotes("Die Verkehrsbetriebe versprechen «bessere Information».", lang: "de") == [
        Q("bessere Information", "Die Verkehrsbetriebe", "versprechen")
      ])
    #expect(
      try quotes("Die Eltern begrüßten den Beschluss als „überfälligen Schritt“.", lang: "de") == [
        Q("überfälligen Schritt", "Die Eltern", "begrüßten")
      ])
  }

  /// A German speaker keeps a place or institution attached to the name ("vom Hotel …", "aus
  /// Trier", "von der Kanzlei …") and a party in parentheses, not a time or the cue's object;
  /// a pronoun later resolves to the name alone.
  /// A noun that is always feminine ("-ung", "-ei", "-schaft", …) after "der" is a dative or genitive, never the
  /// subject: after the verb it is the cue's object, and after a name (which takes no genitive) it ends the speaker.
  @Test func germanFeminineDativeIsNoSpeaker() throws {
    #expect(
      try quotes("Merz warf der Regierung vor: „Das ist ein Skandal.“", lang: "de") == [
        Q("Das ist ein Skandal.", "Merz", "warf")
      ])
    #expect(
      try quotes("„Das ist ein Skandal“, warf Friedrich Merz der Bundesregierung vor.", lang: "de") == [
        Q("Das ist ein Skandal", "Friedrich Merz", "warf")
      ])
    // (a role takes the genitive: the phrase goes on)
    #expect(
      try quotes("„Das ist ein Skandal“, sagte Leiterin der Abteilung Müller.", lang: "de") == [
        Q("Das ist ein Skandal", "Leiterin der Abteilung Müller", "sagte")
      ])
    #expect(
      try quotes("Dazu sagte der Sprecher der Regierung: „Wir prüfen das.“", lang: "de") == [
        Q("Wir prüfen das.", "der Sprecher der Regierung", "sagte")
      ])
  }

  /// A medium named with capitalised adjectives before its noun after a determiner of the dative is whom the words
  /// were said to, as the bare medium is ("sagte Merz der Zeitung").
  @Test func germanMediumNamedWithItsAdjectives() throws {
    #expect(
      try quotes("„Die Lage ist ernst“, teilte die Polizei der Deutschen Presse-Agentur mit.", lang: "de") == [
        Q("Die Lage ist ernst", "die Polizei", "teilte")
      ])
    #expect(
      try quotes("„Die Lage ist ernst“, sagte Merz der Süddeutschen Zeitung am Montag.", lang: "de") == [
        Q("Die Lage ist ernst", "Merz", "sagte")
      ])
    #expect(
      try quotes("„Die Lage ist ernst“, sagte der Sprecher der Deutschen Bahn.", lang: "de") == [
        Q("Die Lage ist ernst", "der Sprecher der Deutschen Bahn", "sagte")
      ])
  }

  @Test func germanSubjectAfterAModalBehindAnIndirectQuestion() throws {
    #expect(
      try quotes("Wann es zuletzt so weit gekommen war, konnte Kohler nicht sagen: „Daran kann ich mich nicht erinnern.“", lang: "de") == [
        Q("Daran kann ich mich nicht erinnern.", "Kohler", "sagen")
      ])
    #expect(
      try quotes("Ob das stimmt, wollte der Sprecher des Ministeriums nicht sagen: „Dazu äußern wir uns nicht.“", lang: "de") == [
        Q("Dazu äußern wir uns nicht.", "der Sprecher des Ministeriums", "sagen")
      ])
  }

  @Test func germanClauseAfterANamingCueHasNoSpeaker() throws {
    // "und" after the participle opens the clause's next verb: the subject is before the marks.
    #expect(
      try quotes("Der CDU-Politiker hatte die Lage als „grottenschlecht“ bezeichnet und vor allem Merkel kritisiert.", lang: "de") == [
        Q("grottenschlecht", "Der CDU-Politiker", "bezeichnet")
      ])
    // A person by role or name opening the clause of a naming verb is its subject; the name after the verb its object.
    #expect(
      try quotes("Die grüne Klubobfrau Sigrid Maurer bezeichnete Kickls Worte als „Hetze“.", lang: "de") == [
        Q("Hetze", "Die grüne Klubobfrau Sigrid Maurer", "bezeichnete")
      ])
    #expect(
      try quotes("Die Kanzlerin nannte Minister Schulz einen „Versager“.", lang: "de") == [
        Q("Versager", "Die Kanzlerin", "nannte")
      ])
    #expect(
      try quotes("Die Pläne bezeichnete Minister Schulz als „Unsinn“.", lang: "de") == [
        Q("Unsinn", "Minister Schulz", "bezeichnete")
      ])
  }

  @Test func germanLeadWordsAreNoSpeakers() throws {
    // A conjunction before the colon leads into the words; the verb of conviction after them has the speaker.
    #expect(
      try quotes("Mit Clinton habe sie gearbeitet. Denn: «Frauen sind eher geneigt, zu einen als zu spalten», ist die Westschweizerin überzeugt.", lang: "de") == [
        Q("Frauen sind eher geneigt, zu einen als zu spalten", "die Westschweizerin", "ist")
      ])
    #expect(
      try quotes("Genau das meint der Volksmund mit dem Spruch: »Vor Gericht ist man allein.«", lang: "de") == [
        Q("Vor Gericht ist man allein.", "der Volksmund", "meint")
      ])
    #expect(
      try quotes("Da sagte mein Mann: «Sie greifen Kiew an!»", lang: "de") == [
        Q("Sie greifen Kiew an!", "mein Mann", "sagte")
      ])
  }

  @Test func datelineOnTheLineOfTheText() throws {
    #expect(
      try quotes(" date 2019-10 Der Vizekanzler bezeichnet die Kritik als „unangemessen“.", lang: "de") == [
        Q("unangemessen", "Der Vizekanzler", "bezeichnet")
      ])
    #expect(
      try quotes("KØBENHAVN, 14. marts 2024 — Ministeren siger: »Vi er klar.«", lang: "da") == [
        Q("Vi er klar.", "Ministeren", "siger")
      ])
    #expect(
      try quotes("BERLIN, 3. März 2024 – Der Minister sagte: „Wir sind bereit.“", lang: "de") == [
        Q("Wir sind bereit.", "Der Minister", "sagte")
      ])
  }

  @Test func germanOrdinalInsideASpeaker() throws {
    #expect(
      try quotes("Der Trainer des 1. FC Köln sagte: „Wir sind bereit.“", lang: "de") == [
        Q("Wir sind bereit.", "Der Trainer des 1. FC Köln", "sagte")
      ])
    #expect(
      try quotes("„Wir sind bereit“, sagte der Trainer des 1. FC Köln am Montag.", lang: "de") == [
        Q("Wir sind bereit", "der Trainer des 1. FC Köln", "sagte")
      ])
    // A determiner after the number opens a new sentence.
    #expect(
      try quotes("Sie wurde 3. Die Siegerin sagte: „Wir sind bereit.“", lang: "de") == [
        Q("Wir sind bereit.", "Die Siegerin", "sagte")
      ])
  }

  @Test func germanSubjectBeforeItsObjectAndAfterItsAuxiliary() throws {
    // A determiner that is never a genitive's opens the object after the subject.
    #expect(
      try quotes("Kurz darauf veröffentlichte der Verein eine Stellungnahme: „Wir sind bereit.“", lang: "de") == [
        Q("Wir sind bereit.", "der Verein", nil)
      ])
    #expect(
      try quotes("Er habe ihm eine Kopfnuss verpasst. „Der ist krank!“, hätten die Eltern gerufen.", lang: "de") == [
        Q("Der ist krank!", "die Eltern", "hätten gerufen")
      ])
  }

  @Test func germanNameAfterAnAdverbStaysWhole() throws {
    #expect(
      try quotes("„Die Klasse leidet“, sagt auch Peter Müller, Elternsprecher der 2a.", lang: "de") == [
        Q("Die Klasse leidet", "Peter Müller", "sagt")
      ])
    #expect(
      try quotes("„Die Klasse leidet“, sagte zudem Britta Augustin.", lang: "de") == [
        Q("Die Klasse leidet", "Britta Augustin", "sagte")
      ])
    // (after a preposition the capitalised word is its object)
    #expect(
      try quotes("„Die Klasse leidet“, sagte am Montag Peter Müller.", lang: "de") == [
        Q("Die Klasse leidet", "Peter Müller", "sagte")
      ])
  }

  @Test func germanNextSentenceNamesTheWordsItsSource() throws {
    #expect(
      try quotes("Er warnte vor der Gefahr.\n\n„Wer Medizin und Ökonomie gegeneinander ausspielt, stiehlt sich aus der Verantwortung.“ Dieses Statement kommt von Professor Heinz Lohmann, Gesundheitsunternehmer.", lang: "de") == [
        Q("Wer Medizin und Ökonomie gegeneinander ausspielt, stiehlt sich aus der Verantwortung.", "Professor Heinz Lohmann", "Dieses Statement kommt")
      ])
    #expect(
      try quotes("Ärzte-Manager\n\n„Gesundheit ist ein primäres Gemeingut.“ Diesen Satz hat Papst Franziskus in seiner Botschaft geschrieben.", lang: "de") == [
        Q("Gesundheit ist ein primäres Gemeingut.", "Papst Franziskus", "Diesen Satz hat")
      ])
  }

  @Test func germanLabelWithARankInParentheses() throws {
    #expect(
      try quotes("Markus Eisenbichler (GER/1.): „Ich habe gewusst.“\n\nKarl Geiger (GER/2.): „Es ist ein unglaublicher Tag heute.“", lang: "de") == [
        Q("Ich habe gewusst.", "Markus Eisenbichler", nil),
        Q("Es ist ein unglaublicher Tag heute.", "Karl Geiger", nil),
      ])
    #expect(
      try quotes("Unmittelbar nach dem Bewerb kann es der 22-Jährige selbst kaum glauben: „Ich weiß nicht, was los ist.“", lang: "de") == [
        Q("Ich weiß nicht, was los ist.", "der 22-Jährige", "glauben")
      ])
  }

  @Test func germanNounPhrasesAreNoNamesToResolveTo() throws {
    // A noun with a genitive or a feminine noun with "von" names no person; a noun with "von" and a
    // full name names that person.
    #expect(
      try quotes("SPD-Chef Thorsten Schäfer-Gümbel griff die Grünen an. Der Angriff der SPD laufe ins Leere. „Das ist falsch“, sagte er.", lang: "de") == [
        Q("Das ist falsch", "er", "sagte", resolved: "Thorsten Schäfer-Gümbel")
      ])
    #expect(
      try quotes("„Bitter, bitter“, waren die ersten Worte von Yasin Ehliz nach der Pleite. „Wir müssen gewinnen“, fügte er hinzu.", lang: "de")
        .last == Q("Wir müssen gewinnen", "er", "fügte", resolved: "Yasin Ehliz"))
  }

  @Test func germanCoordinatedCueKeepsTheEarlierCuesSubject() throws {
    #expect(
      try quotes("Die Grünen seien auch nicht fortschrittlich, sagte Schäfer-Gümbel und fügte hinzu: „Ich erlebe sie eher als autoritär.“", lang: "de") == [
        Q("Ich erlebe sie eher als autoritär.", "Schäfer-Gümbel", "fügte hinzu")
      ])
    // ("wörtlich" after a cue and its subject is how it was said, no cue of its own)
    #expect(
      try quotes("Als er von Journalisten befragt wurde, entgegnete er wörtlich:\n\n«Diese Äußerungen sind falsch.»", lang: "de") == [
        Q("Diese Äußerungen sind falsch.", "er", "entgegnete")
      ])
    #expect(
      try quotes("Diesen Vorwurf wiederum wollte CDU-Fraktionsvorsitzender Hermann Beutel so nicht stehenlassen: „Die CDU hat nie Radwege abgelehnt.“", lang: "de") == [
        Q("Die CDU hat nie Radwege abgelehnt.", "CDU-Fraktionsvorsitzender Hermann Beutel", nil)
      ])
    #expect(
      try quotes("Unterdessen hat Jürgen Trittin die Kritik als „faktenfreies Gelaber“ bezeichnet.", lang: "de") == [
        Q("faktenfreies Gelaber", "Jürgen Trittin", "bezeichnet")
      ])
  }

  @Test func germanSubjectAfterAReflexiveOrAFrontedPreposition() throws {
    #expect(
      try quotes("Im sozialen Netzwerk Facebook erklärte sich Klaus Johannis zum Sieger: „Wir haben gesiegt.“", lang: "de") == [
        Q("Wir haben gesiegt.", "Klaus Johannis", "erklärte")
      ])
    #expect(
      try quotes("Aufgrund des klaren Ergebnisses musste Slomka die Qualität des Gegners anerkennen: „Wir haben verloren.“", lang: "de") == [
        Q("Wir haben verloren.", "Slomka", nil)
      ])
    // A later cue of the sentence attributes the marked words before it, past other marked words.
    #expect(
      try quotes("Sie sei gespannt, welche „Schatztruhe an Forschung“ die „erste Mission in eine Metall-Welt“ einbringen werde, sagte Nasa-Managerin Nicola Fox.", lang: "de") == [
        Q("Schatztruhe an Forschung", "Nasa-Managerin Nicola Fox", "sagte"),
        Q("erste Mission in eine Metall-Welt", "Nasa-Managerin Nicola Fox", "sagte"),
      ])
  }

  @Test func datelineIsNoSpeaker() throws {
    #expect(
      try quotes(" date 2023-03\n\n„Wieso um alles in der Welt sollte China beschuldigt werden?“", lang: "de") == [
        Q("Wieso um alles in der Welt sollte China beschuldigt werden?", nil, nil)
      ])
    #expect(
      try quotes(" date 2023-03 „Wieso um alles in der Welt sollte China beschuldigt werden?“", lang: "de") == [
        Q("Wieso um alles in der Welt sollte China beschuldigt werden?", nil, nil)
      ])
  }

  @Test func germanNamesWithParticlesAndAttributesWithNumbers() throws {
    #expect(
      try quotes("„Rettungskräfte haben Trümmerteile gefunden“, sagte der Chef der Flugunfallbehörde, Ajman al-Mokdam.", lang: "de") == [
        Q("Rettungskräfte haben Trümmerteile gefunden", "der Chef der Flugunfallbehörde, Ajman al-Mokdam", "sagte")
      ])
    // (an adjective opened by a number is a plain attribute: the object after the noun is no part of the speaker)
    #expect(
      try quotes("„Roger war heute einfach zu gut“, zollte der 26-jährige Australier seinem Bezwinger Tribut.", lang: "de") == [
        Q("Roger war heute einfach zu gut", "der 26-jährige Australier", "zollte")
      ])
    // (a word of time after the verb is passed over to the subject)
    #expect(
      try quotes("„Die Abholzung wird nicht aufhören“, erklärte vergangene Woche der Präsident von Brasilien, Jair Bolsonaro.", lang: "de") == [
        Q("Die Abholzung wird nicht aufhören", "der Präsident von Brasilien, Jair Bolsonaro", "erklärte")
      ])
  }

  @Test func germanSourceAfterAPrepositionWithItsArticleFusedOn() throws {
    #expect(
      try quotes("„Wir sind genauso enttäuscht“, heißt es im Bericht der Mannschaft.", lang: "de") == [
        Q("Wir sind genauso enttäuscht", "Bericht der Mannschaft", "heißt es im")
      ])
    // (an adjective before the noun: the words stay a quotation, not a name "heißt")
    #expect(
      try quotes("„Wir sind genauso enttäuscht“, heißt es im offiziellen Account der Mannschaft.", lang: "de") == [
        Q("Wir sind genauso enttäuscht", "offiziellen Account der Mannschaft", "heißt es im")
      ])
  }

  @Test func germanOwnerInTheGenitiveAndSpeechNounLabels() throws {
    #expect(
      try quotes("„Die Hütte brennt“, warnte Bayerns größter Lehrerverband BLLV 2019.", lang: "de") == [
        Q("Die Hütte brennt", "Bayerns größter Lehrerverband BLLV", "warnte")
      ])
    #expect(
      try quotes("„Die Regierung erhöht den Druck“, mahnte Amnestys stellvertretender Leiter für den Nahen Osten, James Lynch, am Freitag.", lang: "de") == [
        Q("Die Regierung erhöht den Druck", "Amnestys stellvertretender Leiter für den Nahen Osten, James Lynch", "mahnte")
      ])
    // (a noun of speech as the label names no one: the speaker before goes on)
    #expect(
      try quotes("Mats Hummels sagte: „Es ist schwierig.“\n\nNachsatz: „Ab der 65. haben wir die Struktur verloren.“", lang: "de") == [
        Q("Es ist schwierig.", "Mats Hummels", "sagte"),
        Q("Ab der 65. haben wir die Struktur verloren.", "Mats Hummels", "sagte"),
      ])
  }

  @Test func germanSubjectAfterAVerbRightAfterAComma() throws {
    #expect(
      try quotes("Völliger Quatsch, stellte die Sängerin via Twitter klar und warf dem Veranstalter vor: „Ich habe nie gelogen.“", lang: "de") == [
        Q("Ich habe nie gelogen.", "die Sängerin", "warf")
      ])
    // (two commas enclose an apposition of the subject before the verb)
    #expect(
      try quotes("Jurypräsident Hans-Werner Lipp, selbst Regisseur, lobte das Werk als „Film von großer Stille“.", lang: "de") == [
        Q("Film von großer Stille", "Jurypräsident Hans-Werner Lipp", "lobte")
      ])
  }

  @Test func germanQuotationIsNotCutAtAVerbSecondClause() throws {
    // German closes its marks around an attribution: a verb-second clause inside them is part of the words.
    #expect(
      try quotes("„Als wir die Küstenwache kontaktierten, bestätigten sie den Erhalt unserer E-Mail, brachen aber das Gespräch ab“, erklärte Alarm Phone.", lang: "de") == [
        Q("Als wir die Küstenwache kontaktierten, bestätigten sie den Erhalt unserer E-Mail, brachen aber das Gespräch ab", "Alarm Phone", "erklärte")
      ])
  }

  @Test func germanBareNameBeforeANamingVerbIsItsSubject() throws {
    // A name met for the first time, bare, before the verb: the phrase after the verb is what it names.
    #expect(
      try quotes("Scholz bezeichnete die Pläne als „Unsinn“.", lang: "de") == [Q("Unsinn", "Scholz", "bezeichnete")])
    #expect(
      try quotes("Merkel, die am Montag mit Macron sprach, nannte das Treffen „sehr gut“.", lang: "de") == [
        Q("sehr gut", "Merkel", "nannte")
      ])
    #expect(
      try quotes("Merkel kritisierte die „völlig überzogenen“ Forderungen.", lang: "de") == [
        Q("völlig überzogenen", "Merkel", "kritisierte")
      ])
    // (a determiner before the verb is its object's)
    #expect(try quotes("Das nannte der Minister „Unsinn“.", lang: "de") == [Q("Unsinn", "der Minister", "nannte")])
  }

  @Test func germanRelativeClauseWithCommasOfItsOwn() throws {
    #expect(
      try quotes("Trump, der mit seiner Familie, einschließlich seiner Frau Melania und Tochter Ivanka, sprach, versprach den Wählern ein „goldenes Zeitalter“.", lang: "de") == [
        Q("goldenes Zeitalter", "Trump", "versprach")
      ])
  }

  @Test func germanSpeakerAttachments() throws {
    #expect(
      try quotes("Ralph Senkel vom Hotel Sängerhof Königswinter kommentierte: „Wir haben alle Rabatte gestrichen.“", lang: "de") == [
        Q("Wir haben alle Rabatte gestrichen.", "Ralph Senkel vom Hotel Sängerhof Königswinter", "kommentierte")
      ])
    #expect(
      try quotes("Bundesbildungsministerin Edelgard Bulmahn (SPD) nannte das Gerangel „ein Stück aus dem Tollhaus“.", lang: "de") == [
        Q("ein Stück aus dem Tollhaus", "Bundesbildungsministerin Edelgard Bulmahn (SPD)", "nannte")
      ])
    #expect(
      try quotes("Wie Oberbürgermeister Bertram Hilgen (SPD) heute sagte, sei das „ein guter Tag“.", lang: "de") == [
        Q("ein guter Tag", "Oberbürgermeister Bertram Hilgen (SPD)", "sagte")
      ])
    let text =
      "„Unsere Tiere sind gesund“, sagte Landwirt Heiner Osterkamp aus Wilmsdorf. "
      + "„Niemand soll seinen Betrieb verlieren“, sagte er."
    #expect(
      try quotes(text, lang: "de") == [
        Q("Unsere Tiere sind gesund", "Landwirt Heiner Osterkamp aus Wilmsdorf", "sagte"),
        Q("Niemand soll seinen Betrieb verlieren", "er", "sagte", resolved: "Landwirt Heiner Osterkamp"),
      ])
    // (not a time or the cue's object after it)
    #expect(
      try quotes("Anna Kühn aus Trier sagte am Montag: „Wir bleiben hier.“", lang: "de") == [
        Q("Wir bleiben hier.", "Anna Kühn aus Trier", "sagte")
      ])
    #expect(
      try quotes("„Wir bleiben hier“, sagte Anna Kühn aus Trier am Montag der Zeitung.", lang: "de") == [
        Q("Wir bleiben hier", "Anna Kühn aus Trier", "sagte")
      ])
    // (a name particle joined by a hyphen: "al-Faki")
    #expect(
      try quotes("Muhammad al-Faki Suleiman sagte: „Wir führen diesen Krieg nicht.“", lang: "de") == [
        Q("Wir führen diesen Krieg nicht.", "Muhammad al-Faki Suleiman", "sagte")
      ])
  }

  // MARK: - Multilingual check set

  /// Fixtures/quotes_multi_check.jsonl (tools/quotes/check_set_multi.py): whole fictional news
  /// articles in several languages, written for this project (our own data, free to use like
  /// CC0) and annotated by hand before the stage ran on them: each language's marks (« » with the
  /// French spaces, »…« in Danish, «…». in Spanish, straight and curly quotes in English), dash
  /// quotes (Danish `- `, French and Spanish dialogue dashes with incises), inverted attribution
  /// ("a-t-il affirmé", "siger han", "dijo el alcalde"), clitic and dropped subject pronouns
  /// ("confie-t-elle", "«…», contó.", "„…” – dodał.", "وأضاف: «…»"), the verb before its subject
  /// ("وقال وزير الخارجية …"), a dative after the cue ("powiedział Janowi Kowalskiemu"), speech
  /// dashes inside a paragraph (Polish), speakers named sentences or paragraphs before a quotation
  /// without a cue, holders of a view ("Pour X, « … »"), titles, names and scare quotes that are
  /// no quotations. Scored like the suites (exact spans, word overlap ≥ 0.5 one-to-one, speaker
  /// equal after leading determiners or sharing the head word); a pronoun's `speaker_resolved`
  /// must contain the annotated name. The thresholds are the scores reached; they must not drop.
  @Test func multilingualCheckSetScores() throws {
    let path = packageRoot + "/Tests/NLPHostTests/Fixtures/quotes_multi_check.jsonl"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    struct Score {
      var gold = 0, pred = 0, exact = 0, overlap = 0
      var speakerN = 0, speakerOK = 0, resolvedN = 0, resolvedOK = 0
    }
    var by: [String: Score] = [:]
    for line in lines {
      let rec = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let text = rec["text"] as! String
      // (each later batch, check-multi2/…, check-multi3/…, is scored apart under its number: "en2", "de3", …)
      let id = rec["id"] as! String
      let lang = (rec["lang"] as! String) + id.dropFirst("check-multi".count).prefix(while: { $0.isNumber })
      let doc = try runChain("langid|quotes", text: text, id: rec["id"] as! String)
      let scalars = Array(text.unicodeScalars)
      var utf8At = [0]
      for u in scalars { utf8At.append(utf8At.last! + String(u).utf8.count) }
      let g: [(s: Int, e: Int, speaker: String?, resolved: String?)] =
        (rec["gold"] as! [[String: Any]]).map {
          (
            utf8At[$0["start"] as! Int], utf8At[$0["end"] as! Int], $0["speaker"] as? String,
            $0["resolved"] as? String
          )
        }
      let p = doc.annotations.filter { $0.type == "quote" }.map {
        (s: $0.start, e: $0.end, speaker: $0.attrs["speaker"]?.stringValue,
         resolved: $0.attrs["speaker_resolved"]?.stringValue)
      }
      var sc = by[lang] ?? Score()
      sc.gold += g.count
      sc.pred += p.count
      sc.exact += g.filter { gq in p.contains { $0.s == gq.s && $0.e == gq.e } }.count
      for gq in g {
        guard let want = gq.resolved else { continue }
        sc.resolvedN += 1
        if let got = p.first(where: { $0.s == gq.s && $0.e == gq.e })?.resolved,
          got.contains(want) || want.contains(got)
        { sc.resolvedOK += 1 }
      }
      let bytes = Array(text.utf8)
      var pairs: [(ov: Double, gi: Int, pi: Int)] = []
      for (gi, gq) in g.enumerated() {
        let tg = Self.wordTokens(bytes, gq.s, gq.e)
        for (pi, pq) in p.enumerated() where pq.e > gq.s && pq.s < gq.e {
          let tp = Self.wordTokens(bytes, pq.s, pq.e)
          guard !tg.isEmpty, !tp.isEmpty else { continue }
          let ov = Double(tg.intersection(tp).count) / Double(max(tg.count, tp.count))
          if ov >= 0.5 { pairs.append((ov, gi, pi)) }
        }
      }
      var usedG = Set<Int>(), usedP = Set<Int>()
      for pr in pairs.sorted(by: { $0.ov > $1.ov })
      where !usedG.contains(pr.gi) && !usedP.contains(pr.pi) {
        usedG.insert(pr.gi)
        usedP.insert(pr.pi)
        sc.overlap += 1
        if let gs = g[pr.gi].speaker {
          sc.speakerN += 1
          if Self.sameSpeaker(p[pr.pi].speaker, gs, dets: Self.multiDets) { sc.speakerOK += 1 }
        }
      }
      by[lang] = sc
    }
    // Reached on the first batch: every quotation found with its exact span; one speaker missed (Italian "don Paolo
    // Ingrao", a lowercase honorific); one pronoun of 64 resolved to a place ("the oldest
    // resident of Little Hanford").
    // lang: (gold, exact, speakerOK, resolvedOK)
    let reached: [String: (Int, Int, Int, Int)] = [
      "en": (46, 46, 46, 16), "da": (36, 36, 36, 14), "fr": (43, 43, 43, 17), "es": (42, 42, 42, 0),
      "sv": (17, 17, 17, 6), "nb": (16, 16, 16, 6), "it": (18, 18, 17, 0), "pt": (18, 18, 18, 0),
      "nl": (18, 18, 18, 4),
      // Polish and Arabic (first run: pl 34 of 44 exact, speakers 20 of 34; ar 37 of 42, 31 of 37;
      // open: the nested ‚…’ inside „…”, a speaker named in a colon sentence with an adjective
      // apposition, "وقال أحدهم، ويدعى …", and a surname subject before a pro-drop cue).
      "pl": (45, 44, 42, 0), "ar": (42, 42, 41, 0),
      // The second batch (multi2_LANG.py), written after the stage had been fixed on the first.
      // First pass on it (unseen text): en 52/52 exact, speakers 52/52, pronouns 22/24; da 42/42,
      // 39/42, 16/17; fr 43/49, 39/43, 17/26; es 39/39 (one continuation after "—contó—." then
      // unannotated), 36/39, 3/3; sv 42/42, 37/42, 15/17. Open: a one-word partial quotation
      // ("s'est dite « soulagée »"), the speech after a French dash quote's attribution, a pronoun
      // resolved to a role ("la ministre"), a lone first name in apposition ("Carol"), the subject
      // of "calificó la reforma de «…»".
      "en2": (52, 52, 52, 23), "da2": (42, 42, 42, 17), "fr2": (49, 47, 46, 22),
      "es2": (40, 40, 39, 3), "sv2": (42, 42, 42, 17),
      // The third batch (multi3_LANG.py): 13 block quotations that lost their marks after a colon
      // and 16 colons before a list, table, programme, headline, interview question or a plain
      // statement (no quotation). First pass: none of the 13 found (no false positive).
      "de3": (4, 4, 4, 1), "en3": (3, 3, 3, 1), "da3": (2, 2, 2, 0), "fr3": (2, 2, 2, 0),
      "es3": (2, 2, 2, 0),
      // The fourth batch (multi4_LANG.py): what stands between a cue and the marks or after an
      // inverted speaker. First pass: 19 of 21 found (French "ont répondu" and Portuguese
      // "informou" were no cues), 9 of the 19 speakers as written ("The airline said" before "in a
      // statement", "she" after "said" behind a fronted phrase, "Shop" of "Shop owner Peter Grant
      // disagreed:", "att"/"at" after the cue, a weekday or "is" in Dutch and English speakers).
      "en4": (6, 6, 6, 1), "da4": (2, 2, 2, 0), "fr4": (2, 2, 2, 0), "es4": (1, 1, 1, 0),
      "sv4": (3, 3, 3, 0), "nb4": (2, 2, 2, 0), "pt4": (1, 1, 1, 0), "nl4": (4, 4, 4, 0),
      // The fifth batch (multi5_LANG.py): appositions after an inverted speaker, sources after
      // "according to", "d'après", "según", "enligt", "według", "aldus", "lyder det fra". First pass
      // (three annotations against the set's conventions corrected first): 21 of 22 found (Italian
      // "commentano" was no cue), speakers by the head word 20 of 21 (Norwegian "politiet" named
      // no speaker), 14 of 21 as written (the description after a name was cut off, "a statement
      // from the coastguard" at "from", "el portavoz de …, Luis Otero" at the comma).
      "en5": (5, 5, 5, 0), "da5": (2, 2, 2, 1), "fr5": (3, 3, 3, 0), "es5": (2, 2, 2, 0),
      "sv5": (2, 2, 2, 0), "nb5": (2, 2, 2, 1), "it5": (2, 2, 2, 0), "nl5": (2, 2, 2, 0),
      "pl5": (2, 2, 2, 0),
      // The sixth batch (multi6_LANG.py): a medium or news agency after the cue, a headline label,
      // a quotation over two paragraphs, pronouns after two names. First pass (one annotation
      // against the set's conventions corrected first): 16 of 17 found (French "a-t-elle promis"
      // was no cue), speakers by the head word 15 of 16, as written 12 of 16 ("dijo a EFE la
      // portavoz" lost its article, "disse à Lusa o comandante" gave none, "all'ANSA" stayed in).
      // Open: Danish "hun" resolved to the man named last, not to the woman named before him.
      "en6": (5, 5, 5, 3), "da6": (2, 2, 2, 0), "fr6": (2, 2, 2, 1), "es6": (2, 2, 2, 0),
      "it6": (1, 1, 1, 0), "pt6": (1, 1, 1, 0), "nl6": (2, 2, 2, 0),
      // The seventh batch (multi7_LANG.py), written after a probe of news phrases had found its
      // shapes ("Per the ministry," gave no speaker, "Anne Hidalgo, maire de Paris, dans un
      // entretien" lost the description, a time such as "este martes" or "nesta terça-feira" between
      // the cue and the subject left no speaker).
      "en7": (1, 1, 1, 0), "fr7": (1, 1, 1, 0), "es7": (1, 1, 1, 0), "pt7": (1, 1, 1, 0),
      // The eighth batch (multi8_LANG.py), likewise: an apposition between two commas after a
      // quotation ("“…,” the company's lawyer, James Wu, said": the quotation was dropped whole),
      // and "pleaded".
      "en8": (3, 3, 3, 0),
      // The ninth batch (multi9_LANG.py), likewise: roles written as compounds in the definite form
      // ("siger beskæftigelsesministeren", "säger finansministern": no speaker), an adverbial phrase
      // between an inverted cue and its subject ("juge pour sa part l'intersyndicale": no speaker, and
      // "juge" was no cue), "while" words ending the speaker phrase ("mens", "medan", "mientras",
      // "mentre", "enquanto"). First pass: 10 of 11 found, 7 of 10 speakers by the head word.
      "da9": (2, 2, 2, 0), "fr9": (2, 2, 2, 0), "es9": (1, 1, 1, 0), "sv9": (2, 2, 2, 0), "nb9": (2, 2, 2, 0),
      "it9": (1, 1, 1, 0), "pt9": (1, 1, 1, 0),
      // The tenth batch (multi10_LANG.py), likewise: a word of time alone between an inverted cue
      // and its subject ("garantiu ontem o comandante", "a indiqué mardi l'adjoint"), a source
      // followed by its sentence's verb ("Enligt åklagaren är …" ran on to the verb) and the cues
      // "przekazała", "tuona", "confirmó", "anunciou". First pass: 7 of 10 found, 5 of 7 speakers by
      // the head word. ("l'adjoint au maire" was cut at "au", the speaker "l'adjoint", until "au" and "aux"
      // became French linkers.)
      "da10": (1, 1, 1, 0), "fr10": (1, 1, 1, 0), "es10": (1, 1, 1, 0), "sv10": (1, 1, 1, 0), "nb10": (1, 1, 1, 0),
      "it10": (2, 2, 2, 0), "pt10": (2, 2, 2, 0), "pl10": (1, 1, 1, 0),
      // The eleventh batch (multi11_LANG.py), likewise: a participle clause fronted before the subject
      // of a cue before a colon ("Pressed on the timetable, the chancellor said:", "Gevraagd naar de
      // kosten, zei de wethouder:"). First pass: 9 of 9 found, speakers by the head word 6 of 9, as
      // written 4 of 9 (the clause stayed in the speaker; in Danish, Dutch and Swedish its participle
      // was the speaker).
      "en11": (1, 1, 1, 0), "da11": (1, 1, 1, 0), "fr11": (1, 1, 1, 0), "es11": (1, 1, 1, 0), "sv11": (1, 1, 1, 0),
      "it11": (1, 1, 1, 0), "pt11": (1, 1, 1, 0), "nl11": (1, 1, 1, 0), "pl11": (1, 1, 1, 0),
      // The twelfth batch (multi12_LANG.py), likewise: a fronted adverbial, its comma and the subject
      // before the cue, and a reported clause or an infinitive after it ("After the vote, the mayor
      // said she was “relieved”", "Tras la reunión, el sindicato aseguró estar «satisfecho»"). Before
      // the change 5 of 5 found, 1 of 5 speakers as written (the infinitive after the cue was taken
      // for the subject: "estar", "di essere", "se sentir").
      "en12": (1, 1, 1, 0), "fr12": (1, 1, 1, 0), "es12": (1, 1, 1, 0), "it12": (1, 1, 1, 0), "pt12": (1, 1, 1, 0),
      // The thirteenth batch (multi13_LANG.py), likewise: naming verbs before a partial quotation in
      // Danish, Swedish and Norwegian ("kallade budgeten ”…”"), "so-called" before a term in a sentence
      // with a cue (no quotation: "pred <= gold" holds it), a role after an adverbial behind a Polish
      // cue, an agency written with "to" in Arabic. Before the change 4 of 5 found, 1 of 4 speakers by
      // the head word, 2 false positives ("så kallade ”flygskatten”", "la cosiddetta «…»").
      "en13": (0, 0, 0, 0), "da13": (1, 1, 1, 0), "sv13": (1, 1, 1, 0), "nb13": (1, 1, 1, 0), "it13": (0, 0, 0, 0),
      "pl13": (1, 1, 1, 0), "ar13": (1, 1, 1, 0),
      // The fourteenth batch (multi14_de.py), likewise: a participle clause fronted before the verb of
      // a German cue before a colon ("Angesprochen auf die Kosten, sagte die Bürgermeisterin:" gave
      // "Angesprochen") and a year before the participle of a split cue ("hatte der Veranstalter 2019
      // versprochen" gave "der Veranstalter 2019"). Before the change 2 of 2 found, 1 of 2 speakers by
      // the head word, 0 of 2 as written.
      "de14": (2, 2, 2, 0),
      // The fifteenth batch (multi15_LANG.py), likewise: reflexive cues ("si è giustificata", "s'est
      // justifié", "justificou-se"), "presumió", and a speaker of one word with its article elided onto
      // it ("l'azienda", "l'élu"). Before the change none of the 4 was found.
      "fr15": (1, 1, 1, 0), "es15": (1, 1, 1, 0), "it15": (1, 1, 1, 0), "pt15": (1, 1, 1, 0),
      // The sixteenth batch (multi16_LANG.py), likewise: a participle phrase set off by commas between
      // the subject and the cue ("The audit, completed last month, warned" gave "The audit,
      // completed"). Before the change 4 of 4 found, 0 of 4 speakers as written (4 by the head word).
      "en16": (1, 1, 1, 0), "es16": (1, 1, 1, 0), "it16": (1, 1, 1, 0), "pt16": (1, 1, 1, 0),
      // The seventeenth batch (multi17_LANG.py), likewise: a source after "ifølge" or "enligt" followed
      // by a modal verb ("Ifølge politiet skal mannen ha vært «…»" ran on to the verb). Before the
      // change 0 of 3 speakers as written (3 by the head word).
      "da17": (1, 1, 1, 0), "sv17": (1, 1, 1, 0), "nb17": (1, 1, 1, 0),
      // The eighteenth batch (multi18_pl.py), likewise: an adverb between an inverted Polish cue and its
      // subject ("stwierdził krótko wojewoda" gave "krótko wojewoda") and a plural cue in the present
      // tense ("mówią rolnicy": the quotation was dropped). Before the change 1 of 2 found, 0 of 2
      // speakers as written.
      "pl18": (2, 2, 2, 0),
    ]
    for (lang, sc) in by.sorted(by: { $0.key < $1.key }) {
      print(
        "quotes check \(lang): gold \(sc.gold) pred \(sc.pred) exact \(sc.exact) overlap \(sc.overlap) "
          + "speaker \(sc.speakerOK)/\(sc.speakerN) resolved \(sc.resolvedOK)/\(sc.resolvedN)")
      guard let r = reached[lang] else {
        Issue.record("no thresholds for \(lang)")
        continue
      }
      #expect(sc.gold == r.0, "\(lang)")
      #expect(sc.pred <= sc.gold, "\(lang): false positives")
      #expect(sc.exact >= r.1, "\(lang): exact spans")
      #expect(sc.overlap >= r.1, "\(lang): overlapping")
      #expect(sc.speakerOK >= r.2, "\(lang): speakers")
      #expect(sc.resolvedOK >= r.3, "\(lang): resolved pronouns")
    }
  }

  /// Leading words the suites drop before comparing speakers (determiners, courtesy titles).
  static let multiDets: Set<String> = [
    "the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "le", "la",
    "les", "l", "el", "los", "las", "o", "os", "det", "en", "et", "mr", "mrs", "ms", "dr", "herr", "frau",
  ]

  /// The byte ranges of the words (letters, digits, underscore) of `s..<e`.
  static func wordTokens(_ b: [UInt8], _ s: Int, _ e: Int) -> Set<Int> {
    var out = Set<Int>()
    let str = String(decoding: b[s..<e], as: UTF8.self)
    var pos = s
    var inWord = false
    for ch in str {
      let w = ch.isLetter || ch.isNumber || ch == "_"
      if w && !inWord { out.insert(pos) }
      inWord = w
      pos += ch.utf8.count
    }
    return out
  }

  /// Speaker agreement as the suites score it: equal words after leading determiners, or the head
  /// word (last before a comma or parenthesis) of one among the words of the other.
  static func sameSpeaker(
    _ pred: String?, _ gold: String,
    dets: Set<String> = [
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "herr", "frau",
    ]
  ) -> Bool {
    guard let pred else { return false }
    func words(_ x: Substring) -> [String] {
      var w = x.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map { $0.lowercased() }
      while let f = w.first, dets.contains(f) { w.removeFirst() }
      return w
    }
    func head(_ x: String) -> String {
      let first = x.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "(" })[0]
      return words(first).last ?? ""
    }
    let pw = words(Substring(pred)), gw = words(Substring(gold))
    if !pw.isEmpty && pw == gw { return true }
    let hg = head(gold), hp = head(pred)
    return (!hg.isEmpty && pw.contains(hg)) || (!hp.isEmpty && gw.contains(hp))
  }
}
