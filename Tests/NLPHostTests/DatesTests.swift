// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing

@testable import NLPHost

/// The `dates` stage: DCT detection, absolute and relative dates, decades, durations.
@Suite struct DatesTests {
  /// Runs the stage over `text` and returns (text, value) of every `date` and the DCT used.
  func dates(
    _ text: String, lang: String? = "en", dct: String? = nil, chain: String = "dates", type: String = "date"
  ) throws -> (spans: [(String, String)], dct: String?) {
    var attrs = Attributes()
    if let lang { attrs["lang"] = .string(lang) }
    if let dct { attrs["dct"] = .string(dct) }
    let doc = try runChain(chain, text: text, attrs: attrs)
    let spans = doc.spans(type).map { ($0.text, $0.attrs["value"].map { "\($0)" } ?? "") }
    var used: String?
    if case .string(let s)? = doc.attrs["dct"] { used = s }
    return (spans, used)
  }

  func sample(_ name: String) throws -> String {
    try String(contentsOfFile: packageRoot + "/samples/" + name, encoding: .utf8)
  }

  func has(_ spans: [(String, String)], _ text: String, _ value: String) -> Bool {
    spans.contains { $0.0 == text && $0.1 == value }
  }

  // MARK: DCT detection, one test per dateline style, on the sample articles

  @Test func dctFromDateHeaderLine() throws {
    let r = try dates(sample("da-havn-udvidelse.txt"), lang: "da")
    #expect(r.dct == "2021-09-02")
    #expect(has(r.spans, "i aftes", "2021-09-01"))
    #expect(has(r.spans, "90'erne", "199X"))
    #expect(has(r.spans, "forrige uge", "2021-W34"))
    // the header line itself is metadata, not a date of the article
    #expect(!r.spans.contains { $0.0 == "2021-09-02" })
  }

  @Test func dctPartialHeaderLine() throws {
    let r = try dates(sample("sv-faerja-installd.txt"), lang: "sv")
    #expect(r.dct == "2021-08")
    #expect(has(r.spans, "den 1 mars 2023", "2023-03-01"))
    #expect(has(r.spans, "1990-talet", "199X"))
    // a weekday cannot be placed exactly in a month-only DCT: it keeps the month
    #expect(has(r.spans, "i måndags", "2021-08"))
  }

  @Test func dctFromCityDateline() throws {
    let r = try dates(sample("da-vindmoelle-protest.txt"), lang: "da")
    #expect(r.dct == "2024-03-14")
    #expect(has(r.spans, "14. marts 2024", "2024-03-14"))
    #expect(has(r.spans, "i går", "2024-03-13"))
    #expect(has(r.spans, "i dag", "2024-03-14"))
  }

  @Test func dctFromFrenchDateline() throws {
    let r = try dates(sample("fr-greve-conducteurs-bus.txt"), lang: "fr")
    #expect(r.dct == "2022-11-14")
    #expect(has(r.spans, "14 novembre 2022", "2022-11-14"))
    #expect(has(r.spans, "mardi dernier", "2022-11-08"))
    #expect(has(r.spans, "les années 90", "199X"))
  }

  @Test func dctFromTitleLine() throws {
    let r = try dates(sample("en-cargo-ship-freed.txt"), lang: "en")
    #expect(r.dct == "2021-08-25")
    #expect(has(r.spans, "25/08/2021", "2021-08-25"))
    #expect(has(r.spans, "tomorrow", "2021-08-26"))
    #expect(has(r.spans, "Wednesday", "2021-08-18"))
  }

  @Test func dctFromNumericFirstLine() throws {
    let r = try dates(sample("da-engelsk-investor-citat.txt"), lang: "da")
    #expect(r.dct == "2022-05-12")
    #expect(has(r.spans, "i onsdags", "2022-05-11"))
    let es = try dates(sample("es-sequia-embalse.txt"), lang: "es")
    #expect(es.dct == "2023-07-03")
    #expect(has(es.spans, "ayer", "2023-07-02"))
    #expect(has(es.spans, "hace dos semanas", "2023-06-19"))
    // a bare month after "before" is the coming one ("Si no llueve antes de octubre, tendremos que ...")
    #expect(has(es.spans, "antes de octubre", "2023-10"))
  }

  /// Dates of the sample articles a careful reader judged wrong in earlier rounds, as they read now.
  @Test func sampleDatesAsAReaderReadsThem() throws {
    // a local spring fair is no Chinese New Year
    let de = try dates(sample("de-brauerei-streik.txt"), lang: "de")
    #expect(de.dct == "2020-02-11")
    #expect(!de.spans.contains { $0.0.contains("Frühlingsfest") })
    #expect(has(de.spans, "den 20. Februar", "2020-02-20"))
    // "in N units" after a share or an amount "in one" unit is how long it took
    let en = try dates(sample("en-record-shop.txt"), lang: "en")
    #expect(!en.spans.contains { $0.0 == "in two years" || $0.0 == "in one day" })
    let enDur = try dates(sample("en-record-shop.txt"), lang: "en", type: "duration")
    #expect(has(enDur.spans, "two years", "P2Y"))
    #expect(has(enDur.spans, "one day", "P1D"))
    // a number word before a relative date counts nothing ("nummer to i fjor")
    let nb = try dates(sample("nb-sjomat-festival.txt"), lang: "nb")
    #expect(nb.spans.filter { $0.0.contains("i fjor") }.map { "\($0.0)=\($0.1)" } == ["i fjor=2024", "i fjor=2024"])
    let nbDur = try dates(sample("nb-sjomat-festival.txt"), lang: "nb", type: "duration")
    #expect(!nbDur.spans.contains { $0.0 == "to i fjor" })
    // "until" places a date without its year after the DCT
    let pl = try dates(sample("pl-most-remont.txt"), lang: "pl")
    #expect(has(pl.spans, "do 30 października", "2021-10-30"))
    // "after three years of construction" is a duration
    let ar = try dates(sample("ar-mahattat-tahliya.txt"), lang: "ar")
    #expect(!ar.spans.contains { $0.0 == "بعد ثلاث سنوات" })
    let arDur = try dates(sample("ar-mahattat-tahliya.txt"), lang: "ar", type: "duration")
    #expect(has(arDur.spans, "ثلاث سنوات", "P3Y"))
  }

  /// The wire items of samples/wire.jsonl: "until", "ab" and a trailing article.
  @Test func sampleWireDates() throws {
    let lines = try sample("wire.jsonl").split(separator: "\n")
    var items: [String: (String, String, String)] = [:]
    for line in lines {
      guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = o["id"] as? String,
        let text = o["text"] as? String, let lang = o["lang"] as? String, let dct = o["dct"] as? String
      else { continue }
      items[id] = (text, lang, dct)
    }
    func run(_ id: String) throws -> [(String, String)] {
      let (text, lang, dct) = try #require(items[id])
      return try dates(text, lang: lang, dct: dct).spans
    }
    #expect(try run("wire-da-0001").map { "\($0.0)=\($0.1)" } == ["i går=2023-04-18", "indtil fredag=2023-04-21", "80'erne=198X"])
    #expect(try run("wire-en-0002").map { "\($0.0)=\($0.1)" } == ["yesterday=2020-11-02", "since the 1990s=199X", "until Thursday=2020-11-05"])
    #expect(try run("wire-de-0003").map { "\($0.0)=\($0.1)" } == ["ab Montag=2024-09-30", "Donnerstag=2024-09-26", "vergangenen Jahr=2023"])
    #expect(try run("wire-es-0004").map { "\($0.0)=\($0.1)" } == ["próximo lunes=2022-03-21", "dentro de cinco años=2027-03-15"])
  }

  @Test func dctOptionAndAttributeOrder() throws {
    // the option beats the attribute, the attribute beats the dateline
    let text = "12/05/2022\n\nThe plant opened yesterday."
    let a = try dates(text, dct: "2020-01-10")
    #expect(a.dct == "2020-01-10")
    #expect(has(a.spans, "yesterday", "2020-01-09"))
    let b = try dates(text, dct: "2020-01-10", chain: "dates(dct=2019-03-01)")
    #expect(b.dct == "2019-03-01")
    #expect(has(b.spans, "yesterday", "2019-02-28"))
    // a full timestamp as metadata: its date part
    let c = try dates("It rained yesterday.", dct: "2013-02-12T04:30:00-02:00")
    #expect(c.dct == "2013-02-12")
    #expect(c.spans.map { $0.0 } == ["yesterday"])
    #expect(c.spans.map { $0.1 } == ["2013-02-11"])
  }

  // MARK: absolute dates in every language

  @Test func absoluteDatesEveryLanguage() throws {
    let cases: [(String, String, String, String)] = [
      ("en", "The bridge closes on March 18, 2024 for repairs.", "March 18, 2024", "2024-03-18"),
      ("en", "He was born on the 2nd of December 1989.", "the 2nd of December 1989", "1989-12-02"),
      ("da", "Det skete 14. marts 2024 om aftenen.", "14. marts 2024", "2024-03-14"),
      ("sv", "Beslutet togs den 1 mars 2023 i fullmäktige.", "den 1 mars 2023", "2023-03-01"),
      ("nb", "Veien ble stengt 7. februar 2022 etter skredet.", "7. februar 2022", "2022-02-07"),
      ("de", "Das Schiff kam am 17. Oktober 2023 zurück.", "17. Oktober 2023", "2023-10-17"),
      ("fr", "La grève a commencé le 3 février 2023 à Paris.", "3 février 2023", "2023-02-03"),
      ("es", "Volvió el 2 de octubre de 2018 a su país.", "2 de octubre de 2018", "2018-10-02"),
      ("it", "La funivia ha riaperto il 15 marzo 2019.", "il 15 marzo 2019", "2019-03-15"),
      ("pt", "O porto fechou a 2 de junho de 2022.", "2 de junho de 2022", "2022-06-02"),
      ("nl", "De dijk werd op 3 november 2020 gesloten.", "3 november 2020", "2020-11-03"),
      ("pl", "Most zamknięto 12 kwietnia 2021 rano.", "12 kwietnia 2021", "2021-04-12"),
      ("ar", "افتتحت المحطة في 15 مارس 2019 رسميا.", "15 مارس 2019", "2019-03-15"),
      ("en", "The file sales_report-2002-10-09.xlsx was lost.", "2002-10-09", "2002-10-09"),
      ("de", "Termin: So 27.02.2022, danach frei.", "So 27.02.2022", "2022-02-27"),
    ]
    for (lang, text, span, value) in cases {
      let r = try dates(text, lang: lang, dct: "2024-06-01")
      #expect(r.spans.count == 1, "\(lang): \(r.spans)")
      #expect(r.spans.first?.0 == span, "\(lang): \(r.spans)")
      #expect(r.spans.first?.1 == value, "\(lang): \(r.spans)")
    }
  }

  @Test func monthYearAndYear() throws {
    let r = try dates("Den anden udvidelse blev indviet i marts 2019, og havnen blev bygget i 1907.", lang: "da", dct: "2021-09-02")
    #expect(r.spans.map { $0.0 } == ["marts 2019", "1907"])
    #expect(r.spans.map { $0.1 } == ["2019-03", "1907"])
  }

  @Test func dayFirstVersusMonthFirst() throws {
    #expect(try dates("Filed 05/11/2018.", lang: "en", dct: "2019-01-01").spans.map { $0.1 } == ["2018-05-11"])
    #expect(try dates("Indleveret 05/11/2018.", lang: "da", dct: "2019-01-01").spans.map { $0.1 } == ["2018-11-05"])
    // plausibility wins over the language's order
    #expect(try dates("Filed 25/08/2021.", lang: "en", dct: "2022-01-01").spans.map { $0.1 } == ["2021-08-25"])
    #expect(try dates("Indleveret 11/20/2018.", lang: "da", dct: "2019-01-01").spans.map { $0.1 } == ["2018-11-20"])
  }

  // MARK: relative dates

  @Test func relativeDatesAgainstTheDCT() throws {
    // 2024-03-14 is a Thursday
    let cases: [(String, String, String, String)] = [
      ("en", "It happened yesterday.", "yesterday", "2024-03-13"),
      ("en", "It happened two days ago.", "two days ago", "2024-03-12"),
      ("en", "We meet next Monday.", "next Monday", "2024-03-18"),
      ("en", "Police came on Monday evening.", "Monday evening", "2024-03-11"),
      ("en", "It was quiet last week.", "last week", "2024-W10"),
      ("da", "Det skete i går.", "i går", "2024-03-13"),
      ("da", "Vi mødtes i mandags.", "i mandags", "2024-03-11"),
      ("da", "Vi ses på søndag.", "på søndag", "2024-03-17"),
      ("fr", "Ils ont manifesté mardi dernier.", "mardi dernier", "2024-03-12"),
      ("es", "Llovió el pasado lunes.", "pasado lunes", "2024-03-11"),
      ("nl", "Dat was vorige week.", "vorige week", "2024-W10"),
      ("de", "Das Schiff kam am Dienstag zurück.", "Dienstag", "2024-03-12"),
      ("de", "Das war gestern.", "gestern", "2024-03-13"),
      ("it", "Lo abbiamo visto ieri.", "ieri", "2024-03-13"),
      ("pt", "Os pescadores protestaram ontem.", "ontem", "2024-03-13"),
      ("sv", "Färjan stod still i tisdags.", "i tisdags", "2024-03-12"),
      ("nb", "Veien ble stengt i går.", "i går", "2024-03-13"),
      ("pl", "Most zamknięto wczoraj.", "wczoraj", "2024-03-13"),
      ("ar", "افتتحت المحطة أمس.", "أمس", "2024-03-13"),
    ]
    for (lang, text, span, value) in cases {
      let r = try dates(text, lang: lang, dct: "2024-03-14")
      #expect(r.spans.map { $0.0 } == [span], "\(lang): \(r.spans)")
      #expect(r.spans.map { $0.1 } == [value], "\(lang): \(r.spans)")
    }
  }

  @Test func directionFuture() throws {
    // 2013-02-12 is a Tuesday
    let r = try dates("monday", dct: "2013-02-12", chain: "dates(direction=future)")
    #expect(r.spans.map { $0.1 } == ["2013-02-18"])
    let past = try dates("monday", dct: "2013-02-12")
    #expect(past.spans.map { $0.1 } == ["2013-02-11"])
  }

  // MARK: partial dates, decades, durations

  @Test func decadesAndDurations() throws {
    let en = try dates("Sales peaked in the 1980s and again in the 'nineties.", lang: "en", dct: "2020-01-01")
    // the article opens the decade ("the 1980s"), as in "los años noventa", "les années 80"
    #expect(en.spans.map { $0.0 } == ["the 1980s", "nineties"])
    #expect(en.spans.map { $0.1 } == ["198X", "199X"])
    let da = try dates("Skolen blev bygget i 1960'erne og har eksisteret i 112 år.", lang: "da", dct: "2019-11")
    #expect(da.spans.map { $0.1 } == ["196X"])
    let d = try dates("Skolen har eksisteret i 112 år.", lang: "da", dct: "2019-11", type: "duration")
    #expect(d.spans.map { $0.0 } == ["112 år"])
    #expect(d.spans.map { $0.1 } == ["P112Y"])
    let de = try dates("Seit den 90er-Jahren wird hier gebraut.", lang: "de", dct: "2020-02-11")
    #expect(de.spans.map { $0.1 } == ["199X"])
  }

  @Test func partialDCT() throws {
    let r = try dates("I dag lukker skolen, og på søndag er der fest.", lang: "da", dct: "2019-11")
    #expect(r.dct == "2019-11")
    #expect(r.spans.map { $0.0 } == ["I dag", "på søndag"])
    #expect(r.spans.map { $0.1 } == ["2019-11", "2019-11"])
  }

  @Test func noDCT() throws {
    let r = try dates("Vi ses mandag, og det skete 3. marts 2024. I går regnede det.", lang: "da", dct: nil)
    #expect(r.dct == nil)
    #expect(r.spans.map { $0.0 } == ["mandag", "3. marts 2024"])
    #expect(r.spans.map { $0.1 } == ["XXXX-WXX-1", "2024-03-03"])
    // the definite weekend alone keeps an underspecified week, as a weekday does
    let w = try dates("Im Dauereinsatz waren am Wochenende Bergretter.", lang: "de", dct: nil)
    #expect(w.spans.map { $0.0 } == ["Wochenende"])
    #expect(w.spans.map { $0.1 } == ["XXXX-WXX-WE"])
  }

  /// The definite weekend alone in the news convention (the most recent one; the DCT's own on a Saturday or Sunday) and
  /// in direction=future (the coming one).
  @Test func definiteWeekend() throws {
    let mon = try dates("Choveu muito no fim de semana.", lang: "pt", dct: "2016-11-07")
    #expect(mon.spans.map { $0.0 } == ["fim de semana"])
    #expect(mon.spans.map { $0.1 } == ["2016-W44-WE"])
    let sun = try dates("Choveu muito no fim de semana.", lang: "pt", dct: "2016-11-13")
    #expect(sun.spans.map { $0.1 } == ["2016-W45-WE"])
    let fut = try dates("Choveu muito no fim de semana.", lang: "pt", dct: "2016-11-07", chain: "dates(direction=future)")
    #expect(fut.spans.map { $0.1 } == ["2016-W45-WE"])
    let text = "Passámos um fim de semana no Porto, e vamos à praia todo fim de semana."
    #expect(try dates(text, lang: "pt", dct: "2016-11-07").spans.isEmpty)
    #expect(try dates(text, lang: "pt", dct: "2016-11-07", type: "duration").spans.map { $0.1 } == ["P1WE"])
  }

  @Test func noLanguageStillFindsNumericDates() throws {
    let r = try dates("Published 2021-09-02, updated 25/08/2021 and yesterday.", lang: nil, dct: "2021-09-10")
    #expect(r.spans.map { $0.0 } == ["2021-09-02", "25/08/2021"])
    #expect(r.spans.map { $0.1 } == ["2021-09-02", "2021-08-25"])
  }

  // MARK: stretches in another language (langid(spans=sentence) marks them; each is read with its own tables)

  /// (text, value) of every annotation of `type` by `stage` in document order.
  func found(_ doc: Document, _ stage: String, _ type: String) -> [String] {
    doc.annotations.filter { $0.stage == stage && $0.type == type }.sorted { $0.start < $1.start }.map {
      "\(doc.text($0.start, $0.end))=\($0.attrs["value"].map { "\($0)" } ?? "")"
    }
  }

  @Test func englishQuoteInDanishArticle() throws {
    let text = """
      Direktøren for selskabet siger, at de vil ansætte flere folk i år. "We expect to hire two hundred people \
      next Monday in our new plant near the harbour," said the investor. Han tilføjer, at planen er klar.
      """
    let doc = try runChain(
      "langid(spans=sentence) | dates | numbers", text: text,
      attrs: ["lang": .string("da"), "dct": .string("2021-09-02")])
    #expect(found(doc, "langid", "language").count == 1)
    #expect(doc.spans("language").first?.attrs["lang"] == .string("en"))
    // 2021-09-02 is a Thursday: next week's Monday
    #expect(found(doc, "dates", "date") == ["i år=2021", "next Monday=2021-09-06"])
    // UTF-8 byte offsets in the document, not in the stretch (ø, æ, å before them take two bytes)
    #expect(doc.annotations.filter { $0.type == "date" }.map { [$0.start, $0.end] } == [[63, 68], [108, 119]])
    #expect(doc.annotations.filter { $0.type == "number" }.map { [$0.start, $0.end] } == [[89, 100]])
    // the quote's number words are English: no Danish "to" = 2 inside it
    #expect(found(doc, "numbers", "number") == ["two hundred=200"])
    #expect(doc.attrs["dct"] == .string("2021-09-02"))
  }

  @Test func ordinalDayDotDoesNotEndTheMarkedSentence() throws {
    // "am 3. März": a full stop before a lowercase letter or a digit ends no sentence, so the German
    // quote is one stretch and its date is read whole with German tables
    let text = """
      Borgmesteren var klar i mælet på mødet i byrådet i aftes, hvor planerne for den nye havn og de mange \
      boliger ved stranden blev drøftet i flere timer. "Wir werden am 3. März eine Entscheidung \
      treffen, und alle Bürger der Stadt werden dann informiert," sagde hun til de fremmødte.
      """
    let doc = try runChain(
      "langid(spans=sentence) | dates", text: text, attrs: ["lang": .string("da"), "dct": .string("2024-02-14")])
    #expect(doc.spans("language").map { $0.attrs["lang"] } == [.string("de")])
    #expect(found(doc, "dates", "date") == ["i aftes=2024-02-13", "3. März=2024-03-03"])
  }

  @Test func englishSentenceInFrenchArticle() throws {
    let text = """
      La société a annoncé lundi la réouverture de l'usine de Vernel, fermée depuis le 12 janvier. Les salariés \
      reprendront le travail dans deux semaines, selon la direction. The British owner said in a statement: "The \
      plant will reopen on March 3 and the first shipments leave next Friday." Le maire de Vernel se réjouit de la \
      nouvelle et recevra les syndicats le 20 février.
      """
    let doc = try runChain(
      "langid(spans=sentence) | dates", text: text, attrs: ["lang": .string("fr"), "dct": .string("2024-02-14")])
    #expect(doc.spans("language").map { $0.attrs["lang"] } == [.string("en")])
    // French before and after the English sentence, English inside it; the DCT is the document's (a Wednesday)
    #expect(
      found(doc, "dates", "date") == [
        "lundi=2024-02-12", "12 janvier=2024-01-12", "dans deux semaines=2024-02-28", "March 3=2024-03-03",
        "next Friday=2024-02-23", "20 février=2024-02-20",
      ])
  }

  @Test func spanishQuoteInGermanArticle() throws {
    let text = """
      Die Reederei hat am Dienstag neue Verhandlungen mit der Gewerkschaft angekündigt, die seit dem 4. Mai streikt. \
      „Volveremos a negociar el próximo martes y esperamos un acuerdo antes del 15 de junio“, sagte der spanische \
      Vertreter der Reederei. Die Gewerkschaft will bis Ende Mai auf eine Antwort warten.
      """
    let doc = try runChain(
      "langid(spans=sentence) | dates", text: text, attrs: ["lang": .string("de"), "dct": .string("2024-05-22")])
    #expect(doc.spans("language").map { $0.attrs["lang"] } == [.string("es")])
    #expect(
      found(doc, "dates", "date") == [
        "Dienstag=2024-05-21", "seit dem 4. Mai=2024-05-04", "próximo martes=2024-05-28",
        "antes del 15 de junio=2024-06-15", "bis Ende Mai=2024-05",
      ])
  }

  @Test func withoutLanguageStretchesTheDocumentLanguageReadsAll() throws {
    // the same Danish text with the quote unmarked: the Danish tables read "next Monday" as nothing
    let text = "Han siger: \"We will hire them next Monday.\" Det sker i år."
    let doc = try runChain("dates", text: text, attrs: ["lang": .string("da"), "dct": .string("2021-09-02")])
    #expect(found(doc, "dates", "date") == ["i år=2021"])
  }

  // MARK: bad input

  @Test func invalidDatesGiveNothing() throws {
    #expect(try dates("Deadline 31/02/2021 passed.", lang: "en", dct: "2021-03-01").spans.isEmpty)
    #expect(try dates("Det var den 32. marts.", lang: "da", dct: "2021-03-01").spans.isEmpty)
    #expect(try dates("2015-1-32 is a wrong date", lang: "en", dct: "2021-03-01").spans.isEmpty)
    #expect(try dates("Tel: +86 138-2010-2015", lang: "en", dct: "2021-03-01").spans.isEmpty)
  }

  @Test func emptyAndDigitsOnly() throws {
    #expect(try dates("", dct: "2021-03-01").spans.isEmpty)
    #expect(try dates("1234567890 98765 000 12 3", dct: "2021-03-01").spans.isEmpty)
  }

  @Test func largeDocument() throws {
    let para = "KIEL – Das Schiff kam am 17. Oktober 2023 zurück, gestern war es noch auf See. 1234 5678.\n"
    let text = String(repeating: para, count: 20_000)
    let r = try dates(text, lang: "de", dct: "2023-10-18")
    #expect(r.spans.count == 40_000)
    #expect(r.spans.first?.1 == "2023-10-17")
  }

  // MARK: round two: holidays of other calendars, spans, spelled-out years

  @Test func holidaysOfOtherCalendars() throws {
    let d = "2013-02-12"
    // Islamic (Umm al-Qura), Hebrew (given as the eve: the day begins at sunset), Chinese
    #expect(try dates("Eid al-Fitr 2018", dct: d).spans.map { $0.1 } == ["2018-06-15"])
    #expect(try dates("Amun Jadid 2018", dct: d).spans.map { $0.1 } == ["2018-09-11"])
    #expect(try dates("Jumu'atul-Wida 2017", dct: d).spans.map { $0.1 } == ["2017-06-23"])
    #expect(try dates("yom kippur 2018", dct: d).spans.map { $0.0 + "=" + $0.1 } == ["yom kippur 2018=2018-09-18"])
    #expect(try dates("yom haatzmaut 2018", dct: d).spans.map { $0.1 } == ["2018-04-18"])
    #expect(try dates("Holocaust Day 2018", dct: d).spans.map { $0.1 } == ["2018-04-11"])
    #expect(try dates("chinese new year's day 2018", dct: d).spans.map { $0.1 } == ["2018-02-16"])
    #expect(try dates("Chinesisches Neujahr", lang: "de", dct: d, chain: "dates(direction=future)").spans.map { $0.1 } == ["2014-01-31"])
    #expect(try dates("last chinese lunar new year's day", dct: d).spans.map { $0.1 } == ["2013-02-10"])
    // Orthodox Easter by the Julian computus
    #expect(try dates("orthodox good friday 2020", dct: d).spans.map { $0.0 + "=" + $0.1 } == ["orthodox good friday 2020=2020-04-17"])
    #expect(try dates("Orthodoxer Palmsonntag 2018", lang: "de", dct: d).spans.map { $0.1 } == ["2018-04-01"])
    #expect(try dates("clean monday 2018", dct: d).spans.map { $0.1 } == ["2018-02-19"])
    // a fixed day that moves off a Sunday; a 365-day calendar
    #expect(try dates("koningsdag 2014", lang: "nl", dct: d).spans.map { $0.1 } == ["2014-04-26"])
    #expect(try dates("Jamshedi Navroz 2018", dct: d).spans.map { $0.1 } == ["2018-08-17"])
  }

  @Test func holidayInRunningText() throws {
    let r = try dates("Die Feiern zum Opferfest 2018 dauerten drei Tage.", lang: "de", dct: "2018-09-01")
    #expect(r.spans.map { $0.0 + "=" + $0.1 } == ["Opferfest 2018=2018-08-21"])
  }

  @Test func wholeInputKeepsItsPreposition() throws {
    // a query that is one date phrase keeps its opening preposition or article
    let d = "2013-02-12"
    let f = "dates(direction=future)"
    #expect(try dates("in 2014", dct: d, chain: f).spans.map { $0.0 + "=" + $0.1 } == ["in 2014=2014"])
    #expect(try dates("am 15.2.", lang: "de", dct: d, chain: f).spans.map { $0.0 + "=" + $0.1 } == ["am 15.2.=2013-02-15"])
    #expect(try dates("le 2/3", lang: "fr", dct: d, chain: f).spans.map { $0.0 + "=" + $0.1 } == ["le 2/3=2013-03-02"])
    #expect(try dates("el año pasado", lang: "es", dct: d, chain: f).spans.map { $0.0 + "=" + $0.1 } == ["el año pasado=2012"])
    #expect(try dates("På den 15", lang: "sv", dct: d, chain: f).spans.map { $0.0 + "=" + $0.1 } == ["På den 15=2013-02-15"])
    // in running text the preposition stays outside
    let r = try dates("The bridge reopens in 2014 after repairs.", dct: d)
    #expect(r.spans.map { $0.0 + "=" + $0.1 } == ["2014=2014"])
  }

  @Test func phraseOptionSaysWhetherAShortTextIsOneDatePhrase() throws {
    let d = "2013-02-12"
    // auto: a one-line text under 48 bytes is a phrase, so "the first" may be a day of the month
    #expect(try dates("At first, he left.", dct: d, chain: "dates(phrase=no)").spans.isEmpty)
    #expect(try dates("am 15.2.", lang: "de", dct: d, chain: "dates(direction=future, phrase=no)").spans.map { $0.0 } == ["15.2."])
    #expect(try dates("am 15.2.", lang: "de", dct: d, chain: "dates(direction=future, phrase=yes)").spans.map { $0.0 } == ["am 15.2."])
    let long = "Die Brücke wird nach langen Reparaturen am 15.2. wieder für den Verkehr geöffnet."
    #expect(try dates(long, lang: "de", dct: d, chain: "dates(direction=future)").spans.map { $0.0 } == ["15.2."])
  }

  @Test func rangesAreOneDateWithItsStartAndEnd() throws {
    func ranges(_ text: String, _ lang: String) throws -> [String] {
      let doc = try runChain(
        "dates", text: text, attrs: ["lang": .string(lang), "dct": .string("2024-06-10")])
      return doc.spans("date").map { "\($0.text)=\($0.attrs["value"].map { "\($0)" } ?? "")..\($0.attrs["end"].map { "\($0)" } ?? "")" }
    }
    #expect(try ranges("Die Messe läuft vom 4. bis 22. Mai in Leipzig.", "de") == ["vom 4. bis 22. Mai=2024-05-04..2024-05-22"])
    #expect(try ranges("Le festival a lieu du 3 au 5 mars à Lyon.", "fr") == ["du 3 au 5 mars=2024-03-03..2024-03-05"])
    #expect(try ranges("Roadworks run 3–5 March 2024 on the A1.", "en") == ["3–5 March 2024=2024-03-03..2024-03-05"])
    // a list of two days is two dates, and a score is no date
    #expect(try ranges("They met on Monday and Tuesday; the home side won 3-1.", "en").count == 2)
  }

  @Test func articleStaysOutsideNamedDates() throws {
    let r = try dates("Le festival ouvrira le mer. 24 juin 2020 à Lyon.", lang: "fr", dct: "2020-05-01")
    #expect(r.spans.map { $0.0 + "=" + $0.1 } == ["mer. 24 juin 2020=2020-06-24"])
    let e = try dates("The company was founded at the end of 2000 in Ohio.", dct: "2020-04-24")
    #expect(e.spans.map { $0.0 + "=" + $0.1 } == ["end of 2000=2000"])
  }

  @Test func spelledOutYears() throws {
    let d = "2016-11-07"
    #expect(try dates("The conference was in October two thousand and five.", dct: d).spans.map { $0.0 + "=" + $0.1 }
      == ["October two thousand and five=2005-10"])
    #expect(try dates("They arrived 13 Sept nineteen seventy two.", dct: d).spans.map { $0.0 + "=" + $0.1 }
      == ["13 Sept nineteen seventy two=1972-09-13"])
    #expect(try dates("Nació el veintiocho de marzo de mil novecientos noventa y dos.", lang: "es", dct: d).spans.map { $0.0 + "=" + $0.1 }
      == ["veintiocho de marzo de mil novecientos noventa y dos=1992-03-28"])
    #expect(try dates("Easter Sunday two thousand ten", dct: d).spans.map { $0.1 } == ["2010-04-04"])
  }

  func pairs(_ text: String, lang: String = "en", dct: String, chain: String = "dates") throws -> [String] {
    try dates(text, lang: lang, dct: dct, chain: chain).spans.map { $0.0 + "=" + $0.1 }
  }

  @Test func spansCountedFromAnotherDate() throws {
    #expect(try pairs("It will happen 3 days after January 12th.", dct: "2016-11-07") == ["3 days after January 12th=2017-01-15"])
    #expect(try pairs("It will end two months after next Friday.", dct: "2016-11-07") == ["two months after next Friday=2017-01-18"])
    #expect(try pairs("Het zal 4 maanden vanaf morgen gebeuren", lang: "nl", dct: "2016-11-07") == ["4 maanden vanaf morgen=2017-03-08"])
    #expect(try pairs("Waar was je twee dagen voor gisteren?", lang: "nl", dct: "2018-05-31") == ["twee dagen voor gisteren=2018-05-28"])
    #expect(try pairs("¿Estás disponible dos días después de hoy?", lang: "es", dct: "2018-05-31") == ["dos días después de hoy=2018-06-02"])
    #expect(try pairs("La reunión será dentro de tres semanas a partir de mañana.", lang: "es", dct: "2018-05-31")
      == ["tres semanas a partir de mañana=2018-06-22"])
  }

  /// Edge words as the Recognizers-Text grammar draws them in the news convention: a bound stays with a weekday, an
  /// article with a season alone or with its year, Portuguese "na" stays out before a weekday of a named week (Dutch
  /// "op" in); direction=future keeps its own spans.
  @Test func edgeWordsOfTheNewsConvention() throws {
    let d = "2016-11-07"
    let f = "dates(direction=future)"
    #expect(try pairs("Het museum is dicht tot vrijdag.", lang: "nl", dct: d) == ["tot vrijdag=2016-11-11"])
    #expect(try pairs("Está ingresado desde el miércoles.", lang: "es", dct: d) == ["desde el miércoles=2016-11-02"])
    #expect(try pairs("The road will stay closed until Thursday.", dct: d) == ["until Thursday=2016-11-10"])
    #expect(try pairs("Ik ben er vanaf woensdag.", lang: "nl", dct: d) == ["woensdag=2016-11-09"])
    #expect(try pairs("Het gebeurde in de zomer van 2015.", lang: "nl", dct: d) == ["de zomer van 2015=2015-SU"])
    #expect(try pairs("O verão de 2015 foi muito quente.", lang: "pt", dct: d) == ["O verão de 2015=2015-SU"])
    #expect(try pairs("Schrijver Leon de Winter presenteerde dinsdag zijn roman.", lang: "nl", dct: d) == ["dinsdag=2016-11-01"])
    #expect(try pairs("Volto na sexta-feira da próxima semana.", lang: "pt", dct: d) == ["sexta-feira da próxima semana=2016-11-18"])
    #expect(try pairs("We ontmoeten elkaar op dinsdag van volgende week.", lang: "nl", dct: d)
      == ["op dinsdag van volgende week=2016-11-15"])
    #expect(try pairs("Viajei em março.", lang: "pt", dct: d) == ["março=2016-03"])
    #expect(try pairs("Het museum is dicht tot vrijdag.", lang: "nl", dct: d, chain: f) == ["vrijdag=2016-11-11"])
    #expect(try pairs("Het gebeurde in de zomer van 2015.", lang: "nl", dct: d, chain: f) == ["zomer van 2015=2015-SU"])
    #expect(try pairs("Volto na sexta-feira da próxima semana.", lang: "pt", dct: d, chain: f)
      == ["na sexta-feira da próxima semana=2016-11-18"])
  }

  /// Round 13 (Dutch families of the Recognizers-Text grammar): a range with the abbreviation "t/m" or with a relative
  /// first date, a relative year before its quarter, a comma between a season and its year, "volgende week, op dinsdag",
  /// Belgian "eerstkomend" after a weekday, "tegen" as a bound looking ahead, a whole unit and decades in "-iger jaren".
  @Test func dutchFamiliesOfTheGrammar() throws {
    let d = "2016-11-07"
    #expect(try pairs("De beurs loopt van 28 november t/m 2 december.", lang: "nl", dct: d)
      == ["van 28 november t/m 2 december=2016-11-28"])
    #expect(try pairs("De kassa is dicht van vandaag tot 20 november.", lang: "nl", dct: d)
      == ["van vandaag tot 20 november=2016-11-07"])
    #expect(try pairs("Wat was de omzet vorig jaar het derde kwartaal?", lang: "nl", dct: d)
      == ["vorig jaar het derde kwartaal=2015-Q3"])
    #expect(try pairs("De foto is van zomer, 2014.", lang: "nl", dct: d) == ["zomer, 2014=2014-SU"])
    #expect(try pairs("Ik kom volgende week, op dinsdag.", lang: "nl", dct: d) == ["volgende week, op dinsdag=2016-11-15"])
    #expect(try pairs("De vergadering is vrijdag eerstkomend.", lang: "nl", dct: d) == ["vrijdag eerstkomend=2016-11-11"])
    #expect(try pairs("Het rapport moet tegen vrijdag klaar zijn.", lang: "nl", dct: d) == ["tegen vrijdag=2016-11-11"])
    #expect(try dates("Het museum is het gehele jaar open.", lang: "nl", dct: d, type: "duration").spans.map { $0.0 + "=" + $0.1 }
      == ["het gehele jaar=P1Y"])
    #expect(try pairs("Hij was populair in de tachtiger jaren.", lang: "nl", dct: d) == ["de tachtiger jaren=198X"])
  }

  @Test func openEndedYearsKeepTheirTail() throws {
    #expect(try pairs("Shall we leave on 2018 or later, is this ok for you?", dct: "2018-09-07") == ["2018 or later=2018"])
    #expect(try pairs("Nos vamos en 2018 o más tarde, ¿está bien para ti?", lang: "es", dct: "2018-09-07") == ["2018 o más tarde=2018"])
    #expect(try pairs("Rating where year is greater than 2015", dct: "2022-01-10") == ["greater than 2015=2015"])
  }

  @Test func monthRangesReadAsTheirFirstMonth() throws {
    #expect(try pairs("APEC sucederá en Corea enero-febrero de 2017", lang: "es", dct: "2018-10-24") == ["enero-febrero de 2017=2017-01"])
    #expect(try pairs("APEC zal in Korea plaatsvinden jan feb 2017", lang: "nl", dct: "2016-11-07") == ["jan feb 2017=2017-01"])
  }

  @Test func neighbouringDaysAndCurrentUnits() throws {
    #expect(try pairs("What happened the day before", dct: "2018-11-08") == ["the day before=2018-11-07"])
    #expect(try pairs("I'm away for the month", dct: "2018-05-22") == ["the month=2018-05"])
    #expect(try pairs("Il est arrivé la veille.", lang: "fr", dct: "2018-11-08") == ["la veille=2018-11-07"])
    #expect(try pairs("¿Cuál es tu plan para el día siguiente?", lang: "es", dct: "2018-11-08") == ["el día siguiente=2018-11-09"])
    // in running text "the year" alone is no date
    #expect(try pairs("Prices rose sharply over the course of the year as the war dragged on and on.", dct: "2018-11-08").isEmpty)
  }

  @Test func modalMayIsNoMonth() throws {
    #expect(try pairs("This may or may not be right.", dct: "2016-11-07").isEmpty)
    #expect(try pairs("May I ask what this is for?", dct: "2016-11-07").isEmpty)
    #expect(try pairs("The vote is planned for May in Paris.", dct: "2016-11-07") == ["May=2016-05"])
    #expect(try pairs("first of march", dct: "2013-02-12") == ["first of march=2013-03-01"])
  }

  @Test func nextWeekdayFollowsEachLanguagesConvention() throws {
    let d = "2013-02-12"  // a Tuesday
    #expect(try pairs("nächsten mittwoch", lang: "de", dct: d) == ["nächsten mittwoch=2013-02-13"])
    #expect(try pairs("mercredi prochain", lang: "fr", dct: d) == ["mercredi prochain=2013-02-13"])
    #expect(try pairs("nästa onsdag", lang: "sv", dct: d) == ["nästa onsdag=2013-02-13"])
    #expect(try pairs("next wednesday", dct: d) == ["next wednesday=2013-02-20"])
  }

  @Test func ordinalWordsFromSpelledNumbers() throws {
    let d = "2013-02-12"
    #expect(try pairs("Wir treffen uns am einundzwanzigsten März.", lang: "de", dct: d) == ["einundzwanzigsten März=2013-03-21"])
    #expect(try pairs("Laten we afspreken op tweeëntwintig februari", lang: "nl", dct: "2019-04-25")
      == ["tweeëntwintig februari=2019-02-22"])
    #expect(try pairs("vamos nos encontrar na terça ou sexta", lang: "pt", dct: "2021-11-29") == ["terça=2021-11-23", "sexta=2021-11-26"])
  }

  @Test func islamicHolidaysBeforeUmmAlQura() throws {
    #expect(try pairs("Eid al-Fitr 1975", dct: "2013-02-12", chain: "dates(direction=future)") == ["Eid al-Fitr 1975=1975-10-06"])
    #expect(try pairs("Eid al-Fitr 2018", dct: "2013-02-12", chain: "dates(direction=future)") == ["Eid al-Fitr 2018=2018-06-15"])
  }

  @Test func countedUnitsAndWeekdays() throws {
    #expect(try pairs("Talks resume in the upcoming two days, three fridays from now and on 2016 10 16.", dct: "2021-09-02")
      == ["the upcoming two days=2021-09-04", "three fridays from now=2021-09-17", "2016 10 16=2016-10-16"])
    #expect(try pairs("2 thursdays ago", dct: "2013-02-12") == ["2 thursdays ago=2013-01-31"])
    #expect(try pairs("Wir treffen uns übernächstes Jahr.", lang: "de", dct: "2013-02-12") == ["übernächstes Jahr=2015"])
  }

  @Test func numericDatesSeparatedBySpaces() throws {
    #expect(try pairs("Rendez-vous 24 12 2014 à Paris, puis 18 08 78.", lang: "fr", dct: "2021-09-02")
      == ["24 12 2014=2014-12-24", "18 08 78=1978-08-18"])
    // not a valid date, or part of a longer run of numbers: nothing
    #expect(try pairs("Scores 31 02 2014 and 12 10 15 17", lang: "fr", dct: "2021-09-02").isEmpty)
  }

  @Test func ordinalWordsAndDefiniteWeekdays() throws {
    #expect(try pairs("Mötet är tredje tisdagen i september 2014 och den 15:e februari.", lang: "sv", dct: "2013-02-12")
      == ["tredje tisdagen i september 2014=2014-09-16", "den 15:e februari=2013-02-15"])
    #expect(try pairs("El tercer mes de 2021 empieza el proyecto, en la próxima década.", lang: "es", dct: "2018-07-02")
      == ["El tercer mes de 2021=2021-03", "la próxima década=202X"])
    #expect(try pairs("Il terzo mese del 2021 comincia il progetto.", lang: "it", dct: "2018-07-02")
      == ["Il terzo mese del 2021=2021-03"])
  }

  @Test func polishRelativeDatesWeekdaysDecadesDurations() throws {
    let text = "Wczoraj minister spotkał się z nimi. W ubiegły wtorek ogłosił plan na następną dekadę. "
      + "W przyszłym roku, za dwa tygodnie i trzy dni temu. W latach 90. było inaczej, przez dwadzieścia lat. 5 maja 2020 r. w piątek."
    #expect(try pairs(text, lang: "pl", dct: "2021-09-02") == [
      "Wczoraj=2021-09-01", "ubiegły wtorek=2021-08-24", "następną dekadę=203X", "przyszłym roku=2022",
      "za dwa tygodnie=2021-09-16", "trzy dni temu=2021-08-30", "latach 90=199X", "5 maja 2020 r.=2020-05-05", "piątek=2021-08-27",
    ])
    let d = try dates(text, lang: "pl", dct: "2021-09-02", type: "duration").spans
    #expect(d.map { $0.0 + "=" + $0.1 } == ["dwadzieścia lat=P20Y"])
    // "roku" after a year number names the year; "lat" after a number counts years
    #expect(try pairs("Most zbudowano w 1962 roku i stoi od 2000 lat.", lang: "pl", dct: "2021-09-02") == ["1962 roku=1962"])
    #expect(try dates("Most zbudowano w 1962 roku i stoi od 2000 lat.", lang: "pl", dct: "2021-09-02", type: "duration").spans
      .map { $0.0 + "=" + $0.1 } == ["2000 lat=P2000Y"])
  }

  @Test func arabicRelativeDatesWeekdaysDecadesDurations() throws {
    let text = "قال الوزير أمس إن الاجتماع يوم الاثنين الماضي كان مهما، وفي الأسبوع المقبل وفي العام الماضي. "
      + "منذ ثلاثة أيام وفي التسعينيات لمدة عشرين عاما. في 5 مايو 2020 ويوم الجمعة."
    #expect(try pairs(text, lang: "ar", dct: "2021-09-02") == [
      "أمس=2021-09-01", "الاثنين الماضي=2021-08-30", "الأسبوع المقبل=2021-W36", "العام الماضي=2020",
      "منذ ثلاثة أيام=2021-08-30", "التسعينيات=199X", "5 مايو 2020=2020-05-05", "الجمعة=2021-08-27",
    ])
    let d = try dates(text, lang: "ar", dct: "2021-09-02", type: "duration").spans
    #expect(d.map { $0.0 + "=" + $0.1 } == ["عشرين عاما=P20Y"])
  }

  // MARK: Hindu calendar: lunar days by sun and moon longitudes, solar transits

  @Test func hinduLunarFestivals() throws {
    let d = "2013-02-12"
    #expect(try pairs("Diwali 2019", dct: d) == ["Diwali 2019=2019-10-27"])
    #expect(try pairs("Deepavali 2022", dct: d) == ["Deepavali 2022=2022-10-24"])
    #expect(try pairs("Holi 2020", dct: d) == ["Holi 2020=2020-03-10"])
    #expect(try pairs("Maha Shivaratri 2022", dct: d) == ["Maha Shivaratri 2022=2022-03-01"])
    #expect(try pairs("Ganesh Chaturthi 2021", dct: d) == ["Ganesh Chaturthi 2021=2021-09-10"])
    // 2020 has a leap month (a second Ashvin): the festival falls in the regular month after it
    #expect(try pairs("Navratri 2020", dct: d) == ["Navratri 2020=2020-10-17"])
    // days counted from a festival
    #expect(try pairs("bhai dooj 2019", dct: d) == ["bhai dooj 2019=2019-10-29"])
  }

  @Test func hinduSolarFestivals() throws {
    let d = "2013-02-12"
    // the sun enters sidereal Capricorn: in 2019 after dusk, so the next day
    #expect(try pairs("Makar Sankranti 2018", dct: d) == ["Makar Sankranti 2018=2018-01-14"])
    #expect(try pairs("Makar Sankranti 2019", dct: d) == ["Makar Sankranti 2019=2019-01-15"])
    #expect(try pairs("Vaisakhi 2018", dct: d) == ["Vaisakhi 2018=2018-04-14"])
    // the moon's mansion in a solar month
    #expect(try pairs("Onam 2017", dct: d) == ["Onam 2017=2017-09-04"])
  }

  @Test func hinduFestivalsInTextAndRelative() throws {
    #expect(try pairs("Die Feiern zu Diwali 2021 begannen früh.", lang: "de", dct: "2021-09-01") == ["Diwali 2021=2021-11-04"])
    #expect(try pairs("Diwali", dct: "2013-02-12", chain: "dates(direction=future)") == ["Diwali=2013-11-03"])
  }

  @Test func frenchWeekdayInEightDaysAndLastDayOfMonth() throws {
    let d = "2013-02-12"
    let f = "dates(direction=future)"
    #expect(try pairs("lundi en huit", lang: "fr", dct: d, chain: f) == ["lundi en huit=2013-02-25"])
    #expect(try pairs("mardi en 8", lang: "fr", dct: d, chain: f) == ["mardi en 8=2013-02-19"])
    #expect(try pairs("mardi en quinze", lang: "fr", dct: d, chain: f) == ["mardi en quinze=2013-02-26"])
    #expect(try pairs("le dernier jour d'octobre 2015", lang: "fr", dct: d, chain: f) == ["le dernier jour d'octobre 2015=2015-10-31"])
    #expect(try pairs("Il est venu lundi dernier.", lang: "fr", dct: d) == ["lundi dernier=2013-02-11"])
  }

  /// Dutch and Portuguese kinds of date the span and request-style cases take from the Recognizers-Text grammar catalogue:
  /// the "aan het eind van" edge, the article of "de maand", "K3", a year before its quarter or a comma between, weeks of
  /// a numbered or relative year (ISO weeks), the day of "de maand", "het" as a pronoun before a unit of common gender, a
  /// sentence dot after a long weekday form or a bare day, "após", "antes" after a count, counted weekdays, "1e Kerstdag",
  /// "op de helft van".
  @Test func catalogueKindsDutchAndPortuguese() throws {
    let d = "2016-11-07"
    #expect(try pairs("Ik ben aan het einde van de maand weg.", lang: "nl", dct: d) == ["aan het einde van de maand=2016-11"])
    #expect(try pairs("Ik heb de maand mei vrij genomen.", lang: "nl", dct: d) == ["de maand mei=2016-05"])
    #expect(try pairs("Laat me de omzet zien van K3 2016.", lang: "nl", dct: d) == ["K3 2016=2016-Q3"])
    #expect(try pairs("Toon de cijfers van 2015 het tweede kwartaal.", lang: "nl", dct: d) == ["2015 het tweede kwartaal=2015-Q2"])
    #expect(try pairs("Afgerond in het eerste kwartaal, 2016.", lang: "nl", dct: d) == ["het eerste kwartaal, 2016=2016-Q1"])
    #expect(try pairs("Ik ben de laatste week van 2016 weg.", lang: "nl", dct: d) == ["de laatste week van 2016=2016-W52"])
    #expect(try pairs("De huur gaat af op de 1ste van de maand.", lang: "nl", dct: d) == ["de 1ste van de maand=2016-11-01"])
    #expect(try pairs("Wat kostte het afgelopen maand?", lang: "nl", dct: d) == ["afgelopen maand=2016-10"])
    #expect(try pairs("De bouw start in de tweede helft van volgend jaar.", lang: "nl", dct: d)
      == ["de tweede helft van volgend jaar=2017-H2"])
    #expect(try pairs("Estarei de férias na última semana de 2016.", lang: "pt", dct: d) == ["última semana de 2016=2016-W52"])
    #expect(try pairs("A reunião é nesta quarta.", lang: "pt", dct: d) == ["nesta quarta=2016-11-09"])
    #expect(try pairs("Estarei de férias em dezembro, de 5 a 9.", lang: "pt", dct: d) == ["dezembro, de 5 a 9=2016-12-05"])
    #expect(try pairs("Os preços sobem após 2018.", lang: "pt", dct: d) == ["após 2018=2018"])
    #expect(try pairs("Ele saiu duas semanas antes.", lang: "pt", dct: d) == ["duas semanas antes=2016-10-24"])
    #expect(try pairs("De cijfers komen de eerste week van volgend jaar.", lang: "nl", dct: d) == ["de eerste week van volgend jaar=2017-W01"])
    #expect(try pairs("Het gebeurt drie vrijdagen vanaf nu.", lang: "nl", dct: d) == ["drie vrijdagen vanaf nu=2016-11-25"])
    #expect(try pairs("Op 1e Kerstdag eten we kalkoen.", lang: "nl", dct: d) == ["1e Kerstdag=2016-12-25"])
    #expect(try pairs("De fabriek sluit op de helft van 2017.", lang: "nl", dct: d) == ["op de helft van 2017=2017"])
  }

  @Test func quartersOfTheYear() throws {
    let d = "2013-02-12"
    #expect(try pairs("Sales rose in Q3 2018 and in 2017-q1, in the third quarter of 2016 and next quarter.", dct: d)
      == ["Q3 2018=2018-Q3", "2017-q1=2017-Q1", "the third quarter of 2016=2016-Q3", "next quarter=2013-Q2"])
    #expect(try pairs("Im 3. Quartal 2018 und im letzten Quartal.", lang: "de", dct: d)
      == ["3. Quartal 2018=2018-Q3", "letzten Quartal=2012-Q4"])
    #expect(try pairs("Les ventes ont baissé au troisième trimestre 2018.", lang: "fr", dct: d) == ["troisième trimestre 2018=2018-Q3"])
    // without a DCT a quarter without its year stays underspecified
    #expect(try dates("Sales fell in the first quarter.", dct: nil).spans.map { $0.0 + "=" + $0.1 } == ["the first quarter=XXXX-Q1"])
  }

  // MARK: span conventions of written dates

  @Test func germanMonthsByNumberOrOrdinalWord() throws {
    let d = "2020-06-10"
    #expect(try pairs("Wir treffen uns am achter 5. wieder.", lang: "de", dct: d) == ["achter 5.=2020-05-08"])
    #expect(try pairs("Die Messe ist Freitag 8. fünfter 2020.", lang: "de", dct: d) == ["Freitag 8. fünfter 2020=2020-05-08"])
    #expect(try pairs("Abgabe am zweiter/12.", lang: "de", dct: d) == ["zweiter/12.=2019-12-02"])
  }

  @Test func articleBeforeNumericDateBelongsToIt() throws {
    #expect(try pairs("Das Fest ist für den 14.März geplant.", lang: "de", dct: "2020-06-10") == ["den 14.März=2020-03-14"])
    #expect(try pairs("Riapre il 15/03.", lang: "it", dct: "2022-05-03") == ["il 15/03=2022-03-15"])
    // "1°": the degree sign as ordinal indicator
    #expect(try pairs("La chiudono il 1° maggio.", lang: "it", dct: "2022-05-03") == ["il 1° maggio=2022-05-01"])
  }

  @Test func ordinalCountingUnitsOrWeekdaysIsNoDate() throws {
    #expect(try pairs("Sales rose in the third week.", dct: "2022-05-01") == [])
    #expect(try pairs("We met the second Sunday.", dct: "2022-05-01") == ["Sunday=2022-04-24"])
  }

  @Test func modifierPicksTheYearOfANumericDate() throws {
    #expect(try pairs("Due this 4/10 or next 4/10.", dct: "2022-05-01") == ["this 4/10=2022-04-10", "next 4/10=2023-04-10"])
  }

  @Test func weekdayWithDayWordAndDayNumber() throws {
    let d = "2022-05-03"
    // a weekday and day that fall in the DCT's month are that day, even after the DCT
    #expect(try pairs("Nos vemos el jueves el día doce.", lang: "es", dct: d) == ["jueves el día doce=2022-05-12"])
    #expect(try pairs("A reunião é quinta-feira dia 12.", lang: "pt", dct: d) == ["quinta-feira dia 12=2022-05-12"])
    #expect(try pairs("We zien elkaar dinsdag de tiende.", lang: "nl", dct: d) == ["dinsdag de tiende=2022-05-10"])
    #expect(try pairs("Nos vemos dia 9.", lang: "pt", dct: d) == ["dia 9=2022-04-09"])
  }

  @Test func dayOfTheCurrentOrNextMonth() throws {
    let d = "2022-05-03"
    #expect(try pairs("Pagaré el 15 de este mes.", lang: "es", dct: d) == ["el 15 de este mes=2022-05-15"])
    #expect(try pairs("Vuelvo el día 20 del próximo mes.", lang: "es", dct: d) == ["el día 20 del próximo mes=2022-06-20"])
  }

  @Test func weekAndWeekdayJoined() throws {
    #expect(try pairs("Ci vediamo la prossima settimana di giovedì.", lang: "it", dct: "2022-05-03")
      == ["prossima settimana di giovedì=2022-05-12"])
    // a preposition belongs to a weekday of a following week
    #expect(try pairs("We land on friday of next week.", dct: "2022-05-03") == ["on friday of next week=2022-05-13"])
    #expect(try pairs("We met on friday of last week.", dct: "2022-05-03") == ["friday of last week=2022-04-29"])
  }

  @Test func decadeWordWithItsFirstYear() throws {
    #expect(try pairs("Ocurrió en la década de 1970.", lang: "es", dct: "2022-05-03") == ["la década de 1970=197X"])
  }

  @Test func dayFirstHyphenatedDayAndMonth() throws {
    let d = "2022-05-03"
    #expect(try pairs("Entrega en 15-3 sin falta.", lang: "es", dct: d) == ["15-3=2022-03-15"])
    // an ascending pair is a range, a small pair a score
    #expect(try pairs("El equipo ganó 2-1 ayer.", lang: "es", dct: d) == ["ayer=2022-05-02"])
    #expect(try pairs("Abierto de 3-5 de la tarde.", lang: "es", dct: d) == [])
  }

  @Test func spelledYearAfterPreposition() throws {
    #expect(try pairs("Sales in two thousand and nineteen fell.", dct: "2022-05-01") == ["two thousand and nineteen=2019"])
    #expect(try pairs("They left in October two thousand.", dct: "2022-05-01") == ["October two thousand=2000-10"])
    #expect(try pairs("They built it in two thousand homes.", dct: "2022-05-01") == [])
  }

  @Test func boundaryWordsBeforeArticles() throws {
    let d = "2022-05-03"
    #expect(try pairs("Cerrado después del 15 de mayo de 2021.", lang: "es", dct: d) == ["después del 15 de mayo de 2021=2021-05-15"])
    #expect(try pairs("Abierto desde el 3 de marzo de 2020.", lang: "es", dct: d) == ["desde el 3 de marzo de 2020=2020-03-03"])
    #expect(try pairs("Tivemos lucro neste ano civil.", lang: "pt", dct: d) == ["neste ano civil=2022"])
  }

  @Test func italianElisionAndMonthPostModifier() throws {
    let d = "2022-05-03"
    #expect(try pairs("Finisce l'ultimo giorno dell'ottobre 2015.", lang: "it", dct: d) == ["l'ultimo giorno dell'ottobre 2015=2015-10-31"])
    #expect(try pairs("Chiuso all'immacolata.", lang: "it", dct: d) == ["all'immacolata=2021-12-08"])
    #expect(try pairs("È successo settembre scorso.", lang: "it", dct: d) == ["settembre scorso=2021-09"])
  }

  @Test func weekdayPlacedByACountedDate() throws {
    let d = "2022-05-04"
    // the weekday of the (Sunday-first) week of the date counted to
    #expect(try pairs("We fly out Thursday three weeks from now.", dct: d) == ["Thursday three weeks from now=2022-05-26"])
    // the first such weekday after it
    #expect(try pairs("Payment is due one month from today on Friday.", dct: d) == ["one month from today on Friday=2022-06-10"])
  }

  @Test func ordinalDayAfterAPreposition() throws {
    let d = "2016-11-07"
    #expect(try pairs("Sie kommt am 13. zurück.", lang: "de", dct: d) == ["13.=2016-10-13"])
    #expect(try pairs("Sie kommt am Dreizehnten zurück.", lang: "de", dct: d) == ["Dreizehnten=2016-10-13"])
    // a capitalised noun after it: a counted thing, not a day
    #expect(try pairs("Er wurde am 3. Spieltag verletzt.", lang: "de", dct: d) == [])
    #expect(try pairs("Skredfaren er satt til nivå 4 av 5.", lang: "nb", dct: d) == [])
  }

  @Test func dayOfMonthWithMonthNumberOrRelativeMonth() throws {
    #expect(try pairs("Pagué la factura el 17 del 11.", lang: "es", dct: "2023-02-23") == ["17 del 11=2022-11-17"])
    // a four-digit year after the month number and "of" joins the date; a count of things does not
    #expect(try pairs("Eu nasci no dia 5 do 3 de 1990.", lang: "pt", dct: "2023-02-23") == ["dia 5 do 3 de 1990=1990-03-05"])
    #expect(try pairs("El 3 del 5 de 2019 hubo elecciones.", lang: "es", dct: "2023-02-23") == ["3 del 5 de 2019=2019-05-03"])
    #expect(try pairs("No dia 5 do 3 de 20 pessoas saíram.", lang: "pt", dct: "2023-02-23") == ["dia 5=2023-02-05"])
    #expect(try pairs("Can we meet around the 12th this month?", dct: "2022-05-03") == ["around the 12th this month=2022-05-12"])
    #expect(try pairs("Llegó el viernes, el 12 de septiembre de 2014.", lang: "es", dct: "2022-05-03")
      == ["viernes, el 12 de septiembre de 2014=2014-09-12"])
  }

  @Test func boundaryWordsOfOpenRanges() throws {
    let d = "2016-11-07"
    #expect(try pairs("Bis Ende 2010 gehörte die Firma zu Ford.", lang: "de", dct: d) == ["Bis Ende 2010=2010"])
    #expect(try pairs("The plant must close by 2030.", dct: d) == ["by 2030=2030"])
    #expect(try pairs("Sales by year rose.", dct: d) == [])
  }

  @Test func germanDecadeWordsAndSeasonStarts() throws {
    let d = "2020-11-07"
    #expect(try pairs("In den Achtzigern war alles anders.", lang: "de", dct: d) == ["Achtzigern=198X"])
    #expect(try pairs("Es wird kalt, der Herbstanfang ist da.", lang: "de", dct: d) == ["Herbstanfang=2020-09-22"])
  }

  @Test func hyphenatedMidMonthAndMidYear() throws {
    let d = "2016-11-07"
    #expect(try pairs("Work resumes in mid-March 2014.", dct: d) == ["mid-March 2014=2014-03"])
    #expect(try pairs("I'll be out mid-2016.", dct: d) == ["mid-2016=2016"])
  }

  @Test func dutchArticlesAndRelativeForms() throws {
    let d = "2016-11-07"
    // the article belongs to a numeric ordinal, not to one in words
    #expect(try pairs("Ik vertrek op de 15e.", lang: "nl", dct: d) == ["de 15e=2016-10-15"])
    #expect(try pairs("Ik ga de derde van augustus terug.", lang: "nl", dct: d) == ["derde van augustus=2016-08-03"])
    #expect(try pairs("Ik ben volgend jaar weg.", lang: "nl", dct: d) == ["volgend jaar=2017"])
    #expect(try pairs("Ik ga terug dinsdag aanstaande.", lang: "nl", dct: d) == ["dinsdag aanstaande=2016-11-08"])
    #expect(try pairs("Ik vertrek twee weken vanaf nu.", lang: "nl", dct: d) == ["twee weken vanaf nu=2016-11-21"])
  }

  @Test func englishAndSpanishGrammarFamilies() throws {
    let d = "2016-11-07"
    // a preposition between a named week and its weekday; a range from a relative day to a weekday
    #expect(try pairs("Let's talk next week on Wednesday.", dct: d) == ["next week on Wednesday=2016-11-16"])
    #expect(try pairs("I'm off from today to Friday.", dct: d) == ["from today to Friday=2016-11-07"])
    // the year before a half-year code; the century's number before a decade word; "the month of" a month
    #expect(try pairs("Show the 2016 H2 figures.", dct: d) == ["2016 H2=2016-H2"])
    #expect(try pairs("Films of the nineteen eighties", dct: d) == ["the nineteen eighties=198X"])
    #expect(try pairs("Sales for the month of May", dct: d) == ["the month of May=2016-05"])
    #expect(try pairs("Show me the month to date sales.", dct: d) == ["month to date=2016-11"])
    // lower-case "sat" is the verb; bounds of the catalogue stay in the span
    #expect(try pairs("She sat down next to me.", dct: d) == [])
    #expect(try pairs("Show cars built later than 2010.", dct: d) == ["later than 2010=2010"])
    // Spanish: "quincena" is fifteen days, "que viene" after a weekday the coming one, "setiembre" September
    #expect(try pairs("La vi hace una quincena.", lang: "es", dct: d) == ["hace una quincena=2016-10-23"])
    #expect(try pairs("La reunión es el martes que viene.", lang: "es", dct: d) == ["martes que viene=2016-11-08"])
    #expect(try pairs("Llegué en setiembre de 2015.", lang: "es", dct: d) == ["setiembre de 2015=2015-09"])
    // a half of one unit, and a unit without a count before "and a half"
    #expect(try dates("I was abroad for half a year.", dct: d, type: "duration").spans.map { $0.0 + "=" + $0.1 } == ["half a year=P0.5Y"])
    #expect(try dates("Viví allí año y medio.", lang: "es", dct: d, type: "duration").spans.map { $0.0 + "=" + $0.1 } == ["año y medio=P1.5Y"])
  }

  /// Seconds are a unit of durations, alone and as the last part of one; counted from a day they name no date.
  @Test func durationsInSeconds() throws {
    let d = "2016-11-07"
    func durations(_ text: String, _ lang: String) throws -> [String] {
      try dates(text, lang: lang, dct: d, type: "duration").spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try durations("The upload took 45 seconds.", "en") == ["45 seconds=PT45S"])
    #expect(try durations("Het gebeurde door een tijdsverschil van een seconde.", "nl") == ["een seconde=PT1S"])
    #expect(try durations("A reunião durou 3 horas e 20 minutos e 5 segundos.", "pt") == ["3 horas e 20 minutos e 5 segundos=PT3H20M5S"])
    #expect(try durations("Der Sprint dauerte 12 Sekunden.", "de") == ["12 Sekunden=PT12S"])
    #expect(try durations("Han løb 100 meter på 11 sekunder.", "da") == ["11 sekunder=PT11S"])
    // an ordinal stays an ordinal: "the second of March" is a date
    #expect(try dates("We met on the second of March.", lang: "en", dct: d).spans.map { $0.0 + "=" + $0.1 } == ["second of March=2016-03-02"])
  }

  /// A day number in apposition after a relative day joins it ("amanhã dia 29"); before a month, the word for "day"
  /// opens the full date instead, and a comma keeps the two apart.
  @Test func relativeDayWithDayNumber() throws {
    let d = "2018-09-28"
    func spans(_ text: String, _ lang: String) throws -> [String] {
      try dates(text, lang: lang, dct: d).spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("A entrega fica para amanhã dia 29.", "pt") == ["amanhã dia 29=2018-09-29"])
    #expect(try spans("O jogo foi ontem dia 27 à noite.", "pt") == ["ontem dia 27 à noite=2018-09-27"])
    #expect(try spans("La entrega es mañana día 29.", "es") == ["mañana día 29=2018-09-29"])
    #expect(try spans("A entrega fica para amanhã dia 29 de setembro.", "pt") == ["amanhã=2018-09-29", "dia 29 de setembro=2018-09-29"])
    #expect(try spans("Ontem, dia 27, houve festa.", "pt") == ["Ontem=2018-09-27", "dia 27=2018-09-27"])
  }

  /// "Current" is "this" before or after a unit, in each language's words; a year in words after the word for "year";
  /// "todo/toda" after a unit is the whole unit; a century counts a hundred years (Monday DCT 2016-11-07).
  @Test func currentUnitsYearsInWordsWholeUnitsAndCenturies() throws {
    let d = "2016-11-07"
    func spans(_ text: String, _ lang: String, type: String = "date") throws -> [String] {
      try dates(text, lang: lang, dct: d, type: type).spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("Sales rose sharply in the current year.", "en") == ["the current year=2016"])
    #expect(try spans("Im laufenden Jahr soll die Wirtschaft wachsen.", "de") == ["laufenden Jahr=2016"])
    #expect(try spans("Der Bau soll bis Ende des laufenden Jahres fertig sein.", "de") == ["bis Ende des laufenden Jahres=2016"])
    #expect(try spans("Les ventes de l'année en cours progressent.", "fr") == ["de l'année en cours=2016"])
    #expect(try spans("En el mes corriente subieron los precios.", "es") == ["el mes corriente=2016-11"])
    #expect(try spans("No dia 5 do corrente mês houve uma reunião.", "pt") == ["dia 5 do corrente mês=2016-11-05"])
    #expect(try spans("Isso aconteceu no ano dois mil.", "pt") == ["ano dois mil=2000"])
    #expect(try spans("Ele nasceu no ano de mil novecentos e noventa.", "pt") == ["mil novecentos e noventa=1990"])
    #expect(try spans("It happened in the year two thousand.", "en") == ["year two thousand=2000"])
    #expect(try spans("Ele viveu em Paris na década de oitenta.", "pt") == ["na década de oitenta=198X"])
    #expect(try spans("A fábrica abre na metade do ano.", "pt") == ["metade do ano=2016"])
    // (the ordinal and the half still name a half-year)
    #expect(try spans("Abre na primeira metade de 2017.", "pt") == ["primeira metade de 2017=2017-H1"])
    #expect(try spans("Trabalhei o dia todo sem parar.", "pt", type: "duration") == ["dia todo=P1D"])
    #expect(try spans("Ele corre todo dia no parque.", "pt", type: "duration").isEmpty)
    #expect(try spans("O clube tem meio século de história.", "pt", type: "duration") == ["meio século=P50Y"])
    #expect(try spans("The building stood for two centuries.", "en", type: "duration") == ["two centuries=P200Y"])
    #expect(try spans("A igreja foi construída há dois séculos.", "pt") == ["há dois séculos=1816"])
    // an ordinal century is still a century
    #expect(try spans("Im 20. Jahrhundert wuchs die Stadt.", "de") == ["20. Jahrhundert=19XX"])
    // an approximator between an "ago" or "in" word and its count keeps the date
    #expect(try spans("El muro cayó hace casi 30 años.", "es") == ["hace casi 30 años=1986-11-07"])
    #expect(try spans("Die Mauer fiel vor rund 30 Jahren.", "de") == ["vor rund 30 Jahren=1986-11-07"])
    #expect(try spans("The plant opens in about two weeks.", "en") == ["in about two weeks=2016-11-21"])
    #expect(try spans("Se fue hace unos días.", "es") == ["hace unos días=2016-11-04"])
  }

  /// "Next" before a weekday and a day number without a month places that day after the DCT, on that weekday
  /// (a Friday DCT: the next Monday the 1st is three days later, not the one nine months before).
  @Test func nextWeekdayWithDayNumber() throws {
    let d = "2018-09-28"
    func spans(_ text: String, _ lang: String) throws -> [String] {
      try dates(text, lang: lang, dct: d).spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("A greve começa na próxima segunda-feira, dia 1º.", "pt") == ["próxima segunda-feira, dia 1º=2018-10-01"])
    #expect(try spans("La huelga empieza el próximo lunes, día 1.", "es") == ["próximo lunes, día 1=2018-10-01"])
    #expect(try spans("We meet next Monday, the 1st.", "en") == ["next Monday, the 1st=2018-10-01"])
    #expect(try spans("Am kommenden Montag, dem 1., beginnt es.", "de") == ["kommenden Montag, dem 1.=2018-10-01"])
    // "this": the nearest such day on either side
    #expect(try spans("A greve começa nesta segunda-feira, dia 1º.", "pt") == ["nesta segunda-feira, dia 1º=2018-10-01"])
    #expect(try spans("Nesta quarta-feira (26) houve protestos.", "pt") == ["Nesta quarta-feira (26)=2018-09-26"])
    // before a weekday and a full date "last" is redundant, as "this" is
    #expect(try spans("El pasado viernes 14 de septiembre se firmó el acuerdo.", "es") == ["pasado viernes 14 de septiembre=2018-09-14"])
    // without a modifier the weekday and day keep the news convention: the most recent such day
    #expect(try spans("A greve foi na terça, dia 25.", "pt") == ["terça, dia 25=2018-09-25"])
  }

  /// A day number or a weekday set off by a comma or a bracket after a date of one day names that day when it fits it;
  /// "last" (or "next") before or after a weekday and a day number without a month places that day on that weekday
  /// before (after) the DCT (round 20 of the rtstyle cases; DCT Friday 2018-09-28).
  @Test func dayNumberNextToAnotherDateWord() throws {
    let d = "2018-09-28"
    func spans(_ text: String, _ lang: String) throws -> [String] {
      try dates(text, lang: lang, dct: d).spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("Amanhã, dia 29, haverá eleições.", "pt") == ["Amanhã=2018-09-29", "dia 29=2018-09-29"])
    #expect(try spans("El partido es mañana (día 29) en Madrid.", "es") == ["mañana=2018-09-29", "día 29=2018-09-29"])
    #expect(try spans("O prazo acaba daqui a três dias, dia 1º.", "pt") == ["daqui a três dias=2018-10-01", "dia 1º=2018-10-01"])
    #expect(try spans("Os resultados saem amanhã, sábado.", "pt") == ["amanhã=2018-09-29", "sábado=2018-09-29"])
    #expect(try spans("El accidente ocurrió el pasado viernes 14.", "es") == ["pasado viernes 14=2018-09-14"])
    #expect(try spans("O acidente ocorreu na última sexta-feira, dia 14.", "pt") == ["última sexta-feira, dia 14=2018-09-14"])
    #expect(try spans("A lei foi aprovada na sexta-feira passada, dia 14.", "pt") == ["sexta-feira passada, dia 14=2018-09-14"])
    #expect(try spans("O julgamento começou na última sexta-feira, dia 31.", "pt") == ["última sexta-feira, dia 31=2018-08-31"])
    #expect(try spans("Las clases vuelven el lunes que viene, día 1.", "es") == ["lunes que viene, día 1=2018-10-01"])
    #expect(try spans("L'incidente è avvenuto venerdì scorso 14.", "it") == ["venerdì scorso 14=2018-09-14"])
    // a count after a comma is no day; a day that does not fit the date before it keeps its own reading
    #expect(try spans("El pasado viernes, 14 personas resultaron heridas.", "es") == ["pasado viernes=2018-09-21"])
    #expect(try spans("Amanhã, 29 candidatos fazem a prova.", "pt") == ["Amanhã=2018-09-29"])
  }

  // MARK: hand-written check cases (tools/dates/check_cases.py, conventions in Plugins/Dates/README.md)

  /// Every sentence of Fixtures/dates_check.jsonl yields exactly its expected spans, values and types;
  /// all failures are listed in one message. Cases marked `known` are reported but not required.
  @Test func checkCases() throws {
    let path = packageRoot + "/Tests/NLPHostTests/Fixtures/dates_check.jsonl"
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var docs: [Document] = []
    var expected: [[String]] = []
    var known: [Bool] = []
    for line in lines {
      guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = obj["id"] as? String, let text = obj["text"] as? String, let exp = obj["expect"] as? [[String]]
      else { continue }
      var attrs = Attributes()
      attrs["lang"] = .string(obj["lang"] as? String ?? "")
      attrs["dct"] = .string(obj["dct"] as? String ?? "")
      docs.append(Document(id: id, text: text, attrs: attrs))
      expected.append(exp.map { "\($0[0])=\($0[1]):\($0[2])" }.sorted())
      known.append(obj["known"] as? Bool ?? false)
    }
    #expect(docs.count >= 200)
    let pipeline = try Pipeline.build(ChainSpec.parse("dates"), registry: sharedRegistry)
    let report = try Executor(pipeline, workers: 1).run(docs)
    #expect(report.failures.isEmpty)
    var failures: [String] = []
    for (k, doc) in docs.enumerated() where !known[k] {
      let got = caseLines(doc)
      if got != expected[k] { failures.append("\(doc.id): want \(expected[k]) got \(got)") }
    }
    #expect(failures.isEmpty, "\(failures.count) check cases fail:\n\(failures.joined(separator: "\n"))")
  }

  /// A deterministic sample of the cases `tools/dates/generate_cases.py` composes from templates (both
  /// conventions); a failure is summarised per language and template, with the first few cases shown.
  @Test func generatedCases() throws {
    try runCaseFile("dates_generated.jsonl", keyField: "template", minCount: 300)
  }

  /// The cases `tools/dates/transfer_cases.py` writes: each pattern of one language's suite said in every
  /// other language of that suite family, with the value computed by calendar arithmetic.
  @Test func transferredCases() throws {
    try runCaseFile("dates_transfer.jsonl", keyField: "pattern", minCount: 1000)
  }

  /// The cases `tools/dates/period_cases.py` writes: periods and relative expressions combined from their parts
  /// (modifier x unit, edge x period, ordinal x weekday x month or year, halves, centuries, counted offsets, ...)
  /// in every language of each suite family, with the value computed by calendar arithmetic.
  @Test func periodCases() throws {
    try runCaseFile("dates_period.jsonl", keyField: "pattern", minCount: 1500)
  }

  /// The cases `tools/dates/variant_cases.py` writes: expressions the stage reads, typed the ways people type them
  /// (no accents or diacritics, upper and title case, abbreviations with and without dots, regional names, ordinal
  /// suffixes, numeric dates with every separator, years in words, extra spaces, sentence start and end).
  @Test func variantCases() throws {
    try runCaseFile("dates_variant.jsonl", keyField: "pattern", minCount: 2000)
  }

  /// The cases `tools/dates/negative_cases.py` writes: numbers and words that look like dates but are none (scores,
  /// times, counts, versions, phone numbers, ordinals of places, names, decimals), each with its exact list of dates,
  /// often empty, and ranges of years written with a dash.
  @Test func negativeCases() throws {
    try runCaseFile("dates_negative.jsonl", keyField: "pattern", minCount: 180)
  }

  /// The cases `tools/dates/lookalike_cases.py` writes: Dutch, Spanish and Portuguese sentences with words and numbers
  /// that look like dates and are none (names that are months, weekdays or seasons, ordinals and weekday words in other
  /// senses, dates naming streets, holiday words inside names, fractions, counts, ages), next to real dates.
  @Test func lookalikeCases() throws {
    try runCaseFile("dates_lookalike.jsonl", keyField: "pattern", minCount: 110)
  }

  /// The cases `tools/dates/compose_cases.py` writes: expressions composed of known blocks (an anchor with a counted
  /// offset, an ordinal week, weekend or weekday of a month, a weekday of a relative week, an edge of a relative or
  /// absolute unit, a full date with its weekday, a holiday with a year or a relative word, a counted period, a range
  /// with composed ends), with seeded random anchors and values by calendar arithmetic, in both conventions.
  @Test func composedCases() throws {
    try runCaseFile("dates_compose.jsonl", keyField: "pattern", minCount: 1900)
  }

  /// The cases `tools/dates/quirk_cases.py` writes: the odd surface shapes of written requests and single expressions
  /// (compact numerics, ISO weeks, numbers in words, modifiers around a relative period, weekday + day number, counted
  /// compounds and halves, named periods, holidays, and numbers that look like dates and are not), in both conventions.
  @Test func quirkCases() throws {
    try runCaseFile("dates_quirk.jsonl", keyField: "pattern", minCount: 530)
  }

  /// The cases `tools/dates/context_cases.py` writes: what stands around a date inside a sentence (times and parts of
  /// the day, adjectives and possessives, lists, weekdays counted from a holiday, hedges, open ends, punctuation, and
  /// look-alikes of the same shapes), in both conventions.
  @Test func contextCases() throws {
    try runCaseFile("dates_context.jsonl", keyField: "pattern", minCount: 220)
  }

  /// The cases `tools/dates/request_cases.py` writes: assistant requests and chat sentences in Dutch, Spanish and
  /// Portuguese (weekdays, days and months, numeric dates, relative days and units, counted offsets, holidays, months,
  /// years and decades, parts of a period, ranges, open ends, and numbers that are no date) at the start, in the middle,
  /// at the end of a sentence and before punctuation.
  @Test func requestCases() throws {
    try runCaseFile("dates_request.jsonl", keyField: "pattern", minCount: 570)
  }

  /// The cases `tools/dates/iberian_cases.py` writes: Portuguese and Spanish forms of both continents, in news and
  /// requests ("no próximo dia 5", "a 3 de março", "mar/2016", "el domingo retrasado", "la semana entrante", "antier").
  @Test func iberianCases() throws {
    try runCaseFile("dates_iberian.jsonl", keyField: "pattern", minCount: 210)
  }

  /// The cases `tools/dates/span_cases.py` writes: Dutch, Spanish and Portuguese dates that are more than a day or a month
  /// (halves, quarters, fortnights and weeks of a period, weekday + full date, ordinal words, counted offsets, modifiers
  /// with units, weekdays, months and seasons, holidays, decades and centuries, ranges with relative months, days counted
  /// from days and holidays, parts of the day, compact numerics, bounds, Dutch "a.s." and "jl.", and the edge words of
  /// the Recognizers-Text grammar: bounds before weekdays, articles before seasons, prepositions before weekdays of a week),
  /// and Dutch sentences family by family of that grammar ("[van 28 november t/m 2 december]", "[K2 van vorig jaar]",
  /// "[vrijdag eerstkomend]", "[het gehele jaar]", "[jaar tot op heden]", "[de week na de volgende]").
  @Test func spanCases() throws {
    try runCaseFile("dates_span.jsonl", keyField: "pattern", minCount: 820)
  }

  /// The cases `tools/dates/rtstyle_cases.py` writes: Dutch and Portuguese, then Spanish and English sentences in the
  /// styles of requests to an assistant ("Ik ga … terug", "Volveré el …", calendar commands, questions about sales and
  /// files, bookings, chat lines, lists of words, English word order, typos and missing accents, durations after "voor"
  /// and "por", units written onto their number ("5h", "7D"), comparisons, open bounds, edges, days counted from named
  /// days, anaphoric units, numeric and abbreviated dates, dates in file names, codes and numbers that are no date), and
  /// Portuguese sentences family by family of the Recognizers-Text grammar ("[maio entre 10 e 15]", "[5/11 de 2015]",
  /// "no [sábado que vem]", "[entre os dias 12 e 16 de setembro]", "[este fim-de-semana]", "[dezanove de março]"), and
  /// English and Spanish sentences family by family of that grammar ("[next week on Wednesday]", "[2016 H2]", "[the month
  /// of May]", "[hace una quincena]", "el [martes que viene]", "[setiembre de 2015]", "[medio año]"), and French, German
  /// and Italian sentences family by family ("[plus de 3 semaines]", "des [années septante]", "[le printemps prochain]",
  /// "[eine halbe Stunde]", "[zweieinhalb Tage]", "in [der ersten Woche 2018]", "[a partire da lunedì]", "[sett. 2015]"),
  /// and Portuguese counterparts of the English and Spanish requests, each on its own DCT ("na [próxima segunda]", "[três
  /// fins de semana]", "[desde agosto deste ano]", "[Sexta-feira da 1ª semana de outubro]").
  @Test func rtstyleCases() throws {
    try runCaseFile("dates_rtstyle.jsonl", keyField: "pattern", minCount: 1800)
  }

  /// Portuguese chat and news of round 19 of the rtstyle cases: two digits after a month and "de" are its year, a
  /// modifier before "dia" and a day number names that day, a bound places a day alone after the DCT, preposed
  /// "passado" is the most recent one, "daqui" before counted units closed by "depois" is a place, and chat words.
  @Test func portugueseChatAndNewsOfRound19() throws {
    func spans(_ text: String, lang: String = "pt") throws -> [String] {
      try dates(text, lang: lang, dct: "2016-11-07").spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("vou me formar em maio de 20.") == ["maio de 20=2020-05"])
    #expect(try spans("Me gradúo en mayo del 20.", lang: "es") == ["mayo del 20=2020-05"])
    #expect(try spans("A loja abriu em 5 de abril de 15.") == ["5 de abril de 15=2015-04-05"])
    #expect(try spans("A greve está marcada para o próximo dia 15.") == ["próximo dia 15=2016-11-15"])
    #expect(try spans("O prazo vai até dia 15.") == ["até dia 15=2016-11-15"])
    #expect(try spans("La oferta vale hasta el día 15.", lang: "es") == ["hasta el día 15=2016-11-15"])
    #expect(try spans("O acidente ocorreu no passado dia 3.") == ["passado dia 3=2016-11-03"])
    #expect(try spans("chega daqui 3 dias") == ["daqui 3 dias=2016-11-10"])
    #expect(try spans("vc vem hj?") == ["hj=2016-11-07"])
    #expect(try spans("fds q vem vou pra praia") == ["fds q vem=2016-W46-WE"])
    #expect(try spans("Saí daqui 2 anos 1 mês e 21 dias depois") == ["2 anos 1 mês e 21 dias depois=2018-12-28"])
    #expect(try spans("As obras prolongam-se até ao final do ano.") == ["até ao final do ano=2016"])
  }

  /// Portuguese requests of round 18 of the rtstyle cases: a short weekday that is also an ordinal ("segunda", "quarta")
  /// is read in a longer text with a modifier before or after it, a weekday of the n-th week of a month is one date, a
  /// bound stays with a month of a named year, and a bound after a count of minutes is the count's anchor.
  @Test func portugueseRequestsOfRound18() throws {
    func spans(_ text: String, _ dct: String, type: String = "date") throws -> [String] {
      try dates(text, lang: "pt", dct: dct, type: type).spans.map { $0.0 + "=" + $0.1 }
    }
    #expect(try spans("Não lembro a data, deve ser na próxima segunda ou na próxima terça.", "2018-11-15")
      == ["próxima segunda=2018-11-19", "próxima terça=2018-11-20"])
    #expect(try spans("Não lembro a data, mas acho que foi na quarta passada, à tarde.", "2019-01-31") == ["quarta passada=2019-01-30"])
    #expect(try spans("Foi a segunda vez que ele ligou para a empresa esta manhã.", "2018-11-15").isEmpty)
    #expect(try spans("Sexta-feira da 1ª semana de outubro.", "2019-11-07") == ["Sexta-feira da 1ª semana de outubro=2019-10-04"])
    #expect(try spans("Estou fora desde agosto deste ano", "2016-11-07") == ["desde agosto deste ano=2016-08"])
    #expect(try spans("Vamos começar 3 minutos a partir de hoje", "2018-05-29") == ["hoje=2018-05-29"])
    #expect(try spans("o curso dura três fins de semana", "2020-06-12", type: "duration") == ["três fins de semana=P3WE"])
  }

  /// The cases `tools/dates/single_cases.py` writes: single expressions in the direction=future convention (holidays of
  /// the German- and English-speaking countries, relative units, counted periods, day and month forms, parts of the day,
  /// seasons and edges, ordinal weeks and weekdays, and words that are no date).
  @Test func singleCases() throws {
    try runCaseFile("dates_single.jsonl", keyField: "pattern", minCount: 550)
  }

  /// The cases `tools/dates/german_cases.py` writes: German single expressions in the direction=future convention, as typed
  /// to an assistant in three casings (weekday, day and month in every order and abbreviation, this/next/last/coming/past with
  /// units, weekdays and months, n-th weekdays of a month, weekdays of counted and named weeks, parts of the day, holidays
  /// with and without a year, parts of a month or year, quarters, seasons, years, decades and counted offsets).
  @Test func germanCases() throws {
    try runCaseFile("dates_german.jsonl", keyField: "pattern", minCount: 2300)
  }

  /// The cases `tools/dates/holiday_cases.py` writes: holidays of the Jewish, Islamic, Hindu, Sikh, Buddhist, Chinese and
  /// Parsi calendars, Christian movable feasts and observances under their German and English names, with years 1950-2050
  /// and without, after "am", "an", "zu" and "on", "at", "in", English "next", "last", "next year", "last year", "in" and
  /// "of" a year, in three casings (values by calendar arithmetic done outside the stage).
  @Test func holidayCases() throws {
    try runCaseFile("dates_holidays.jsonl", keyField: "pattern", minCount: 13400)
  }

  /// The cases `tools/dates/world_days_cases.py` writes: the international days of the UN calendar and the common world
  /// days (fixed days and days fixed by a weekday of a month), the days of mothers, fathers and children as each
  /// language's readers keep them, under their names in en de fr es it pt nl da sv nb pl ar, without a year and with one
  /// ("del 2019"), after a preposition or article, German and Polish declined forms, in three casings.
  @Test func worldDayCases() throws {
    try runCaseFile("dates_worlddays.jsonl", keyField: "pattern", minCount: 10900)
  }

  /// A document's dates and durations as the case files write them ("span=value:type"), sorted.
  private func caseLines(_ doc: Document) -> [String] {
    doc.annotations.filter { $0.type == "date" || $0.type == "duration" }.map { a -> String in
      let v = a.attrs["value"].map { "\($0)" } ?? ""
      return "\(doc.text(a.start, a.end))=\(v):\(a.type)"
    }.sorted()
  }

  private func runCaseFile(_ file: String, keyField: String, minCount: Int) throws {
    let path = packageRoot + "/Tests/NLPHostTests/Fixtures/" + file
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var byDirection: [String: [(doc: Document, key: String, want: [String])]] = [:]
    for line in lines {
      guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = obj["id"] as? String, let text = obj["text"] as? String, let exp = obj["expect"] as? [[String]],
        let lang = obj["lang"] as? String, let direction = obj["direction"] as? String
      else { continue }
      var attrs = Attributes()
      attrs["lang"] = .string(lang)
      attrs["dct"] = .string(obj["dct"] as? String ?? "")
      let key = "\(lang) \(direction.prefix(1)):\(obj[keyField] as? String ?? "")"
      byDirection[direction, default: []].append(
        (Document(id: id, text: text, attrs: attrs), key, exp.map { "\($0[0])=\($0[1]):\($0[2])" }.sorted()))
    }
    #expect(byDirection.values.reduce(0) { $0 + $1.count } >= minCount)
    var counts: [String: Int] = [:]
    var shown: [String] = []
    for (direction, cases) in byDirection.sorted(by: { $0.key < $1.key }) {
      let chain = direction == "future" ? "dates(direction=future)" : "dates"
      let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: sharedRegistry)
      let report = try Executor(pipeline, workers: 1).run(cases.map(\.doc))
      #expect(report.failures.isEmpty)
      for c in cases {
        let got = caseLines(c.doc)
        if got != c.want {
          counts[c.key, default: 0] += 1
          if shown.count < 8 { shown.append("\(c.doc.id): \(c.doc.text)\n  want \(c.want) got \(got)") }
        }
      }
    }
    let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    #expect(counts.isEmpty, "\(file): cases fail (\(summary)):\n\(shown.joined(separator: "\n"))")
  }

  // MARK: robustness on real-world text

  /// A word of a character from the last Unicode plane (U+100000 and above: private use) is hashed as the four
  /// UTF-8 bytes it has; the tokenizer used to trap on it, and the dates beside it are still read.
  @Test func wordFromTheLastUnicodePlane() throws {
    let r = try dates("Mødet 3. maj 2021 \u{10FFFF}\u{100000} og \u{1F600} i går.", lang: "da", dct: "2021-08-22")
    #expect(r.spans.map { "\($0.0)=\($0.1)" } == ["3. maj 2021=2021-05-03", "i går=2021-08-21"])
  }
}
