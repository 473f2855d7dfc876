// SPDX-License-Identifier: GPL-3.0-or-later

/// Speakers from the discourse: a quotation with no attribution in its own sentence is spoken by
/// whoever the text brought forward since the last quotation: the speaker of a cue in a sentence
/// before it ("Fuchs sagte, der Bund habe … zugesichert. „…“"), or a named person who became the
/// subject ("Hofer warf der Ministerin vor, … „…“", a paragraph about "Tierpfleger Olaf Brandt"
/// followed by a paragraph that is only a quotation). Only sentences after the end of the last
/// quotation count; without them the last speaker carries on.
extension QuoteFinder {
  /// How many sentences back the discourse is read.
  static let discourseSentences = 3

  /// The speaker (and cue, if any) that the sentences in `floor..<open` give a quotation opening at
  /// `open`, nearest sentence first.
  func discourseSpeaker(before open: Int, floor: Int, named: [(pos: Int, name: String)])
    -> (speaker: String, cue: String?)?
  {
    var end = skipSpaceBack(sentenceStart(open))
    var k = 0
    var pronounAt: Int? = nil
    var pronounWants: UInt8 = 0
    var asked = false
    while k < Self.discourseSentences, end > floor {
      let start = sentenceStart(end - 1)
      if start < floor { break }
      let toks = tokens(start, end)
      // A question without marks between: the text is an interview, and its quotations answer.
      // (the question is the interviewer's and attributes nothing: "Warum so viele?", "Was raten
      // Sie Wanderern?")
      if let lastTok = toks.last(where: { $0.p != UInt8(ascii: "N") }), lastTok.p == UInt8(ascii: "?") {
        asked = true
        if !toks.contains(where: { $0.p == UInt8(ascii: "Q") }) {
          end = skipSpaceBack(start)
          k += 1
          continue
        }
      }
      // A sentence with quotation marks of its own was attributed already; marks around a title
      // or name do not quote anybody ("X warnte in der Sendung „…“ vor zu großen Hoffnungen.").
      if toks.contains(where: { t in
        t.p == UInt8(ascii: "Q") && !inScareSpan(t.s)
      }) { break }
      // The one talked with answers an interview's questions: "Wikinews sprach mit dem Leiter,
      // Frank Oster, über die Lage." ¶ "Wie viele …?" ¶ „…“
      if asked, cueSpeaker(toks) != nil, let partner = interviewPartner(toks) {
        return (partner, nil)
      }
      // A named person as the subject first: a cue may sit in a clause of its own ("…, über die
      // sein Film erzählt").
      let subj = sentenceSubject(toks)
      // (the publication's own voice is no one's: "Hier berichten wir live vom Finale.")
      if let subj, profile.narrators.contains(WordHash.of(subj)) {
        end = skipSpaceBack(start)
        k += 1
        continue
      }
      if let subj, !profile.pronouns.contains(WordHash.of(subj)) {
        if let person = apposition(subj, in: toks) ?? (namesPerson(subj, in: toks) ? subj : nil) {
          // (with the cue whose subject it is when the two make the whole sentence, which then only
          // introduces the words after it: "Ganz anders sieht das die Vorsitzende X, Y.")
          if let lastWord = toks.last(where: { $0.isWord }), person.hasSuffix(string(lastWord.s, lastWord.e)),
            let found = cueSpeaker(toks), found.speaker == person
          {
            return (person, found.cue)
          }
          return (person, nil)
        }
      }
      // (a cue inside a sentence of reported speech is part of what is reported, not the
      // attribution of the words after it: "Die Beamten hätten nach den vorliegenden Berichten …
      // gehandelt.", "Die Anwohner seien von der Stadt gewarnt worden." — read on further back)
      if let found = cueSpeaker(toks), let sp = found.speaker,
        !profile.placeCues.contains(WordHash.of(found.cue)), !cueInsideReport(toks),
        !cueClosesRelative(toks)
      {
        return (sp, found.cue)
      }
      if let subj, profile.pronouns.contains(WordHash.of(subj)), pronounAt == nil {
        pronounAt = start  // the person it stands for is looked for further back
        pronounWants = pronounGender(subj)
      }
      end = skipSpaceBack(start)
      k += 1
    }
    if let at = pronounAt {
      // The paragraph goes on about someone ("Er hat die Nacht im Stall verbracht."): the last
      // speaker of a quotation nearby, else the name mentioned last.
      if let n = named.last, n.pos >= at - 1500, fitsGender(n.name, pronounWants) { return (n.name, nil) }
      if let name = resolveName(before: at, named: named, exclude: [], gender: pronounWants) { return (name, nil) }
    }
    return nil
  }

  /// Whether the last cue of a sentence closes a relative clause, its verb last ("Sie schloss sich
  /// dem Vorschlag des Landrats an, der eine Sperrstunde fordert."): what it reports is the
  /// antecedent's, said before, and attributes no quotation after the sentence; the discourse
  /// reads on further back. Where nouns are capitalised (the verb of a relative clause comes last).
  func cueClosesRelative(_ toks: [Tok]) -> Bool {
    guard profile.capitalNouns, !profile.relatives.isEmpty else { return false }
    var last: (i: Int, next: Int)? = nil
    var i = 0
    while i < toks.count {
      if let m = match(profile.cues, toks, i) {
        last = (i, m.next)
        i = m.next
      } else {
        i += 1
      }
    }
    guard let cue = last, cue.i >= 3,
      cue.next >= toks.count || !toks[cue.next].isWord,
      let r = toks[..<cue.i].lastIndex(where: { !$0.isWord }), toks[r].p == UInt8(ascii: ","),
      r + 1 < cue.i
    else { return false }
    var k = r + 1
    if profile.preps.contains(toks[k].low), k + 1 < cue.i { k += 1 }
    // (a determiner before a noun opens a main clause: "Die Lage ist ernst, der Minister warnt.")
    return profile.relatives.contains(toks[k].low) && k + 1 < cue.i && toks[k + 1].isWord && !toks[k + 1].upper
  }

  /// Whether a sentence opens as reported speech (a verb form of the reported subjunctive before
  /// any cue or comma: "Die Beamten hätten …", "Die Anwohner seien …") and every cue in it
  /// stands inside the report, none opening a clause after a comma as the report's own attribution
  /// does ("Er halte das für gering, sagte X"). Not where the cue comes first ("X sagte, der Bund
  /// habe …").
  func cueInsideReport(_ toks: [Tok]) -> Bool {
    guard profile.capitalNouns, !profile.reported.isEmpty else { return false }
    var sawReported = false
    for i in toks.indices {
      let t = toks[i]
      if !sawReported && t.p == UInt8(ascii: ",") { return false }
      guard t.isWord else { continue }
      if !sawReported && profile.reported.contains(t.low) {
        sawReported = true
      } else if match(profile.cues, toks, i) != nil {
        if !sawReported || (i > 0 && toks[i - 1].p == UInt8(ascii: ",")) { return false }
      }
    }
    return sawReported
  }

  /// The one talked with in a sentence introducing an interview: the phrase after a partner
  /// preposition ("Wikinews sprach mit dem Leiter, Frank Oster, über die Lage"), or the object of
  /// a verb of asking ("Wikinews hat den 52-Jährigen nach … gefragt", "hat sie … befragt").
  func interviewPartner(_ toks: [Tok]) -> String? {
    if let j = toks.firstIndex(where: { $0.isWord && profile.partners.contains($0.low) }),
      j + 1 < toks.count, startsSpeaker(toks[j + 1]), let partner = speakerPhrase(toks, from: j + 1)
    {
      return partner
    }
    if toks.contains(where: { $0.isWord && profile.askers.contains($0.low) }),
      let j = toks.indices.dropFirst().first(where: {
        toks[$0].isWord && (profile.objectDets.contains(toks[$0].low) || profile.objectPronouns.contains(toks[$0].low))
      }), let partner = speakerPhrase(toks, from: j)
    {
      return partner
    }
    return nil
  }

  /// A subject with a name in apposition ("Der Leiter des Instituts, Professor Arne Holt, sieht …"):
  /// the whole phrase.
  func apposition(_ subj: String, in toks: [Tok]) -> String? {
    guard let first = subj.splitBytes(0x20).first,
      let i = toks.firstIndex(where: { $0.isWord && string($0.s, $0.e) == first }),
      let sp = speakerPhrase(toks, from: i), sp.count > subj.count, sp.utf8.contains(0x2C),
      let comma = sp.firstIndex(of: ",")
    else { return nil }
    let name = String(sp[sp.index(after: comma)...])
    return namesPerson(name, in: toks) || name.splitBytes(0x20).count >= 2 ? sp : nil
  }

  /// Whether a subject phrase names a person rather than a thing or an institution: a role and a
  /// full name ("Vorstand Henning Claasen", "Der Leiter des Instituts, Professor Arne Holt"), or a
  /// surname met before after a first name or role ("Hofer").
  func namesPerson(_ phrase: String, in toks: [Tok]) -> Bool {
    let words = phrase.splitBytes { $0 == 0x20 || $0 == 0x2C }
    var caps = 0
    var run = 0
    var longestRun = 0
    for w in words {
      let h = WordHash.of(String(w))
      if let f = w.unicodeScalars.first, Self.isUpper(f.value), !profile.dets.contains(h),
        !profile.stops.contains(h)
      {
        caps += 1
        run += 1
        longestRun = max(longestRun, run)
      } else {
        run = 0
      }
    }
    // (where every noun is capitalised a role word counts too: "Vorstand Henning Claasen";
    // elsewhere two capitalised words in a row are a first name and a surname: "Hélène Cartier")
    if caps >= (profile.capitalNouns ? 3 : 2) && longestRun >= 2 { return true }
    // Where nouns are lowercase, a capitalised word after a role noun is a name ("Su bisnieto
    // Óliver").
    if !profile.capitalNouns, words.count >= 2 {
      for k in 1..<words.count {
        let w = words[k], p = words[k - 1]
        guard let f = w.unicodeScalars.first, Self.isUpper(f.value),
          let pf = p.unicodeScalars.first, Self.isLower(pf.value)
        else { continue }
        let ph = WordHash.of(String(p))
        if !profile.dets.contains(ph) && !profile.stops.contains(ph)
          && !profile.linkers.contains(ph)
        {
          return true
        }
      }
    }
    if words.count == 1, let t = toks.first(where: { $0.isWord && string($0.s, $0.e) == phrase }) {
      return seenAsSurname(t)
    }
    return false
  }

  /// The name labelling the line of a quotation: the line opens with one to three capitalised words
  /// and a colon, the last word written as a name in the text ("Brenner: Hafen wird „…“" above
  /// "Hafenchefin Ulla Brenner hat …"), and the quotation stands later in the label's sentence,
  /// with no cue or other marks between. Not a topic ("Verkehr: Stadt plant „…“"), which is
  /// written as no name; not a label right before the marks (the attribution reads that one).
  func lineLabelName(before open: Int) -> String? {
    guard profile.capitalNouns else { return nil }
    guard let ls = lineStart(before: open, within: 300) else { return nil }
    // (a colon among the line's first bytes before the words are read)
    var colonAt = ls
    while colonAt < open, colonAt - ls < 100, buf[colonAt] != 0x3A { colonAt += 1 }
    guard colonAt < open, buf[colonAt] == 0x3A else { return nil }
    let toks = tokens(ls, open)
    // (the label's words, then its colon)
    guard let colon = labelWordCount(toks), colon < toks.count, toks[colon].p == UInt8(ascii: ":"),
      let words = wordsAfterLabel(toks, from: colon + 1, colons: 0), words > 0
    else { return nil }
    let last = toks[colon - 1]
    guard writtenAsNameHere(last) else { return nil }
    return string(toks[0].s, last.e)
  }

  /// How many words open the tokens of a line as a label naming someone (`lineLabelName`,
  /// `headlineLabel`): one to three label words (`isLabelWord`, none of `excluded`), up to the first
  /// token that is no word, a fourth word or a word of `ends` ("Trainer Olsen zum Derby: „…“"). Nil
  /// when there is none or a word before that end is not a label word.
  func labelWordCount(_ toks: [Tok], endingAt ends: WordSet? = nil, excluding excluded: WordSet? = nil) -> Int? {
    var k = 0
    while k < toks.count, k < 3, toks[k].isWord, ends?.contains(toks[k].low) != true {
      if !isLabelWord(toks[k]) || excluded?.contains(toks[k].low) == true { return nil }
      k += 1
    }
    return k >= 1 ? k : nil
  }

  /// How many words stand between a label and the quotation marks (the tokens from `i` on): nil
  /// when a cue, other marks, a sentence stop or more than `colons` colons stand there.
  func wordsAfterLabel(_ toks: [Tok], from i: Int, colons: Int) -> Int? {
    var words = 0
    var colons = colons
    for j in i..<toks.count {
      let t = toks[j]
      if t.isWord {
        if match(profile.cues, toks, j) != nil { return nil }
        words += 1
      } else if t.p == UInt8(ascii: ":") {
        if colons == 0 { return nil }
        colons -= 1
      } else if t.p == UInt8(ascii: "Q") || Self.isStopByte(buf[t.s]) {
        return nil
      }
    }
    return words
  }

  /// A capitalised word that can be part of a label naming someone: no determiner, stop word or
  /// pronoun.
  func isLabelWord(_ t: Tok) -> Bool {
    t.upper && !profile.dets.contains(t.low) && !profile.stops.contains(t.low) && !profile.pronouns.contains(t.low)
  }

  /// A label's last word that names someone: a role noun (`headlineRoles`, also as a compound's
  /// end) or a word written as a name here.
  func namesRoleOrPerson(_ w: Tok) -> Bool {
    isRoleNoun(w) || writtenAsNameHere(w)
  }

  /// A role noun of `headlineRoles`, also as a compound's end ("Gouverneur", "Polizeisprecherin").
  func isRoleNoun(_ w: Tok) -> Bool {
    isNoun(w, of: profile.headlineRoles, suffixes: profile.headlineRoleSuffixes)
  }

  /// `isRoleNoun` for the capitalised word at `w` of a run of words.
  func isRoleNoun(at w: (s: Int, e: Int)) -> Bool {
    isRoleNoun(wordTok(w))
  }

  /// The capitalised word at the byte range `w` of a run of words, as a token.
  func wordTok(_ w: (s: Int, e: Int)) -> Tok {
    Tok(s: w.s, e: w.e, p: 0, low: WordHash.of(buf, w.s, w.e), upper: true)
  }

  /// The person labelling a headline or label line that holds a quotation: the line stands by
  /// itself (a line break before it, none within it, no sentence stop at its end, at most 250
  /// bytes) and opens with one to three capitalised words, then a colon or a preposition of a
  /// topic ("Gouverneur: Sturm hat „…“ hinterlassen", "Trainer Olsen zum Derby: „…“", "Name zum
  /// Thema „…“"). The label's last word is a role noun (`headlineRoles`, also as a compound's end)
  /// or written as a name elsewhere in the text; not a debate's or a programme's title ("Aktuelle
  /// Stunde: „…“"), a label noun ("Motto: „…“"), a place or a topic ("Verkehr: Stadt plant „…“").
  /// No cue, other marks or a sentence stop between the label and the marks.
  func headlineLabel(open: Int, closeEnd: Int) -> String? {
    guard profile.capitalNouns, !profile.headlineRoles.isEmpty else { return nil }
    guard let ls = lineStart(before: open, within: 250) else { return nil }
    var le = closeEnd
    while le < n, le - ls < 250, buf[le] != 0x0A { le += 1 }
    guard le >= n || buf[le] == 0x0A else { return nil }
    var last = le
    while last > closeEnd, buf[last - 1] == 0x20 || buf[last - 1] == 0x09 || buf[last - 1] == 0x0D { last -= 1 }
    // (a stop after the closing mark ends a sentence: "Aktuelle Stunde: „…“.")
    if last > closeEnd, Self.isStopByte(buf[last - 1]) { return nil }
    let toks = tokens(ls, open)
    // A line opened by the marks, a spaced dash after them and the person as the subject of the
    // rest ("„…“ – Ministerin Roth kündigt Neubau an").
    if toks.isEmpty {
      var d = closeEnd
      while d < le, buf[d] == 0x20 { d += 1 }
      let dl = dashLength(at: d, before: le)
      guard d > closeEnd, dl > 0, d + dl < le, buf[d + dl] == 0x20 else { return nil }
      let after = tokens(d + dl, le)
      var j = 0
      while j < after.count, j < 3, after[j].isWord, isLabelWord(after[j]) {
        j += 1
      }
      guard j >= 1, j < after.count, after[j].isWord, !after[j].upper else { return nil }
      let w = after[j - 1]
      guard namesRoleOrPerson(w) else { return nil }
      return string(after[0].s, w.e)
    }
    guard let k = labelWordCount(toks, endingAt: profile.topicPreps, excluding: profile.labelNouns) else {
      return nil
    }
    let lastWord = toks[k - 1]
    // (or a role noun and a name right before the marks: "Bundeskanzlerin Merkel „…“")
    if k == toks.count {
      guard k >= 2, isRoleNoun(toks[0]),
        writtenAsNameHere(lastWord)
      else { return nil }
      return string(toks[0].s, lastWord.e)
    }
    let topic = toks[k].isWord && profile.topicPreps.contains(toks[k].low)
    guard topic || toks[k].p == UInt8(ascii: ":") else { return nil }
    guard namesRoleOrPerson(lastWord), wordsAfterLabel(toks, from: k + 1, colons: topic ? 1 : 0) != nil else {
      return nil
    }
    return string(toks[0].s, lastWord.e)
  }

  /// How many sentences back a quotation left without a speaker reads its paragraph.
  static let contextSentences = 4

  /// The speaker a reader gives a quotation opening at `open` that no rule attributed, where nouns
  /// are capitalised: going back sentence by sentence within its paragraph (no blank line between),
  /// the first sentence whose subject is a person (a name or a role phrase as written: "Laumann
  /// zeichnete ein düsteres Bild. „…“", "Wenn Bauer X über sein Feld geht, … Schuld ist die Dürre:
  /// „…“"); reaching the last quotation first, with no such subject between, its speaker ("Die
  /// Ministerin betonte: „…“ stellte aber zugleich klar, dass es „…“ nicht geben könne."). Nil when
  /// neither is found within `contextSentences` sentences.
  func contextSpeaker(before open: Int, last: (end: Int, speaker: String?)?) -> String? {
    guard profile.capitalNouns else { return nil }
    var start = sentenceStart(open)
    var end = open
    var k = 0
    while k < Self.contextSentences, end > 0 {
      let toks = tokens(start, end)
      if let l = last, l.end >= start, l.end <= end { return l.speaker }
      if toks.contains(where: { $0.p == UInt8(ascii: "Q") && !inScareSpan($0.s) }) { return nil }
      if let subj = sentenceSubject(toks), !profile.narrators.contains(WordHash.of(subj)) {
        if profile.pronouns.contains(WordHash.of(subj)) {
          // (a pronoun subject after a person named earlier in its own sentence stands for that
          // person: "Wenn Bauer X über sein Feld geht, könnte er heulen.")
          if let t = toks.first(where: { $0.isWord && string($0.s, $0.e) == subj }) {
            scanMentions(upTo: t.s)
            if let m = mentions.last(where: { $0.pos < t.s }), m.pos >= start { return string(m.s, m.e) }
          }
        } else {
          if let full = apposition(subj, in: toks) { return full }
          // (a single word only where the text writes it as a name: "Laumann", not "Schuld")
          if namesPerson(subj, in: toks) || namesRole(subj) || (!subj.utf8.contains(0x20) && writtenAsName(subj)) {
            return subj
          }
        }
      }
      let prev = skipSpaceBack(start)
      if prev <= 0 || blankLine(prev, start) { break }
      end = prev
      start = sentenceStart(end - 1)
      if start >= end { break }
      k += 1
    }
    return nil
  }

  /// Whether a blank line (a paragraph break) lies between `s` and `e`. The context speaker reads
  /// paragraphs as wiki text renders them, a single line break inside one (unlike the line breaks the
  /// rest of the stage reads as ends of a paragraph, `lineBreak(at:)`); the suite and its training
  /// articles come from wiki markup, and round 29 was measured on them so.
  func blankLine(_ s: Int, _ e: Int) -> Bool {
    var i = s
    var seen = false
    while i < e {
      let b = buf[i]
      if b == 0x0A {
        if seen { return true }
        seen = true
      } else if b != 0x20 && b != 0x0D && b != 0x09 {
        seen = false
      }
      i += 1
    }
    return false
  }

  /// Whether a phrase opens with a role noun, after a determiner or an adjective if any ("Die
  /// Ministerin", "Bauer Lampe", "der Vorsitzende").
  /// Unlike `isRole` (tokens, a determiner only before the role, where nouns are lowercase), it reads
  /// a subject phrase as written and passes lowercase attributes too, which can be told from nouns
  /// only where nouns are capitalised, the one place its caller `contextSpeaker` runs.
  func namesRole(_ phrase: String) -> Bool {
    for w in phrase.splitBytes(0x20).prefix(3) {
      let h = WordHash.of(String(w))
      if isRoleWord(word: w) { return true }
      if let f = w.unicodeScalars.first, Self.isUpper(f.value), !profile.dets.contains(h) { return false }
    }
    return false
  }
}
