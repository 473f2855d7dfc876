// SPDX-License-Identifier: GPL-3.0-or-later

import StageKit

/// Who said it and how, with the evidence that the marks enclose speech.
struct Attribution {
  var speaker: String?
  var cue: String?
  /// A colon right before the opening mark.
  var colon = false
  /// An attribution right after the quotation (`“…”, she said`, `„…“, so X`).
  var tightAfter = false
  /// A cue somewhere in the sentence.
  var cueInSentence = false
  /// A verb form of reported speech in the sentence.
  var reported = false
  /// Reported speech whose speaker the text before gives (a cue or a subject since the last
  /// quotation, the last speaker, or the pronoun subject of the sentence): a partial quotation of
  /// that speaker even when it is a word or two ("Der Haushalt sei „verfassungswidrig“").
  var reportedContext = false
  /// A separable cue verb around the marks ("warf der Regierung „…“ vor"): the quotation is its object.
  var aroundCue = false
  /// A headline or label line naming the person quoted (`headlineLabel`).
  var headline = false
}

extension QuoteFinder {
  func run() -> [QuoteFinding] {
    scan()
    var cands = pair()
    cands.append(contentsOf: dashCandidates())
    cands.append(contentsOf: blockCandidates())
    cands.append(contentsOf: turnCandidates())
    cands.sort {
      $0.contentStart < $1.contentStart
        || ($0.contentStart == $1.contentStart && $0.contentEnd > $1.contentEnd)
    }
    markLists(&cands)
    var results: [QuoteFinding] = []
    var last: (end: Int, speaker: String?, cue: String?, resolved: String?)? = nil
    // An interviewer's question ("„…?“, wollte die Zeitung wissen") and the speaker before it,
    // who answers a quotation without attribution after it.
    var askedBy: (end: Int, answerer: (speaker: String?, cue: String?, resolved: String?))? = nil
    var lastDash: (para: Int, speaker: String?, cue: String?, resolved: String?)? = nil
    var knownNames = Set<UInt64>()
    var lastNameEnd = -1  // the closing mark's end of the last marks judged a name or title
    var named: [(pos: Int, name: String)] = []  // speakers that are not pronouns
    var resolvedBy: [String: String] = [:]
    for c in cands {
      guard let (s, e) = trimContent(c.contentStart, c.contentEnd), hasWord(s, e) else { continue }
      var a: Attribution
      if let l = c.label {
        // (a transcript's turn: the label is the speaker)
        a = Attribution()
        a.colon = true
        a.speaker = string(l.s, l.e)
      } else if c.block {
        // (the speaker and cue of the sentence that introduces the block)
        a = Attribution()
        a.colon = true
        if let found = cueSpeaker(tokens(sentenceStart(c.open), c.open)) {
          a.speaker = found.speaker
          a.cue = found.cue
        }
      } else {
        a = attribute(c, s, e)
        // A whole sentence quoted with its source in parentheses right after it ("„…“ (Der
        // Premierminister X am Donnerstag in London)", "„…“ (Telepolis)", as in a roundup of
        // sayings or a press review): the phrase opening the parenthesis speaks.
        // (not over a label before a colon: a transcript's "(Beifall)" after a turn is no source)
        if !c.dash, c.depth == 0, a.speaker == nil,
          let sp = parenthesisSource(c, s, e)
        {
          a.speaker = sp
          a.tightAfter = true
        }
        if !c.dash, c.depth == 0, a.speaker == nil, a.cue == nil, !a.colon,
          let sp = captionSource(c, s, e)
        {
          a.speaker = sp
          a.tightAfter = true
        }
        if !c.dash, c.depth == 0, a.speaker == nil, a.cue == nil, !a.colon,
          let sp = headingSource(c, s, e)
        {
          a.speaker = sp
        }
      }
      // The publication's own voice ("Wir dokumentieren den Brief in Auszügen:") speaks no quotation.
      if c.depth == 0, let sp = a.speaker, profile.narrators.contains(WordHash.of(sp)) {
        a.speaker = nil
        a.cue = nil
      }
      var via = a.speaker == nil ? "none" : "attr"
      var parts: [(Int, Int)] = [(s, e)]
      if !c.dash, !profile.capitalNouns, e - s < 4000, let inc = incise(s, e) {
        parts = [(s, inc.firstEnd), (inc.secondStart, e)]
        if a.speaker == nil {
          a.speaker = inc.speaker
          a.cue = inc.cue
        }
        a.cueInSentence = true
        a.tightAfter = true
      }
      // A dash paragraph after a colon: the sentence of the colon attributes it ("Hemligheten är
      // enkel, enligt henne:¶– Gröt varje morgon.").
      // (not after a dash paragraph: its own speaker goes on, "…, siger hun og tilføjer:")
      if c.dash, c.continuation, a.speaker == nil, c.open > 0,
        lastDash.map({ paraIndex(of: c.open) - $0.para > 2 }) ?? true
      {
        let colon = skipSpaceBack(c.open)
        if colon > 0, buf[colon - 1] == 0x3A,
          let found = cueSpeaker(tokens(sentenceStart(colon - 1), colon)), found.speaker != nil
        {
          a.speaker = found.speaker
          a.cue = found.cue
        }
      }
      if c.continuation, let ld = lastDash, a.speaker == nil {
        a.speaker = ld.speaker
        a.cue = ld.cue
      }
      var resolved: String? = nil
      // A bare impersonal cue of the quotation's own sentence ("Auf Nachfrage hieß es: „…“",
      // "„…“, hieß es.") names no source: the quotation has no speaker, not one from the sentences
      // before (the German WikiNews annotation leaves it without one; with a source of its own,
      // "hieß es aus dem Ministerium", attribute has found it).
      let impersonal = !c.dash && a.speaker == nil && bareImpersonalCue(c, a)
      if impersonal, a.cue == nil { a.cue = impersonalCueAfter(c) }
      // A person brought forward since the last quotation speaks a quotation without attribution.
      // (also for a cue without a subject: "«…», aseguró a Heraldo", "—… —contó—.")
      // (in reported speech the subject of the sentence is what is reported on: "Sein Mandant
      // habe sich bedroht gefühlt, die Kammer habe das „…“" follows the cue sentence before it)
      // (but a pronoun subject of reported speech is its speaker as written, not the name before
      // it: "Vollmer wies die Vorwürfe zurück. Sie habe „…“" — below)
      // (a pronoun after a preposition is its object, no subject: "Ohne sie wäre der Sieg „…“")
      // (the words of the quotation's own sentence before it, read by the checks below)
      let ownToks = c.dash ? [] : tokens(sentenceStart(c.open), c.open)
      let ownSubject = c.dash ? nil : ownSentenceSubject(ownToks)
      // A quotation of whole sentences opening its paragraph without attribution, the paragraph
      // going on with a person as the subject: that person speaks ("„…“ Der Berufsfischer X steht
      // am Ufer und zeigt …", "„…“ Rehberg wirkte nach dem Spiel gefasst.").
      if a.speaker == nil, a.cue == nil, !impersonal, !c.dash, c.depth == 0,
        c.open == 0 || lineBreak(at: c.open - 1), e > s, Self.isStopByte(buf[e - 1])
      {
        let next = tokens(c.closeEnd, sentenceEnd(c.closeEnd))
        if !next.isEmpty, !next.contains(where: { $0.p == UInt8(ascii: "Q") }),
          let subj = sentenceSubject(next), !profile.pronouns.contains(WordHash.of(subj)),
          let sp = apposition(subj, in: next) ?? (namesPerson(subj, in: next) ? subj : nil)
        {
          a.speaker = sp
          via = "next"
        }
      }
      // A headline or line opened by a name and a colon, the quotation later in its sentence
      // ("Brenner: Hafen wird „…“", "Olsen: Wollen „…“"): the name speaks.
      // (also a line by itself, a role noun as its label or a topic after the name: "Gouverneur:
      // Sturm hat „…“ hinterlassen", "Name zum Thema: „…“"; the marks hold that person's words)
      if a.cue == nil, !a.cueInSentence, !impersonal, !c.dash, c.depth == 0,
        let label = headlineLabel(open: c.open, closeEnd: c.closeEnd)
      {
        a.speaker = label
        a.headline = true
        via = "headline"
      }
      if a.speaker == nil, a.cue == nil, !a.colon, !impersonal, !c.dash, c.depth == 0,
        let label = lineLabelName(before: c.open)
      {
        a.speaker = label
        via = "label"
      }
      // (a pronoun after the verb of reported speech in second place is its subject too: "Die
      // Brücke habe er „…“")
      let invertedPronoun = !c.dash && a.reported && !a.cueInSentence ? pronounAfterReportedVerb(ownToks) : nil
      let pronounSubject =
        (ownSubject.map { profile.pronouns.contains(WordHash.of($0)) } ?? false) || invertedPronoun != nil
      if a.speaker == nil, !impersonal, !c.dash || (a.cue != nil && !c.continuation) || c.standalone,
        c.dash || ownSubject == nil || (a.reported && !a.cueInSentence && !pronounSubject),
        let d = discourseSpeaker(
          before: c.open, floor: last.map { $0.end } ?? max(0, c.open - 800), named: named)
      {
        a.speaker = d.speaker
        a.cue = a.cue ?? d.cue
        via = "discourse"
      }
      // A pronoun subject of reported speech is its speaker ("Er werde … „…“ machen").
      if a.speaker == nil, !c.dash, a.reported, !a.cueInSentence,
        let sp = ownSubject.flatMap({ profile.pronouns.contains(WordHash.of($0)) ? $0 : nil }) ?? invertedPronoun
      {
        a.speaker = sp
        via = "pronoun"
      }
      // A quotation without attribution right after an attributed one continues it.
      // (not when a cue of its own sentence has no speaker: "In dem Papier ist von „…“ die
      // Rede")
      // (a cue without a subject of its own, where a language drops subject pronouns, goes with
      // the last speaker too: "«…», contó.")
      // (a dash quotation too, where its cue has no subject: "– …– dodała.")
      // (not when a person introduced since, with role or full name, is the subject of its own
      // sentence, outside reported speech: "Der Kritiker Lutz X, der …, hielt das Buch für „…“" —
      // the subject below; a surname alone is often the one spoken about: "X gelinge es, „…“")
      var ownPerson = false
      if !c.dash, !a.reported, let sj = ownSubject, sj.utf8.contains(0x20), sj != last?.speaker,
        !profile.pronouns.contains(WordHash.of(sj))
      {
        ownPerson = namesPerson(sj, in: ownToks)
      }
      // (nor when the subject of a colon sentence owns a noun of speech in its clause: "Krämer kommt in
      // ihrer Stellungnahme zu dem Schluss: „…“")
      if !c.dash, a.colon, a.cue == nil, let sj = ownSubject, sj != last?.speaker,
        !profile.pronouns.contains(WordHash.of(sj)), ownsSpeechNoun(ownToks)
      {
        ownPerson = true
      }
      if a.speaker == nil, !impersonal, !ownPerson, a.cue == nil || c.dash || profile.proDrop, let l = last, c.open >= l.end,
        c.open - l.end < 700, l.speaker != nil,
        !c.dash || c.continuation || (profile.proDrop && a.cue != nil)
      {
        a.speaker = l.speaker
        a.cue = a.cue ?? l.cue
        resolved = l.resolved
        via = "carry"
        if let q = askedBy, q.end == l.end, q.answerer.speaker != nil {
          a.speaker = q.answerer.speaker
          a.cue = q.answerer.cue
          resolved = q.answerer.resolved
          via = "answer"
        }
      }
      lastDebug = ""
      if a.speaker != nil, a.reported, !a.cueInSentence, via != "none" { a.reportedContext = true }
      if a.speaker == nil, !impersonal, !c.dash, a.reported {
        // Reported speech ("… seien „alarmierend“") continues the last attributed sentence before it.
        let ss = sentenceStart(c.open)
        // (a verb of words written somewhere speaks only for marks in its own sentence)
        if ss > 0, let found = cueSpeaker(tokens(max(0, ss - 600), ss)), found.speaker != nil,
          !profile.placeCues.contains(WordHash.of(found.cue))
        {
          a.speaker = found.speaker
          a.cue = found.cue
          via = "reported"
          a.reportedContext = true
        }
      }
      if a.speaker == nil, !impersonal, !c.dash {
        // The subject of the sentence around the quotation, else of the sentence before.
        let ss = sentenceStart(c.open)
        var toks = tokens(ss, c.open)
        var subj = sentenceSubject(toks)
        // A bare capitalised word that opens its sentence is a speaker only where the text
        // writes it as a name elsewhere ("Sabine Brenner" … "Brenner wirkte gelöst."); else it
        // is a fronted adjective or adverb ("Branchenüblich ist das nicht.") and no speaker is
        // better; in reported speech it is an indefinite pronoun ("Man könne nicht wegen „…“")
        // standing for the subject of the sentence before.
        var bareOwn = false
        // (not one whose clause goes on with a noun of speech it owns: "Krämer kommt in ihrer
        // Stellungnahme zu dem Schluss: „…“")
        if let w = subj, !named.contains(where: { $0.name.hasSuffix(w) }), bareOpeningWord(w, toks[...]),
          !ownsSpeechNoun(toks)
        {
          subj = nil
          bareOwn = true
        }
        if subj == nil, ss > 0, !bareOwn || a.reported {
          let prevEnd = skipSpaceBack(ss)
          if prevEnd > 0 {
            toks = tokens(sentenceStart(prevEnd - 1), prevEnd)
            subj = sentenceSubject(toks)
            if let w = subj, !named.contains(where: { $0.name.hasSuffix(w) }), bareOpeningWord(w, toks[...]) {
              subj = nil
            }
          }
        }
        if let w = subj, c.depth == 0, profile.narrators.contains(WordHash.of(w)) { subj = nil }
        // (the words of the cue are no subject speaking: "Es ist die Rede von „…“")
        if subj != nil, subj == a.cue { subj = nil }
        a.speaker = subj
        if subj != nil { via = "subject" }
      }
      // The same words quoted before as a name or title ("Forschungsschiff „Meerfalke“" … "die „Meerfalke“").
      let key = e - s <= 60 ? WordHash.of(buf, s, e) : 0  // (read only for short ones)
      // (marks joined by "und", "oder" or a comma alone to the marks just judged a name)
      var coordinated = false
      if lastNameEnd >= 0, c.open > lastNameEnd, c.open - lastNameEnd <= 12, !profile.coordinators.isEmpty {
        let between = tokens(lastNameEnd, c.open)
        coordinated =
          between.count == 1
          && (between[0].isWord ? profile.coordinators.contains(between[0].low) : between[0].p == UInt8(ascii: ","))
      }
      let scare =
        c.dash || c.block
        ? false
        : !isSpeech(c, s, e, a, knownName: e - s <= 60 && knownNames.contains(key), coordinated: coordinated)
      if scare && e - s <= 60 { knownNames.insert(key) }
      if !c.dash && !c.block { lastNameEnd = scare ? c.closeEnd : -1 }
      if scare { addScareSpan(c.open, c.closeEnd) }
      // A speaker or cue runs within a sentence: a line break in it only wraps the line.
      if let sp = a.speaker, sp.utf8.contains(0x0A) { a.speaker = Self.unwrapped(sp) }
      if let cu = a.cue, cu.utf8.contains(0x0A) { a.cue = Self.unwrapped(cu) }
      // "Ihre Antwort: „…“", "Sein wichtigster Satz vor der Presse: „…“" — the owner speaks; so does
      // the owner of an abstract noun subject of a colon sentence without a cue ("Seine Zuversicht
      // gründet sich auf …: „…“"), and the person named before for a noun of speech with a
      // determiner there ("Danach die üblichen Worte: „…“", "Die Antwort kam prompt: „…“").
      if let sp = a.speaker, resolved == nil, standsForOwner(sp, colonWithoutCue: a.colon && a.cue == nil),
        let owner = resolveName(before: c.open, named: named, exclude: [])
      {
        a.speaker = owner
      }
      if let sp = a.speaker, resolved == nil,
        profile.pronouns.contains(WordHash.of(sp)) || (profile.capitalNouns && !sp.utf8.contains(0x20) && profile.dets.contains(WordHash.of(sp)))
      {
        let pr = sp.lowercased()
        let exclude = Set(resolvedBy.filter { $0.value != pr }.map { $0.key })
        // (a demonstrative points at a person named before it, not at one named later in its clause:
        // "sagte dieser, dass Delmare …")
        var at = c.open
        if profile.demonstratives.contains(WordHash.of(sp)) || profile.dets.contains(WordHash.of(sp)) {
          let h = WordHash.of(sp)
          if let t = tokens(sentenceStart(c.open), sentenceEnd(c.closeEnd)).first(where: {
            $0.isWord && $0.low == h && string($0.s, $0.e) == sp
          }), t.s < c.open {
            at = t.s
          }
        }
        resolved = resolveName(before: at, named: named, exclude: exclude, gender: pronounGender(sp))
        if let r = resolved { resolvedBy[r] = pr }
      }
      // A quotation still without a speaker (not a title or term, not after an impersonal cue): the
      // one a reader gives it from its paragraph (German). It is reported as read from the context
      // and carries no further: the quotations after it are attributed as before.
      var fromContext: String? = nil
      if !scare, a.speaker == nil, !impersonal, !c.dash, !c.block, c.label == nil, c.depth == 0 {
        fromContext = contextSpeaker(before: c.open, last: last.map { ($0.end, $0.speaker) })
        if fromContext != nil { via = "context" }
      }
      // A quotation running over paragraphs that each reopen with a mark: one quote per paragraph.
      parts = parts.flatMap { splitAtReopenings($0.0, $0.1) }
      for (ps, pe) in parts {
        guard let (ts, te) = trimContent(ps, pe), hasWord(ts, te) else { continue }
        results.append(
          QuoteFinding(
            start: ts, end: te, speaker: a.speaker ?? fromContext, cue: a.cue, resolved: resolved,
            scare: scare, fromContext: fromContext != nil,
            debug: Self.debug ? "via=\(via) " + lastDebug : ""))
      }
      if !scare {
        // (not a source of an impersonal cue, a document or statement: "Darin heißt es: „…“"
        // gives no one for a later "er" to stand for)
        if let sp = a.speaker, !profile.pronouns.contains(WordHash.of(sp)),
          !(a.cue ?? "").splitBytes(0x20).contains(where: { profile.impersonal.contains(WordHash.of(String($0))) })
        {
          named.append((c.open, sp))  // its name part is taken when a pronoun needs it
        }
        askedBy = nil
        if let l = last, l.speaker != nil, l.speaker != a.speaker, e > s, buf[e - 1] == 0x3F,
          let sp = a.speaker, isInterviewer(sp)
        {
          askedBy = (c.closeEnd, (l.speaker, l.cue, l.resolved))
        }
        last = (c.closeEnd, a.speaker, a.cue, resolved)
        if c.dash {
          lastDash = (paraIndex(of: c.open), a.speaker, a.cue, resolved)
        }
      }
    }
    results.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
    return results
  }

  /// The speaker named by a parenthesis right after a quoted sentence: its content ends with
  /// . ! or ?, the parenthesis opens after the closing mark and starts with a capitalised word that
  /// is not all capitals (an agency's "(AFP)" marks the copy, not the words).
  func parenthesisSource(_ c: Candidate, _ s: Int, _ e: Int) -> String? {
    guard e > s, Self.isStopByte(buf[e - 1]) else { return nil }
    var k = c.closeEnd
    while k < n, buf[k] == 0x20 { k += 1 }
    // (or on the next line under a quotation alone on its line: "„…“¶(Bürgermeisterin X, 2024)")
    if k + 1 < n, buf[k] == 0x0A, c.open == 0 || buf[c.open - 1] == 0x0A {
      k += 1
      while k < n, buf[k] == 0x20 { k += 1 }
    }
    guard k + 1 < n, buf[k] == 0x28 else { return nil }
    var pe = k + 1
    while pe < n, pe - k < 300, buf[pe] != 0x29, buf[pe] != 0x0A { pe += 1 }
    let toks = tokens(k + 1, pe)
    guard let f = toks.first, f.isWord, f.upper, f.e - f.s > 1 else { return nil }
    // (not an agency in capitals, "(AFP)"; a compound opened by one is a noun: "(US-Präsident X …)")
    if Self.isUpper(scalar(at: f.s + scalar(at: f.s).1).0) {
      var j = f.s
      var hyphen = false
      var lowerAfter = false
      while j < pe, buf[j] != 0x20, buf[j] != 0x29 {
        let (ch, len) = scalar(at: j)
        if ch == 0x2D { hyphen = true } else if hyphen, Self.isLower(ch) { lowerAfter = true }
        j += len
      }
      guard lowerAfter else { return nil }
    }
    return speakerPhrase(toks, from: 0)
  }

  /// A whole sentence quoted alone on its line with the next line a caption naming a person and
  /// no verb of its own ("„…“¶Verteidigungsminister Franz Josef Jung", "„…“¶Michael Glos (CSU) bei
  /// seiner Forderung nach …", a roundup of sayings): the caption's person speaks. The phrase must
  /// name a person and end the line or go on with a comma, a parenthesis or a preposition, so a
  /// line going on with a verb ("Der Berufsfischer X steht am Ufer") is no caption.
  func captionSource(_ c: Candidate, _ s: Int, _ e: Int) -> String? {
    guard e > s, Self.isStopByte(buf[e - 1]),
      c.open == 0 || paragraphStart(c.open - 1) || buf[c.open - 1] == 0x0A
    else { return nil }
    var k = c.closeEnd
    while k < n, buf[k] == 0x20 || buf[k] == 0x09 { k += 1 }
    // (the caption on the very next line, no blank line between)
    guard k < n, buf[k] == 0x0A else { return nil }
    k += 1
    while k < n, buf[k] == 0x20 { k += 1 }
    guard k < n, buf[k] != 0x0A else { return nil }
    var le = k
    while le < n, le - k < 300, buf[le] != 0x0A { le += 1 }
    guard le < n || le - k < 300 else { return nil }
    let toks = tokens(k, le)
    guard let f = toks.first, f.isWord, f.upper, !toks.contains(where: { $0.p == UInt8(ascii: "Q") }),
      let sp = speakerPhrase(toks, from: 0)
    else { return nil }
    // The token after the phrase (its parenthesis included).
    let end = k + sp.utf8.count
    // (a caption may be a bare first name and surname: "Michael Glos (CSU) bei …")
    guard namesPerson(sp, in: toks)
      || toks.filter({
        $0.s < end && $0.isWord && $0.upper && !profile.dets.contains($0.low) && !profile.stops.contains($0.low)
      }).count >= 2
    else { return nil }
    guard let nx = toks.firstIndex(where: { $0.s >= end }) else { return sp }
    let t = toks[nx]
    if t.p == UInt8(ascii: ",") || t.p == UInt8(ascii: "(") { return sp }
    if t.isWord, !t.upper, profile.preps.contains(t.low) || isTimeWord(t) { return sp }
    return nil
  }

  /// A whole sentence quoted alone in its paragraph, nothing after the closing mark on its line,
  /// with the line above it (one blank line between at most) a heading that is only a phrase
  /// naming a person ("Maurice Keller¶¶„…“", a roundup of voices after a match): the heading's
  /// person speaks. The heading must end with the phrase, so a line going on with a verb
  /// ("Kreis sucht Grundstück") or ending with a colon is no heading.
  func headingSource(_ c: Candidate, _ s: Int, _ e: Int) -> String? {
    guard e > s, Self.isStopByte(buf[e - 1]), c.open > 0, paragraphStart(c.open) else { return nil }
    var k = c.closeEnd
    while k < n, buf[k] == 0x20 || buf[k] == 0x09 { k += 1 }
    guard k == n || buf[k] == 0x0A else { return nil }
    // (back over the line break before the quotation and at most one blank line)
    var j = c.open
    while j > 0, buf[j - 1] == 0x20 || buf[j - 1] == 0x09 { j -= 1 }
    var breaks = 0
    while j > 0, buf[j - 1] == 0x0A || buf[j - 1] == 0x20 || buf[j - 1] == 0x09 || buf[j - 1] == 0x0D {
      if buf[j - 1] == 0x0A { breaks += 1 }
      j -= 1
    }
    guard breaks >= 1, breaks <= 2, j > 0 else { return nil }
    let le = j
    guard let ls = lineStart(before: le, within: 120) else { return nil }
    let toks = tokens(ls, le)
    guard let f = toks.first, f.isWord, f.upper, toks.count <= 12,
      !toks.contains(where: { $0.p == UInt8(ascii: "Q") }),
      let sp = speakerPhrase(toks, from: 0)
    else { return nil }
    let end = f.s + sp.utf8.count
    // (the phrase is the whole line)
    guard !toks.contains(where: { $0.s >= end }) else { return nil }
    guard namesPerson(sp, in: toks)
      || toks.filter({
        $0.s < end && $0.isWord && $0.upper && !profile.dets.contains($0.low) && !profile.stops.contains($0.low)
      }).count >= 2
    else { return nil }
    return sp
  }

  /// The start of the line holding the bytes before `pos` (0 or the byte after a line break), or nil
  /// when it lies more than `limit` bytes back.
  func lineStart(before pos: Int, within limit: Int) -> Int? {
    var ls = pos
    while ls > 0, pos - ls < limit, buf[ls - 1] != 0x0A { ls -= 1 }
    return ls == 0 || buf[ls - 1] == 0x0A ? ls : nil
  }

  /// Whether `pos` opens a paragraph or line (only spaces between it and a line break).
  func paragraphStart(_ pos: Int) -> Bool {
    var j = pos
    while j > 0, buf[j - 1] == 0x20 || buf[j - 1] == 0x09 { j -= 1 }
    return j == 0 || buf[j - 1] == 0x0A
  }

  /// Whether a speaker phrase names an interviewer: its last word is a noun of one ("die Zeitung",
  /// "ein Reporter"), also as the end of a compound ("Fernsehreporter").
  func isInterviewer(_ phrase: String) -> Bool {
    guard !profile.interviewers.isEmpty,
      let last = phrase.splitBytes { $0 == 0x20 || $0 == 0x2C }.last
    else { return false }
    let w = last.lowercased()
    if profile.interviewers.contains(WordHash.of(w)) { return true }
    guard profile.capitalNouns else { return false }
    for k in w.indices.dropFirst(3) where profile.interviewers.contains(WordHash.of(String(w[k...]))) {
      return true
    }
    return false
  }

  /// Marks runs of three or more quoted stretches joined only by commas, "and" words or a short
  /// "von Name" ("„A“ von X, „B“ von Y oder „C“"): enumerations of titles or names.
  func markLists(_ cands: inout [Candidate]) {
    var runStart = -1
    var prev = -1
    func close(_ end: Int) {
      if runStart >= 0, end - runStart >= 3 {
        for k in runStart..<end { cands[k].listed = true }
      }
    }
    for k in cands.indices where !cands[k].dash && !cands[k].block && cands[k].depth == 0 {
      var joined = false
      if prev >= 0, cands[k].open >= cands[prev].closeEnd, cands[k].open - cands[prev].closeEnd <= 60 {
        let gap = tokens(cands[prev].closeEnd, cands[k].open)
        var hasJoin = false
        var ok = true
        var words = 0
        for t in gap {
          if t.p == UInt8(ascii: ",") || (t.isWord && profile.and.contains(t.low)) {
            hasJoin = true
          } else if t.isWord {
            words += 1
          } else if t.p != UInt8(ascii: "(") && t.p != UInt8(ascii: ")") {
            ok = false
          }
        }
        joined = ok && hasJoin && words <= 4
      }
      if !joined {
        close(prev + 1)
        runStart = k
      }
      prev = k
    }
    if prev >= 0 { close(prev + 1) }
  }

  /// Splits `s..<e` at each line break followed by a reopening quotation mark, leaving the marks out.
  func splitAtReopenings(_ s: Int, _ e: Int) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    var from = s
    var i = s
    while i < e {
      if buf[i] == 0x0A {
        let j = skipSpaceForward(i)
        if j < e {
          let (c, l) = scalar(at: j)
          if Self.isQuoteMark(c) {
            out.append((from, i))
            from = j + l
            i = from
            continue
          }
        }
      }
      i += 1
    }
    out.append((from, e))
    return out
  }

  /// Whether `w` is one capitalised word that opens the sentence of `toks` (where every word may
  /// be capitalised) and the text never writes it as a name: a fronted adjective or adverb
  /// ("Branchenüblich ist das nicht.") rather than a speaker.
  func bareOpeningWord(_ w: String, _ toks: ArraySlice<Tok>) -> Bool {
    guard !w.utf8.contains(0x20), let f = toks.first(where: { $0.isWord }), string(f.s, f.e) == w
    else { return false }
    return !profile.pronouns.contains(WordHash.of(w)) && !writtenAsName(w)
  }

  /// Whether `word` stands somewhere in the text right after another capitalised word of a name
  /// ("Max Wendt", "Ministerin Wendt"): after a word that ends without punctuation and is no
  /// determiner or function word.
  func writtenAsName(_ word: String) -> Bool {
    if let known = writtenAsNameMemo.answers[word] { return known }
    let answer = scanWrittenAsName(word)
    writtenAsNameMemo.answers[word] = answer
    return answer
  }

  /// A marked span judged a name, title or term (`scareSpans`, in text order).
  func addScareSpan(_ s: Int, _ e: Int) {
    if let last = scareSpans.last, s < last.s { scareSorted = false }
    scareSpans.append((s, e))
    scareMaxEnd.append(max(e, scareMaxEnd.last ?? e))
  }

  /// Whether `pos` lies inside a span of `scareSpans`: the last span starting at or before it,
  /// found by binary search, and the largest end up to it (spans may nest).
  func inScareSpan(_ pos: Int) -> Bool {
    guard scareSorted else { return scareSpans.contains { $0.s <= pos && pos < $0.e } }
    var lo = 0
    var hi = scareSpans.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if scareSpans[mid].s <= pos { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 && pos < scareMaxEnd[lo - 1]
  }

  /// `writtenAsName` read from the text: every place the word stands after a space or line break.
  /// The places after a capitalised word of a name are indexed once per document by the run of
  /// letters and digits opening them, so each word asks only the places whose run is its own.
  func scanWrittenAsName(_ word: String) -> Bool {
    var w = word
    return w.withUTF8 { u -> Bool in
      let m = u.count
      guard m > 0 else { return false }
      var k = 0
      while k < m, Self.isRunByte(u[k]) { k += 1 }
      // (a short document asks a few words: reading it once per word costs less than indexing it)
      guard k > 0, writtenAsNameMemo.followers != nil || writtenAsNameMemo.direct >= 8 else {
        writtenAsNameMemo.direct += 1
        return scanAllWrittenAsName(u)
      }
      if writtenAsNameMemo.followers == nil { writtenAsNameMemo.followers = nameFollowerStarts() }
      guard let places = writtenAsNameMemo.followers![Self.runHash(u, 0, k)] else { return false }
      for p in places where p + m <= n && (0..<m).allSatisfy({ buf[p + $0] == u[$0] }) {
        if p + m < n, Self.isRunByte(buf[p + m]) { continue }
        return true
      }
      return false
    }
  }

  /// A byte of a run of letters and digits (any byte of a multi-byte character counts).
  static func isRunByte(_ b: UInt8) -> Bool { b >= 0x80 || isLetterOrDigit(UInt32(b)) }

  /// FNV-1a of `u[s..<e]`, as written (a key of `nameFollowerStarts`; matches are compared byte by byte).
  static func runHash<C: RandomAccessCollection>(_ u: C, _ s: Int, _ e: Int) -> UInt64 where C.Element == UInt8, C.Index == Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in s..<e {
      h = (h ^ UInt64(u[i])) &* 0x100_0000_01b3
    }
    return h
  }

  /// Every place `p` (after a space or line break) whose word before is a capitalised word of a
  /// name (`followsNameWord`), by the hash of the run of letters and digits starting at `p`.
  func nameFollowerStarts() -> [UInt64: [Int]] {
    var index: [UInt64: [Int]] = [:]
    var p = 2
    while p < n {
      defer { p += 1 }
      guard buf[p - 1] == 0x20 || buf[p - 1] == 0x0A, Self.isRunByte(buf[p]), followsNameWord(p) else { continue }
      var e = p
      while e < n, Self.isRunByte(buf[e]) { e += 1 }
      index[Self.runHash(buf, p, e), default: []].append(p)
    }
    return index
  }

  /// Whether the word before `p` (which follows a space or line break) is a capitalised one that runs
  /// up to the space, no determiner, stop word or pronoun, and does not open its sentence or line.
  /// (it is read back at most 256 bytes: a longer run without a space is no name)
  func followsNameWord(_ p: Int) -> Bool {
    let pe = p - 1
    // (it ends in a letter or digit: not in a closing mark or dash, "Chance.“ Tatsächlich")
    guard pe > 0, let (last, _) = scalar(before: pe), Self.isLetterOrDigit(last) else { return false }
    var ps = pe - 1
    while ps > 0, pe - ps < 256, buf[ps - 1] != 0x20 && buf[ps - 1] != 0x0A { ps -= 1 }
    guard ps == 0 || buf[ps - 1] == 0x20 || buf[ps - 1] == 0x0A, Self.isUpper(scalar(at: ps).0) else { return false }
    let h = WordHash.of(buf, ps, pe)
    if profile.dets.contains(h) || profile.stops.contains(h) || profile.pronouns.contains(h) { return false }
    // (the word before must not open its sentence either)
    if ps > 1, buf[ps - 1] == 0x20, Self.isStopByte(buf[ps - 2]) { return false }
    if ps == 0 || buf[ps - 1] == 0x0A { return false }
    return true
  }

  /// `scanWrittenAsName` for a word that opens with no letter or digit: every place is read.
  func scanAllWrittenAsName(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    let m = u.count
    var p = 2
    while p + m <= n {
      defer { p += 1 }
      guard buf[p] == u[0], buf[p - 1] == 0x20 || buf[p - 1] == 0x0A,
        (0..<m).allSatisfy({ buf[p + $0] == u[$0] })
      else { continue }
      if p + m < n, Self.isRunByte(buf[p + m]) { continue }
      if followsNameWord(p) { return true }
    }
    return false
  }

  /// `s` with each line break (and the spaces around it) read as one space.
  static func unwrapped(_ s: String) -> String {
    s.split(separator: "\n").map { line in
      line.drop(while: { $0 == " " || $0 == "\r" }).reversed().drop(while: { $0 == " " || $0 == "\r" })
        .reversed()
    }.map { String($0) }.joined(separator: " ")
  }

  /// Whether `s..<e` holds a letter or digit (marks and spaces alone are no quotation).
  func hasWord(_ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e {
      let (c, l) = scalar(at: i)
      if Self.isLetterOrDigit(c) && !Self.isQuoteMark(c) { return true }
      i += l
    }
    return false
  }

  /// The quoted words without surrounding space and a trailing comma.
  func trimContent(_ s0: Int, _ e0: Int) -> (Int, Int)? {
    var s = skipSpaceForward(s0)
    var e = skipSpaceBack(e0)
    if e > s, buf[e - 1] == 0x2C || (e - 2 >= s && buf[e - 2] == 0xD8 && buf[e - 1] == 0x8C) {
      e -= buf[e - 1] == 0x2C ? 1 : 2
      e = skipSpaceBack(e)
    }
    if s > e { s = e }
    return e > s ? (s, e) : nil
  }

  func paraIndex(of pos: Int) -> Int {
    var lo = 0
    var hi = newlines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if newlines[mid] < pos { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  // MARK: - Dash quotes

  func dashCandidates() -> [Candidate] {
    var out: [Candidate] = []
    var prevDashLine = -10
    for d in dashParas {
      let start = d.pos + d.len
      let line = paraIndex(of: d.pos)
      let end = line < newlines.count ? newlines[line] : n
      guard end > start else { continue }
      let toks = tokens(start, min(end, start + (d.inline ? 600 : 3000)))
      var found: Candidate? = nil
      var resumed: Candidate? = nil
      for (i, t) in toks.enumerated() where t.p == UInt8(ascii: ",") || t.p == UInt8(ascii: "D") {
        if afterAttribution(toks, from: i + 1) != nil {
          found = Candidate(
            open: d.pos, contentStart: start, contentEnd: t.s, closeEnd: t.s, depth: 0, dash: true,
            unclosed: false)
          // "—No vamos … —dijo el alcalde—. Es un servicio esencial.": after a closing dash the
          // speech resumes up to the end of the paragraph.
          if t.p == UInt8(ascii: "D"),
            let close = toks[(i + 1)...].firstIndex(where: {
              $0.p == UInt8(ascii: "D") || isSentencePunct($0) && $0.p != UInt8(ascii: ".")
            }), toks[close].p == UInt8(ascii: "D")
          {
            var k = close + 1
            while k < toks.count, !toks[k].isWord, toks[k].p != UInt8(ascii: "Q") { k += 1 }
            if k < toks.count, toks[k].isWord {
              var r = Candidate(
                open: toks[close].s, contentStart: toks[k].s, contentEnd: end, closeEnd: end,
                depth: 0, dash: true, unclosed: false)
              r.continuation = true
              resumed = r
            }
          }
          // "– Nous n'aurons qu'une chance, prévient X, coordinateur. S'il panique, …": after the
          // attribution's sentence the speech goes on to the end of the paragraph.
          if t.p == UInt8(ascii: ","), !d.inline,
            let stop = toks[(i + 1)...].firstIndex(where: { isSentencePunct($0) || !$0.isWord && $0.p == UInt8(ascii: "D") }),
            toks[stop].p == UInt8(ascii: ".") || toks[stop].p == UInt8(ascii: "!")
              || toks[stop].p == UInt8(ascii: "?"),
            let k = toks[(stop + 1)...].firstIndex(where: { $0.isWord || $0.p == UInt8(ascii: "N") }),
            toks[k].isWord, toks[k].upper,
            !toks[k...].contains(where: { $0.p == UInt8(ascii: "Q") || $0.p == UInt8(ascii: "N") })
          {
            var r = Candidate(
              open: toks[stop].s, contentStart: toks[k].s, contentEnd: end, closeEnd: end,
              depth: 0, dash: true, unclosed: false)
            r.continuation = true
            resumed = r
          }
          break
        }
      }
      if let r = resumed { out.append(r) }
      if found == nil, !d.inline {
        // Without attribution: speech when it follows another dash paragraph or a colon.
        let prevColon: Bool = {
          guard let (c, _) = scalar(before: skipSpaceBack(d.pos)) else { return false }
          return c == 0x3A
        }()
        if line - prevDashLine <= 2 || prevColon {
          var c = Candidate(
            open: d.pos, contentStart: start, contentEnd: end, closeEnd: end, depth: 0, dash: true,
            unclosed: false)
          c.continuation = true
          found = c
        } else if let f = toks.first, f.isWord, f.upper,
          let l = toks.last(where: { $0.p != UInt8(ascii: "N") }),
          l.p == UInt8(ascii: ".") || l.p == UInt8(ascii: "!") || l.p == UInt8(ascii: "?"),
          d.pos >= 2, buf[d.pos - 1] == 0x0A, buf[d.pos - 2] == 0x0A
        {
          // A paragraph of its own, a dash and whole sentences: speech of the person the text
          // is about ("Camilla Nørgaard venter, at strejken fortsætter.¶- Vi går ingen
          // steder.").
          var c = Candidate(
            open: d.pos, contentStart: start, contentEnd: end, closeEnd: end, depth: 0, dash: true,
            unclosed: false)
          c.standalone = true
          found = c
        }
      }
      if let f = found {
        out.append(f)
        prevDashLine = line
      }
    }
    return out
  }

  // MARK: - Block quotations without marks

  /// Block quotations that lost their marks ("…, sagte in einer Pressekonferenz:¶ Al-Fashqa ist
  /// sudanesisch, …"): a line ending with a colon whose sentence has a cue and a speaker, followed
  /// by a prose paragraph (`blockLine`). The quotation is that paragraph; further paragraphs join
  /// it only when indented the same way as the first (the block's visible layout).
  func blockCandidates() -> [Candidate] {
    var out: [Candidate] = []
    var k = 0
    while k < newlines.count {
      let nl = newlines[k]
      k += 1
      var j = nl
      while j > 0, buf[j - 1] == 0x20 || buf[j - 1] == 0x09 || buf[j - 1] == 0x0D { j -= 1 }
      guard j > 0, buf[j - 1] == 0x3A else { continue }
      let colon = j - 1
      // The next non-empty line and its indentation.
      var lineStart = nl + 1
      var li = k
      while li < newlines.count, skipSpaceForward(lineStart) >= newlines[li] {
        lineStart = newlines[li] + 1
        li += 1
      }
      let start = skipSpaceForward(lineStart)
      guard start < n else { continue }
      let indent = start - lineStart
      var end = li < newlines.count ? newlines[li] : n
      guard blockLine(start, end, first: true) else { continue }
      guard let found = cueSpeaker(tokens(sentenceStart(colon), colon)), found.speaker != nil else {
        continue
      }
      // Indented paragraphs after an indented first one continue the block.
      while indent > 0, li < newlines.count {
        var ns = newlines[li] + 1
        var nli = li + 1
        while nli < newlines.count, skipSpaceForward(ns) >= newlines[nli] {
          ns = newlines[nli] + 1
          nli += 1
        }
        let s2 = skipSpaceForward(ns)
        guard s2 < n, s2 - ns == indent, (0..<indent).allSatisfy({ buf[ns + $0] == buf[lineStart + $0] })
        else { break }
        let e2 = nli < newlines.count ? newlines[nli] : n
        guard blockLine(s2, e2, first: false) else { break }
        end = e2
        li = nli
      }
      var c = Candidate(
        open: colon, contentStart: start, contentEnd: end, closeEnd: end, depth: 0, dash: false,
        unclosed: false)
      c.block = true
      out.append(c)
      k = li
    }
    return out
  }

  /// The turns of a transcript written without marks ("Wikinews: Haben Sie Völker verloren?",
  /// "Wallner: Elf über den Winter. …", "Holger Kurz (SPD): Doch, genau das …"): paragraphs that
  /// open with a short label naming a speaker (`turnLabel`) and a colon, followed by prose without
  /// quotation marks that ends a sentence. Only where the text is laid out as a transcript: three
  /// such paragraphs or more, a label that comes back after another one (the turns alternate),
  /// and half of the turns or more spoken (a question, or a word of the first or second person:
  /// a roundup of places or headings with colons is none).
  func turnCandidates() -> [Candidate] {
    var turns: [(label: (s: Int, e: Int), start: Int, end: Int, key: UInt64)] = []
    var ls = 0
    var k = 0
    while ls < n {
      let le = k < newlines.count ? newlines[k] : n
      defer {
        ls = le + 1
        k += 1
      }
      let s0 = skipSpaceForward(ls)
      guard s0 < le, let colon = turnLabel(s0, le) else { continue }
      let start = skipSpaceForward(colon + 1)
      let end = skipSpaceBack(le)
      guard start < end, end - start <= Self.maxQuoteBytes,
        let (c0, _) = Optional(scalar(at: start)), Unicode.Scalar(c0)?.properties.isAlphabetic == true,
        let (cl, _) = scalar(before: end), Self.isStopOrEllipsis(cl)
      else { continue }
      let toks = tokens(start, end)
      guard toks.filter({ $0.isWord }).count >= 2,
        !toks.contains(where: { $0.p == UInt8(ascii: "Q") && buf[$0.s] != 0x27 && !(buf[$0.s] == 0xE2 && buf[$0.s + 2] == 0x99) })
      else { continue }
      let labelEnd = skipSpaceBack(colon)
      turns.append(((s0, labelEnd), start, end, WordHash.of(buf, s0, labelEnd)))
    }
    guard turns.count >= 3 else { return [] }
    var alternate = false
    for i in turns.indices where !alternate {
      if let j = turns[(i + 1)...].firstIndex(where: { $0.key == turns[i].key }),
        turns[(i + 1)..<j].contains(where: { $0.key != turns[i].key })
      {
        alternate = true
      }
    }
    guard alternate else { return [] }
    // Spoken turns: at least half of them ask a question or speak in the first or second person
    // ("Ich habe …", "Wir wollen …") — a roundup of places ("Berlin: Die Polizei hat …") does not.
    let spoken = turns.filter { t in
      buf[t.end - 1] == 0x3F || tokens(t.start, t.end).contains { $0.isWord && profile.speakerWords.contains($0.low) }
    }
    guard spoken.count * 2 >= turns.count else { return [] }
    return turns.map { t in
      var c = Candidate(
        open: t.label.e, contentStart: t.start, contentEnd: t.end, closeEnd: t.end, depth: 0, dash: false,
        unclosed: false)
      c.block = true
      c.label = t.label
      return c
    }
  }

  /// The colon after a transcript's label opening the line at `s` ("Wikinews:", "Präsident Dr.
  /// Norbert Weiß:", "Miriam Schäfer (CDU):", "TF:"): one to six words before it, capitalised
  /// (name particles, determiners and words in parentheses aside), starting like a speaker, with no
  /// number, word of time, cue, quotation mark or sentence end among them.
  func turnLabel(_ s: Int, _ e: Int) -> Int? {
    var colon = s
    while colon < e, colon - s < 80, buf[colon] != 0x3A { colon += 1 }
    guard colon < e, colon - s < 80, colon + 1 < e, buf[colon + 1] == 0x20 else { return nil }
    let toks = tokens(s, colon)
    guard let first = toks.first, first.isWord, first.upper, startsSpeaker(first) else { return nil }
    var words = 0
    var paren = 0
    for (i, t) in toks.enumerated() {
      if t.isWord {
        if Self.isDigit(UInt32(buf[t.s])) || isTimeWord(t) { return nil }
        if paren > 0 { continue }
        words += 1
        if !t.upper, !profile.particles.contains(t.low), !profile.dets.contains(t.low) { return nil }
      } else if t.p == UInt8(ascii: "(") {
        paren += 1
      } else if t.p == UInt8(ascii: ")") {
        paren -= 1
      } else if t.p == UInt8(ascii: ".") {
        // (only the dot of a title or an initial: "Dr.", "K.")
        guard i > 0, toks[i - 1].isWord, abbreviation(t.s) || toks[i - 1].e - toks[i - 1].s == 1 else { return nil }
      } else if t.p != UInt8(ascii: ",") {
        return nil
      }
    }
    guard words >= 1, words <= 6, paren == 0, cueSpeaker(toks) == nil else { return nil }
    return colon
  }

  /// Whether the line `s..<e` reads as quoted prose: it starts with a letter (capitalised where
  /// the script has case), has no quotation mark, dash or list bullet of its own, no table cells
  /// (`|`, tabs) and no label ending with a colon among its first words ("Frage:", "10 Uhr:"),
  /// ends a sentence (a question after a colon is an interview's, not a statement: left out), and
  /// has more small words than capitalised ones after a sentence start (no list of names).
  func blockLine(_ s: Int, _ e: Int, first: Bool) -> Bool {
    guard e - s >= 12, e - s <= Self.maxQuoteBytes else { return false }
    let (c0, _) = scalar(at: s)
    guard Unicode.Scalar(c0)?.properties.isAlphabetic == true, !Self.isLower(c0) else { return false }
    var i = s
    while i < e {
      if buf[i] == 0x7C || buf[i] == 0x09 { return false }
      i += 1
    }
    let last = skipSpaceBack(e)
    guard last > s, let (cl, _) = scalar(before: last), cl == 0x2E || cl == 0x21 || cl == 0x2026
    else { return false }
    let toks = tokens(s, e)
    var small = 0
    var capital = 0
    var words = 0
    var sentenceStart = true
    for t in toks {
      if t.isWord {
        words += 1
        if !sentenceStart {
          let c = scalar(at: t.s).0
          if Self.isUpper(c) { capital += 1 } else if Self.isLower(c) { small += 1 }
        }
        sentenceStart = false
      } else if t.p == UInt8(ascii: "Q") {
        if buf[t.s] != 0x27, buf[t.s] != 0xE2 || buf[t.s + 2] != 0x99 { return false }  // (apostrophes stay)
      } else if t.p == UInt8(ascii: ":") {
        if words <= 3 { return false }
      } else if t.p == UInt8(ascii: "*") {
        return false
      } else if t.p == UInt8(ascii: ".") || t.p == UInt8(ascii: "!") || t.p == UInt8(ascii: "?") {
        sentenceStart = true
      }
    }
    let cased = Self.isUpper(c0)
    return words >= 4 && (!cased || (small >= 3 && small > capital))
  }

  // MARK: - Attribution

  func isSentencePunct(_ t: Tok) -> Bool {
    t.p == UInt8(ascii: ".") || t.p == UInt8(ascii: "!") || t.p == UInt8(ascii: "?")
      || t.p == UInt8(ascii: ";")
      || t.p == UInt8(ascii: "N") || t.p == UInt8(ascii: ":")
  }

  /// A lowercase word that is not a determiner, in a language that capitalises nouns (a verb or adverb).
  func isLowerNonDet(_ t: Tok) -> Bool {
    profile.capitalNouns && t.isWord && !t.upper && Self.isLower(scalar(at: t.s).0)
      && !profile.dets.contains(t.low)
  }

  /// Whether a token can open a speaker phrase (a determiner, pronoun or name, not a stop word).
  func startsSpeaker(_ t: Tok) -> Bool {
    guard t.isWord else { return false }
    if profile.dets.contains(t.low) || profile.pronouns.contains(t.low)
      || profile.quantifiers.contains(t.low)
    { return true }
    if profile.stops.contains(t.low) { return false }
    return t.upper || !profile.capitalNouns || isDomain(t)
  }

  /// A word of time ("Freitag", "Uhr", "Donnerstagabend").
  func isTimeWord(_ t: Tok) -> Bool {
    t.isWord && isNoun(t, of: profile.timeWords, suffixes: profile.timeSuffixes)
  }

  /// A web address or domain as one token ("news.at", "www.lyon-partner.fr"): a source.
  func isDomain(_ t: Tok) -> Bool {
    guard t.isWord, t.e - t.s >= 4 else { return false }
    var dot = -1
    for k in t.s..<t.e where buf[k] == 0x2E { dot = k }
    guard dot > t.s, t.e - dot >= 3 else { return false }
    for k in (dot + 1)..<t.e where !(buf[k] >= 0x61 && buf[k] <= 0x7A) { return false }
    return true
  }

  /// A number counting the capitalised noun after it ("schreiben 40 Ärztinnen und Ärzte"), where
  /// nouns are capitalised: it opens a noun phrase that can be the subject after an inverted verb.
  /// (not a time: "14 Uhr", "2019 Sommer" are no speakers)
  func countedNoun(_ toks: [Tok], _ i: Int) -> Bool {
    guard profile.capitalNouns, i + 1 < toks.count, toks[i].isWord, toks[i + 1].isWord,
      toks[i + 1].upper, !isTimeWord(toks[i + 1])
    else { return false }
    for k in toks[i].s..<toks[i].e where !(Self.isDigit(UInt32(buf[k])) || buf[k] == 0x2E) { return false }
    return true
  }

  /// A determiner that is never a genitive's right after a noun that follows the verb at `verb`
  /// (where nouns are capitalised): it opens a second phrase, the verb's object ("zitierte das
  /// Blatt eine Anwohnerin").
  func objectAfterNoun(_ toks: [Tok], _ k: Int, verb: Int) -> Bool {
    profile.capitalNouns && toks[k].isWord && !toks[k].upper
      && profile.nonGenitiveDets.contains(toks[k].low) && k > verb + 1 && toks[k - 1].isWord
      && toks[k - 1].upper && !profile.dets.contains(toks[k - 1].low)
  }

  /// Whether the words of a clause from `c` to its verb at `v` are the verb's subject where the verb
  /// comes second: a subject pronoun alone, a phrase opened by a determiner that is no object's, or
  /// a name of two or more capitalised words ("Der Spiegel zitiert …", "Er zitierte …", "Radio
  /// Bremen zitierte …"; not an adverb or a phrase of time: "Später zitierte …", "Am Montag …").
  func subjectBeforeVerb(_ toks: [Tok], from c: Int, verb v: Int) -> Bool {
    guard profile.verbSecond, c < v, toks[c].isWord else { return false }
    let f = toks[c]
    if v == c + 1 { return profile.pronouns.contains(f.low) && !profile.objectPronouns.contains(f.low) }
    if profile.dets.contains(f.low) { return !profile.objectDets.contains(f.low) && !isTimeWord(toks[c + 1]) }
    return toks[c..<v].allSatisfy { $0.isWord && $0.upper && !profile.dets.contains($0.low) && !isTimeWord($0) }
      && !profile.preps.contains(f.low) && !profile.adverbs.contains(f.low) && !profile.subordinators.contains(f.low)
  }

  /// The phrase of a noun of reports at `r` with its determiner and genitives, names in marks
  /// included ("Berichte der satirischen Wochenzeitung „Le Canard enchaîné“"); it ends before a
  /// comma, a verb or any other lowercase word that is no genitive's determiner or attribute.
  func reportPhrase(_ toks: [Tok], noun r: Int) -> String {
    let start = r > 0 && toks[r - 1].isWord && !toks[r - 1].upper && profile.dets.contains(toks[r - 1].low) ? r - 1 : r
    var j = r + 1
    var last = r
    var open = false
    while j < toks.count {
      let t = toks[j]
      if t.p == UInt8(ascii: "Q") {
        open.toggle()
        if !open { last = j }
      } else if !t.isWord {
        break
      } else if t.upper {
        last = j
      } else if open || profile.dets.contains(t.low) && !profile.nonGenitiveDets.contains(t.low)
        && !profile.objectDets.contains(t.low)
      {
        // (a genitive's determiner: "des", "der", "eines")
      } else if hasAttributeEnding(t), j + 1 < toks.count, toks[j + 1].isWord, toks[j + 1].upper {
        // (an attribute before its noun: "der satirischen Wochenzeitung")
      } else {
        break
      }
      j += 1
    }
    return string(toks[start].s, toks[last].e)
  }

  /// Past up to two adverbs at `i` (lowercase stop words that are no preposition or determiner:
  /// "auch", "zudem"), where nouns are capitalised; the index of the next token.
  func skipAdverbs(_ toks: [Tok], _ i: Int) -> Int {
    guard profile.capitalNouns else { return i }
    var j = i
    while j < toks.count, j < i + 2, toks[j].isWord, !toks[j].upper, profile.stops.contains(toks[j].low),
      !profile.dets.contains(toks[j].low), !profile.preps.contains(toks[j].low),
      !profile.pronouns.contains(toks[j].low)
    { j += 1 }
    return j
  }

  /// A name opened by lowercase particles ("von Hallwitz", "ter Horst", "van der Berg").
  /// Its first word is no determiner or preposition ("der Zeitung", "zu der Frage").
  func particleName(_ toks: [Tok], _ i: Int) -> Bool {
    guard i < toks.count, !profile.dets.contains(toks[i].low), !profile.stops.contains(toks[i].low)
    else { return false }
    var k = i
    while k < toks.count, k < i + 3, toks[k].isWord, !toks[k].upper,
      profile.particles.contains(toks[k].low)
    { k += 1 }
    return k > i && k < toks.count && toks[k].isWord && toks[k].upper
  }

  /// Whether a name that ends its clause follows `i`, after adverbs only (stop words that are no
  /// preposition or determiner): "zeigte sich hingegen etwa X:".
  func nameAfterAdverbs(_ toks: [Tok], _ i: Int) -> Bool {
    var k = i
    while k < toks.count, toks[k].isWord, !toks[k].upper, profile.stops.contains(toks[k].low),
      !profile.preps.contains(toks[k].low), !profile.dets.contains(toks[k].low)
    { k += 1 }
    guard k < toks.count, toks[k].isWord, toks[k].upper, !profile.dets.contains(toks[k].low),
      !profile.pronouns.contains(toks[k].low)
    else { return false }
    // (the name ends the clause: "zeigte sich Scholz gegenüber offen" has its subject before the verb)
    while k < toks.count, toks[k].isWord, toks[k].upper || profile.particles.contains(toks[k].low) { k += 1 }
    return k == toks.count || !toks[k].isWord
  }

  /// Whether the lowercase particle at `i` and a second one open a name ("von der Leyen", "van den
  /// Berg"), which the first particle, also a preposition, belongs to.
  func particlesOpenName(_ toks: [Tok], _ i: Int) -> Bool {
    i + 2 < toks.count && toks[i].isWord && !toks[i].upper && profile.particles.contains(toks[i].low)
      && !profile.dets.contains(toks[i].low) && toks[i + 1].isWord && !toks[i + 1].upper
      && profile.particles.contains(toks[i + 1].low) && toks[i + 2].isWord && toks[i + 2].upper
  }

  /// A speaker phrase starting at token `i`: up to a comma, a stop word or ten words.
  func speakerPhrase(_ toks: [Tok], from i0: Int) -> String? {
    withParenthesis(speakerPhraseRaw(toks, from: i0).flatMap { plausibleSpeaker($0, toks) }, toks)
  }

  /// A speaker phrase ending before token `k`.
  func speakerBefore(_ toks: [Tok], upTo k: Int) -> String? {
    var k = k
    // (a parenthesis after the name, and an adverb, may stand before the verb: "Wie X (SPD) heute
    // sagte")
    if k >= 2, toks[k - 1].isWord, !toks[k - 1].upper, profile.stops.contains(toks[k - 1].low),
      !profile.preps.contains(toks[k - 1].low), toks[k - 2].p == UInt8(ascii: ")")
    {
      k -= 1
    }
    if k >= 3, toks[k - 1].p == UInt8(ascii: ")"),
      let open = toks[max(0, k - 7)..<(k - 1)].lastIndex(where: { $0.p == UInt8(ascii: "(") }), open > 0
    {
      return withParenthesis(speakerBefore(toks, upTo: open), toks)
    }
    return speakerBeforeRaw(toks, upTo: k).flatMap { plausibleSpeaker($0, toks) }
  }

  /// A party, place or short name in parentheses right after a speaker phrase belongs to it
  /// ("Edelgard Bulmahn (SPD)", "Bertram Hilgen (SPD)").
  func withParenthesis(_ phrase: String?, _ toks: [Tok]) -> String? {
    guard let phrase, let first = toks.first, let last = toks.last,
      toks.contains(where: { $0.p == UInt8(ascii: "(") })
    else { return phrase }
    var ph = phrase
    return ph.withUTF8 { u -> String in
      let len = u.count
      guard len > 0 else { return phrase }
      var p = first.s
      var at = -1
      while p + len <= last.e {
        if buf[p] == u[0], (1..<len).allSatisfy({ buf[p + $0] == u[$0] }) {
          at = p
          break
        }
        p += 1
      }
      guard at >= 0, let t = toks.firstIndex(where: { $0.s >= at + len }), toks[t].p == UInt8(ascii: "("),
        (at + len..<toks[t].s).allSatisfy({ buf[$0] == 0x20 }), t + 2 < toks.count, toks[t + 1].isWord,
        toks[t + 1].upper || Self.isDigit(scalar(at: toks[t + 1].s).0),
        let close = toks[(t + 1)..<min(toks.count, t + 5)].firstIndex(where: { !$0.isWord }),
        toks[close].p == UInt8(ascii: ")")
      else { return phrase }
      return string(at, toks[close].e)
    }
  }

  /// The first noun phrase of a sentence, if it can speak.
  func sentenceSubject(_ toks0: [Tok], afterVerbOnly: Bool = false) -> String? {
    sentenceSubjectRaw(toks0, afterVerbOnly: afterVerbOnly).flatMap { plausibleSpeaker($0, toks0) }
  }

  /// A phrase that can name a speaker: not determiners alone ("Für die „…“" gives "die"), and
  /// where nouns are capitalised it ends in a noun or name, not in a verb that a phrase ran into
  /// ("X, Jean-Louis Borloo, hat Berichte der" → "X, Jean-Louis Borloo"; "dem sinngemäß" → none);
  /// a phrase that ran into a name in quotation marks ends before its unclosed opening mark.
  /// The words of a determiner joined with its extended attribute (tokens of `toks`) are part of
  /// the phrase, never its end ("der seit 2005 amtierende Bürgermeister").
  /// (read on UTF-8 bytes: it runs for every phrase considered)
  /// (a phrase without a letter is a number or a date, "2023-03" of a dateline, and names nobody)
  func plausibleSpeaker(_ phrase0: String, _ toks: [Tok] = []) -> String? {
    var phrase = phrase0
    return phrase.withUTF8 { u -> String? in
      let n = u.count
      guard u.contains(where: { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return nil }
      // The length of a quotation mark at `i` (0 if none) and whether it opens.
      func mark(_ i: Int) -> (len: Int, opens: Bool) {
        if u[i] == 0x22 { return (1, false) }
        if u[i] == 0xC2, i + 1 < n, u[i + 1] == 0xAB || u[i + 1] == 0xBB { return (2, true) }
        if u[i] == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] >= 0x9C && u[i + 2] <= 0x9E {
          return (3, u[i + 2] != 0x9D)
        }
        return (0, false)
      }
      var limit = n
      var i = 0
      while i < n {
        let m = mark(i)
        if m.len == 0 {
          i += 1
          continue
        }
        if m.opens, i > 0 {
          var j = i + m.len
          while j < n, mark(j).len == 0 { j += 1 }
          if j >= n {
            limit = i
            break
          }
          i = j + mark(j).len
          continue
        }
        i += m.len
      }
      // Words: byte ranges between spaces (a wrapped line's break is one), and their cores
      // without punctuation or marks.
      var words: [(s: Int, e: Int, cs: Int, ce: Int)] = []
      var w = 0
      while w < limit {
        while w < limit, u[w] == 0x20 || u[w] == 0x0A { w += 1 }
        guard w < limit else { break }
        var e = w
        while e < limit, u[e] != 0x20 && u[e] != 0x0A { e += 1 }
        var cs = w
        var ce = e
        while cs < ce {
          let m = mark(cs)
          if m.len > 0 {
            cs += m.len
          } else if u[cs] < 0x80, !Self.isLetterOrDigit(UInt32(u[cs])) {
            cs += 1
          } else {
            break
          }
        }
        while ce > cs {
          if u[ce - 1] < 0x80, !Self.isLetterOrDigit(UInt32(u[ce - 1])) {
            ce -= 1
          } else if ce - cs >= 3, mark(ce - 3).len == 3 {
            ce -= 3
          } else if ce - cs >= 2, mark(ce - 2).len == 2 {
            ce -= 2
          } else {
            break
          }
        }
        words.append((w, e, cs, ce))
        w = e
      }
      guard !words.isEmpty else { return nil }
      // A time before a comma opens no speaker phrase ("Friday, the company's chief executive, …").
      if words.count > 2, u[words[0].e - 1] == 0x2C, !profile.timeWords.isEmpty,
        profile.timeWords.contains(WordHash.of(u, words[0].cs, words[0].ce))
      {
        let rest = String(decoding: UnsafeBufferPointer(rebasing: u[words[1].s..<n]), as: UTF8.self)
        return plausibleSpeaker(rest, toks)
      }
      // Byte ranges of the phrase inside a joined attribute (after its determiner).
      var inAttribute: [(s: Int, e: Int)] = []
      for t in profile.attributeEndings.isEmpty || words.count < 3 ? [] : toks
      where t.joined && t.e - t.s <= limit {
        let len = t.e - t.s
        var o = 0
        while o + len <= limit {
          var k = 0
          while k < len, u[o + k] == buf[t.s + k] { k += 1 }
          if k == len {
            inAttribute.append((o + 1, o + len))
            break
          }
          o += 1
        }
      }
      func empty(_ k: Int) -> Bool { words[k].cs >= words[k].ce }
      func isFunction(_ k: Int) -> Bool {
        if inAttribute.contains(where: { words[k].s >= $0.s && words[k].s < $0.e }) { return true }
        let h = WordHash.of(u, words[k].cs, words[k].ce)
        return profile.dets.contains(h) || profile.linkers.contains(h)
          || profile.particles.contains(h) || profile.stops.contains(h)
      }
      func isTime(_ k: Int) -> Bool {
        let (cs, ce) = (words[k].cs, words[k].ce)
        if (cs..<ce).allSatisfy({ (u[$0] >= 0x30 && u[$0] <= 0x39) || u[$0] == 0x2E || u[$0] == 0x3A || u[$0] == 0x2C }) {
          return true
        }
        if profile.timeWords.contains(WordHash.of(u, cs, ce)) { return true }
        // (a compound ending in a word of time: "Donnerstagabend")
        return Self.endsIn(u, cs, ce, profile.timeSuffixes, stem: 0)
      }
      func lower(_ k: Int) -> Bool {
        guard !empty(k) else { return false }
        // (a name in marks of its own, as written: "Die „taz“")
        if mark(words[k].s).len > 0, (words[k].ce..<words[k].e).contains(where: { mark($0).len > 0 }) {
          return false
        }
        // (a name opened by a lowercase particle is a name: "al-Mokdam", "el-Sisi")
        return Self.isLower(UTF8Scan.scalar(u, at: words[k].cs, end: words[k].ce).value)
          && !Self.particleCompound(u, words[k].cs, words[k].ce, particles: profile.particles)
      }
      if words.count == 1 {
        if profile.pronouns.contains(WordHash.of(u, words[0].cs, words[0].ce)) { return phrase0 }
        if empty(0) || isFunction(0) { return nil }
        // Where nouns are capitalised a lone lowercase word is a verb or adverb ("war"), unless a
        // web address ("news.at") or a quantifier ("von vielen").
        if profile.capitalNouns, lower(0), !(words[0].cs..<words[0].ce).contains(where: { u[$0] == 0x2E }),
          !profile.quantifiers.contains(WordHash.of(u, words[0].cs, words[0].ce))
        {
          return nil
        }
      }
      var count = words.count
      if profile.capitalNouns, count > 1 {
        // A lowercase word that is no determiner or particle, after a name or a comma, ends the
        // phrase.
        // (not an adjective after a name in the genitive that owns the noun after it: "Amnestys
        // stellvertretender Leiter")
        func ownerAttribute(_ k: Int) -> Bool {
          guard k == 1, k + 1 < words.count, !empty(0), u[words[0].ce - 1] == 0x73, !lower(0), !lower(k + 1),
            !empty(k + 1)
          else { return false }
          return Self.endsIn(u, words[k].cs, words[k].ce, profile.attributeEndings, stem: 2)
        }
        // (nor a title's lowercase part after its first: "Dr. med. Klaus Müller")
        func titlePart(_ k: Int) -> Bool {
          u[words[k].e - 1] == 0x2E && u[words[k - 1].e - 1] == 0x2E
            && profile.abbreviations.contains(WordHash.of(u, words[k].cs, words[k].ce))
        }
        for k in 1..<words.count
        where lower(k) && !isFunction(k)
          && !Self.particleCompound(u, words[k].cs, words[k].ce, particles: profile.particles) && !ownerAttribute(k)
          && !titlePart(k)
        {
          if u[words[k - 1].e - 1] == 0x2C || (!lower(k - 1) && !isFunction(k - 1) && !empty(k - 1)) {
            count = k
            break
          }
        }
        // It ends in a noun, a name or a number ("der 56-Jährige"), not in a function word.
        while count > 0, lower(count - 1) || isFunction(count - 1) || empty(count - 1) { count -= 1 }
        guard count > 0 else { return nil }
        if count == 1, isFunction(0) { return nil }
      } else if (0..<count).allSatisfy({ isFunction($0) || empty($0) }) {
        return nil
      }
      // A time or a number cannot speak ("am Freitag", "um 11:30 Uhr", "seit 2005").
      if !profile.timeWords.isEmpty, (0..<count).contains(where: { !empty($0) && isTime($0) }),
        (0..<count).allSatisfy({ isFunction($0) || empty($0) || lower($0) || isTime($0) })
      {
        return nil
      }
      var e = words[count - 1].e
      while e > words[0].s, u[e - 1] == 0x2C || u[e - 1] == 0x20 { e -= 1 }
      if words[0].s == 0 && e == n { return phrase0 }
      return String(decoding: UnsafeBufferPointer(rebasing: u[words[0].s..<e]), as: UTF8.self)
    }
  }

  /// The phrase as found, before the check of `plausibleSpeaker`.
  func speakerPhraseRaw(_ toks: [Tok], from i0: Int) -> String? {
    var i = adjunctEnd(toks, i0)
    while i < toks.count, toks[i].isWord, !profile.pronouns.contains(toks[i].low) {
      if profile.stops.contains(toks[i].low) && !profile.dets.contains(toks[i].low) {
        i += 1
      } else if profile.dets.contains(toks[i].low), i + 1 < toks.count,
        profile.stops.contains(toks[i + 1].low)
      {
        i += 2  // "el pasado lunes el alcalde"
      } else {
        break
      }
    }
    guard i < toks.count, toks[i].isWord else { return nil }
    // Where nouns are lowercase, the object of a preposition after the verb is passed over to the
    // determiner that opens the subject: "dijo a EFE la portavoz", "disse à Lusa o comandante",
    // "afirmó en un comunicado la empresa", "ha detto all'ANSA il sindaco" (an elided preposition
    // written onto its object).
    if !profile.capitalNouns {
      if elidedStop(toks[i]), i + 2 < toks.count, toks[i + 1].isWord, profile.dets.contains(toks[i + 1].low),
        toks[i + 2].isWord
      {
        i += 1
      } else if i > i0, toks[i - 1].isWord, profile.stops.contains(toks[i - 1].low),
        !profile.dets.contains(toks[i - 1].low), let d = determinerAfterAdjunct(toks, object: i)
      {
        i = d
      }
    }
    // Adverbial prepositional phrases before the subject in the inverted order ("sagte am Montag
    // der Minister", "erklärte in Berlin ein Sprecher", "am Abend in Hamburg die Vorsitzende"):
    // where nouns are capitalised, a bare noun after a preposition is its object, and the
    // subject starts at the determiner or capitalised word after it.
    // (only after a preposition or for a word of time: an adverb alone leaves the name whole, "sagt
    // auch Britta Augustin"; "erklärte vergangene Woche der Präsident")
    if profile.capitalNouns, i > i0, profile.preps.contains(toks[i - 1].low) || isTimeWord(toks[i]) {
      var p = i
      var rounds = 0
      // (with no subject after them, the object of the last phrase when the first is a time:
      // "hieß es am Freitag aus dem Polizeipräsidium")
      var lastObject = -1
      var found = false
      while p < toks.count, rounds < 4 {
        rounds += 1
        guard toks[p].isWord, toks[p].upper, !profile.dets.contains(toks[p].low),
          !profile.pronouns.contains(toks[p].low)
        else { break }
        p += 1
        guard p < toks.count, toks[p].isWord else { break }
        if profile.stops.contains(toks[p].low) && !profile.dets.contains(toks[p].low) {
          p += 1  // another prepositional phrase ("in der Stadt")
          lastObject = p
          while p < toks.count, toks[p].isWord, profile.dets.contains(toks[p].low) { p += 1 }
          continue
        }
        if profile.dets.contains(toks[p].low) || toks[p].upper {
          i = p
          found = true
        }
        break
      }
      if !found, lastObject > i, lastObject < toks.count, toks[lastObject].isWord, isTimeWord(toks[i]) {
        i = lastObject
      }
    }
    if profile.pronouns.contains(toks[i].low) || isDomain(toks[i]) {
      return string(toks[i].s, toks[i].e)
    }
    var j = i
    var words = 0
    while j < toks.count, words < 12 {
      let t = toks[j]
      if !t.isWord { break }
      // (a year after the words is when it was said: "hatte Ulbricht 1961 gesagt")
      if j > i, t.e - t.s == 4, Self.isDigit(scalar(at: t.s).0), Self.isDigit(scalar(at: t.e - 1).0) { break }
      if j > i && !continuesName(toks, j) && !linksPhrase(toks, j) {
        // (a role with an attachment before the person's own title goes on to the name:
        // "الخبيرة في جامعة … الدكتورة سلمى عواد")
        // (not after a word that opens a clause, "sier helseministeren mens han besøker sykehuset")
        if profile.stops.contains(t.low), !profile.subordinators.contains(t.low), isRoleWord(toks[i]),
          let r = roleAfterAdjunct(toks, from: j + 1)
        {
          words += r - j
          j = r
          continue
        }
        // Coordinated nouns or names stay one speaker where nouns are capitalised ("40 Ärztinnen und
        // Ärzte", "Müller und Schmidt"): "und" between capitalised words, no determiner after it.
        if profile.capitalNouns, profile.and.contains(t.low), toks[j - 1].upper, j + 1 < toks.count,
          toks[j + 1].isWord, toks[j + 1].upper, !profile.dets.contains(toks[j + 1].low),
          !profile.pronouns.contains(toks[j + 1].low)
        {
          words += 1
          j += 1
          continue
        }
        // A role and the place it serves ("borgmester i Aarhus Kommune Anders Winnerskjold").
        if !profile.capitalNouns, profile.placeLinkers.contains(t.low), isRoleWord(toks[j - 1]),
          capitalisedWordAt(toks, j + 1)
        {
          words += 1
          j += 1
          continue
        }
        // Where nouns are lowercase, "and" between capitalised words after a linker is inside the name
        // of an institution ("a spokesperson for the Department of Health and Social Care").
        if !profile.capitalNouns, profile.and.contains(t.low), toks[j - 1].upper, capitalisedWordAt(toks, j + 1),
          (i..<j).contains(where: { profile.linkers.contains(toks[$0].low) })
        {
          words += 1
          j += 1
          continue
        }
        // (a linking preposition that is also a stop goes on to a determiner or a role where nouns
        // are lowercase: "a statement from the coastguard", "en talsperson for politiet")
        // (or to the domain of an office and the holder's name, with or without a comma: "l'assessore
        // allo sport Marco Rossi", "l'assessore ai trasporti, Giulia Ferri")
        let links =
          !profile.capitalNouns && profile.linkers.contains(t.low) && j + 1 < toks.count && toks[j + 1].isWord
          && (profile.dets.contains(toks[j + 1].low) || isRoleWord(toks[j + 1])
            || (!toks[j + 1].upper && !profile.stops.contains(toks[j + 1].low) && j + 2 < toks.count
              && (capitalisedWordAt(toks, j + 2) || (toks[j + 2].p == UInt8(ascii: ",") && capitalisedWordAt(toks, j + 3)))))
        if profile.stops.contains(t.low) && !(buf[toks[j - 1].e - 1] == 0x2D) && !links { break }
        // The particle of a separable cue verb closes the clause ("fügte X hinzu", "voegde X toe").
        if profile.lateParticles.contains(t.low), !profile.dets.contains(t.low) { break }
        // A dative or accusative phrase after the noun is the verb's object ("sagte die
        // Politikerin dem Sender"), never a genitive attachment.
        // (also a determiner that is never a genitive's: "beschrieb eine Sprecherin des Verbunds
        // die Lage")
        if profile.capitalNouns,
          profile.objectDets.contains(t.low) || (!t.upper && profile.nonGenitiveDets.contains(t.low)),
          toks[j - 1].upper, !profile.dets.contains(toks[j - 1].low)
        {
          break
        }
        // So is a medium after a determiner of the dative ("sagte eine Bewohnerin des Dorfes der
        // Zeitung „…“").
        if profile.capitalNouns, profile.dativeDets.contains(t.low), j + 1 < toks.count,
          toks[j + 1].isWord, mediumAt(toks, j + 1), toks[j - 1].upper
        {
          break
        }
        // So is a noun that is always feminine after a determiner of the dative when the phrase so
        // far is a name without a determiner: a name takes no genitive after it ("warf Merz der
        // Regierung vor"; not "Sprecherin der Regierung", a role; nor a noun after a preposition
        // with its article fused on, "heißt es im Bericht der Mannschaft").
        if profile.capitalNouns, profile.dativeDets.contains(t.low), !profile.objectDets.contains(t.low),
          !(i > 0 && toks[i - 1].isWord && profile.preps.contains(toks[i - 1].low)),
          j + 1 < toks.count, toks[j + 1].isWord, toks[j + 1].upper,
          endsIn(toks[j + 1], profile.feminineEndings, stem: 2),
          (i..<j).allSatisfy({
            toks[$0].isWord && toks[$0].upper && !profile.dets.contains(toks[$0].low) && !isRoleWord(toks[$0])
              && !isRoleNoun(toks[$0]) && !endsIn(toks[$0], Self.feminineAgent, stem: 4)
          })
        {
          break
        }
        // A lowercase word with a dative ending after a capitalised one is whom the words were said
        // to ("powiedział minister zdrowia Adam Niedzielski dziennikarzom").
        if !profile.dativeSuffixes.isEmpty, !t.upper, toks[j - 1].upper, isDative(t) { break }
        // So is a possessive's phrase after a name ("beschreibt der Rentner X seine Lage"), unless
        // genitive ("der Vorsitzende seiner Partei").
        if profile.capitalNouns, profile.possessives.contains(t.low), toks[j - 1].upper,
          !profile.dets.contains(toks[j - 1].low),
          !(t.e - t.s > 2 && buf[t.e - 2] == 0x65 && buf[t.e - 1] == 0x72)  // "-er"
        {
          break
        }
        // (a name in the genitive before the noun it owns is no name of its own: "Amnestys
        // stellvertretender Leiter", "Bayerns größter Lehrerverband")
        let ownerGenitive =
          profile.capitalNouns && j == i + 1 && buf[toks[i].e - 1] == UInt8(ascii: "s") && hasAttributeEnding(t)
          && j + 1 < toks.count && toks[j + 1].isWord && toks[j + 1].upper
        if isLowerNonDet(t) && toks[j - 1].upper && !profile.dets.contains(toks[j - 1].low)
          && !profile.linkers.contains(toks[j - 1].low) && !isDomain(t) && !linksPhrase(toks, j) && !ownerGenitive
        {
          break
        }
        // (a capitalised word is a noun where nouns are capitalised: "einem Schreiben an …")
        if profile.cueStarts.contains(t.low) && !(profile.capitalNouns && t.upper)
          && match(profile.cues, toks, j) != nil
        {
          break
        }
        if profile.linkers.contains(t.low) {
          guard j + 1 < toks.count, toks[j + 1].isWord,
            !profile.capitalNouns || toks[j + 1].upper || profile.dets.contains(toks[j + 1].low)
          else { break }
        }
      }
      words += 1
      j += 1
    }
    guard j > i else { return nil }
    var end = toks[j - 1].e
    // An apposition naming the person: "la directora de la feria, Carmen Ibáñez".
    // (a name after a determiner belongs to an attachment: "Der Trainer des FC Nordstadt, Peter Hahn")
    let firstDet = (i + 1..<j).first { profile.capitalNouns && profile.dets.contains(toks[$0].low) } ?? j
    let hasName = (i + 1..<firstDet).contains {
      toks[$0].upper && toks[$0 - 1].upper && !profile.dets.contains(toks[$0 - 1].low)
    }
    // (where nouns are capitalised, a role's prepositional attachment of capitalised nouns,
    // determiners and "und" runs on to a comma when a name follows it in apposition: "Die
    // Beauftragte für Kultur und Medien, Ilse Marquardt", "Der Leiter des Amtes für Statistik, X")
    var c = j  // (the comma before the apposition)
    if profile.capitalNouns, !hasName, j > i, j + 3 < toks.count, toks[j - 1].upper,
      profile.preps.contains(toks[j].low)
    {
      var k = j + 1
      while k < toks.count, k < j + 7, toks[k].isWord,
        toks[k].upper || profile.dets.contains(toks[k].low) || profile.and.contains(toks[k].low)
      { k += 1 }
      if k > j + 1, k < toks.count, toks[k].p == UInt8(ascii: ","), toks[k - 1].upper { c = k }
    }
    // (where nouns are lowercase a role opened by a determiner may hold an institution's name:
    // "el portavoz de la Autoridad Portuaria, Luis Otero")
    let roleFirst = !profile.capitalNouns && profile.dets.contains(toks[i].low) && !toks[i].upper
    if c + 2 < toks.count, toks[c].p == UInt8(ascii: ","), !hasName || roleFirst {
      var k = c + 1
      // (a role with its determiner before the name: "die Leiterin der Studie, die Glaziologin
      // Marta Kowalczyk,")
      let det = profile.capitalNouns && profile.dets.contains(toks[k].low) && !toks[k].upper
      if det { k += 1 }
      // (in a script without case, up to three words that are no stop words and end at a comma:
      // "أحدهم، سمير عطية،")
      let caseless = k < toks.count && toks[k].isWord && !toks[k].upper
        && !Self.isLower(scalar(at: toks[k].s).0) && !Self.isDigit(scalar(at: toks[k].s).0)
      while k < toks.count, toks[k].isWord,
        toks[k].upper || continuesName(toks, k)
          || (caseless && k < c + 4 && !profile.stops.contains(toks[k].low)
            && profile.cues[toks[k].low] == nil)
      { k += 1 }
      if k - (c + 1) >= (det ? 4 : 2), k == toks.count || !toks[k].isWord,
        !caseless || (k < toks.count && toks[k].p == UInt8(ascii: ","))
      {
        end = toks[k - 1].e
      }
    }
    // A description in apposition after a name of two words or more, up to the end of the sentence
    // or to where it was said, where nouns are lowercase: "said Helen Marsh, a spokeswoman for Carver
    // Foods.", "souligne Jean Dupuis, maire d'Alès.", "mówi Jan Nowak, rzecznik urzędu miasta."
    if !profile.capitalNouns, end == toks[j - 1].e, j - i >= 2, j + 1 < toks.count, toks[j].p == UInt8(ascii: ","),
      (i..<j).allSatisfy({ toks[$0].upper || continuesName(toks, $0) }), let d = descriptionEnd(toks, from: j + 1)
    {
      end = toks[d - 1].e
    }
    return string(toks[i].s, end)
  }

  /// Where nouns are lowercase, the determiner that opens the subject after the object of a
  /// preposition starting at token `k0` ("a EFE | la portavoz", "à Lusa | o comandante", "en un
  /// comunicado | la empresa"): within three words of the object, none a stop, or right after an
  /// object of stop words only, a time ("nesta terça-feira | o presidente"). Nil when there is none.
  func determinerAfterAdjunct(_ toks: [Tok], object k0: Int) -> Int? {
    // (an object of stop words only, a time: "afirmou nesta terça-feira | o presidente")
    var t = k0
    while t < toks.count, toks[t].isWord, profile.stops.contains(toks[t].low), !profile.dets.contains(toks[t].low) {
      t += 1
    }
    if t > k0, opensNounPhrase(toks, t) { return t }
    var k = k0
    if k < toks.count, toks[k].isWord, profile.dets.contains(toks[k].low) { k += 1 }  // (the object's article)
    var m = k
    while m < toks.count, m < k + 3, toks[m].isWord, !profile.dets.contains(toks[m].low), !elidedDeterminer(toks[m]),
      !profile.stops.contains(toks[m].low)
    { m += 1 }
    guard m > k, opensNounPhrase(toks, m) else { return nil }
    return m
  }

  /// Whether a determiner and a word after it, or a word with its article elided onto it ("l'ancien"), stand at `k`.
  func opensNounPhrase(_ toks: [Tok], _ k: Int) -> Bool {
    guard k < toks.count, toks[k].isWord else { return false }
    return (profile.dets.contains(toks[k].low) && k + 1 < toks.count && toks[k + 1].isWord) || elidedDeterminer(toks[k])
  }

  /// A word that begins with a determiner elided onto it, the part up to its apostrophe a determiner ("l'avocat",
  /// "l'assessore").
  func elidedDeterminer(_ t: Tok) -> Bool { elided(t, in: profile.dets) }

  /// The same for a word as a string (a speaker phrase of one word).
  func elidedDeterminer(word w: String) -> Bool {
    guard let a = w.firstIndex(where: { $0 == "'" || $0 == "’" }), a > w.startIndex, w.index(after: a) < w.endIndex
    else { return false }
    return profile.dets.contains(WordHash.of(String(w[...a])))
  }

  /// The token after an adverbial phrase of the lexicon's `adjuncts` at `i` ("estime [pour sa part] l'avocat", "affirme
  /// [quant à elle] la ministre"), or `i`.
  func adjunctEnd(_ toks: [Tok], _ i: Int) -> Int {
    for a in profile.adjuncts where i + a.count < toks.count {
      var k = 0
      while k < a.count, toks[i + k].isWord, toks[i + k].low == a[k] { k += 1 }
      if k == a.count { return i + k }
    }
    return i
  }

  /// A word that begins with a preposition elided onto it, the part up to its apostrophe a stop
  /// ("all'ANSA", "dell'Interno").
  func elidedStop(_ t: Tok) -> Bool { elided(t, in: profile.stops) }

  /// Whether `t` begins with a word of `set` elided onto it: the part up to its apostrophe.
  func elided(_ t: Tok, in set: WordSet) -> Bool {
    guard t.isWord else { return false }
    // (the apostrophes the tokenizer keeps inside a word: "'" and "’")
    var k = t.s
    while k < t.e {
      let (c, l) = scalar(at: k)
      if c == 0x27 || c == 0x2019 { return k > t.s && k + l < t.e && set.contains(WordHash.of(buf, t.s, k + l)) }
      k += l
    }
    return false
  }

  /// Where a description of a person that starts at token `k0` ends ("a spokeswoman for Carver
  /// Foods", "maire d'Alès"): at most ten words up to the end of the sentence, or up to a comma before
  /// a preposition (where it was said), the first no relative, pronoun, conjunction, preposition or
  /// participle ("adding that …", "quien añadió …"), none a cue. Nil when it is none.
  func descriptionEnd(_ toks: [Tok], from k0: Int) -> Int? {
    guard k0 < toks.count, toks[k0].isWord, !toks[k0].upper else { return nil }
    let f = toks[k0]
    guard !profile.relatives.contains(f.low), !profile.pronouns.contains(f.low),
      !profile.subordinators.contains(f.low), !profile.and.contains(f.low),
      profile.dets.contains(f.low) || !profile.stops.contains(f.low), !endsIn(f, profile.participleEndings, stem: 1)
    else { return nil }
    var k = k0
    while k < toks.count, k < k0 + 10, toks[k].isWord, match(profile.cues, toks, k) == nil { k += 1 }
    // (it ends the sentence, or a comma before where it was said: "Anne Hidalgo, maire de Paris, dans
    // un entretien")
    let before = k + 1 < toks.count && toks[k].p == UInt8(ascii: ",") && toks[k + 1].isWord
      && profile.stops.contains(toks[k + 1].low) && !profile.dets.contains(toks[k + 1].low)
      && !profile.relatives.contains(toks[k + 1].low) && !profile.subordinators.contains(toks[k + 1].low)
      && !profile.and.contains(toks[k + 1].low)
    guard k < k0 + 10, k == toks.count || toks[k].p == UInt8(ascii: ".") || before else { return nil }
    return k
  }


  /// A particle inside a name, seen from the right ("Linden" ← "der" ← "van" ← "Pieter").
  func continuesNameBack(_ toks: [Tok], _ j: Int) -> Bool {
    guard profile.particles.contains(toks[j].low) else { return false }
    var k = j
    while k >= 0, toks[k].isWord, !toks[k].upper, profile.particles.contains(toks[k].low) { k -= 1 }
    return k >= 0 && toks[k].isWord && toks[k].upper && continuesName(toks, k + 1)
  }

  /// A linking preposition after a person's name that attaches a place or institution to it,
  /// where nouns are capitalised ("Ralph Senkel vom Hotel Sängerhof", "Anna Kühn aus Trier"): it
  /// goes on to a capitalised word or a determiner, never to a time ("vom Montag"); after a noun
  /// with its determiner it is no attachment of a person ("seitens der Bundeswehr vom Tod").
  func linksPhrase(_ toks: [Tok], _ j: Int) -> Bool {
    guard profile.capitalNouns, j > 1, j + 1 < toks.count, toks[j].isWord,
      profile.linkers.contains(toks[j].low), toks[j - 1].isWord, toks[j - 1].upper,
      toks[j - 2].isWord, toks[j - 2].upper, !profile.dets.contains(toks[j - 2].low),
      toks[j + 1].isWord, toks[j + 1].upper || profile.dets.contains(toks[j + 1].low)
    else { return false }
    // The attached phrase (determiners, particles, capitalised words) holds no time or number; it
    // must end before the verb, punctuation or a time: one cut short by a further preposition
    // ("vom Institut | für Meeresforschung in Kiel") is left out whole.
    var k = j + 1
    while k < toks.count, toks[k].isWord,
      toks[k].upper || profile.dets.contains(toks[k].low) || profile.particles.contains(toks[k].low)
    {
      if isTimeWord(toks[k]) || Self.isDigit(scalar(at: toks[k].s).0) { return false }
      k += 1
    }
    if k < toks.count, toks[k].isWord, profile.preps.contains(toks[k].low) {
      var t = k + 1
      while t < toks.count, toks[t].isWord, profile.dets.contains(toks[t].low) { t += 1 }
      return t < toks.count && (isTimeWord(toks[t]) || Self.isDigit(scalar(at: toks[t].s).0))
    }
    return true
  }

  /// A name particle joined to a capitalised name by a hyphen ("al-Faki", "el-Sisi"): part of a name.
  static func particleCompound(
    _ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, particles: WordSet
  ) -> Bool {
    var h = s
    while h < e, h - s <= 4, u[h] != 0x2D { h += 1 }
    guard h > s, h + 1 < e, u[h] == 0x2D, u[h + 1] >= 0x41 && u[h + 1] <= 0x5A || u[h + 1] >= 0xC3 && u[h + 1] <= 0xC3
    else { return false }
    return particles.contains(WordHash.of(u, s, h))
  }

  /// A name particle between capitalised words ("van der Linden"), or one joined to a name
  /// ("Muhammad al-Faki Suleiman").
  func continuesName(_ toks: [Tok], _ j: Int) -> Bool {
    // A title's lowercase part after its first ("Dr. med. Klaus Müller", "Dr. rer. nat. Schmidt").
    if shortTitlePart(toks, j) { return true }
    if toks[j].isWord, !toks[j].upper, j > 0, toks[j - 1].isWord, toks[j - 1].upper,
      Self.particleCompound(buf, toks[j].s, toks[j].e, particles: profile.particles)
    {
      return true
    }
    guard toks[j].isWord, !toks[j].upper, profile.particles.contains(toks[j].low), j > 0,
      toks[j - 1].upper,
      // (where nouns are capitalised a determiner right after a noun opens a phrase of its own:
      // "ein Unternehmenssprecher den Abbau", "San Vito der Zeitung"; "von der Leyen" leads with "von")
      !(profile.capitalNouns && profile.dets.contains(toks[j].low))
    else {
      return false
    }
    var k = j
    while k < toks.count, toks[k].isWord, !toks[k].upper, profile.particles.contains(toks[k].low),
      k < j + 3
    { k += 1 }
    return k < toks.count && toks[k].isWord && toks[k].upper
  }

  /// Whether token `j` is a lowercase abbreviation of the language's `abbreviations` that goes on
  /// a title written short before it ("med." in "Dr. med. Klaus Müller"), with a name after it.
  func shortTitlePart(_ toks: [Tok], _ j: Int) -> Bool {
    var k = j
    while k < toks.count, k < j + 3, toks[k].isWord, !toks[k].upper, buf[toks[k].e - 1] == 0x2E,
      k > 0, toks[k - 1].isWord, buf[toks[k - 1].e - 1] == 0x2E
    { k += 1 }
    return k > j && k < toks.count && toks[k].isWord && toks[k].upper
  }

  /// A speaker phrase ending before token `k`, starting after leading stop words.
  func speakerBeforeRaw(_ toks: [Tok], upTo k0: Int) -> String? {
    // A lowercase determiner right before the verb is its object pronoun, not the end of the
    // subject ("Julie Marsan, le décrit comme", "lo calificó de").
    var k = k0
    while !profile.capitalNouns, k >= 2, toks[k - 1].isWord, !toks[k - 1].upper,
      profile.dets.contains(toks[k - 1].low), !profile.pronouns.contains(toks[k - 1].low)
    { k -= 1 }
    // Start of the clause: after the last sentence punctuation or quotation before k.
    // A subordinate clause opened after a comma ("Die Arbeiten sollen, wie X sagte, …") has its
    // own subject.
    var start = 0
    for i in 0..<k where isSentencePunct(toks[i]) {
      start = i + 1
    }
    for i in start..<max(start, k - 2)
    where toks[i].p == UInt8(ascii: ",") && toks[i + 1].isWord
      && profile.subordinators.contains(toks[i + 1].low)
    {
      start = i + 1
    }
    // (a participle clause fronted before the subject ends at its comma: "Asked whether he would resign, the minister
    // replied", "Questionado sobre a demissão, o ministro respondeu")
    if let c = frontedClauseComma(toks, start, before: k) { start = c + 1 }
    var i = start
    while i < k {
      // (a source opening the clause is no part of the subject: "Von Seiten der Regierung hieß es")
      if let m = match(profile.sources, toks, i), m.next < k, toks[m.next].isWord {
        i = m.next
        continue
      }
      guard !toks[i].isWord
        || (profile.stops.contains(toks[i].low) && !profile.pronouns.contains(toks[i].low)
          && !profile.dets.contains(toks[i].low) && !particlesOpenName(toks, i))
        || profile.subordinators.contains(toks[i].low)
      else { break }
      i += 1
    }
    guard i < k else { return nil }
    if profile.pronouns.contains(toks[i].low) && (i + 1 == k || !toks[i + 1].isWord) {
      return string(toks[i].s, toks[i].e)
    }
    // The noun phrase right before the verb ("Back in 2019 the inspectors wrote").
    var b = k - 1
    var bWords = 0
    while b >= i, bWords < 12 {
      let t = toks[b]
      if t.isWord {
        // (a name opening with its particles opens the phrase: "wie von der Leyen sagte")
        if particlesOpenName(toks, b), b + 2 < k, b == i || !(toks[b - 1].isWord && toks[b - 1].upper) {
          bWords += 1
          b -= 1
          break
        }
        let linked = profile.linkers.contains(t.low) && b > i && (toks[b - 1].isWord)
        // (a stop that is also a determiner opens the phrase at the start of the clause: Portuguese
        // "A companhia aérea informou")
        if (profile.stops.contains(t.low) && !linked && !(b > i && continuesNameBack(toks, b))
          && !(b == i && profile.dets.contains(t.low)))
          || Self.isDigit(scalar(at: t.s).0) && t.e - t.s == 4
        {
          break
        }
        bWords += 1
      } else if t.p != UInt8(ascii: ",") {
        break
      }
      b -= 1
    }
    if k - 1 >= i, toks[k - 1].isWord, profile.pronouns.contains(toks[k - 1].low) {
      return string(toks[k - 1].s, toks[k - 1].e)
    }
    // A fronted adverbial ending in a prepositional phrase before a name or a noun phrase
    // ("Speaking in the Commons on Wednesday, Osei said", "In an interview, the council leader
    // said"): the phrase after the comma is the subject.
    // (the preposition may be the clause's first word, which the subject never starts with)
    if !profile.capitalNouns, b >= 0, b >= i - 1, b < k - 2, toks[b].isWord, profile.stops.contains(toks[b].low),
      !profile.dets.contains(toks[b].low), !profile.linkers.contains(toks[b].low),
      !profile.pronouns.contains(toks[b].low), !profile.and.contains(toks[b].low),
      let c = toks[(b + 1)..<k].lastIndex(where: { $0.p == UInt8(ascii: ",") }), c + 1 < k,
      toks[(c + 1)..<k].allSatisfy({
        $0.isWord && ($0.upper || profile.particles.contains($0.low) || !profile.stops.contains($0.low))
      }),
      toks[c + 1].upper || profile.dets.contains(toks[c + 1].low) || elidedDeterminer(toks[c + 1])
    {
      return string(toks[c + 1].s, toks[k - 1].e)
    }
    // Where nouns are capitalised and the verb comes second, a comma and a phrase opened by a
    // determiner of the subject right before the verb open a main clause of their own after a
    // clause ("AfD, CDU und Freie Wähler erheben Vorwürfe, ein Politiker sprach von „…“").
    if profile.capitalNouns, profile.verbSecond, let c = toks[i..<k].lastIndex(where: { $0.p == UInt8(ascii: ",") }),
      c > i, c + 2 < k, toks[c + 1].isWord, profile.dets.contains(toks[c + 1].low),
      !profile.objectDets.contains(toks[c + 1].low), !profile.relatives.contains(toks[c + 1].low),
      toks[(c + 1)..<k].allSatisfy({ $0.isWord }), toks[k - 1].upper,
      // (a name alone before the comma takes an apposition: "Kay Weidner, ein Sprecher des Amts")
      toks[i..<c].contains(where: { isLowerNonDet($0) && !profile.particles.contains($0.low) })
    {
      return string(toks[c + 1].s, toks[k - 1].e)
    }
    // A prepositional phrase right before the verb ("wie der Gastgeber nach dem Treffen sagte")
    // is no subject: the subject comes before it.
    if profile.capitalNouns, bWords >= 1, b > i, toks[b].isWord, profile.stops.contains(toks[b].low),
      !profile.dets.contains(toks[b].low), !profile.pronouns.contains(toks[b].low),
      !profile.and.contains(toks[b].low), let sp = speakerBefore(toks, upTo: b)
    {
      return sp
    }
    // "El dueño de la tienda, que pidió no ser identificado, dijo": the words before the verb
    // are a relative clause; its antecedent before the comma speaks.
    if b > i, toks[b].isWord, profile.relatives.contains(toks[b].low),
      toks[b - 1].p == UInt8(ascii: ","), k - 1 > b, toks[k - 1].p == UInt8(ascii: ",")
    {
      var last = b - 2
      while last >= i, !toks[last].isWord { last -= 1 }
      if last >= i { return string(toks[i].s, toks[last].e) }
    }
    var bs = b + 1
    while bs < k, !toks[bs].isWord { bs += 1 }
    while bs < k, profile.capitalNouns, isLowerNonDet(toks[bs]), !particlesOpenName(toks, bs) { bs += 1 }
    if bs > i, bs < k, bWords >= 2 || bs == i {
      return string(toks[bs].s, toks[k - 1].isWord ? toks[k - 1].e : toks[max(bs, k - 2)].e)
    }
    var j = i
    var words = 0
    while j < k, words < 10 {
      let t = toks[j]
      if t.isWord {
        if j > i && profile.stops.contains(t.low) && !linksPhrase(toks, j) { break }
        if j > i && isLowerNonDet(t) && toks[j - 1].upper && !profile.dets.contains(toks[j - 1].low)
          && !continuesName(toks, j) && !linksPhrase(toks, j)
        {
          break
        }
        words += 1
      } else if (t.p != UInt8(ascii: ",") && t.p != UInt8(ascii: "Q")) || j + 1 >= k {
        break
      } else if t.p == UInt8(ascii: ","), !profile.capitalNouns, j > i, toks[j + 1].isWord, !toks[j + 1].upper,
        Self.isLower(scalar(at: toks[j + 1].s).0), !profile.dets.contains(toks[j + 1].low),
        !profile.pronouns.contains(toks[j + 1].low), !elidedDeterminer(toks[j + 1]),
        !(j + 2 < k && toks[j + 2].isWord && toks[j + 2].upper)
      {
        // (a participle or adjective set off by commas describes the subject: "The report, published on Tuesday,
        // warned"; a role noun before a name does not: "The chair of the judges, critic Andrew Pell, called")
        break
      }
      j += 1
    }
    var last = j - 1
    while last >= i && !toks[last].isWord { last -= 1 }
    guard last >= i else { return nil }
    // A name in quotation marks right before the verb closes with its mark ("Der „Kicker“ schrieb").
    if j == k - 1, toks[j].p == UInt8(ascii: "Q"), last == j - 1,
      toks[i..<last].contains(where: { $0.p == UInt8(ascii: "Q") })
    {
      return string(toks[i].s, toks[j].e)
    }
    return string(toks[i].s, toks[last].e)
  }

  /// The comma that ends a participle clause fronted before the subject (lexicon `fronted`) opening at `f`, before `end`
  /// ("Asked whether he would resign, the minister replied"), or nil.
  func frontedClauseComma(_ toks: [Tok], _ f: Int, before end: Int) -> Int? {
    guard f < end, toks[f].isWord, profile.fronted.contains(toks[f].low) else { return nil }
    return toks[f..<end].firstIndex(where: { $0.p == UInt8(ascii: ",") })
  }

  /// The subject of a cue joined by "und" at `and` to what comes before it in the clause from
  /// `start`: the subject of the clause, or the speaker of an earlier cue of it where the clause's
  /// subject does not hold that speaker.
  func coordinatedSubject(_ toks: [Tok], _ start: Int, and k: Int) -> String? {
    let earlier = k > start ? cueSpeaker(Array(toks[start..<k]))?.speaker : nil
    guard let whole = sentenceSubject(Array(toks[start...k])) else { return earlier }
    guard let e = earlier, !Self.contains(whole, e) else { return whole }
    return e
  }

  /// Whether `toks[k]` is a lowercase word (no determiner, pronoun or cue) right before a cue: an
  /// adverb of the verb after "so" ("so dramatisch schilderte er").
  func adverbBeforeCue(_ toks: [Tok], _ k: Int) -> Bool {
    k + 1 < toks.count && toks[k].isWord && !toks[k].upper && !profile.dets.contains(toks[k].low)
      && !profile.pronouns.contains(toks[k].low) && match(profile.cues, toks, k) == nil
      && match(profile.cues, toks, k + 1) != nil
  }

  /// The clitic pronoun of an inverted cue ("a-t-il déclaré", "dit-elle").
  func cliticSpeaker(_ toks: [Tok], _ from: Int, _ to: Int) -> String? {
    for t in toks[from..<min(to, toks.count)] where t.isWord {
      let raw = string(t.s, t.e)
      if let dash = raw.lastIndex(of: "-") {
        let pr = String(raw[raw.index(after: dash)...])
        if profile.pronouns.contains(WordHash.of(pr)) { return pr }
      }
    }
    return nil
  }

  /// An attribution starting at token `j0` of a window after a quotation.
  func afterAttribution(_ toks: [Tok], from j0: Int) -> (speaker: String?, cue: String)? {
    var j = j0
    while j < toks.count, toks[j].p == UInt8(ascii: ",") || toks[j].p == UInt8(ascii: "D") {
      j += 1
    }
    guard j < toks.count, toks[j].isWord else { return nil }
    // "so" and an adverb before the verb point back at the words quoted: "„…“, so dramatisch
    // schilderte er die Lage" (the verb is the cue).
    // (and so does a pronoun right before the verb: "„…“, das betonte er"; "so" is a cue of its
    // own: "„…“, so heißt ein Projekt" names)
    if match(profile.anaphors, toks, j)?.next == j + 1 {
      if adverbBeforeCue(toks, j + 1) {
        j += 2
      } else if match(profile.cues, toks, j) == nil, match(profile.cues, toks, j + 1) != nil {
        j += 1
      }
    }
    // Split verb: "hatte VW-Chef Winterkorn erklärt"; a passive one of quoting too, whose subject
    // is the one quoted: "wird der Trainer in der Zeitung X zitiert".
    let passiveQuoting =
      profile.capitalNouns && profile.passive.contains(toks[j].low)
      && toks[(j + 1)...].prefix(while: { $0.isWord || $0.p == UInt8(ascii: "Q") }).contains(where: {
        profile.quoters.contains($0.low)
      })
    if profile.aux.contains(toks[j].low) || passiveQuoting {
      // "a-t-elle toutefois prévenu": an adverb between the inverted auxiliary and its participle.
      if let clitic = cliticSpeaker(toks, j, j + 1), let phs = profile.cues[toks[j].low] {
        for k in (j + 2)..<min(toks.count, j + 4) where toks[k].isWord {
          if phs.contains(where: { $0.words.count == 2 && $0.words[1] == toks[k].low }) {
            return (clitic, string(toks[j].s, toks[k].e))
          }
        }
      }
      // (the phrase between may be long: the participle closes the clause, "hatte der Leiter des
      // Krisenstabs X bei einer Sitzung am späten Abend in der Aula gesagt")
      var k = j + 1
      while k < toks.count, toks[k].isWord || (passiveQuoting && toks[k].p == UInt8(ascii: "Q")) {
        if let m = match(profile.cues, toks, k) {
          if k > j + 1, let sp = speakerPhrase(Array(toks[(j + 1)..<k]), from: 0) {
            return (sp, string(toks[j].s, toks[j].e) + " " + string(toks[k].s, m.cueEnd))
          }
          break
        }
        k += 1
      }
    }
    if let m = match(profile.cues, toks, j) ?? match(profile.sources, toks, j) {
      let cue = string(toks[j].s, m.cueEnd)
      if let clitic = cliticSpeaker(toks, j, m.next) { return (clitic, cue) }
      // A passive participle with its auxiliary ending the clause ("als „…“ bezeichnet worden."):
      // the agent before the quotation speaks; so does the subject before it when a perfect's
      // auxiliary ends a subordinate clause (", der die Proteste als „…“ bezeichnet hatte.").
      if m.next < toks.count, toks[m.next].isWord,
        profile.passive.contains(toks[m.next].low) || profile.aux.contains(toks[m.next].low),
        m.next + 1 == toks.count || !toks[m.next + 1].isWord
      {
        return (nil, string(toks[j].s, toks[m.next].e))
      }
      // A conjunction right after the cue opens the clause's next verb, no subject: "hatte die Lage
      // als „…“ bezeichnet und vor allem X kritisiert" (the subject is before the marks).
      if m.next < toks.count, toks[m.next].isWord, profile.and.contains(toks[m.next].low) {
        return (nil, cue)
      }
      // "aseguró a Heraldo", "dijo en su discurso": a preposition after the cue opens whom or
      // where it was said; the speaker is the subject met before (languages without capitalised
      // nouns; German puts times and places between the verb and its subject).
      // (a role noun after that phrase opens the subject: "powiedział po meczu trener X")
      // (an adverbial phrase of the lexicon's `adjuncts` leads to the subject: "estime pour sa part l'avocat")
      if adjunctEnd(toks, m.next) > m.next { return (speakerPhrase(toks, from: m.next), cue) }
      // (a word of time alone before the subject: "garantiu ontem a ministra", "a affirmé jeudi l'ancien ministre")
      if !profile.capitalNouns, m.next < toks.count, isTimeWord(toks[m.next]), let d = determinerAfterAdjunct(toks, object: m.next) {
        return (speakerPhrase(toks, from: d), cue)
      }
      if !profile.capitalNouns, m.next < toks.count, toks[m.next].isWord,
        profile.stops.contains(toks[m.next].low), !profile.dets.contains(toks[m.next].low),
        !profile.pronouns.contains(toks[m.next].low), profile.sources[toks[j].low] == nil
      {
        if let d = determinerAfterAdjunct(toks, object: m.next + 1) { return (speakerPhrase(toks, from: d), cue) }
        if let r = roleAfterAdjunct(toks, from: m.next) { return (speakerPhrase(toks, from: r), cue) }
        return (nil, cue)
      }
      // "powiedział Janowi Kowalskiemu": a dative after the cue is whom it was said to; the
      // subject follows it or was named before.
      if m.next < toks.count, isDative(toks[m.next]) {
        var k = m.next
        while k < toks.count, isDative(toks[k]) { k += 1 }
        guard k < toks.count, toks[k].isWord else { return (nil, cue) }
        return (speakerPhrase(toks, from: k), cue)
      }
      // A pronoun of whom it was said to before the subject ("„…“, sagte mir der Minister"): passed over.
      if profile.capitalNouns, m.next + 1 < toks.count, toks[m.next].isWord,
        profile.reflexives.contains(toks[m.next].low), startsSpeaker(toks[m.next + 1]),
        !profile.quoters.contains(toks[j].low)
      {
        return (speakerPhrase(toks, from: m.next + 1), cue)
      }
      // A verb of quoting with an object pronoun before its subject: the pronoun is the one
      // quoted, as written ("„…“, zitierte ihn die Nachrichtenagentur").
      if profile.quoters.contains(toks[j].low), m.next + 1 < toks.count, toks[m.next].isWord,
        profile.objectPronouns.contains(toks[m.next].low), toks[m.next + 1].isWord,
        profile.dets.contains(toks[m.next + 1].low) || toks[m.next + 1].upper
      {
        return (string(toks[m.next].s, toks[m.next].e), cue)
      }
      // (a preposition may lead to the source: "hieß es aus der Konzernzentrale", "sagte am
      // Montag der Minister")
      if profile.capitalNouns, m.next < toks.count, toks[m.next].isWord, !toks[m.next].upper,
        !profile.dets.contains(toks[m.next].low), !profile.pronouns.contains(toks[m.next].low),
        !particleName(toks, m.next),
        !(profile.stops.contains(toks[m.next].low) && !profile.weakCues.contains(toks[j].low)),
        // (an adjective before its noun opens a phrase: "heißt es im offiziellen Account der …")
        !(hasAttributeEnding(toks[m.next]) && m.next + 1 < toks.count && toks[m.next + 1].isWord && toks[m.next + 1].upper)
      {
        return nil  // "so heißt ein Projekt": not an attribution
      }
      // A verb of quoting: its object is the one quoted ("„…“, zitierte der Sender einen Sprecher").
      // (or a determiner that is no genitive's after the subject: "zitierte das Blatt eine Anwohnerin")
      if profile.quoters.contains(toks[j].low),
        let k = (m.next..<min(toks.count, m.next + 12)).first(where: {
          // (a title in marks on the way: "zitiert die Zeitung „Bild“ einen Feuerwehrmann")
          (!toks[$0].isWord && toks[$0].p != UInt8(ascii: "Q")) || profile.objectDets.contains(toks[$0].low)
            || objectAfterNoun(toks, $0, verb: j)
        }), toks[k].isWord
      {
        return (speakerPhrase(toks, from: k), cue)
      }
      let sp = speakerPhrase(toks, from: m.next)
      // "ha detto ridendo": one lowercase word after the cue, no determiner, pronoun or name, is
      // how it was said (where nouns are lowercase, a role noun comes with a name: "said
      // spokesman Tom Reid").
      // (where nouns take no articles a bare noun is a subject like any other: "mówią rolnicy z Podlasia")
      if !profile.capitalNouns, !profile.dets.isEmpty, let w = sp, !w.utf8.contains(0x20), let f = w.unicodeScalars.first,
        Self.isLower(f.value), !profile.pronouns.contains(WordHash.of(w)),
        !profile.dets.contains(WordHash.of(w)), !isRoleWord(word: w),
        !elidedDeterminer(word: w)  // (a noun with its article elided onto it: "si è difeso l'allenatore")
      {
        return (nil, cue)
      }
      return (sp, cue)
    }
    // Speaker first: "Whitfield said", "she said", "som han sa". A verb-second language puts the
    // verb first after a quotation ("„…“, sagte X"); a subject first there opens a new clause,
    // unless a subordinator leads ("„…“, wie X sagte").
    if j > j0, profile.capitalNouns, !profile.subordinators.contains(toks[j].low),
      !profile.weakCues.contains(toks[j].low)
    {
      return nil
    }
    var k = j + 1
    // (where the verb does not come second, an apposition between two commas may stand between the
    // subject and the verb: "“…,” the company's lawyer, James Wu, said"; a subject of up to eleven
    // words: "“…,” a spokesperson for the Department of Health and Social Care said")
    var commas = 0
    while k < toks.count, k < j + (commas > 0 ? 16 : 12) {
      if !toks[k].isWord {
        guard !profile.verbSecond, toks[k].p == UInt8(ascii: ","), commas < 2, k + 1 < toks.count, toks[k + 1].isWord
        else { break }
        commas += 1
        k += 1
        continue
      }
      // (a source word is no verb: "»…«, som ifølge virksomheden")
      if commas != 1, let m = match(profile.cues, toks, k), profile.sources[toks[k].low] == nil,
        !profile.weakCues.contains(toks[k].low)
          || (m.next < toks.count && startsSpeaker(toks[m.next]))
      {
        let cue = string(toks[k].s, m.cueEnd)
        // "„…“, wie die Agentur dpa meldete": the subordinator is not part of the speaker.
        let from = profile.subordinators.contains(toks[j].low) && k > j + 1 ? j + 1 : j
        // "als „…“ für die Zukunft der Region bezeichnet": a phrase opened by a preposition (no
        // agent's) is no subject; the clause before the marks has it.
        if profile.capitalNouns, from == j, profile.preps.contains(toks[j].low), !profile.agents.contains(toks[j].low) {
          return (nil, cue)
        }
        return (speakerPhrase(Array(toks[from..<k]), from: 0), cue)
      }
      k += 1
    }
    return nil
  }

  /// A role noun opening the subject after an adverbial phrase that follows a cue, within the
  /// clause ("po meczu trener …", "في مؤتمر صحفي وزير …"): its index.
  func roleAfterAdjunct(_ toks: [Tok], from i: Int) -> Int? {
    guard !profile.roles.isEmpty else { return nil }
    var k = i
    while k < toks.count, k < i + 8, toks[k].isWord, !profile.pronouns.contains(toks[k].low) {
      if isRoleWord(toks[k]) { return k }
      k += 1
    }
    return nil
  }

  /// Where nouns are capitalised, the index of the time noun of a span of time opening the clause at
  /// `f`, an adverbial in front of the verb, never its subject: a number or word and a time noun
  /// ("Vier Tage nach der Wahl hat …", "Zwei Tage später sagte …"), a time noun and a lowercase
  /// word ("Sekunden später habe …"), a measure before the noun ("Mehr als sechs Monate nach …");
  /// not after a determiner ("Die Woche begann …"). Nil where none opens it.
  func timeNounOpening(_ toks: [Tok], _ f: Int) -> Int? {
    guard profile.capitalNouns, f + 1 < toks.count, toks[f].isWord, toks[f + 1].isWord,
      !profile.dets.contains(toks[f].low)
    else { return nil }
    if isTimeWord(toks[f + 1]) { return f + 1 }
    if isTimeWord(toks[f]) && isLowerNonDet(toks[f + 1]) { return f }
    // (a measure of it first: "Mehr als sechs Monate nach …", "Knapp zwei Wochen später")
    var k = f + 1
    while k < toks.count, k <= f + 3, toks[k].isWord, !toks[k].upper {
      k += 1
    }
    guard k > f + 1, k <= f + 3, k < toks.count, toks[k].isWord, isTimeWord(toks[k]),
      toks[(f + 1)..<k].contains(where: { Self.isDigit(scalar(at: $0.s).0) || profile.quantifiers.contains($0.low) })
    else { return nil }
    return k
  }

  /// The subject right after a finite auxiliary that follows a comma: whatever stands before the
  /// comma (a fronted phrase with a relative clause, "Vor der Abstimmung, die …, hatte X … als „…“
  /// bezeichnet") fills the place before the verb, so the subject follows it.
  func auxAfterCommaSubject(_ toks: [Tok]) -> String? {
    guard let ax = toks.lastIndex(where: { $0.isWord && profile.aux.contains($0.low) }), ax > 0,
      toks[ax - 1].p == UInt8(ascii: ","), ax + 1 < toks.count, startsSpeaker(toks[ax + 1])
    else { return nil }
    return speakerPhrase(toks, from: ax + 1)
  }

  /// Whether a possessive and a noun of speech, with up to two lowercase attributes between them,
  /// stand among `toks` ("in seiner Stellungnahme", "mit ihren knappen Worten").
  func ownsSpeechNoun(_ toks: [Tok]) -> Bool {
    for i in toks.indices where toks[i].isWord && profile.possessives.contains(toks[i].low) {
      var k = i + 1
      while k < toks.count, k <= i + 3, toks[k].isWord {
        if profile.speechNouns.contains(toks[k].low) { return true }
        if toks[k].upper { break }
        k += 1
      }
    }
    return false
  }

  /// Whether a subject phrase stands for the person who owns it: a possessive or (in a colon sentence
  /// without a cue) a determiner, up to two lowercase attributes and a noun of speech ("Ihre Antwort",
  /// "Sein wichtigster Satz", "die üblichen Worte"); or, in a colon sentence without a cue, a
  /// possessive and an abstract noun ("Seine Zuversicht").
  func standsForOwner(_ sp: String, colonWithoutCue: Bool) -> Bool {
    // (the first word decides most calls, and is read without splitting the phrase)
    let u = sp.utf8
    guard let b = u.firstIndex(where: { $0 != 0x20 }) else { return false }
    let first = WordHash.of(String(sp[b..<(u[b...].firstIndex(of: 0x20) ?? u.endIndex)]))
    let possessive = profile.possessives.contains(first)
    guard possessive || colonWithoutCue && profile.dets.contains(first) else { return false }
    let words = sp.splitBytes(0x20)
    guard words.count >= 2, words.count <= 4, let noun = words.last else { return false }
    for w in words.dropFirst().dropLast() {
      guard let c = w.unicodeScalars.first, Self.isLower(c.value) else { return false }
    }
    if profile.speechNouns.contains(WordHash.of(String(noun))) { return true }
    return possessive && colonWithoutCue && words.count == 2 && Self.hasEnding(noun, profile.abstractEndings)
  }

  /// Whether a single word ends in one of `endings` (lowercase UTF-8), with more than `stem` bytes before it.
  static func hasEnding(_ word: Substring, _ endings: [[UInt8]], stem: Int = 2) -> Bool {
    let u = Array(word.lowercased().utf8)
    guard !u.contains(0x20) else { return false }
    return endings.contains { e in u.count > e.count + stem && u[(u.count - e.count)...].elementsEqual(e) }
  }

  /// A determiner of the masculine nominative that is also the feminine dative ("der") at `i`, then
  /// attributes and a role noun or name that is no feminine role ("der SPD-Vorsitzende", "der
  /// Landrat"; not "der Zeitung", "der Ministerin"): where nouns are capitalised, the subject.
  func mascRole(_ toks: [Tok], at i: Int) -> Bool {
    guard profile.capitalNouns, i + 1 < toks.count, toks[i].isWord, profile.dativeDets.contains(toks[i].low),
      profile.dets.contains(toks[i].low), !profile.objectDets.contains(toks[i].low),
      let n = toks[(i + 1)...].firstIndex(where: { !hasAttributeEnding($0) })
    else { return false }
    let t = toks[n]
    return t.isWord && t.upper && namesRoleOrPerson(t) && !isMediumWord(t)
      && !(t.e - t.s > 3 && buf[t.e - 2] == UInt8(ascii: "i") && buf[t.e - 1] == UInt8(ascii: "n"))
  }

  /// Whether the phrase at `i` opens with a role noun, after a determiner if any.
  /// Unlike `namesRole` (a subject phrase as a string, lowercase attributes passed too, where nouns
  /// are capitalised), it passes a determiner only: where nouns are lowercase, the only place its
  /// callers use it, a lowercase word before the role may be a noun of its own ("el informe del
  /// ministro").
  func isRole(_ toks: [Tok], _ i: Int) -> Bool {
    if isRoleWord(toks[i]) { return true }
    return profile.dets.contains(toks[i].low) && i + 1 < toks.count && toks[i + 1].isWord && isRoleWord(toks[i + 1])
  }

  /// A role noun, or where the language writes its roles as compounds (`compoundRoles`), one ending in a role
  /// ("klimaministeren").
  func isRoleWord(_ t: Tok) -> Bool {
    profile.roleSuffixes.isEmpty ? profile.roles.contains(t.low) : isNoun(t, of: profile.roles, suffixes: profile.roleSuffixes)
  }

  /// The same for a word as written (a speaker phrase of one word, a word of a phrase).
  func isRoleWord<S: StringProtocol>(word w: S) -> Bool {
    profile.roles.contains(WordHash.of(String(w)))
      || (!profile.roleSuffixes.isEmpty && Self.hasEnding(Substring(w), profile.roleSuffixes, stem: 0))
  }

  /// A capitalised word within the next three words from `j`, no stop word or punctuation between.
  func nameAhead(_ toks: [Tok], _ j: Int) -> Bool {
    var k = j
    while k < toks.count, k < j + 3, toks[k].isWord, !profile.stops.contains(toks[k].low) {
      if toks[k].upper { return true }
      k += 1
    }
    return false
  }

  /// A word with a dative ending of the language ("Janowi", "Kowalskiemu").
  func isDative(_ t: Tok) -> Bool {
    t.isWord && endsIn(t, profile.dativeSuffixes, stem: 2)
  }

  /// The attribution of a candidate whose quoted words are `s..<e`.
  /// Whether the quotation's own sentence has an impersonal cue ("hieß es", "heißt es") and no
  /// source: its cue, or one right after the closing mark and a comma with nothing but words of
  /// time and lowercase words after it ("„…“, hieß es am Abend.").
  func bareImpersonalCue(_ c: Candidate, _ a: Attribution) -> Bool {
    guard !profile.impersonal.isEmpty else { return false }
    // ("hieß es weiter": the source of the statement before goes on)
    let sentence = tokens(sentenceStart(c.open), c.open) + tokens(c.closeEnd, sentenceEnd(c.closeEnd))
    if sentence.contains(where: { $0.isWord && profile.goesOn.contains($0.low) }) { return false }
    if let cue = a.cue {
      return cue.splitBytes(0x20).contains { profile.impersonal.contains(WordHash.of(String($0))) }
    }
    return impersonalCueAfter(c) != nil
  }

  /// The impersonal cue right after a quotation's closing mark and a comma, when nothing after it
  /// in the sentence could be a source ("„…“, hieß es." — not "…, hieß es aus Berlin.").
  func impersonalCueAfter(_ c: Candidate) -> String? {
    let after = tokens(c.closeEnd, sentenceEnd(c.closeEnd))
    guard after.count >= 3, after[0].p == UInt8(ascii: ","), let m = match(profile.cues, after, 1),
      after[1..<min(m.next, after.count)].contains(where: { $0.isWord && profile.impersonal.contains($0.low) })
    else { return nil }
    for t in after[min(m.next, after.count)...] where t.isWord && t.upper {
      if !profile.timeWords.contains(t.low) { return nil }
    }
    return string(after[1].s, m.cueEnd)
  }

  func attribute(_ c: Candidate, _ s: Int, _ e: Int) -> Attribution {
    var a = Attribution()
    // After the quotation.
    let contentLast = e > 0 ? buf[e - 1] : 0
    let rawLast: UInt8 = {
      let j = skipSpaceBack(c.contentEnd)
      return j > 0 ? buf[j - 1] : 0
    }()
    let afterEnd = sentenceEnd(c.closeEnd)
    let after = tokens(c.closeEnd, afterEnd)
    var tight = false
    if let f = after.first {
      if f.p == UInt8(ascii: ",") || f.p == UInt8(ascii: "D") {
        tight = true
      } else if f.isWord && !f.upper
        && (rawLast == 0x2C || contentLast == 0x3F || contentLast == 0x21)
      {
        tight = true
      } else if f.isWord && rawLast == 0x2C {
        tight = true
      } else if f.isWord && !f.upper && profile.capitalNouns && contentLast == 0x2E
        && (match(profile.cues, after, 0) != nil || profile.aux.contains(f.low))
      {
        // (a quoted sentence with its own full stop goes on, like one with "?" or "!", when a
        // lowercase cue follows the closing mark: "„… Farben.“ schreibt X", where a new sentence
        // would open with a capital)
        tight = true
      } else if f.isWord && !f.upper && profile.capitalNouns && profile.passive.contains(f.low),
        after.prefix(while: { $0.isWord || $0.p == UInt8(ascii: "Q") }).contains(where: {
          profile.quoters.contains($0.low)
        })
      {
        // (so does a passive verb of quoting: "„…“ wird der Trainer in der Zeitung X zitiert")
        tight = true
      }
    }
    let afterAttr = after.isEmpty ? nil : afterAttribution(after, from: 0)
    if !profile.reported.isEmpty {
      a.reported = after.contains { $0.isWord && profile.reported.contains($0.low) }
    }
    if tight, let aa = afterAttr {
      a.speaker = aa.speaker
      a.cue = aa.cue
      a.tightAfter = true
      a.cueInSentence = true
    }
    // Before the quotation.
    let lastNonSpace = skipSpaceBack(c.open)
    var colonPos = -1
    if let (ch, cp) = scalar(before: lastNonSpace), ch == 0x3A {
      a.colon = true
      colonPos = cp
    }
    // A quotation opening a paragraph after "…, said on Twitter:" takes the previous paragraph's sentence.
    let ss = colonPos >= 0 ? sentenceStart(colonPos) : sentenceStart(c.open)
    let before = tokens(ss, colonPos >= 0 ? colonPos + 1 : c.open)
    if !profile.reported.isEmpty && !a.reported {
      a.reported = before.contains { $0.isWord && profile.reported.contains($0.low) }
    }
    // A clause after an earlier quotation and a comma has its own subject
    // ("… als „A“, Vizekanzler Westerwelle strich Wulffs „B“ hervor").
    var clause = before[...]
    if let q = before.lastIndex(where: { $0.p == UInt8(ascii: "Q") }), q + 1 < before.count,
      before[q + 1].p == UInt8(ascii: ",")
    {
      clause = before[(q + 2)...]
    }
    if a.speaker == nil && !c.dash, let found = cueSpeaker(Array(clause)) {
      a.cueInSentence = true
      a.cue = found.cue
      a.speaker = found.speaker
    } else if a.speaker == nil && !c.dash, clause.count < before.count,
      let found = cueSpeaker(before)
    {
      a.cueInSentence = true
      let own = clause.first(where: { $0.isWord }).map { $0.upper } ?? false
      // (a clause of reported speech is what the earlier cue reports, not a speaker's own: "Der
      // Verteidiger sagte dem „Spiegel“, Zschäpe habe … erfahren, „…“")
      let reportedClause =
        !profile.reported.isEmpty && clause.contains { $0.isWord && profile.reported.contains($0.low) }
      if own, !reportedClause, let subj = sentenceSubject(Array(clause)) {
        a.speaker = subj  // the earlier cue is not this speaker's
      } else {
        a.speaker = found.speaker
        a.cue = found.cue
      }
    }
    // The words after a colon that closes the attribution of an earlier quotation ("„…“, warb auch
    // X: „…“"): the inverted cue's subject speaks them too.
    if a.speaker == nil, !c.dash, a.colon, clause.count < before.count,
      let q = before.lastIndex(where: { $0.p == UInt8(ascii: "Q") }),
      let aa = afterAttribution(Array(before[(q + 1)...]), from: 0), aa.speaker != nil
    {
      a.speaker = aa.speaker
      a.cue = aa.cue
      a.cueInSentence = true
    }
    // A separable cue verb around the marks ("warf der Regierung „…“ vor"): its particle
    // right after the closing mark completes the cue of the clause before.
    // (after a list of marked pieces, the particle follows the last of them: "warf der Partei
    // „Wortbruch“, „Blockade“ und „soziale Kälte“ vor")
    let particle: Tok? = {
      var inside = false
      for t in after {
        if t.p == UInt8(ascii: "Q") {
          inside.toggle()
        } else if inside {
          continue
        } else if t.p == UInt8(ascii: ",") || (t.isWord && profile.and.contains(t.low)) {
          continue
        } else {
          return t.isWord ? t : nil
        }
      }
      return nil
    }()
    if a.speaker == nil, !a.cueInSentence, !c.dash, !a.colon, let p = particle,
      profile.lateParticles.contains(p.low),
      // (a later piece of such a list has the words before the list, not a clause of its own)
      let found = cueSpeaker(
        (c.listed
          ? Array(before.prefix(while: { $0.p != UInt8(ascii: "Q") })) : Array(clause)) + [p])
    {
      a.cueInSentence = true
      a.aroundCue = true
      a.cue = found.cue
      a.speaker = found.speaker
    }
    // "Steinbrück: „…“" — a short clause before the colon names the speaker.
    if a.speaker == nil, a.colon, !c.dash {
      var labelName = false
      var start = before.count - 1
      // (an unclosed parenthesis opens a label too: "Eine Sanierung (Körner: „…“) komme nicht in Frage")
      // (a stop inside a parenthesis closed right before the colon ends no sentence: "Karl Geiger
      // (GER/2.): „…“")
      var closedParen = false
      var inParen = false
      while start >= 0,
        !((isSentencePunct(before[start]) && !inParen) || (before[start].p == UInt8(ascii: "(") && !closedParen))
          || start == before.count - 1
      {
        if before[start].p == UInt8(ascii: ")") {
          closedParen = true
          inParen = start == before.count - 2
        } else if before[start].p == UInt8(ascii: "(") {
          inParen = false
        }
        start -= 1
      }
      // (a time stamp and a dash before the label, as in a live ticker: "14:32 Uhr – Trainer X: „…“")
      var lead = start + 1
      while lead < before.count,
        before[lead].p == UInt8(ascii: ":")
          || (before[lead].isWord && (Self.isDigit(UInt32(buf[before[lead].s])) || isTimeWord(before[lead])))
      { lead += 1 }
      var stamped = start >= 0 && before[start].p == UInt8(ascii: "(")
      if lead > start + 1, lead + 1 < before.count, before[lead].p == UInt8(ascii: "D") {
        start = lead
        stamped = true
      }
      let words = before[(start + 1)...].filter { $0.isWord }.count
      let first = before[(start + 1)...].firstIndex(where: { $0.isWord })
      let agent = before[(start + 1)...].lastIndex(where: { $0.isWord && profile.agents.contains($0.low) })
      // A name in marks after a determiner as the subject ("Das „Handelsblatt“ sorgt sich um die
      // Wirtschaft: „…“"): the phrase as written, with its marks.
      var markedName: String? = nil
      if profile.capitalNouns, let f = first, f + 2 < before.count, before[f].upper, profile.dets.contains(before[f].low),
        before[f + 1].p == UInt8(ascii: "Q"),
        let q = before[(f + 2)..<min(before.count, f + 6)].firstIndex(where: { !$0.isWord }),
        before[q].p == UInt8(ascii: "Q"), q > f + 2, q + 1 < before.count, before[q + 1].isWord, !before[q + 1].upper
      {
        markedName = string(before[f].s, before[q].e)
      }
      if let v = agent, v > start + 1, before[v - 1].isWord, profile.speechNouns.contains(before[v - 1].low),
        v + 1 < before.count, startsSpeaker(before[v + 1]), let sp = speakerPhrase(before, from: v + 1)
      {
        // "Zuruf von der CDU: „…“", "Reaktion von Verdi:": a noun of speech names its source.
        a.speaker = sp
      } else if let f = first, let h = match(profile.holders, before, f), h.next < before.count,
        startsSpeaker(before[h.next])
      {
        // "Für den Bürgermeister ist klar: „…“": the holder of the view speaks.
        a.speaker = speakerPhrase(before, from: h.next)
      } else if words == 1, let f = first,
        profile.turnLabels.contains(before[f].low),
        paragraphStart(before[f].s)
      {
        // "Frage: „…“", "Antwort: „…“": the label of an interview's turn is the mention that
        // names its source, as written (not a noun of speech pointing back: "Seine Antwort:").
        a.speaker = string(before[f].s, before[f].e)
      } else if words == 1, let f = first, profile.speechNouns.contains(before[f].low) {
        // "Zitat: „…“", "Wörtlich:": a label of the words names no one; the cue of the sentence
        // before it does ("… erzählte er von seinem ersten Auftritt. Zitat: „…“").
        let ls = sentenceStart(before[f].s)
        let pe = ls > 0 ? skipSpaceBack(ls) : 0
        if pe > 0, let found = cueSpeaker(tokens(sentenceStart(pe - 1), ls)),
          found.speaker != nil
        {
          a.speaker = found.speaker
          a.cue = found.cue
        }
      } else if profile.capitalNouns, !stamped, let f = first, let name = nameBeforePhrase(before, from: f) {
        // "Kramer im Zielraum: „…“", "Hollmann zu Brand in der Altstadt: „…“":
        // a label of a name and a phrase of place, time or topic, with no verb, names the speaker.
        a.speaker = name
        labelName = true
      } else if words > 0, words <= 4, before[(start + 1)...].first(where: { $0.isWord })?.upper ?? false,
        // (a conjunction or adverb alone leads into the words, no one's label: "Denn: „…“")
        !(words == 1 && first.map { profile.stops.contains(before[$0].low) } == true)
      {
        if stamped {
          let label = Array(before[(start + 1)...])
          a.speaker = speakerBefore(label, upTo: label.count - 1)
        } else {
          a.speaker = speakerBefore(before, upTo: before.count - 1)
        }
      } else if let m = markedName {
        a.speaker = m
      } else if words > 0,
        !before[(start + 1)...].contains(where: { $0.isWord && profile.reported.contains($0.low) })
      {
        // (a clause of reported speech before the colon is the words of the speaker reported, not
        // its subject's: "Da würden auch keine Bonuszahlungen helfen: „…“")
        a.speaker = sentenceSubject(Array(before[(start + 1)...]))
      }
      // (a clause, not a label of one word: "Branchenüblich ist das nicht: „…“"; where nouns are
      // capitalised, so that a phrase is cut at its first lowercase word, not at a possessive's
      // apostrophe as in "Supporters' trust secretary …:")
      if profile.capitalNouns, words > 1, !labelName, let w = a.speaker, bareOpeningWord(w, before[(start + 1)...]) {
        a.speaker = nil
      }
    }
    // The quotation in a relative clause whose cue ends it ("Kritiker, die von einem „Skandal“
    // sprechen"): the phrase the relative pronoun stands for (used below, after the readings of the
    // cue; a holder opening the sentence does not speak it: "Für Aufsehen sorgte eine Äußerung des
    // Ministers, der die Proteste als „kindisch“ bezeichnet hatte").
    var relativeSource: String? = nil
    if profile.capitalNouns, let aa = afterAttr, aa.speaker == nil,
      let r = before.lastIndex(where: { $0.p == UInt8(ascii: ",") }), r + 1 < before.count,
      profile.relatives.contains(before[r + 1].low)
        || (r + 2 < before.count && profile.stops.contains(before[r + 1].low)
          && profile.relatives.contains(before[r + 2].low)),
      !before[r...].contains(where: { isSentencePunct($0) })
    {
      relativeSource = antecedent(before, comma: r)
      // (a relative clause of place with a cue of words written there, "protestierten mit
      // Schildern, auf denen Sprüche wie „…“ standen": the subject of the clause it follows)
      if profile.placePreps.contains(before[r + 1].low),
        aa.cue.splitBytes(0x20).contains(where: { profile.placeCues.contains(WordHash.of(String($0))) })
      {
        let cs = (before[..<r].lastIndex(where: { isSentencePunct($0) }) ?? -1) + 1
        if cs < r, let subj = sentenceSubject(Array(before[cs..<r])) { relativeSource = subj }
      }
      // (a pronoun after the relative pronoun is the clause's subject and speaks: "dankte ihrem
      // Kameramann, den sie „mein zweites Auge“ nannte")
      if !c.dash, r + 2 < before.count, profile.relatives.contains(before[r + 1].low), before[r + 2].isWord,
        profile.pronouns.contains(before[r + 2].low)
      {
        a.speaker = string(before[r + 2].s, before[r + 2].e)
        a.cue = aa.cue
        a.cueInSentence = true
        relativeSource = nil
      } else if !c.dash, r + 2 < before.count, profile.relatives.contains(before[r + 1].low),
        profile.objectDets.contains(before[r + 1].low)
      {
        // (so is a capitalised phrase after a relative pronoun of the object case, past a focus
        // word: "einen Fund, den selbst Sonja Wedmann vom Senckenberg Museum als „bizarr“ bezeichnet")
        var k = r + 2
        while k < before.count, k < r + 4, before[k].isWord, !before[k].upper,
          !profile.dets.contains(before[k].low), !profile.preps.contains(before[k].low),
          !profile.pronouns.contains(before[k].low)
        { k += 1 }
        if k < before.count, before[k].isWord, before[k].upper, let sp = speakerPhrase(before, from: k) {
          a.speaker = sp
          a.cue = aa.cue
          a.cueInSentence = true
          relativeSource = nil
        }
      }
    }
    // "Pour Amélie Hocquet, secrétaire de …, « … »": the holder of a view opening the sentence
    // speaks a quotation later in it.
    if a.speaker == nil, !c.dash, !a.colon, relativeSource == nil, let f = before.firstIndex(where: { $0.isWord }),
      let h = match(profile.holders, before, f), h.next < before.count,
      startsSpeaker(before[h.next])
    {
      // (no evidence of speech by itself: "Für X … „Antityp“" may mark a term)
      a.speaker = speakerPhrase(before, from: h.next)
    }
    // The quotation fronted before another verb: "„…“, richtete er seinen Blick …" (verb second).
    if a.speaker == nil, !c.dash, profile.capitalNouns, afterAttr == nil, after.count >= 3,
      after[0].p == UInt8(ascii: ","), isLowerNonDet(after[1]), after[2].isWord,
      profile.pronouns.contains(after[2].low)
    {
      a.speaker = string(after[2].s, after[2].e)
    }
    // A sentence quoted in front of a verb missing from the lexicon, its subject right after in
    // the inverted order of a verb-second language ("„…“, erinnert sich Anwohnerin Gisela Brandt"):
    // the verb reports the words. Only for quotations of several words; the subject must be a
    // noun phrase (a determiner or capitalised words), not a preposition or an adverb.
    if a.speaker == nil, !c.dash, profile.capitalNouns, afterAttr == nil, after.count >= 4,
      after[0].p == UInt8(ascii: ","), isLowerNonDet(after[1]),
      !profile.stops.contains(after[1].low), !profile.aux.contains(after[1].low),
      !profile.passive.contains(after[1].low)
    {
      var k = 2
      if after[k].isWord,
        profile.objectPronouns.contains(after[k].low) || profile.reflexives.contains(after[k].low)
      { k += 1 }
      var spaces = 0
      for i in s..<e where buf[i] == 0x20 { spaces += 1 }
      if spaces >= 3, k + 1 < after.count, after[k].isWord, after[k + 1].isWord,
        !profile.objectDets.contains(after[k].low),
        (profile.dets.contains(after[k].low)
          && (after[k + 1].upper
            || (hasAttributeEnding(after[k + 1]) && k + 2 < after.count && after[k + 2].isWord && after[k + 2].upper)))
          || (after[k].upper && after[k + 1].upper && !profile.dets.contains(after[k].low))
      {
        // (an adjective may stand between: "zollte der 26-jährige Australier seinem Bezwinger Tribut")
        a.speaker = speakerPhrase(after, from: k)
        a.cue = string(after[1].s, after[k - 1].e)
        a.tightAfter = true
        a.cueInSentence = true
      }
    }
    // A passive cue after the quotation: its agent speaks ("wird von Experten als „…“ bezeichnet").
    // (the auxiliary may follow the participle: "war von X als „…“ bezeichnet worden"; marks right
    // after the agent's preposition enclose the agent's name: "vom „Bündnis“ angekündigt")
    if a.speaker == nil, !c.dash, let aa = afterAttr,
      !(before.last.map { $0.isWord && profile.agents.contains($0.low) } ?? false),
      let agent = passiveAgent(
        before, 0, before.count,
        passiveAfter: after.prefix(3).contains { $0.isWord && profile.passive.contains($0.low) })
    {
      a.speaker = agent
      a.cue = aa.cue
      a.cueInSentence = true
    }
    // A cue participle right after the marks closing a clause in the perfect whose auxiliary
    // stands before them ("Kürzlich hatte X eine Ernte „…“ vorausgesagt, …", "X hat die Lage als
    // „…“ bezeichnet"): the subject of that clause speaks, also when reported speech follows the
    // cue after a comma. (not a clause of reported speech itself: its subject is what is reported
    // on; the participle must follow the mark without a comma)
    // (a prepositional phrase may stand between the marks and the participle: "hatte X die Pläne als
    // „…“ für die Zukunft der Region bezeichnet")
    if a.speaker == nil, !c.dash, profile.capitalNouns, !tight, !a.colon, let aa = afterAttr, aa.speaker == nil,
      let f = after.first, f.isWord, !f.upper,
      match(profile.cues, after, 0) != nil || profile.preps.contains(f.low) && !profile.agents.contains(f.low),
      clause.contains(where: { $0.isWord && profile.aux.contains($0.low) }),
      !clause.contains(where: { $0.isWord && profile.reported.contains($0.low) }),
      let subj = auxAfterCommaSubject(Array(clause)) ?? sentenceSubject(Array(clause))
    {
      a.speaker = subj
      a.cue = aa.cue
      a.cueInSentence = true
    }
    // The next sentence points back at the quotation: "„…“ Das sagte X.", "„…“ Mit diesen
    // Worten eröffnete X …".
    // (also from the next paragraph when the quotation is one of its own: "„…“¶Mit diesen Worten
    // beschreibt der Rentner X seine Lage.", or a whole sentence ending its paragraph: "Der
    // Zulieferer streicht 1.200 Stellen. „…“¶Mit diesen Worten begründete der Vorstandschef …")
    // (and when the stop of a whole sentence quoted follows the closing mark: "„…“. So beschreibt
    // der Generalsekretär X die Lage.")
    let stopAfter =
      after.isEmpty && c.closeEnd < n && Self.isStopByte(buf[c.closeEnd])
    var next = after
    if next.isEmpty, a.speaker == nil, !c.dash, c.open == 0 || lineBreak(at: c.open - 1) || before.isEmpty {
      let np = skipSpaceForward(stopAfter ? c.closeEnd + 1 : c.closeEnd)
      if np > c.closeEnd, np < n { next = tokens(np, sentenceEnd(np)) }
    }
    // (and after a quotation inside a sentence that goes on after the closing mark, when that
    // sentence has no cue and no speaker, and the next sentence no quotation of its own: "Die Lage
    // sei „…“ seit sieben Jahren. Das sagte X am Montag."; or with the sentence's stop right
    // after the closing mark: "Der Rat war „…“.¶X sagte dies …")
    var partial = false
    let partialStop =
      after.isEmpty
      ? (stopAfter && next.isEmpty && !before.isEmpty ? c.closeEnd : -1)
      : (after[0].isWord && afterEnd < n && Self.isStopByte(buf[afterEnd]) ? afterEnd : -1)
    if partialStop >= 0, a.speaker == nil, a.cue == nil, !a.cueInSentence, !c.dash, afterAttr == nil,
      !after.contains(where: { $0.p == UInt8(ascii: "Q") }),
      !(0..<after.count).contains(where: { match(profile.cues, after, $0) != nil })
    {
      let np = skipSpaceForward(partialStop + 1)
      if np > partialStop + 1, np < n {
        let ns = tokens(np, sentenceEnd(np))
        if !ns.contains(where: { $0.p == UInt8(ascii: "Q") }) {
          next = ns
          partial = true
        }
      }
    }
    // (or after a dash in the same sentence: "„Wir sind bereit“ – mit diesen Worten trat …")
    var dashed = false
    if a.speaker == nil, !c.dash, next.count > 2, next[0].p == UInt8(ascii: "D"), next[1].isWord,
      match(profile.anaphors, next, 1) != nil
    {
      next = Array(next[1...])
      dashed = true
    }
    if a.speaker == nil, !c.dash,
      dashed || stopAfter || Self.isStopByte(contentLast) || partial,
      let first = next.first, first.isWord, first.upper || dashed, let m = match(profile.anaphors, next, 0)
    {
      var k = m.next
      if k < next.count, profile.aux.contains(next[k].low) { k += 1 }
      // (an adverb between the anaphor and the verb: "„…“, so dramatisch schilderte er die Lage")
      if adverbBeforeCue(next, k) { k += 1 }
      // (an adverb may stand between the verb and its subject: "Das betonte auch der Minister",
      // "Diese Ansicht vertrat auch der Fahrgastverband")
      if let cm = match(profile.cues, next, k), cm.next < next.count,
        case let sj = skipAdverbs(next, cm.next), sj < next.count,
        startsSpeaker(next[sj]) || particleName(next, sj)
      {
        a.speaker = cliticSpeaker(next, k, cm.next) ?? speakerPhrase(next, from: sj)
        a.cue = string(next[k].s, cm.cueEnd)
        a.tightAfter = true
        a.cueInSentence = true
      } else if m.next >= 2, k + 1 < next.count, isLowerNonDet(next[k]),
        case let sa = skipAdverbs(next, k + 1),
        // (the agent's preposition leads to the speaker: "Dieses Statement kommt von Professor X")
        case let sj = sa + 1 < next.count && profile.agents.contains(next[sa].low) ? sa + 1 : sa, sj < next.count,
        startsSpeaker(next[sj]) || particleName(next, sj)
      {
        // A phrase naming the words ("Mit diesen Worten", "Diese Ansicht") makes any verb a cue.
        a.speaker = speakerPhrase(next, from: sj)
        a.cue = string(next[0].s, next[k].e)
        a.tightAfter = true
        a.cueInSentence = true
      } else if m.next >= 2, k > m.next, case let sj = skipAdverbs(next, k), sj < next.count,
        startsSpeaker(next[sj]) || particleName(next, sj)
      {
        // The same with the finite auxiliary of a perfect: "Mit diesen Worten hat die Kandidatin X
        // ihren Sieg gefeiert".
        a.speaker = speakerPhrase(next, from: sj)
        a.cue = string(next[0].s, next[k - 1].e)
        a.tightAfter = true
        a.cueInSentence = true
      } else if profile.capitalNouns, k + 3 < next.count, isLowerNonDet(next[k]),
        profile.dets.contains(next[k + 1].low), profile.speechNouns.contains(next[k + 2].low),
        case let g = profile.linkers.contains(next[k + 3].low) ? k + 4 : k + 3, g < next.count,
        g == k + 4 || (profile.dets.contains(next[g].low) && !profile.nonGenitiveDets.contains(next[g].low)),
        startsSpeaker(next[g]) || particleName(next, g)
      {
        // A noun of speech after the verb names its speaker in the genitive ("„…“ So lautete das
        // Fazit der Winzerin X", "Das war die Antwort von Trainer Y").
        a.speaker = speakerPhrase(next, from: g)
        a.cue = string(next[k + 2].s, next[k + 2].e)
        a.tightAfter = true
        a.cueInSentence = true
      } else if profile.capitalNouns, let cm = match(profile.cues, next, k),
        let aa = afterAttribution(next, from: k), let sp = aa.speaker,
        let head = sp.splitBytes(0x20).first,
        let h = (cm.next..<next.count).first(where: { next[$0].isWord && string(next[$0].s, next[$0].e) == head })
      {
        // The rest after the verb read as an attribution after the marks is: a time between the
        // verb and its subject ("Das sagte am Dienstag X"), the source of an impersonal cue ("So
        // hieß es am Freitag aus X", "So heißt es in X"); a phrase after a preposition of time or
        // occasion is no source ("So hieß es nach der Sitzung").
        let impersonal = (k..<cm.next).contains { next[$0].isWord && profile.impersonal.contains(next[$0].low) }
        if !impersonal || (h > 0 && next[h - 1].isWord && profile.sourcePreps.contains(next[h - 1].low)) {
          a.speaker = sp
          a.cue = aa.cue
          a.tightAfter = true
          a.cueInSentence = true
        } else {
          a.cue = aa.cue  // a bare impersonal cue: no speaker, and no fallback either
        }
      }
    }
    // The pointing word after the verb of the next sentence, its speaker before the verb: "„…“
    // UN-Generalsekretär X sagte dies vor Journalisten." (a one-word pointer followed by the end,
    // a preposition or an adverb, not by a noun it would determine: "X sagte das Treffen ab")
    if a.speaker == nil, !c.dash, !dashed, stopAfter || Self.isStopByte(contentLast) || partial,
      let first = next.first, first.isWord, first.upper, startsSpeaker(first),
      match(profile.anaphors, next, 0) == nil, !profile.pronouns.contains(first.low),
      let k = (1..<min(next.count, 6)).first(where: { !next[$0].isWord || match(profile.cues, next, $0) != nil }),
      (0..<k).allSatisfy({ next[$0].isWord && (next[$0].upper || profile.dets.contains(next[$0].low)) }),
      let cm = match(profile.cues, next, k), cm.next < next.count,
      let pm = match(profile.anaphors, next, cm.next), pm.next == cm.next + 1,
      case let sj = skipAdverbs(next, pm.next),
      sj == next.count || !next[sj].isWord || profile.preps.contains(next[sj].low),
      let sp = speakerPhrase(next, from: 0)
    {
      a.speaker = sp
      a.cue = string(next[k].s, cm.cueEnd)
      a.tightAfter = true
      a.cueInSentence = true
    }
    // (a quotation inside a sentence is not attributed by the next one: that names a speaker, but
    // whether the words are a quotation at all, rather than a name or a term in a sentence the next
    // one points back at as a whole — "Die Raumsonde „…“ hat … erreicht. Das bestätigte X" — is
    // judged by their own sentence)
    if partial {
      a.tightAfter = false
      a.cueInSentence = false
    }
    // A looser attribution after the quotation.
    if a.speaker == nil, let aa = afterAttr, contentLast != 0x2E {
      a.speaker = aa.speaker
      a.cue = aa.cue
      a.cueInSentence = true
    }
    // A main clause later in the sentence, opened by the cue after a comma
    // ("… „…“ geschönt zu haben, teilte eine Sprecherin mit").
    // (not of the next sentence, after a quotation that ends one: "„… finden.“ Erste Gespräche
    // gebe es bereits, sagte der Insolvenzverwalter")
    // (past other marked words of the same sentence: "Sie sei gespannt, welche „…“ die „…“ einbringen
    // werde, sagte X")
    // (or a clause of the subordinator that is a weak cue, its cue last: "Die Genehmigung „…“ wurde
    // erteilt, wie das Parlament mitteilte")
    // (a quoted question or exclamation the sentence goes on after, lowercase: "„Wann brauche ich
    // Hilfe?“ sei schwer zu sagen, sagt X")
    let goesOn = contentLast != 0x2E && after.first.map { $0.isWord && !$0.upper } == true
    if a.speaker == nil, !c.dash, afterAttr == nil, !Self.isStopByte(contentLast) || goesOn {
      var k = 0
      while k + 1 < after.count, after[k].p != UInt8(ascii: ";") {
        if after[k].p == UInt8(ascii: ","), after[k + 1].isWord,
          (match(profile.cues, after, k + 1).map {
            $0.next < after.count && (startsSpeaker(after[$0.next]) || particleName(after, $0.next))
              && !profile.stops.contains(after[$0.next].low)
          } ?? false)
            || (profile.weakCues.contains(after[k + 1].low) && profile.subordinators.contains(after[k + 1].low)),
          let aa = afterAttribution(after, from: k), aa.speaker != nil
        {
          a.speaker = aa.speaker
          a.cue = aa.cue
          a.cueInSentence = true
          break
        }
        k += 1
      }
    }
    // A cue ending a relative clause ("Kritiker, die von einem „Skandal“ sprechen"): the phrase the
    // relative pronoun stands for speaks.
    if a.speaker == nil, !c.dash, let ante = relativeSource, let aa = afterAttr {
      a.speaker = ante
      a.cue = a.cue ?? aa.cue
      a.cueInSentence = true
    }
    if a.speaker == nil && a.cue == nil, afterAttr != nil { a.cueInSentence = true }
    return a
  }

  /// A label before a colon made of a name (capitalised words, the last one written as a name in
  /// the text) and a phrase opened by a preposition with no verb in it ("Kramer im Zielraum",
  /// "Trainerin X nach dem Abpfiff", "Hollmann zu Brand in der Altstadt"): the
  /// name. Not a noun of a topic ("Blick nach vorn", "Streit um Windräder"), which is written as
  /// no name.
  func nameBeforePhrase(_ toks: [Tok], from f: Int) -> String? {
    guard f < toks.count, toks[f].isWord, toks[f].upper, !profile.dets.contains(toks[f].low),
      !profile.preps.contains(toks[f].low), !profile.pronouns.contains(toks[f].low)
    else { return nil }
    var p = f
    while p < toks.count, toks[p].isWord, toks[p].upper { p += 1 }
    guard p < toks.count, p - f <= 4, toks[p].isWord, profile.preps.contains(toks[p].low) else { return nil }
    // (the colon ends the label: every lowercase word after the name is a preposition, a
    // determiner or "und"; no comma, parenthesis or verb)
    var k = p
    while k < toks.count, toks[k].p != UInt8(ascii: ":") {
      let t = toks[k]
      if t.isWord {
        if !t.upper && !profile.preps.contains(t.low) && !profile.dets.contains(t.low) && !profile.and.contains(t.low) {
          return nil
        }
      } else if t.p != UInt8(ascii: "-") {
        return nil
      }
      k += 1
    }
    let last = toks[p - 1]
    guard writtenAsNameHere(last) else { return nil }
    return string(toks[f].s, last.e)
  }

  /// The noun phrase right before the comma at `comma` (capitalised nouns with their determiners
  /// and genitives: "eine Rhetorik des Verbandes der Veteranen").
  func antecedent(_ toks: [Tok], comma: Int) -> String? {
    var end = comma
    // (the particle of a separable verb closes the clause: "griff den Tenor der Medien auf,")
    if profile.capitalNouns, end >= 2, toks[end - 1].isWord, !toks[end - 1].upper,
      profile.preps.contains(toks[end - 1].low), toks[end - 2].upper
    {
      end -= 1
    }
    var k = end - 1
    var first = -1
    while k >= 0, toks[k].isWord, k > end - 12 {
      let t = toks[k]
      // (an adjective before its noun: "chinesischer Medien")
      if profile.dets.contains(t.low) || profile.particles.contains(t.low) || t.upper
        || (hasAttributeEnding(t) && toks[k + 1].upper)
      {
        if !(profile.stops.contains(t.low) && !profile.dets.contains(t.low)) { first = k } else { break }
        // (a determiner of the object case opens the phrase: "am Donnerstag den ehemaligen …")
        if profile.capitalNouns, profile.objectDets.contains(t.low) { break }
      } else {
        break
      }
      k -= 1
    }
    guard first >= 0, first < end, toks[end - 1].upper else { return nil }
    return plausibleSpeaker(string(toks[first].s, toks[end - 1].e), toks)
  }

  /// The last cue of a stretch of tokens and its speaker (before or after the verb, or the source).
  func cueSpeaker(_ before: [Tok]) -> (speaker: String?, cue: String)? {
    var i = 0
    var best: (i: Int, next: Int, cueEnd: Int, source: Bool)? = nil
    var bestVerb: (i: Int, next: Int, cueEnd: Int, source: Bool)? = nil
    var post: Int? = nil  // "Schaller zufolge"
    while i < before.count {
      if profile.postSources.contains(before[i].low), i > 0, before[i - 1].isWord,
        before[i - 1].upper || !profile.capitalNouns
      {
        post = i
        i += 1
      } else if let m = match(profile.sources, before, i), m.next < before.count,
        startsSpeaker(before[m.next])
      {
        best = (i, m.next, m.cueEnd, true)
        i = m.next
      } else if let m = match(profile.cues, before, i),
        !profile.weakCues.contains(before[i].low)
          || (m.next < before.count && startsSpeaker(before[m.next])
            // (an adverb cue opens its clause, "…, so X": inside one it is a degree word, "Wenn
            // so viele Mitarbeiter entlassen werden müssen, „…“")
            && (i == 0 || !before[i - 1].isWord))
      {
        // (a cue opened by a preposition right after the cue before it says where the words were
        // said, "said in a statement that": the first stays the cue)
        if let v = best, !v.source, v.next == i, profile.stops.contains(before[i].low) {
          i = m.next
          continue
        }
        best = (i, m.next, m.cueEnd, false)
        bestVerb = best
        i = m.next
      } else {
        i += 1
      }
    }
    if let v = bestVerb, let b = best, b.source, v.next < before.count,
      startsSpeaker(before[v.next])
        // (a source in the verb's own clause says where the words were reported: "Der Präsident
        // sagte nach Angaben seines Büros: „…“", "sagte X laut news.at, …")
        || (v.i < b.i && !before[v.next..<b.i].contains { !$0.isWord })
    {
      best = v
    }
    // (a participle of a cue right before the marks after an adverb or a determiner is an
    // attribute of the quoted noun, no verb with a subject of its own: "waren dem Bericht zufolge
    // nicht näher bezeichnete „…“")
    let attributive = best.map { b in
      profile.capitalNouns && b.next >= before.count && b.cueEnd == before[b.i].e && b.i > 0
        && hasAttributeEnding(before[b.i]) && before[b.i - 1].isWord && !before[b.i - 1].upper
        && !profile.pronouns.contains(before[b.i - 1].low)
    } ?? false
    // (a noun of reports alone after a verb of speech names no source: "erklärte den Angaben
    // zufolge", "sagte, den ersten Prognosen zufolge habe …" are the verb's subject's words)
    let reportAlone =
      post.map { p in
        p >= 2 && before[p - 1].isWord && profile.reportNouns.contains(before[p - 1].low) && before[p - 2].isWord
          && !before[p - 2].upper
      } ?? false
    if let p = post, best.map({ $0.i < p || attributive }) ?? true,
      !(reportAlone && !attributive && bestVerb.map({ $0.i < p }) == true)
    {
      // (in a relative clause opened after a comma the source is the phrase after the relative
      // pronoun, not the subject of the clause before: "eine Erschöpfung festgestellt, die den
      // Forschern zufolge „…“")
      var from = 0
      if let r = before[..<p].lastIndex(where: { $0.p == UInt8(ascii: ",") }), r + 2 < p,
        before[r + 1].isWord, profile.relatives.contains(before[r + 1].low), before[r + 2].isWord
      {
        from = r + 2
      }
      if let sp = determinerPhrase(before, endingBefore: p)
        ?? speakerBefore(Array(before[from..<p]), upTo: p - from)
        ?? (from > 0 ? speakerBefore(Array(before[..<p]), upTo: p) : nil)
      {
        return (sp, string(before[p].s, before[p].e))
      }
    }
    // A relative clause between the subject and the verb ("Der Geophysiker X, der nicht an der
    // Studie beteiligt war, nannte …", "In einer Erklärung, die X verlas, heißt es"): read without it.
    if let b = best, !b.source, let rc = relativeClause(before, endingBefore: b.i) {
      return cueSpeaker(Array(before[..<rc]) + Array(before[b.i...]))
    }
    if var b = best {
      let cue = string(before[b.i].s, b.cueEnd)
      // A reflexive pronoun right after the verb is its object ("erklärte sich Klaus Johannis zum
      // Sieger: „…“"): the subject follows it.
      if profile.capitalNouns, b.next + 1 < before.count, before[b.next].isWord,
        profile.reflexives.contains(before[b.next].low), startsSpeaker(before[b.next + 1])
      {
        b.next += 1
      }
      // So is a focus particle ("sagte etwa der Bürgermeister"; not "sprach aber auch die Probleme an").
      if profile.capitalNouns, b.next + 1 < before.count, before[b.next].isWord,
        profile.focusParticles.contains(before[b.next].low), profile.stops.contains(before[b.next].low),
        startsSpeaker(before[b.next + 1])
      {
        b.next += 1
      }
      // A time adverbial between the verb and a phrase opened by a determiner ("äußerte am Mittwoch
      // die Regierung die Hoffnung, „…“" after a fronted clause) is passed over: the phrase after
      // it is the one right after the verb.
      if profile.capitalNouns, b.next + 2 < before.count, before[b.next].isWord,
        !before[b.next].upper, profile.preps.contains(before[b.next].low)
      {
        var k = b.next + 1
        while k < before.count, k < b.next + 4, before[k].isWord,
          isTimeWord(before[k]) || Self.isDigit(scalar(at: before[k].s).0)
        { k += 1 }
        if k > b.next + 1, k < before.count, before[k].isWord, profile.dets.contains(before[k].low) {
          b.next = k
        }
      }
      var speaker: String? = nil
      // A relative clause of place with an impersonal cue ("eine Erklärung, in der es heißt: „…“",
      // "Medien, in denen es … heißt, …"): the phrase it stands for is the source.
      var placeClause: String? = nil
      if !b.source, profile.capitalNouns, !profile.impersonal.isEmpty,
        let r = before[..<b.i].lastIndex(where: { !$0.isWord }), before[r].p == UInt8(ascii: ","),
        r + 3 <= b.i, profile.preps.contains(before[r + 1].low),
        profile.relatives.contains(before[r + 2].low),
        before[(r + 3)..<min(b.next, before.count)].contains(where: {
          $0.isWord && profile.impersonal.contains($0.low)
        })
      {
        placeClause = antecedent(before, comma: r)
      }
      if let pc = placeClause {
        speaker = pc
      } else if b.source {
        speaker = speakerPhrase(before, from: b.next)
      } else {
        let postUsable =
          b.next < before.count
          && (startsSpeaker(before[b.next]) || particleName(before, b.next) || countedNoun(before, b.next)
            || (profile.capitalNouns && nameAfterAdverbs(before, b.next)))
        var preWords = 0
        var preEndsComma = false
        var clauseStart = 0
        for k in 0..<b.i where isSentencePunct(before[k]) { clauseStart = k + 1 }
        for k in clauseStart..<b.i where before[k].isWord { preWords += 1 }
        if b.i > 0 && before[b.i - 1].p == UInt8(ascii: ",") { preEndsComma = true }
        let prePronoun = preWords == 1 && profile.pronouns.contains(before[b.i - 1].low)
        // One word before the verb is its object or an adverb ("Das sagte …", "Ähnlich äußerte sich
        // der …"), but in a language that capitalises nouns a name before the verb followed by a bare
        // name is the subject ("Merkel bezeichnete Wulff als …"), and so is a surname of a name
        // met before ("Ralf Schneider …" → "Schneider nannte die Pläne …").
        // A determiner of the object case settles which side is the subject ("Schneider nannte den
        // Plan …", "Den Vorwurf bezeichnete sie …").
        // A medium after the verb is whom it was said to ("sagte der Zeitung „…“"); so is a noun
        // that is always feminine after a determiner of the dative ("warf der Regierung vor").
        let postObject =
          b.next < before.count
          && (profile.objectDets.contains(before[b.next].low)
            || ((profile.dativeDets.isEmpty ? profile.dets : profile.dativeDets).contains(
              before[b.next].low) && b.next + 1 < before.count
              && before[b.next + 1].isWord
              && (mediumAt(before, b.next + 1)
                || (before[b.next + 1].upper && endsIn(before[b.next + 1], profile.feminineEndings, stem: 2)))))
        var firstPre = clauseStart
        while firstPre < b.i, !before[firstPre].isWord { firstPre += 1 }
        // A naming verb with a subject before it ("Osuna calificó la reforma de «…»", "X le décrit
        // comme « … »"): the phrase after the verb is its object.
        let postNamed =
          !profile.capitalNouns && preWords >= 1 && firstPre < b.i
          && (before[firstPre].upper || profile.dets.contains(before[firstPre].low)
            || profile.pronouns.contains(before[firstPre].low))
          && (b.i..<min(b.next, before.count)).contains { before[$0].isWord && profile.objectCues.contains(before[$0].low) }
        // (so is a medium in the dative before the verb when a determiner opens the phrase after
        // it: "Der Zeitung sagte die 29-Jährige: „…“", "Dem Magazin „Stern“ verriet …")
        let preMedium =
          profile.capitalNouns && firstPre + 1 < b.i
          && (profile.dativeDets.isEmpty ? profile.dets : profile.dativeDets).contains(before[firstPre].low)
          && isMediumWord(before[firstPre + 1]) && b.next < before.count
          && profile.dets.contains(before[b.next].low)
        let preIsObject =
          firstPre < b.i && (profile.objectDets.contains(before[firstPre].low) || preMedium) && !postNamed
        // (or an adverb pointing back: "Darin schreibt Elsner, er habe …")
        // (not a bare capitalised word before a naming verb whose object follows with a determiner of
        // the nominative and accusative: "Scholz bezeichnete die Pläne als „…“", "Merkel nannte das
        // Treffen „…“")
        // (nor before any cue whose object's determiner opens the marks: "Merkel kritisierte die
        // „völlig überzogenen“ Forderungen")
        let preNamesObject =
          profile.capitalNouns && b.i > 0
          && (profile.namingCues.contains(before[b.i].low) || b.next + 1 == before.count) && before[b.i - 1].isWord
          && before[b.i - 1].upper && !profile.stops.contains(before[b.i - 1].low)
          && !profile.adverbs.contains(before[b.i - 1].low) && !profile.dets.contains(before[b.i - 1].low)
          && !profile.pronouns.contains(before[b.i - 1].low)
          && b.next < before.count && profile.nonGenitiveDets.contains(before[b.next].low)
        let preObject =
          preWords == 1 && !prePronoun && !postObject && !preNamesObject
          && (!profile.capitalNouns || profile.dets.contains(before[b.i - 1].low)
            || profile.adverbs.contains(before[b.i - 1].low)
            || (b.next < before.count
              && (profile.dets.contains(before[b.next].low)
                || profile.pronouns.contains(before[b.next].low))
              && !seenAsSurname(before[b.i - 1]))
            // (so is a word with an adverb's ending that the text never writes as a name, before a
            // bare name: "Gleichzeitig warnte Scholz", "Tatsächlich sagte Kickl")
            || (b.next < before.count && before[b.next].isWord && before[b.next].upper
              && endsIn(before[b.i - 1], profile.adverbEndings, stem: 3) && !writtenAsNameHere(before[b.i - 1]))
            // (and the complement of a reflexive cue before a name, adverbs between: "Optimistischer
            // zeigte sich hingegen X", "Gelassener gab sich Scholz")
            || (b.next > b.i + 1 && before[b.next - 1].isWord && profile.reflexives.contains(before[b.next - 1].low)
              && nameAfterAdverbs(before, b.next)))
        let preSubordinate =
          clauseStart < b.i && profile.subordinators.contains(before[clauseStart].low)
        // A fronted adjective or adverb phrase, a capitalised first word and lowercase words up to
        // the verb ("Tief enttäuscht zeigt sich X", "Sichtlich erleichtert zeigte sich …"): where
        // nouns are capitalised it holds no noun, so it is no subject, and the phrase after the verb is.
        // A cue after a comma and an adverb cue ("Die SPÖ, so befand Nepp, sei …"): an incise,
        // whose subject follows the verb.
        let preIncise =
          b.i >= 2 && before[b.i - 1].isWord && profile.weakCues.contains(before[b.i - 1].low)
          && before[b.i - 2].p == UInt8(ascii: ",")
        let preModifier =
          profile.capitalNouns && preWords >= 2 && preWords <= 4 && firstPre + 1 < b.i
          && before[firstPre].upper && !profile.dets.contains(before[firstPre].low)
          && !profile.pronouns.contains(before[firstPre].low) && !seenAsSurname(before[firstPre])
          && ((firstPre + 1)..<b.i).allSatisfy {
            isLowerNonDet(before[$0]) && !profile.aux.contains(before[$0].low)
          }
        // A naming verb takes no dative: after "Die Vorwürfe bezeichnete" a phrase whose determiner
        // is no object's and no plain nominative-accusative one ("der Sprecher", "seine Partei") is
        // the subject, and the phrase before the verb its object.
        let namingObjectFirst =
          profile.capitalNouns && profile.namingCues.contains(before[b.i].low) && preWords == 2
          && firstPre + 1 < b.i && profile.nonGenitiveDets.contains(before[firstPre].low)
          && before[firstPre + 1].upper && b.next + 1 < before.count
          && profile.dets.contains(before[b.next].low) && !profile.nonGenitiveDets.contains(before[b.next].low)
          && !profile.objectDets.contains(before[b.next].low) && before[b.next + 1].isWord
          && (before[b.next + 1].upper || before[b.next + 1].joined)
        // A phrase opened by a determiner of the nominative and accusative ("Die geplante Schließung
        // der Klinik kritisierte der Landrat X"), whose noun names no person, before the verb, and
        // after it a determiner of the masculine nominative and feminine dative with a role noun
        // that is no feminine one: the phrase after the verb is the subject.
        let objectBeforeRole =
          profile.capitalNouns && firstPre + 1 < b.i && profile.nonGenitiveDets.contains(before[firstPre].low)
          && ((firstPre + 1)..<min(b.i, firstPre + 4)).first(where: { before[$0].upper }).map({
            before[$0].isWord && !namesRoleOrPerson(before[$0])
          }) == true
          && b.next < before.count && mascRole(before, at: b.next)
        // (a source opening the clause is an adverbial too: "Laut Diplomaten soll Salin gesagt haben")
        // (and so is a pronominal adverb: "Darauf angesprochen, sagte der Trainer: „…“")
        // (so is any prepositional phrase: "Um 10:05 Uhr meldete die Agentur …"; not a focus particle
        // before a noun phrase, which is part of the subject: "Auch die Ärztin X äußerte Zweifel",
        // unless a name or determiner after the verb opens the subject)
        let focusSubject =
          profile.capitalNouns && firstPre + 1 < b.i && profile.focusParticles.contains(before[firstPre].low)
          && before[firstPre + 1].isWord
          && ((profile.dets.contains(before[firstPre + 1].low)
            && !profile.objectDets.contains(before[firstPre + 1].low))
            || (before[firstPre + 1].upper && !profile.stops.contains(before[firstPre + 1].low)))
          && b.next < before.count && before[b.next].isWord && before[b.next].upper
          && !writtenAsNameHere(before[b.next])
        let preAdverbial =
          clauseStart < b.i && !focusSubject
          && ((profile.stops.contains(before[clauseStart].low)
            && !profile.dets.contains(before[clauseStart].low))
            || profile.adverbs.contains(before[clauseStart].low)
            || (profile.capitalNouns && profile.preps.contains(before[clauseStart].low))
            || match(profile.sources, before, clauseStart) != nil
            || (profile.capitalNouns && timeNounOpening(Array(before[clauseStart..<b.i]), 0) != nil))
        // Where the verb does not come second, a noun phrase or pronoun after the fronted adverbial's comma and before
        // the verb is its subject.
        let subjectAfterAdverbial =
          preAdverbial && !profile.verbSecond
          && ((clauseStart..<b.i).last(where: { before[$0].p == UInt8(ascii: ",") }).map { c in
            c + 1 < b.i && before[c + 1].isWord
              && (profile.dets.contains(before[c + 1].low) || before[c + 1].upper || elidedDeterminer(before[c + 1])
                || profile.pronouns.contains(before[c + 1].low))
          } ?? false)
        // Where the subject may follow an auxiliary: after a fronted adverbial, or after a fronted
        // subordinate clause closed by a comma, whose main clause starts with the verb ("Wie die
        // Zeitung berichtet, soll Präsident X gesagt haben").
        var prefield: Int? = preAdverbial ? clauseStart : nil
        if prefield == nil, preSubordinate,
          let k = (clauseStart..<max(clauseStart, b.i - 1)).first(where: {
            before[$0].p == UInt8(ascii: ",") && isLowerNonDet(before[$0 + 1])
          })
        {
          prefield = k + 1
        }
        // A pronoun after the verb is its subject unless its form is also an object's ("sie", "es")
        // and a phrase before the verb can be the subject.
        // (a demonstrative before a noun is its determiner: "nannte diese Pläne „…“")
        // (where the verb does not come second, a pronoun after a cue with words before it in its
        // clause opens the reported clause: "the council leader said she “…”")
        let postPronoun =
          postUsable && profile.pronouns.contains(before[b.next].low)
          && (!profile.objectPronouns.contains(before[b.next].low) || preWords <= 1)
          && (profile.verbSecond || preWords == 0)
          && !(profile.demonstratives.contains(before[b.next].low) && b.next + 1 < before.count
            && before[b.next + 1].isWord && before[b.next + 1].upper)
          // (nor a demonstrative right before the marks after a naming verb: its object, "Ramaphosa
          // nannte diese „…“")
          && !(profile.demonstratives.contains(before[b.next].low) && b.next + 1 == before.count
            && profile.namingCues.contains(before[b.i].low) && preWords >= 1)
        // A name right after the verb ("schilderte Max Raabe"): two capitalised words, no determiner.
        // (not when a role and a name, or two names, open the clause before the verb, the last
        // written as a name in the text: they are its subject and the name after it an object,
        // "Vereinschef X nannte Ratsherr Y einen „…“"; a fronted object is no name: "Scharfe Kritik
        // übte Ministerin Y")
        let preName =
          profile.capitalNouns && preWords >= 2 && preWords <= 4 && firstPre < b.i
          && !profile.stops.contains(before[firstPre].low) && !profile.dets.contains(before[firstPre].low)
          && (firstPre..<b.i).allSatisfy { before[$0].isWord && before[$0].upper }
          && writtenAsNameHere(before[b.i - 1])
        // (nor after a naming verb whose clause opens with a person, by role or name, and no object's
        // determiner: "Die grüne Klubobfrau X bezeichnete Kickls Worte als „…“", "Die Kanzlerin nannte
        // Minister Y einen „…“")
        let preNamer =
          profile.capitalNouns && profile.namingCues.contains(before[b.i].low) && preWords >= 1 && preWords <= 6
          && firstPre < b.i && !profile.stops.contains(before[firstPre].low)
          && !profile.objectDets.contains(before[firstPre].low)
          && (profile.dets.contains(before[firstPre].low) || before[firstPre].upper)
          && (firstPre..<b.i).allSatisfy { before[$0].isWord }
          && before[b.i - 1].upper && namesRoleOrPerson(before[b.i - 1])
        let postName =
          postUsable && profile.capitalNouns && !preName && !preNamer
          && (particleName(before, b.next)
            || (before[b.next].upper
              && !profile.dets.contains(before[b.next].low) && b.next + 1 < before.count
              && before[b.next + 1].upper))
        // A subject with an apposition before the verb ("Arni Finnsson, ein Vertreter der …,
        // kommentierte die Entscheidung"): a name or noun phrase opens the clause and a comma
        // after it opens a noun phrase.
        let preAppositive =
          profile.capitalNouns && preEndsComma && !preSubordinate && !preAdverbial
          && firstPre < b.i
          && (profile.dets.contains(before[firstPre].low)
            || (before[firstPre].upper && !profile.stops.contains(before[firstPre].low)))
          && !profile.objectDets.contains(before[firstPre].low)
          && ((firstPre + 1)..<max(firstPre + 1, b.i - 2)).contains(where: {
            before[$0].p == UInt8(ascii: ",") && before[$0 + 1].isWord
              && (profile.dets.contains(before[$0 + 1].low) || before[$0 + 1].upper)
              && !profile.objectDets.contains(before[$0 + 1].low)
          })
        if postUsable, profile.weakCues.contains(before[b.i].low), b.next == b.i + 1, preEndsComma {
          // A cue that is also an adverb is one only with its speaker after it: an incise ("Die
          // Arbeitgeber säßen in Elfenbeintürmen, so X, und …") leaves the clause's subject alone.
          speaker = speakerPhrase(before, from: b.next)
        } else if preAppositive, let sp = speakerBefore(before, upTo: b.i) {
          speaker = sp
        } else if !postUsable, let agent = passiveAgent(before, clauseStart, b.i) {
          speaker = agent  // "… wird von Experten als „…“ bezeichnet"
        } else if !postUsable, profile.conjCues.contains(before[b.i].low), b.i > clauseStart,
          let earlier = cueSpeaker(Array(before[clauseStart..<b.i])), let sp = earlier.speaker
        {
          speaker = sp  // "وقال X إن …، وأضاف: «…»": a cue joined by its conjunction goes on
        } else if b.i > 0, before[b.i - 1].isWord, profile.and.contains(before[b.i - 1].low),
          let subj = coordinatedSubject(before, clauseStart, and: b.i - 1)
        {
          // "Die CCE bestätigte … und nannte sie …"; the subject of an earlier cue of the clause
          // goes on ("Die Grünen seien …, sagte X und fügte hinzu: „…“"), whole where the clause's
          // subject holds it ("Der „Ausschuss“, ein Gremium der …, kritisierte … und sprach von „…“")
          speaker = subj
        } else if postUsable && !postObject && !postNamed
          && (preWords == 0 || preObject || profile.verbFirst || preIsObject || namingObjectFirst || objectBeforeRole
            || (preEndsComma && preSubordinate)
            // (where the verb does not come second a fronted phrase leaves a pronoun after the
            // verb in the reported clause: "In an interview, the council leader said she “…”")
            // (nor where a subject stands between the adverbial's comma and the verb: "In a statement, the company
            // said it was “…”", "En un comunicado, la empresa dijo estar «…»")
            || (preAdverbial && !subjectAfterAdverbial
              && (profile.verbSecond || !profile.pronouns.contains(before[b.next].low)))
            || preModifier || preIncise
            || postPronoun || postName || (preEndsComma && preWords > 8)
            // (a verb right after the comma of words before it, its subject opened by a determiner
            // after it: "Völliger Quatsch, stellte die Sängerin klar")
            // (one comma before the verb: two enclose an apposition of the subject, "X, selbst
            // Regisseur, lobte das Werk als „…“")
            || (preEndsComma && profile.capitalNouns && !preAppositive && !preSubordinate
              && profile.dets.contains(before[b.next].low)
              && before[clauseStart..<b.i].filter({ $0.p == UInt8(ascii: ",") }).count == 1)
            // (reported speech before the comma: "Man werde …, sagte eine Sprecherin")
            || (preEndsComma && !preSubordinate
              && before[clauseStart..<b.i].contains { $0.isWord && profile.reported.contains($0.low) }))
        {
          speaker = cliticSpeaker(before, b.i, b.next) ?? speakerPhrase(before, from: b.next)
        } else if preEndsComma, !preSubordinate, profile.capitalNouns,
          (clauseStart..<(b.i - 2)).contains(where: {
            before[$0].p == UInt8(ascii: ",") && profile.dets.contains(before[$0 + 1].low)
              && before[$0 + 2].isWord && !before[$0 + 2].upper
          }),
          let subj = sentenceSubject(Array(before[clauseStart..<b.i]))
        {
          // A relative clause before the verb ("Der Journalist X, der seit Jahren …, sagte …"):
          // the phrase it follows.
          speaker = subj
        } else if let k = (clauseStart..<max(clauseStart, b.i - 1)).first(where: {
          before[$0].isWord && profile.aux.contains(before[$0].low) && before[$0 + 1].isWord
            && profile.pronouns.contains(before[$0 + 1].low)
        }) {
          // "hatte er in einem Interview gesagt"
          speaker = string(before[k + 1].s, before[k + 1].e)
        } else if let ps = prefield, profile.capitalNouns,
          let k0 = (ps..<max(ps, b.i - 2)).first(where: {
            before[$0].isWord && profile.aux.contains(before[$0].low)
          }),
          case let k = k0 + 2 < b.i && before[k0 + 1].isWord
            && (profile.objectPronouns.contains(before[k0 + 1].low) || profile.reflexives.contains(before[k0 + 1].low))
            ? k0 + 1 : k0,
          before[k + 1].isWord, profile.dets.contains(before[k + 1].low),
          !profile.objectDets.contains(before[k + 1].low),
          let noun = ((k + 2)..<min(k + 5, b.i)).first(where: {
            !before[$0].isWord || before[$0].upper || profile.stops.contains(before[$0].low)
          }), before[noun].isWord, before[noun].upper,
          let sp = speakerPhrase(before, from: k + 1)
        {
          // After a fronted adverbial the subject follows the auxiliary ("Bei seiner Festnahme soll
          // der Mann gerufen haben", "soll der arkanische Präsident X gesagt haben"), past an object
          // pronoun ("Unmittelbar danach kann es der 22-Jährige kaum glauben").
          speaker = sp
        } else if let ps = prefield, profile.capitalNouns,
          let k = (ps..<max(ps, b.i - 1)).first(where: {
            before[$0].isWord && profile.aux.contains(before[$0].low)
          }), before[k + 1].isWord, before[k + 1].upper, !profile.dets.contains(before[k + 1].low),
          !profile.stops.contains(before[k + 1].low),
          let sp = speakerPhrase(Array(before[..<b.i]), from: k + 1)
        {
          // … or a name ("In einem Interview zu seinem 90. Geburtstag hatte Hennig gesagt").
          speaker = sp
        } else if profile.capitalNouns, b.next < before.count, before[b.next].isWord,
          profile.passive.contains(before[b.next].low)
        {
          // A participle cue in the passive ("Weil über die Anklageerhebung bereits berichtet worden
          // sei, …"): no phrase before it speaks, only an agent ("von X berichtet worden").
          speaker = passiveAgent(before, clauseStart, b.i, passiveAfter: true)
        } else if profile.capitalNouns, firstPre < b.i,
          profile.preps.contains(before[firstPre].low) || profile.objectDets.contains(before[firstPre].low)
            || profile.subordinators.contains(before[firstPre].low)
            || profile.nonGenitiveDets.contains(before[firstPre].low),
          let subj = sentenceSubject(Array(before[clauseStart..<b.i]), afterVerbOnly: true)
        {
          // A cue later in a clause whose first place holds a prepositional phrase, an object or a
          // subordinate clause ("Nach einem langen Flug lenkte er … und meldete sich mit den
          // Worten"): the verb is second, the subject follows it.
          speaker = subj
        } else if profile.capitalNouns, preWords == 1, firstPre == clauseStart, before[firstPre].upper,
          profile.dets.contains(before[firstPre].low), !profile.objectDets.contains(before[firstPre].low)
        {
          // A determiner alone before the verb is a demonstrative pronoun: "Der sagte vorher: „…“".
          speaker = string(before[firstPre].s, before[firstPre].e)
        } else {
          speaker = cliticSpeaker(before, b.i, b.next) ?? speakerBefore(before, upTo: b.i)
        }
        // Words written somewhere ("Auf Transparenten stand „…“"): the place is the source.
        // (in the sentence of the marks: "Auf der Bühne standen A und B." before a later
        // sentence names no source)
        if profile.placeCues.contains(before[b.i].low),
          !before[b.i...].contains(where: {
            $0.p == UInt8(ascii: ".") || $0.p == UInt8(ascii: "!") || $0.p == UInt8(ascii: "?")
          }),
          let pp = (clauseStart..<b.i).first(where: { profile.placePreps.contains(before[$0].low) }),
          pp + 1 < b.i, let place = speakerPhrase(Array(before[(pp + 1)..<b.i]), from: 0)
        {
          speaker = place
        }
        // A verb of quoting in the passive voice: its subject is the one quoted ("Die Ministerin
        // wird in der Zeitung mit den Worten zitiert: …"); its agent is who quotes ("wurde von
        // der Agentur mit den Worten zitiert").
        if (b.i..<min(b.next, before.count)).contains(where: { profile.quoters.contains(before[$0].low) })
          || (b.next < before.count && profile.quoters.contains(before[b.next].low)),
          before[clauseStart..<b.i].contains(where: { $0.isWord && profile.passive.contains($0.low) }),
          let subj = sentenceSubject(Array(before[clauseStart..<b.i])),
          subj != passiveAgent(before, clauseStart, b.i)
        {
          speaker = subj
        }
        // A verb of quoting in the active voice: its object is the one quoted ("Der Sender
        // zitierte einen Lehrer mit den Worten: …").
        if let qv = lastToken(before, in: clauseStart...b.i, of: profile.quoters),
          !before[clauseStart...].contains(where: { $0.isWord && profile.passive.contains($0.low) }),
          // (after the subject of the inverted verb a determiner that is no genitive's opens the
          // object too: "zitierte das Blatt eine Anwohnerin")
          // (with its subject before it, the phrase right after the verb is the object, also a
          // name without a determiner: "Der Spiegel zitiert Müller mit den Worten, …")
          case let subjectFirst = subjectBeforeVerb(before, from: clauseStart, verb: qv)
            && qv + 1 < before.count && before[qv + 1].isWord,
          let o = subjectFirst
            ? qv + 1
            : ((qv + 1)..<before.count).first(where: {
              !before[$0].isWord || profile.objectDets.contains(before[$0].low)
                || objectAfterNoun(before, $0, verb: qv) || profile.stops.contains(before[$0].low)
            }),
          subjectFirst || profile.objectDets.contains(before[o].low) || objectAfterNoun(before, o, verb: qv),
          let obj = speakerPhrase(before, from: o)
        {
          speaker = obj
        }
        // A verb of denial with reports as its object, and the reported words in a clause after
        // it ("X hat Berichte der Zeitung Y zurückgewiesen, er sei „…“", "wies Berichte des Z
        // zurück, die Gemeinde habe „…“"): the words are the reports', not the one who denies them.
        // (the particle may follow a name in marks: "wies Berichte des „Kuriers“ zurück")
        if match(profile.denials, before[b.i...].filter { $0.p != UInt8(ascii: "Q") }, 0) != nil,
          let r = (clauseStart..<before.count).first(where: {
            before[$0].isWord && before[$0].upper && profile.reportNouns.contains(before[$0].low)
          }),
          before[(max(r, b.i) + 1)...].contains(where: { $0.p == UInt8(ascii: ",") })
        {
          speaker = reportPhrase(before, noun: r)
        }
        // A subject the phrase readers pass over, with nothing after the verb to speak: a
        // determiner and one lowercase word opening the sentence, where nouns are capitalised a
        // name written small ("Die nordpost fragte: „…“").
        if speaker == nil, profile.capitalNouns, !postUsable, firstPre == 0, b.i == firstPre + 2,
          profile.dets.contains(before[firstPre].low), !profile.objectDets.contains(before[firstPre].low),
          before[firstPre + 1].isWord, isLowerNonDet(before[firstPre + 1]),
          !profile.stops.contains(before[firstPre + 1].low), !profile.pronouns.contains(before[firstPre + 1].low),
          !profile.aux.contains(before[firstPre + 1].low), !profile.reported.contains(before[firstPre + 1].low)
        {
          speaker = string(before[firstPre].s, before[b.i - 1].e)
        }
      }
      return (speaker, cue)
    }
    return nil
  }

  /// Where nouns are capitalised, the noun phrase opened by a determiner that ends right before
  /// token `p`, a postposition of a source ("waren dem Bericht zufolge …" → "dem Bericht"; "dem
  /// Bericht der Zeitung"): its nouns, attributes and genitives, back to its determiner.
  func determinerPhrase(_ toks: [Tok], endingBefore p: Int) -> String? {
    guard profile.capitalNouns, p >= 2, toks[p - 1].isWord, toks[p - 1].upper else { return nil }
    var q = p - 1
    var start = p - 1
    while q >= 0, toks[q].isWord {
      let t = toks[q]
      if profile.dets.contains(t.low) {
        start = q
        // (a genitive's determiner after a noun goes on: "dem Bericht der Zeitung")
        if q >= 2, toks[q - 1].isWord, toks[q - 1].upper, !profile.dets.contains(toks[q - 1].low),
          !profile.nonGenitiveDets.contains(t.low), !profile.objectDets.contains(t.low)
        {
          q -= 1
          continue
        }
        break
      }
      guard t.upper || (hasAttributeEnding(t) && q + 1 < p && (toks[q + 1].upper || hasAttributeEnding(toks[q + 1])))
      else { break }
      start = q
      q -= 1
    }
    guard profile.dets.contains(toks[start].low) else { return nil }
    return plausibleSpeaker(string(toks[start].s, toks[p - 1].e), toks)
  }

  /// A relative clause closed by a comma right before token `k` (", der nicht beteiligt war,",
  /// ", mit dem er sprach,"): the index of its opening comma. Where nouns are capitalised its verb
  /// comes last, a lowercase word.
  func relativeClause(_ toks: [Tok], endingBefore k: Int) -> Int? {
    guard !profile.relatives.isEmpty, k >= 4, toks[k - 1].p == UInt8(ascii: ","), toks[k - 2].isWord,
      !(profile.capitalNouns && toks[k - 2].upper)
    else { return nil }
    var c = k - 3
    while c > 0, k - c < 25 {
      let t = toks[c]
      if t.p == UInt8(ascii: ",") {
        var r = c + 1
        // (a preposition may stand before the relative pronoun, "…, mit dem die Zeitung sprach,";
        // a subordinating conjunction before a determiner opens a clause of another kind: "Sie
        // glaube nicht, dass die Händler … verlieren würden, betonte X")
        if profile.stops.contains(toks[r].low), !profile.relatives.contains(toks[r].low),
          !profile.subordinators.contains(toks[r].low)
        {
          r += 1
        }
        if r < k - 2 && profile.relatives.contains(toks[r].low) && toks[c - 1].isWord { return c }
        // (the clause may hold commas of its own: "Trump, der mit seiner Familie, einschließlich
        // seiner Frau, sprach, versprach …"; read back to the comma before its pronoun)
        c -= 1
        continue
      }
      if !t.isWord { return nil }
      c -= 1
    }
    return nil
  }

  /// Whether the word of `t` names a person here: it ended a name of two capitalised words earlier
  /// (`seenAsSurname`) or the text writes it as a name elsewhere (`writtenAsName`).
  func writtenAsNameHere(_ t: Tok) -> Bool {
    seenAsSurname(t) || writtenAsName(string(t.s, t.e))
  }

  /// Whether the word of `t` ended a name of two capitalised words earlier in the text ("Ralf
  /// Schneider" … "Schneider nannte …"), so that alone it names a person.
  func seenAsSurname(_ t: Tok) -> Bool {
    let len = t.e - t.s
    guard len >= 2, t.upper else { return false }
    var i = t.s - len
    let from = max(0, t.s - 3000)
    while i >= from + 2 {
      if buf[i] == buf[t.s], buf[i - 1] == 0x20 {
        var same = true
        for k in 1..<len where buf[i + k] != buf[t.s + k] {
          same = false
          break
        }
        if same, i + len < n, !Self.isLetterOrDigit(scalar(at: i + len).0) {
          // The word before it is capitalised.
          var w = i - 1
          while w > from, buf[w - 1] != 0x20 && buf[w - 1] != 0x0A { w -= 1 }
          if w < i - 1, Self.isUpper(scalar(at: w).0) { return true }
        }
      }
      i -= 1
    }
    return false
  }

  /// The agent of a passive clause before a cue ("wird von pakistanischer Seite … beschrieben").
  func passiveAgent(_ toks: [Tok], _ from: Int, _ to: Int, passiveAfter: Bool = false) -> String? {
    guard !profile.passive.isEmpty, from < to,
      passiveAfter || toks[from..<to].contains(where: { $0.isWord && profile.passive.contains($0.low) })
    else { return nil }
    // The agent nearest the cue.
    var k = to - 2
    while k >= from {
      if toks[k].isWord, profile.agents.contains(toks[k].low), toks[k + 1].isWord {
        return speakerPhrase(Array(toks[(k + 1)..<to]), from: 0)
      }
      k -= 1
    }
    return nil
  }

  /// The first noun phrase of a sentence (its likely subject), for quotations without a cue.
  /// (`afterVerbOnly`: only a subject after the verb of a clause whose first place is no subject)
  func sentenceSubjectRaw(_ toks0: [Tok], afterVerbOnly: Bool = false) -> String? {
    // After a heading or label ("Steuern: Die SPD will …").
    var toks = toks0
    if let colon = toks.lastIndex(where: { $0.p == UInt8(ascii: ":") }), colon + 1 < toks.count {
      toks = Array(toks[(colon + 1)...])
    }
    // A participle clause fronted before the subject ends at its comma ("Questionado sobre a demissão, o ministro
    // respondeu"); where the verb comes second, the verb follows the comma and the subject the verb ("Gevraagd naar
    // een mogelijk aftreden, antwoordde de minister").
    if let f = toks.firstIndex(where: { $0.isWord }), let c = frontedClauseComma(toks, f, before: toks.count), c + 1 < toks.count {
      if profile.verbSecond {
        guard toks[c + 1].isWord else { return nil }
        return speakerPhraseRaw(toks, from: c + 2)
      }
      toks = Array(toks[(c + 1)...])
    }
    // Verb second: after a fronted adverbial ("Bereits am Sonntag zogen Demonstranten …") the
    // subject follows the finite verb.
    // A phrase in the object case in front ("Einen Rücktritt schloss er aus") is no subject either.
    // So is a subordinate clause in front, closed by a comma and the main clause's verb ("Als ein
    // Gast zu Hilfe eilte, biss der Mann …"), unless it names a speaker of its own ("Wie X sagte, …").
    var mainVerb: Int? = nil
    if profile.capitalNouns, let f0 = toks.firstIndex(where: { $0.isWord }),
      // (a focus particle may lead the subordinate clause: "Auch wenn …, ist der Landwirt sicher")
      case let f = f0 + 1 < toks.count && profile.focusParticles.contains(toks[f0].low)
        && profile.subordinators.contains(toks[f0 + 1].low) ? f0 + 1 : f0,
      profile.subordinators.contains(toks[f].low),
      let c = toks[f...].firstIndex(where: { $0.p == UInt8(ascii: ",") }), c + 1 < toks.count,
      isLowerNonDet(toks[c + 1]), !profile.stops.contains(toks[c + 1].low),
      !toks[f..<c].contains(where: { $0.isWord && profile.cueStarts.contains($0.low) })
    {
      mainVerb = c + 1
    }
    // "Die" or "Das" and a noun naming no person in front is a nominative or an accusative: the
    // subject follows the verb when it is a personal pronoun, which speaks where the noun cannot
    // ("Die Arbeit der Koalition lobte er …", "… lobte sie"), or "der" with a role noun that is no
    // feminine one ("Die Anwendung der Regel stellte der Vorsitzende X in Frage").
    let ambiguousFirst =
      profile.capitalNouns && toks.first(where: { $0.isWord }).map({ profile.nonGenitiveDets.contains($0.low) }) == true
      && toks.first(where: { $0.isWord && $0.upper && !profile.dets.contains($0.low) }).map({
        !namesRoleOrPerson($0)
      }) == true
    // (so is a span of time in front: "Vier Tage nach der Wahl hat die Kommission …")
    if profile.capitalNouns, let f = toks.firstIndex(where: { $0.isWord }),
      mainVerb != nil || ambiguousFirst
        || (profile.stops.contains(toks[f].low) && !profile.dets.contains(toks[f].low)
          && !profile.pronouns.contains(toks[f].low)) || profile.objectDets.contains(toks[f].low)
        || timeNounOpening(toks, f) != nil
    {
      var k = mainVerb ?? f
      while mainVerb == nil, k < toks.count, toks[k].isWord, profile.stops.contains(toks[k].low) { k += 1 }
      var sawNoun = false
      // (a span of time is read past its noun: "Mehr als sechs Monate nach Kriegsbeginn hat X")
      if mainVerb == nil, k == f, let t = timeNounOpening(toks, f) {
        k = t + 1
        sawNoun = true
      }
      // The fronted phrase; an object's with its prepositional attachments ("Einen Wechsel an der
      // Spitze lehnte sie ab").
      let objectFirst = profile.objectDets.contains(toks[f].low) || ambiguousFirst
      // (a preposition after its noun goes on with the fronted phrase: "Bei der Vorstellung am
      // Dienstag wirkte er …"; before its noun a preposition's object has lowercase words of its
      // own: "In seinem letzten Wort wandte sich X …")
      let prepFirst = profile.preps.contains(toks[f].low)
      // (a lowercase word right after a determiner is an attribute of the noun after it, never
      // the finite verb: "Am Ende der schwierigen Saison wirkte X", "Als Kapitän der jüngsten
      // Mannschaft steht X"; a party in parentheses goes on with the phrase: "von X (CDU) als …")
      // (a possessive opens a noun of the phrase, "Gegen Ende seiner Rede kam X"; so does an
      // attribute of a genitive without determiner, "Nach dem Tod dutzender Zivilisten hat X")
      while mainVerb == nil, k < toks.count {
        if sawNoun, toks[k].isWord, !toks[k].upper, k + 1 < toks.count, toks[k + 1].isWord, toks[k + 1].upper,
          profile.possessives.contains(toks[k].low)
            || (endsIn(toks[k], Self.genitiveAttributeEndings, stem: 3) && !profile.stops.contains(toks[k].low)
              && !profile.preps.contains(toks[k].low) && !profile.adverbs.contains(toks[k].low)
              && !profile.cueStarts.contains(toks[k].low))
        {
          k += 1
          continue
        }
        if toks[k].p == UInt8(ascii: "("), sawNoun,
          let close = toks[(k + 1)..<min(toks.count, k + 6)].firstIndex(where: { $0.p == UInt8(ascii: ")") })
        {
          k = close + 1
          continue
        }
        guard toks[k].isWord,
          !(isLowerNonDet(toks[k]) && !(objectFirst && profile.stops.contains(toks[k].low))
            && !((prepFirst || objectFirst) && !sawNoun)
            && !(sawNoun && profile.preps.contains(toks[k].low))
            && !(sawNoun && k > f && profile.dets.contains(toks[k - 1].low) && k + 1 < toks.count
              && toks[k + 1].isWord && toks[k + 1].upper)
            && (sawNoun || !toks[k].upper))
        else { break }
        if toks[k].upper && !profile.dets.contains(toks[k].low) { sawNoun = true }
        k += 1
      }
      // (the first lowercase word after the fronted phrase may be an adverb of it, "zusammen mit
      // seinen Kollegen": the next one in the same stretch of words is tried)
      var tries = 0
      while k < toks.count, toks[k].isWord, isLowerNonDet(toks[k]), tries < 3 {
        tries += 1
        var s = k + 1
        while !ambiguousFirst, s < toks.count, toks[s].isWord, profile.stops.contains(toks[s].low),
          !profile.dets.contains(toks[s].low), !profile.pronouns.contains(toks[s].low)
        { s += 1 }
        if ambiguousFirst {
          if s < toks.count, toks[s].isWord, profile.pronouns.contains(toks[s].low),
            !profile.demonstratives.contains(toks[s].low)
          {
            return string(toks[s].s, toks[s].e)
          }
          if s < toks.count, mascRole(toks, at: s), let sp = speakerPhraseRaw(toks, from: s) { return sp }
          break
        }
        // A demonstrative object before the subject ("Anders sieht das der Verband").
        if s + 1 < toks.count, toks[s + 1].isWord, profile.dets.contains(toks[s].low),
          profile.dets.contains(toks[s + 1].low)
        { s += 1 }
        if s < toks.count, toks[s].isWord,
          toks[s].upper || profile.dets.contains(toks[s].low) || profile.pronouns.contains(toks[s].low)
        {
          if profile.pronouns.contains(toks[s].low) { return string(toks[s].s, toks[s].e) }
          // A determiner and a noun of a role or person after a fronted phrase that is no subject
          // ("Den Unmut … brachte die gesundheitspolitische Sprecherin der Fraktion …"): its
          // attributes belong to the phrase, and the determiner is no cue ("die" of "die Rede").
          let detPhrase = profile.dets.contains(toks[s].low)
          let person =
            detPhrase && (objectFirst || prepFirst || mainVerb != nil)
            && toks[(s + 1)...].first(where: { !hasAttributeEnding($0) }).map({
              $0.isWord && $0.upper && namesRoleOrPerson($0)
            }) == true
          var e = s
          var last = s
          while e < toks.count, e < s + 8, toks[e].isWord {
            let attribute =
              person && e > s && !toks[e - 1].upper
              && (profile.dets.contains(toks[e - 1].low) || hasAttributeEnding(toks[e - 1]))
              && hasAttributeEnding(toks[e]) && e + 1 < toks.count && toks[e + 1].isWord
              && (toks[e + 1].upper || hasAttributeEnding(toks[e + 1]))
            if e > s && (profile.stops.contains(toks[e].low) || isLowerNonDet(toks[e]))
              && !continuesName(toks, e) && !attribute
            { break }
            // (an object's determiner after the noun ends the phrase: "biss der Mann den Gast"; so does
            // one that is never a genitive's: "veröffentlichte der Verein eine Stellungnahme")
            // (so does a possessive that is no genitive's: "nahm der Kanadier sein Team in Schutz")
            if detPhrase, e > s, toks[e - 1].upper,
              profile.objectDets.contains(toks[e].low) || profile.nonGenitiveDets.contains(toks[e].low)
                || (profile.possessives.contains(toks[e].low) && !endsIn(toks[e], Self.genitiveOrDativeEndings, stem: 2))
            { break }
            // (a determiner opens the subject of a verb that is no copula or passive auxiliary unless
            // a cue starts there: "hat die UNO vor einem „…“ gewarnt", not "die Rede von"; "waren die
            // Verletzten „…“", "wird die Ursache als „…“ beschrieben" name no speaker)
            if e > s || !person, profile.cueStarts.contains(toks[e].low),
              e > s || match(profile.cues, toks, e) != nil || profile.statives.contains(toks[k].low)
                || profile.passive.contains(toks[k].low)
            {
              break
            }
            last = e
            e += 1
          }
          if toks[last].upper { return string(toks[s].s, toks[last].e) }
        }
        guard prepFirst || objectFirst, !profile.pronouns.contains(toks[k].low),
          let next = toks[(k + 1)...].prefix(while: { $0.isWord }).indices.first(where: {
            isLowerNonDet(toks[$0]) && !profile.stops.contains(toks[$0].low)
              && !profile.possessives.contains(toks[$0].low)
              && !(hasAttributeEnding(toks[$0]) && $0 + 1 < toks.count && toks[$0 + 1].upper)
          })
        else { break }
        k = next
      }
    }
    if afterVerbOnly { return nil }
    var i = 0
    while i < toks.count,
      !toks[i].isWord
        || (profile.stops.contains(toks[i].low) && !profile.dets.contains(toks[i].low)
          && !profile.pronouns.contains(toks[i].low))
        || profile.subordinators.contains(toks[i].low)
        || (isLowerNonDet(toks[i]) && !profile.pronouns.contains(toks[i].low))
    {
      if toks[i].p == UInt8(ascii: "Q") { return nil }
      i += 1
    }
    guard i < toks.count else { return nil }
    if profile.pronouns.contains(toks[i].low) { return string(toks[i].s, toks[i].e) }
    // (a name's particle passed over as a preposition: "was von der Leyen verspricht")
    if i > 0, particlesOpenName(toks, i - 1) { i -= 1 }
    var j = i
    var last = i
    var onlyDets = true
    while j < toks.count, j < i + 8, toks[j].isWord || toks[j].p == UInt8(ascii: "Q") {
      let t = toks[j]
      if !t.isWord {
        j += 1
        continue
      }
      // "einer vom DFB veröffentlichten Erklärung": a determiner alone does not end at a preposition.
      // (coordinated capitalised nouns stay one phrase: "Firmengründer und Geschäftsführer X")
      let coordinated =
        profile.capitalNouns && profile.and.contains(t.low) && j + 1 < toks.count && toks[j + 1].isWord
        && toks[j + 1].upper && !profile.dets.contains(toks[j + 1].low) && toks[j - 1].upper
        && !profile.dets.contains(toks[j - 1].low)
      if j > i && profile.stops.contains(t.low) && !onlyDets && !linksPhrase(toks, j) && !coordinated { break }
      if j > i && profile.capitalNouns && isLowerNonDet(t) && toks[last].upper && !coordinated
        && !profile.dets.contains(toks[last].low) && !continuesName(toks, j) && !linksPhrase(toks, j)
      {
        // A capitalised first word before a number is an adverb of quantity ("Knapp zwei Stunden
        // später wurde …", "Rund 300 Menschen"): the sentence names no speaker.
        if j == i + 1, profile.quantifiers.contains(t.low) || Self.isDigit(scalar(at: t.s).0) {
          return nil
        }
        break
      }
      // (a role noun goes on to the name after its lowercase attachment: "Minister rolnictwa
      // Piotr Zając")
      // (the role may follow a determiner: "La bióloga marina Fátima Quiroga")
      if j > i && !profile.capitalNouns && !t.upper && !profile.dets.contains(toks[j - 1].low)
        && !(isRole(toks, i) && nameAhead(toks, j))
      {
        break
      }
      if j > i && profile.cueStarts.contains(t.low) { break }
      if !profile.dets.contains(t.low) && !profile.stops.contains(t.low) { onlyDets = false }
      last = j
      j += 1
    }
    guard j > i, !onlyDets else { return nil }
    // A lone capitalised adverb is no subject.
    if last == i && profile.capitalNouns == false && !toks[i].upper { return nil }
    // A role with the name in apposition where nouns are lowercase ("Son PDG, Simon Hartel,
    // petit-fils du fondateur, a parlé de …"): the phrase goes on to the name.
    // (an adjective of the role may come first: "Su consejero delegado, Simón Hartos, …")
    if !profile.capitalNouns, isRole(toks, i) {
      var c = last + 1
      while c < toks.count, c < last + 3, toks[c].isWord, !toks[c].upper,
        !profile.stops.contains(toks[c].low), !profile.cueStarts.contains(toks[c].low)
      { c += 1 }
      if c + 2 < toks.count, toks[c].p == UInt8(ascii: ","), toks[c + 1].isWord, toks[c + 1].upper,
        !profile.dets.contains(toks[c + 1].low), !profile.pronouns.contains(toks[c + 1].low)
      {
        var k = c + 2
        while k < toks.count, toks[k].isWord, toks[k].upper || continuesName(toks, k) { k += 1 }
        if k > c + 2, k == toks.count || !toks[k].isWord {
          return string(toks[i].s, toks[k - 1].e)
        }
      }
    }
    return string(toks[i].s, toks[last].e)
  }

  // MARK: - Incises

  /// A speech verb inside the quotation: "…, a expliqué X. …" / "…, a-t-il dit. …".
  func incise(_ s: Int, _ e: Int) -> (
    firstEnd: Int, secondStart: Int, speaker: String?, cue: String
  )? {
    // Cheap test first: a comma followed by a word that can start a cue.
    var any = false
    var i0 = s
    while i0 < e {
      if buf[i0] == 0x2C {
        var ws = i0 + 1
        while ws < e && buf[ws] == 0x20 { ws += 1 }
        var we = ws
        while we < e && buf[we] != 0x20 && buf[we] != 0x2C && buf[we] != 0x2E { we += 1 }
        if we > ws && profile.cueStarts.contains(WordHash.of(buf, ws, we)) {
          any = true
          break
        }
      }
      i0 += 1
    }
    guard any else { return nil }
    let toks = tokens(s, e)
    var i = 0
    while i + 1 < toks.count {
      if toks[i].p == UInt8(ascii: ","), toks[i + 1].isWord,
        let m = match(profile.cues, toks, i + 1)
      {
        let sp = cliticSpeaker(toks, i + 1, m.next) ?? speakerPhrase(toks, from: m.next)
        // The incise ends at the next full stop (or comma) within a few words.
        var k = m.next
        var comma = -1
        while k < toks.count, k < m.next + 20 {
          if toks[k].p == UInt8(ascii: ".") || toks[k].p == UInt8(ascii: "D") { break }
          if toks[k].p == UInt8(ascii: ","), comma < 0 { comma = k }
          if toks[k].p == UInt8(ascii: "Q") || toks[k].p == UInt8(ascii: "N") { k = toks.count }
          k += 1
        }
        // (and when the stop found is the quotation's own last one: "…, a-t-il ajouté, et … .")
        if (k + 1 >= toks.count || k >= m.next + 20) && comma >= 0 { k = comma }
        let spOK =
          sp.map { w in
            w.first.map { $0.isUppercase } ?? false || profile.pronouns.contains(WordHash.of(w))
          } ?? false
        if spOK, k < toks.count, k + 1 < toks.count, toks[k + 1].isWord, i > 0 {
          return (toks[i].s, toks[k].e, sp, string(toks[i + 1].s, m.cueEnd))
        }
      }
      i += 1
    }
    return nil
  }

  // MARK: - Quotation or name?

  /// Whether the marks enclose speech rather than a title, a name or a scare term.
  func isSpeech(
    _ c: Candidate, _ s: Int, _ e: Int, _ a: Attribution, knownName: Bool = false, coordinated: Bool = false
  ) -> Bool {
    // Words of the content (counted up to 12) and sentence punctuation.
    var words = 0
    var inWord = false
    var sentPunct = false
    var i = s
    var hasSpace = false
    while i < e {
      let b = buf[i]
      let space = b == 0x20 || b == 0x0A || b == 0x09
      if space { hasSpace = true }
      if Self.isStopByte(b) && (i + 1 == e || buf[i + 1] == 0x20) {
        sentPunct = true
      }
      if space {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > 12 && sentPunct { break }
      }
      i += 1
    }
    let first = scalar(at: s).0
    let lowerStart = Self.isLower(first)
    // A whole sentence quoted with its full stop after the closing mark («…».): the quotation
    // opens a sentence, starts with a capital and its stop follows the mark.
    if !sentPunct, !lowerStart, words >= 3, c.closeEnd < n, buf[c.closeEnd] == 0x2E,
      c.closeEnd > c.contentEnd
    {
      let pb = skipSpaceBack(c.open)
      if pb == 0 || Self.isStopByte(buf[pb - 1])
        || lineBreak(at: pb - 1)
      {
        sentPunct = true
      }
    }
    let before = tokens(max(0, c.open - 80), c.open)
    var lastWords: [Tok] = []
    for t in before.reversed() {
      if t.isWord {
        lastWords.append(t)
      } else if t.p != UInt8(ascii: "Q") && t.p != UInt8(ascii: ":") && t.p != UInt8(ascii: "(") {
        break
      }
      if lastWords.count == 2 { break }
    }
    // (not when a cue introduces the quotation with a colon: "erklärte der Verband: „…“")
    let titleBefore =
      !(a.colon && a.cueInSentence) && (lastWords.first.map { isTitleWord($0) } ?? false)
    // "the so-called “green discount”", "den så kallade ”gröna rabatten”": a name or a term, whatever cue the sentence
    // has (a phrase of two words written with one space)
    if let w = lastWords.first,
      profile.soCalled.contains(w.low)
        || (lastWords.count == 2 && lastWords[0].s == lastWords[1].e + 1
          && profile.soCalled.contains(WordHash.of(buf, lastWords[1].s, lastWords[0].e)))
    {
      return false
    }
    // "laut „Reuters“", "according to “The Times”": the marks enclose the source.
    var sourceBefore = false
    if let w = lastWords.first, let idx = before.lastIndex(where: { $0.s == w.s }) {
      for back in 0...2 where idx - back >= 0 {
        if let m = match(profile.sources, before, idx - back), m.next == idx + 1 {
          sourceBefore = true
        }
      }
    }
    // The marks in the speaker's place right after a cue and a determiner: a source named in
    // marks ("Das berichtete die „Automobilwoche“", "so der „Ermittlungsausschuss“").
    var sourceAfterCue = false
    if !lowerStart, !sentPunct, words <= 4, let lastTok = before.last, lastTok.isWord {
      var k = before.count - 1
      // (not after a framing word: "bezeichnete das als „Ablenkungsmanöver“")
      while k >= 0, before[k].isWord, !profile.dets.contains(before[k].low),
        !profile.framers.contains(before[k].low),
        isLowerNonDet(before[k]) || !profile.capitalNouns && !before[k].upper,
        before.count - k <= 2
      { k -= 1 }
      if k >= 1, before[k].isWord, profile.dets.contains(before[k].low) {
        for back in 1...3 where k - back >= 0 {
          if let m = match(profile.cues, before, k - back), m.next == k,
            !profile.weakCues.contains(before[k - back].low) || back == 1
          {
            sourceAfterCue = true
          }
        }
      }
    }
    // The marks behind a cue and its subject, right after a preposition of the one spoken to or a
    // dative determiner no preposition governs, closing the clause: the medium the words were
    // said to ("sagte der General der „Welt am Sonntag“.", "sagte er gegenüber „heise online“.",
    // "sagte der Präsident bei „Sky“ und ergänzte").
    // (also the place where they were printed or broadcast, a short name after "in der" or "im",
    // then also before a colon or another preposition: "sagt der Autor X in der „taz“ über …",
    // "verteidigte den Streik in der „Bild am Sonntag“: „…“"; the cue in the same clause, no comma
    // between: "sagte, man sei in der „…“" is reported speech)
    var addresseeAfterCue = false
    var inMedium = false
    // (a lowercase name is one word: "in der „taz“"; more words starting lowercase are a phrase)
    if words <= 3, !sentPunct, !lowerStart || words == 1, let d = before.last, d.isWord,
      d.e == skipSpaceBack(c.open)
    {
      // (or after a preposition of the one spoken to and a dative determiner: "im Interview mit der
      // „Welt am Sonntag“", "gegenüber der „Zeit“")
      inMedium =
        profile.mediumPreps.contains(d.low)
        || profile.dativeDets.contains(d.low) && before.count >= 2 && before[before.count - 2].isWord
          && (profile.mediumPreps.contains(before[before.count - 2].low)
            || profile.addressees.contains(before[before.count - 2].low))
    }
    if words <= 4, !sentPunct, let d = before.last, d.isWord, d.e == skipSpaceBack(c.open),
      inMedium || profile.addressees.contains(d.low)
        || profile.dativeDets.contains(d.low) && before.count >= 2
          && (before[before.count - 2].isWord && !profile.preps.contains(before[before.count - 2].low)
            || before[before.count - 2].p == UInt8(ascii: ","))
    {
      let at = tokens(c.closeEnd, min(n, c.closeEnd + 40))
      let closes =
        at.first.map {
          $0.isWord
            ? profile.and.contains($0.low) || inMedium && profile.preps.contains($0.low)
            : $0.p == UInt8(ascii: ".") || $0.p == UInt8(ascii: ",") || $0.p == UInt8(ascii: ";")
              || $0.p == UInt8(ascii: "N") || inMedium && $0.p == UInt8(ascii: ":")
        } ?? true
      if closes {
        let clause = tokens(max(0, c.open - 300), c.open)
        var k = clause.count - 3
        while k >= 0 {
          let t = clause[k]
          if !t.isWord, t.p == UInt8(ascii: "Q") || t.p == UInt8(ascii: ".") || t.p == UInt8(ascii: "!")
            || t.p == UInt8(ascii: "?") || t.p == UInt8(ascii: "N") || inMedium && t.p == UInt8(ascii: ",")
          {
            break
          }
          if t.isWord, let m = match(profile.cues, clause, k), m.next < clause.count - 1 {
            // (a naming cue takes the marks as its object's predicate: "nannten ihn den „…“")
            addresseeAfterCue = !profile.namingCues.contains(t.low)
            break
          }
          k -= 1
        }
      }
    }
    // A name in marks as the subject that introduces a quotation after a colon, only a
    // determiner before it in its sentence: "Die „taz“ spottet: „…“", "„Die Welt“ meint: „…“".
    // (or as the subject of a cue right after the closing mark, whatever follows: "Die „Nordheimer
    // Rundschau“ berichtete, …" names the paper; its words start with a capital)
    var subjectOfColon = false
    if profile.capitalNouns, words <= 3, !sentPunct, let d = before.last, d.isWord, d.upper,
      profile.dets.contains(d.low), case let ss = sentenceStart(d.s), ss == d.s || skipSpaceForward(ss) == d.s
    {
      let at = tokens(c.closeEnd, min(n, c.closeEnd + 200))
      if ss == d.s, let f = at.first, f.isWord, !f.upper, let colon = at.firstIndex(where: { !$0.isWord }),
        at[colon].p == UInt8(ascii: ":"), colon + 1 == at.count || at[colon + 1].p == UInt8(ascii: "Q")
          || at[colon + 1].p == UInt8(ascii: "N")
      {
        subjectOfColon = true
      }
      if !lowerStart, let f = at.first, f.isWord, !f.upper, match(profile.cues, at, 0) != nil {
        subjectOfColon = true
      }
    }
    // Reported speech in the sentence ("sei", "seien"): a partial quotation.
    let reported = a.reported
    let framerBefore = lastWords.first.map { profile.framers.contains($0.low) } ?? false
    let afterPos = skipSpaceForward(c.closeEnd)
    let parenAfter = afterPos < n && buf[afterPos] == 0x28
    // Inside parentheses ("(„Jungle Fever“, 1991)") marks enclose a title more often than speech.
    let parenBefore: Bool = {
      guard let (ch, _) = scalar(before: skipSpaceBack(c.open)) else { return false }
      return ch == 0x28
    }()
    // A name with a number ("Fallout 3", "Flug 93", "Progress M-53").
    let numberedName: Bool = {
      guard words <= 3, !lowerStart else { return false }
      var k = e
      while k > s, buf[k - 1] != 0x20 { k -= 1 }
      return k > s
        && (buf[k] >= 0x30 && buf[k] <= 0x39
          || (k + 1 < e && buf[k + 1] >= 0x30 && buf[k + 1] <= 0x39))
    }()
    var allCaps = false
    if words <= 4 {
      let ct = tokens(s, e).filter { $0.isWord }
      allCaps = !ct.isEmpty && ct.allSatisfy { $0.upper || Self.isDigit(scalar(at: $0.s).0) }
    }
    let urlLike = !hasSpace && string(s, e).utf8.contains(where: { $0 == 0x2E || $0 == 0x2F })

    // A capitalised noun right before the mark, the quoted words capitalised too: an apposition
    // naming something ("die Bewegung „People's Alliance“", "Netzwerk „Die wahre Religion“").
    let nounBefore: Bool = {
      guard profile.capitalNouns, !lowerStart, !a.aroundCue, let last = before.last, last.isWord, last.upper,
        before.count >= 2, before[before.count - 2].isWord || before[before.count - 2].p == UInt8(ascii: ",")
      else { return false }
      guard !profile.dets.contains(last.low), !profile.pronouns.contains(last.low),
        !profile.stops.contains(last.low), !profile.cueStarts.contains(last.low)
      else { return false }
      // "forderten auf Plakaten „…“": the place where the words were written, not a name's noun.
      if a.cueInSentence, before.count >= 2, before[before.count - 2].isWord,
        profile.placePreps.contains(before[before.count - 2].low)
      {
        return false
      }
      // "mit den Worten „…“": a cue phrase ending at the mark introduces speech.
      for k in max(0, before.count - 4)..<before.count {
        if let m = match(profile.cues, before, k), m.cueEnd == last.e { return false }
      }
      // The object of a naming cue ("nannte das Abkommen „Verrat“"): the marks are its predicate.
      // (also the subject right after any cue: "forderten die Teilnehmer „Hebammen statt …“"; a
      // title noun there is caught by the title reading: "sagte der Zeitung „Die Welt“")
      let m = before.count
      if m >= 3, before[m - 2].isWord, profile.dets.contains(before[m - 2].low), before[m - 3].isWord,
        match(profile.cues, before, m - 3) != nil, !before[m - 3].upper,
        profile.framers.contains(before[m - 3].low)
          || !profile.weakCues.contains(before[m - 3].low) && !profile.namers.contains(before[m - 3].low)
            && !profile.namingCues.contains(before[m - 3].low)
      {
        return false
      }
      return true
    }()
    // A naming verb right after the marks ("„Vochos“ genannt").
    let namerAfter: Bool = {
      guard !profile.namers.isEmpty else { return false }
      let ws = skipSpaceForward(c.closeEnd)
      var we = ws
      while we < n, we - ws < 40 {
        let (ch, l) = scalar(at: we)
        if !Self.isLetterOrDigit(ch) { break }
        we += l
      }
      return we > ws && profile.namers.contains(WordHash.of(buf, ws, we))
    }()
    // A few words (capitalised, or one word) in the subject's place right before a verb of
    // reporting, after "wie" and maybe a determiner ("wie „ntv“ berichtet", "wie die „Bild“
    // schreibt"): the medium's name.
    let sourceBeforeCue: Bool = {
      guard profile.capitalNouns, words <= 3, !lowerStart || words == 1, !sentPunct, let w = lastWords.first,
        w.low == Self.wieHash
          || (profile.dets.contains(w.low) && lastWords.count == 2 && lastWords[1].low == Self.wieHash)
      else { return false }
      let after = tokens(c.closeEnd, min(n, c.closeEnd + 40))
      return match(profile.cues, after, 0) != nil
    }()
    if sourceBeforeCue { return false }
    // A few capitalised words ending in a medium or title noun ("der „Frankfurter Allgemeinen
    // Zeitung“"): a name.
    var titleInside = false
    if words <= 4, !sentPunct, !lowerStart, let lastTok = tokens(s, e).last(where: { $0.isWord }) {
      titleInside = isMediumWord(lastTok) || isTitleWord(lastTok)
    }
    // A headline or list item "Name: „…“": a label of a few capitalised words opens the
    // paragraph and the quotation closes it.
    var labelled = false
    if a.colon, !a.cueInSentence, words >= 3, c.closeEnd >= n || lineBreak(at: c.closeEnd) {
      let ps = sentenceStart(c.open)
      let label = tokens(ps, c.open).filter { $0.isWord }
      labelled = ps == 0 || lineBreak(at: ps - 1)
      labelled = labelled && !label.isEmpty && label.count <= 4 && label[0].upper
    }
    // Evidence that somebody is quoted: a cue, a colon, an attribution right after, reported speech.
    let attributed = a.colon || a.tightAfter || a.cueInSentence || a.reported
    var score = 0.0
    // A colon introduces speech, or a label, title or motto when the words are few and nobody speaks.
    // (a colon right after a noun of a label introduces the label, not speech: "anderer Slogan: „…“")
    let labelColon =
      a.colon && !a.cueInSentence && before.count >= 2 && before[before.count - 1].p == UInt8(ascii: ":")
      && before[before.count - 2].isWord && profile.labelNouns.contains(before[before.count - 2].low)
    if a.colon && !labelColon { score += (a.cueInSentence || words >= 6 || sentPunct) ? 2 : 0.5 }
    if a.tightAfter { score += 3 }
    if a.cueInSentence { score += 1.5 }
    if sentPunct { score += 2 }
    if words >= 8 { score += 2 } else if words >= 4 { score += 0.5 }
    if lowerStart { score += words >= 3 ? 2 : 1.5 }
    if framerBefore { score += 1 }
    // (a predicate after a naming verb's object starts lowercase: "nannte den Film „sein …“")
    // (or of reported speech: "habe die Partei „in schwierigen Jahren zusammengehalten“")
    if titleBefore { score -= lowerStart && (a.cueInSentence || a.reported) && words >= 2 ? 1.5 : 3 }
    // (a script without case has no capital to tell a short name from a partial quotation: the
    // title word before it weighs more, "مشروب «نبع الجبل»")
    if titleBefore, words <= 3, !lowerStart, !Self.isUpper(first), !Self.isDigit(first) { score -= 2 }
    if sourceBefore { score -= 2 }
    if reported { score += 1 }
    // (reported speech of a speaker the text has just given: "Man sei sich einig gewesen, dass es
    // für die „Totengräber der Demokratie“ keine Toleranz geben dürfe")
    if a.reportedContext && words >= 3 && c.depth == 0 { score += 0.5 }
    if parenAfter { score -= 2 }
    if parenBefore { score -= 1 }
    if numberedName { score -= 1.5 }
    if allCaps && words >= 2 { score -= 1 }
    if urlLike { score -= 2 }
    if nounBefore { score -= 2 }
    // (not a list of the words a cue reports, each starting lowercase: "nannte das Angebot
    // „unverschämt“, „realitätsfern“ und „eine Provokation“")
    // (nor a list a separable cue closes: "warf der Partei „Wortbruch“, „Blockade“ und … vor")
    if c.listed && !(a.cueInSentence && lowerStart) && !a.aroundCue { score -= 2 }
    if titleInside { score -= 2 }
    if labelled { score += 1 }
    // A headline or label line naming the person quoted: the marks hold that person's words
    // unless a title noun or a name's noun stands right before them ("Name: Film „…“ läuft").
    if a.headline { score += 3 }
    if sourceAfterCue { score -= 2 }
    if addresseeAfterCue { score -= 3 }
    // A few words in marks glued by a hyphen to the word before them are part of a compound noun,
    // a name ("in den ARD-„Tagesthemen“"), not a quotation. (A dash with spaces is no hyphen.)
    if words <= 3, c.open >= 2, buf[c.open - 1] == 0x2D {
      let b = buf[c.open - 2]
      if b >= 0x80 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 { score -= 3 }
    }
    // The same glued by a hyphen to the word after them ("ein „Beta“-Stempel", "ein „Bitte nicht
    // einsteigen“-Schild"): the first part of a compound noun.
    if words <= 3, c.closeEnd > c.contentEnd, c.closeEnd + 1 < n, buf[c.closeEnd] == 0x2D {
      let b = buf[c.closeEnd + 1]
      if b >= 0x80 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 { score -= 3 }
    }
    if subjectOfColon { score -= 4 }
    // The agent of a passive cue in marks ("vom „Blockupy-Bündnis“ angekündigt"): a name.
    if words <= 3, !lowerStart, !sentPunct, let w = lastWords.first, w.e == skipSpaceBack(c.open),
      profile.agents.contains(w.low)
    {
      let at = tokens(c.closeEnd, min(n, c.closeEnd + 60))
      if let f = at.first, f.isWord, !f.upper, match(profile.cues, at, 0) != nil { score -= 3 }
    }
    if knownName { score -= 2 }
    if namerAfter { score -= 2 }
    // A few words joined by "und", "oder" or a comma to marks just judged a name or title ("die
    // Bunker „Falkenstein“ und „Tannenberg III“"): a name too. (a list of three or more has its
    // own reading above: "warf der Partei „…“, „…“ und „…“ vor" reports each)
    if coordinated, !c.listed, words <= 4, !sentPunct { score -= 3 }
    // A few words right after a preposition of a cause or charge ("wurde wegen „schwerer
    // Sachbeschädigung“ angezeigt"): the term for it, not somebody's words.
    if words <= 5, !sentPunct, !a.colon, !a.tightAfter, let w = before.last, w.isWord,
      w.e == skipSpaceBack(c.open), profile.causePreps.contains(w.low)
    {
      score -= 3
    }
    // Words ending in the legal form of a firm or association after a determiner ("ein Hinweis
    // des „Freundeskreis Alte Mühle e.V.“"): that body's name, though its last dot looks like a stop.
    if !profile.legalForms.isEmpty, e - s <= 160, let w = before.last, w.isWord, w.e == skipSpaceBack(c.open),
      profile.dets.contains(w.low)
    {
      let content = string(s, e)
      if profile.legalForms.contains(where: { content.hasSuffix(" " + $0) }) { score -= 6 }
    }
    // A title or name after a colon whose sentence has a noun of naming as its object ("Den Titel
    // des neuen Albums verriet die Band: „…“", "gab den Namen des Maskottchens bekannt: „…“"): the
    // colon introduces the name, not speech. (a determiner, maybe an adjective, before the noun;
    // the marks close the sentence and hold no sentence of their own)
    if a.colon, !sentPunct, words <= 8, let colon = before.last, colon.p == UInt8(ascii: ":"),
      c.closeEnd >= n || buf[c.closeEnd] == 0x2E || lineBreak(at: c.closeEnd)
    {
      let clause = tokens(sentenceStart(colon.s), colon.s)
      for k in 1..<max(1, clause.count) where clause[k].isWord && profile.labelNouns.contains(clause[k].low) {
        let d = clause[k - 1]
        if d.isWord && profile.dets.contains(d.low)
          || k >= 2 && d.isWord && hasAttributeEnding(d) && clause[k - 2].isWord && profile.dets.contains(clause[k - 2].low)
        {
          score -= 4
          break
        }
      }
    }
    // A passive cue after the marks with no agent in its sentence ("war in den USA als
    // „Terrororganisation“ eingestuft worden", "ist im Plan als „vordringlicher Bedarf“
    // eingestuft"): nobody is quoted, the marks hold a category or a name; the cue counts for nothing.
    if a.cueInSentence, !a.colon, !a.tightAfter, !profile.passive.isEmpty, let cue = a.cue {
      let se = sentenceEnd(c.closeEnd)
      let rest = tokens(c.closeEnd, se)
      // (the words of the sentence around the marks, not between them)
      let sentence = tokens(sentenceStart(c.open), c.open) + rest
      let cueHash = WordHash.of(cue.lowercased())
      // (the participle ends its clause or stands before the auxiliary: not "…, sagte ein Sprecher")
      if let k = rest.firstIndex(where: { $0.isWord && $0.low == cueHash }),
        k + 1 == rest.count || !rest[k + 1].isWord || profile.passive.contains(rest[k + 1].low)
          || profile.statives.contains(rest[k + 1].low),
        sentence.contains(where: {
          $0.isWord && (profile.passive.contains($0.low) || profile.statives.contains($0.low))
        }),
        !sentence.contains(where: { $0.isWord && profile.agents.contains($0.low) })
      {
        score -= 1.5
        // (and with nothing else to attribute them, a few words are a term)
        if !a.reported && !sentPunct && words <= 3 && c.openKind != .cornerOpen { score -= 1.5 }
      }
    }
    // A few words without sentence punctuation are a term or a name unless somebody is quoted.
    // (corner brackets enclose speech in unspaced scripts, where words are not counted).
    if !attributed && !sentPunct && words <= 3 && c.openKind != .cornerOpen { score -= 1.5 }
    // A word or two in a sentence of reported speech without a cue: a term the writer marks.
    if attributed && !a.colon && !a.tightAfter && !a.cueInSentence && words <= 2 && !sentPunct
      && !(a.reportedContext && words == 2)  // (a single word stays a term: „randvoll“)
    {
      score -= 1.5
    }
    // A word or two right after a determiner that does not frame speech ("dem „Central“ Bezirk",
    // "den „guten Namen“"): a term the sentence uses, not somebody's words.
    if words <= 2, !sentPunct, !a.colon, !a.tightAfter, let w = lastWords.first,
      w.e == skipSpaceBack(c.open), profile.dets.contains(w.low), !profile.framers.contains(w.low)
    {
      score -= 1.5
    }
    // The same with a declined adjective between them ("das übliche „Drama“", "den bewährten
    // „Sommergruß“"): the noun of the phrase, a term.
    if words <= 2, !sentPunct, !lowerStart, !a.colon, !a.tightAfter, lastWords.count == 2,
      lastWords[0].e == skipSpaceBack(c.open), hasAttributeEnding(lastWords[0]),
      lastWords[1].e == skipSpaceBack(lastWords[0].s), !lastWords[1].joined,
      profile.dets.contains(lastWords[1].low), !profile.framers.contains(lastWords[1].low)
    {
      score -= 1.5
    }
    if c.depth > 0 && words <= 3 { score -= 1 }
    if c.unclosed { score -= 1 }
    // A quotation heading a paragraph, a colon after it ("„Wir sind am Ende“: Pflegekräfte
    // streiken"): a headline quoting somebody.
    if words >= 4, afterPos < n, buf[afterPos] == 0x3A, c.open == 0 || lineBreak(at: c.open - 1) {
      score += 1.5
    }
    // The same with a spaced dash after it ("„Wir fangen wieder von vorne an“ – Zoo wieder
    // geöffnet") when the words speak in the first or second person (a title of four words
    // before a dash does not: "„Der Name der Rose“ – ein Film …").
    if words >= 4, afterPos > c.closeEnd, longDashLength(at: afterPos, before: n) > 0,
      c.open == 0 || lineBreak(at: c.open - 1),
      tokens(s, e).contains(where: { $0.isWord && profile.speakerWords.contains($0.low) })
    {
      score += 1.5
    }
    // A quotation that is a line by itself, speaking in the first or second person ("„Ich bin
    // überglücklich“" above the report): a headline quoting somebody, not a title.
    if words >= 2, c.depth == 0, !c.unclosed, c.open == 0 || lineBreak(at: c.open - 1) {
      var k = c.closeEnd
      while k < n, buf[k] == 0x20 || buf[k] == 0x09 { k += 1 }
      if k >= n || buf[k] == 0x0A,
        tokens(s, e).contains(where: { $0.isWord && profile.speakerWords.contains($0.low) })
      {
        score += 3
      }
    }
    // Corner brackets are the quotation marks of CJK text (titles take 『』 or 《》).
    if c.openKind == .cornerOpen { score += 2 }
    if Self.debug {
      lastDebug =
        ("\(score) w=\(words) colon=\(a.colon) tight=\(a.tightAfter) cue=\(a.cueInSentence) sp=\(sentPunct) low=\(lowerStart) fr=\(framerBefore) ti=\(titleBefore) par=\(parenAfter) caps=\(allCaps) d=\(c.depth) src=\(sourceBefore) rep=\(reported) nb=\(nounBefore) na=\(namerAfter) att=\(attributed) li=\(c.listed) kn=\(knownName) sac=\(sourceAfterCue) adr=\(addresseeAfterCue) rc=\(a.reportedContext) ti2=\(titleInside) lab=\(labelled)")
    }
    return score >= 1.5
  }

  /// A noun that names what follows ("Zeitung", "film"), also as the end of a compound ("Tageszeitung").
  func isTitleWord(_ t: Tok) -> Bool {
    isNoun(t, of: profile.titles, suffixes: profile.titleSuffixes)
  }

  /// A medium ("Zeitung", "Sender", "Nachrichtenagentur"), also as the end of a compound; where the
  /// lexicon lists no media, a title noun.
  func isMediumWord(_ t: Tok) -> Bool {
    profile.media.isEmpty
      ? isTitleWord(t) : isNoun(t, of: profile.media, suffixes: profile.mediaSuffixes)
  }

  /// A medium at `k`, or after capitalised attributes of its name where nouns are capitalised
  /// ("der Deutschen Presse-Agentur", "der Süddeutschen Zeitung", "der Frankfurter Allgemeinen
  /// Zeitung"): at most two of them, each a capitalised word ending like a declined adjective.
  func mediumAt(_ toks: [Tok], _ k: Int) -> Bool {
    var m = k
    while profile.capitalNouns, m < k + 2, m + 1 < toks.count, toks[m].isWord, toks[m].upper,
      !isMediumWord(toks[m]), endsIn(toks[m], Self.declinedEndings, stem: 3), toks[m + 1].isWord, toks[m + 1].upper
    {
      m += 1
    }
    return m < toks.count && toks[m].isWord && isMediumWord(toks[m])
  }

  /// The endings of a German adjective declined after a determiner ("Deutschen", "Frankfurter").
  static let declinedEndings: [[UInt8]] = ["en", "er", "e"].map { Array($0.utf8) }

  /// Whether `t` is a word of `words` or ends in one of `suffixes` (lowercase UTF-8) as a compound.
  func isNoun(_ t: Tok, of words: WordSet, suffixes: [[UInt8]]) -> Bool {
    guard t.isWord else { return false }
    if words.contains(t.low) { return true }
    // The end of a compound is lowercase: its bytes are compared as they are.
    let len = t.e - t.s
    for title in suffixes where len > title.count {
      var k = 0
      let from = t.e - title.count
      // After a hyphen the part is capitalised ("ARD-Sendung").
      let hyphen = from > t.s && buf[from - 1] == 0x2D
      while k < title.count,
        buf[from + k] == title[k] || (k == 0 && hyphen && buf[from] | 0x20 == title[0])
      { k += 1 }
      if k == title.count, (buf[from] & 0xC0) != 0x80 { return true }
    }
    return false
  }

  // MARK: - Pronouns

  /// Scans `mentionScan..<pos` once for names: runs of two or more capitalised words (not after a
  /// preposition or a title noun), and single surnames of names seen before ("Doyle").
  func scanMentions(upTo pos: Int) {
    guard pos > mentionScan else { return }
    var i = max(mentionScan, pos - 1500)
    while i < pos && (buf[i] & 0xC0) == 0x80 { i += 1 }
    mentionScan = pos
    // Words are read without building tokens; only capitalised runs are looked at closely.
    var sentenceStart = true
    var prevWord: (s: Int, e: Int)? = nil
    var run: [(s: Int, e: Int)] = []
    var runStartsSentence = false
    var runPrev: (s: Int, e: Int)? = nil
    // A run that fills a pair of marks is a title or a name of a thing ("der „Süddeutschen
    // Zeitung“"), no person.
    var afterMark = false
    var runAfterMark = false
    while i < pos {
      let (c, l) = scalar(at: i)
      if Self.isLetterOrDigit(c) {
        let ws = i
        var j = i + l
        while j < pos {
          let (c2, l2) = scalar(at: j)
          if Self.isLetterOrDigit(c2)
            || ((c2 == 0x2D || c2 == 0x27 || c2 == 0x2019) && j + l2 < pos
              && Self.isLetterOrDigit(scalar(at: j + l2).0))
          {
            j += l2
          } else {
            break
          }
        }
        if Self.isUpper(c) {
          if run.isEmpty {
            runStartsSentence = sentenceStart
            runPrev = sentenceStart ? nil : prevWord
            runAfterMark = afterMark
          }
          run.append((ws, j))
        } else if !run.isEmpty, profile.particles.contains(WordHash.of(buf, ws, j)) {
          run.append((ws, j))  // "van der" inside a name; trimmed below if no capital follows
        } else if !run.isEmpty {  // (a lowercase word after no run: nothing to record)
          while let last = run.last, !Self.isUpper(scalar(at: last.s).0) { run.removeLast() }
          addMention(run, startsSentence: runStartsSentence, prev: runPrev)
          run.removeAll(keepingCapacity: true)
        }
        prevWord = (ws, j)
        sentenceStart = false
        afterMark = false
        i = j
        continue
      }
      // An initial or a title written short keeps the run going ("George W. Bush", "Mr. Smith").
      if c == 0x2E, let last = run.last, last.e == i, last.e - last.s == 1 || shortTitle(last) {
        i += 1
        continue
      }
      if !Self.isSpace(c) || c == 0x0A && !wrapsLine(i) {
        // Punctuation ends a run; sentence punctuation, marks and newlines (other than a wrapped
        // line's) start a sentence.
        if !run.isEmpty {
          while let last = run.last, !Self.isUpper(scalar(at: last.s).0) { run.removeLast() }
          if !(runAfterMark && Self.isQuoteMark(c)) {
            addMention(run, startsSentence: runStartsSentence, prev: runPrev)
          }
          run.removeAll(keepingCapacity: true)
        }
        afterMark = Self.isQuoteMark(c)
        if Self.isStop(c) || c == 0x3A || c == 0x3B || c == 0x0A
          || Self.isQuoteMark(c)
        {
          sentenceStart = true
        }
        prevWord = nil
      }
      i += l
    }
    while let last = run.last, !Self.isUpper(scalar(at: last.s).0) { run.removeLast() }
    addMention(run, startsSentence: runStartsSentence, prev: runPrev)
  }

  /// The hash of the word ending right before `s` (one space between), or nil after punctuation.
  func wordBefore(_ s: Int) -> UInt64? {
    guard s >= 2, buf[s - 1] == 0x20 else { return nil }
    var k = s - 1
    while k > 0, let (c, start) = scalar(before: k), Self.isLetterOrDigit(c) { k = start }
    return k < s - 1 ? WordHash.of(buf, k, s - 1) : nil
  }

  /// Records a run of capitalised words as a name mention (or a surname of a known name).
  func addMention(_ run: [(s: Int, e: Int)], startsSentence: Bool, prev: (s: Int, e: Int)?)
  {
    guard !run.isEmpty else { return }
    var first = 0
    let h0 = WordHash.of(buf, run[0].s, run[0].e)
    if startsSentence
      && (profile.stops.contains(h0) || profile.guess.contains(h0) || profile.pronouns.contains(h0)
        || profile.dets.contains(h0) || profile.objectDets.contains(h0) || run.count >= 3)
    {
      first = 1  // "The", "Die", or a capitalised role noun ("Kostchefen Lina Ek")
    }
    var afterPreposition = false
    // (where nouns are capitalised, a word opening a noun phrase before the run: a determiner, a
    // demonstrative, or a declined attribute after one or after a preposition, "dem", "diese",
    // "der syrischen")
    var nounPhraseBefore = false
    if let p = prev {
      let hp = WordHash.of(buf, p.s, p.e)
      nounPhraseBefore =
        profile.capitalNouns
        && (profile.dets.contains(hp) || profile.objectDets.contains(hp) || profile.possessives.contains(hp)
          || profile.demonstratives.contains(hp)
          || (hasAttributeEnding(Tok(s: p.s, e: p.e, p: 0, low: hp, upper: Self.isUpper(scalar(at: p.s).0)))
            && wordBefore(p.s).map({ profile.dets.contains($0) || profile.objectDets.contains($0)
              || profile.demonstratives.contains($0) || profile.preps.contains($0) }) == true))
      afterPreposition =
        profile.stops.contains(hp) || profile.titles.contains(hp)
        || (run.count - first >= 2 && p.e - p.s > 4
          && isTitleWord(Tok(s: p.s, e: p.e, p: 0, low: hp, upper: false)))
      // Where nouns are capitalised, two nouns after a determiner or a number are no name unless
      // the first is a role ("bei seinem Statement Bezug", "50 Millionen Menschen"; "die Ministerin
      // Baerbock" is one).
      // (nor after a demonstrative or a declined attribute: "der syrischen Hauptstadt Damaskus")
      if profile.capitalNouns, run.count - first == 2, nounPhraseBefore || Self.isDigit(scalar(at: p.s).0),
        !isRoleNoun(at: run[first])
      {
        return
      }
    }
    // A noun phrase with a preposition in a language that capitalises nouns is no name ("ein Bild
    // von der Lage", "diese Tragödie von Soma", "die konkreten Methoden von den USA"), unless a role
    // noun leads it ("die Politikerin Ursula von der Leyen").
    if profile.capitalNouns, nounPhraseBefore,
      run.count - first >= 2,
      run.filter({ Self.isUpper(scalar(at: $0.s).0) }).count < 3,
      run.contains(where: { !Self.isUpper(scalar(at: $0.s).0) })
    {
      afterPreposition = true
    }
    // Where nouns are capitalised, a noun with a genitive right after it ("Angriff der SPD",
    // "Strategie der Grünen") names no person; nor does a noun of a feminine ending with a
    // preposition ("Verkürzung von Komplexität"). A name's particles come as "von der", "van der".
    // (nor a word of time: "20:45 Uhr MEZ"; a noun with "von" and a full name after it names that
    // person: "die ersten Worte von Yasin Ehliz")
    // (nor a span of time, "Sechs Jahre"; nor a run holding a determiner, the name of a body: "des
    // Bundesverbandes Der Mittelstand"; nor a common noun by its ending before or as the last word:
    // "der Terrororganisation Hamas", "Chinas Souveränität")
    if profile.capitalNouns, run.count - first >= 2,
      isTimeWord(wordTok(run[run.count - 1]))
        || run[(first + 1)...].contains(where: {
          Self.isUpper(scalar(at: $0.s).0) && profile.dets.contains(WordHash.of(buf, $0.s, $0.e))
        })
        || endsIn(wordTok(run[first]), Self.commonNounEndings, stem: 3)
        || profile.quantifiers.contains(WordHash.of(buf, run[first].s, run[first].e))
        || endsIn(wordTok(run[run.count - 1]), Self.commonNounEndings, stem: 3)
    {
      return
    }
    if profile.capitalNouns, run.count - first >= 2, isTimeWord(wordTok(run[first])) {
      first += 1
    }
    if profile.capitalNouns, run.count - first >= 2, !Self.isUpper(scalar(at: run[first + 1].s).0) {
      let h1 = WordHash.of(buf, run[first + 1].s, run[first + 1].e)
      let head = wordTok(run[first])
      if profile.agents.contains(h1), run.count - first >= 4, !isRoleNoun(head),
        run[(first + 2)...].allSatisfy({ Self.isUpper(scalar(at: $0.s).0) })
      {
        addMention(Array(run[(first + 2)...]), startsSentence: false, prev: nil)
        return
      }
      if (profile.dets.contains(h1) && !isRoleNoun(head)) || endsIn(head, profile.feminineEndings, stem: 2) {
        return
      }
    }
    // A role noun with a genitive ("Direktor der CAR", "Präsident des Vereins") names an office, not
    // a person ("der" and "des" are name particles too: "van der Linden").
    if profile.capitalNouns, run.count - first >= 3, !Self.isUpper(scalar(at: run[first + 1].s).0),
      profile.dets.contains(WordHash.of(buf, run[first + 1].s, run[first + 1].e)),
      isRoleNoun(at: run[first])
    {
      return
    }
    let last = run[run.count - 1]
    let key = WordHash.of(buf, last.s, last.e)
    // Titles, gendered roles and kin words, and titles written short, opening the run are no part
    // of the name; they name a person and show the gender ("Frau Schmidt", "Bundeskanzlerin Angela
    // Merkel", "den Präsidenten Emmanuel Macron", "Mr. Smith", "Prof. Dr. Anna Berg").
    var gender: UInt8 = 0
    var nameStart = first
    while run.count - nameStart >= 2, Self.isUpper(scalar(at: run[nameStart + 1].s).0) {
      if var g = genderWord(run[nameStart]) {
        // (a role of either gender shows it by its determiner: "die Vorsitzende", "der Abgeordnete")
        if g == 0, let d = nameStart > 0 ? run[nameStart - 1] : prev {
          g = detGender(WordHash.of(buf, d.s, d.e))
        }
        gender |= g
      } else if !(run[nameStart].e < n && buf[run[nameStart].e] == 0x2E && shortTitle(run[nameStart])) {
        break
      }
      nameStart += 1
    }
    // (a role before a genitive is an office, not a title: "Premierminister Großbritanniens")
    if nameStart == run.count - 1, nameStart > first, buf[last.e - 1] == 0x73, isRoleNoun(at: run[nameStart - 1]) {
      nameStart = first
    }
    // (a role inside a longer run shows the gender of the name after it: "Verhältnis zu Kanzlerin
    // Angela Merkel")
    if run.count - nameStart >= 3 {
      for k in (nameStart + 1)..<(run.count - 2) where Self.isUpper(scalar(at: run[k].s).0) {
        if let g = genderWord(run[k]) { gender |= g }
      }
    }
    if let p = prev { gender |= genderBefore(p) }
    gender |= genderAfter(last.e)
    // (after a preposition or determiner a role noun followed by a first name and a surname still
    // names a person: "vom Münchner Oberbürgermeister Christian Ude", "von der Bürgermeisterin X Y")
    if afterPreposition, profile.capitalNouns, run.count - first >= 3,
      let r = run.indices.dropLast(2).last(where: { k in k >= first && isRoleNoun(at: run[k]) }), run[(r + 1)...].allSatisfy({ Self.isUpper(scalar(at: $0.s).0) })
    {
      if fullNames[key] == nil { fullNames[key] = (run[r + 1].s, last.e) }
      if let g = genderWord(run[r]) { gender |= g }
      if gender != 0 { nameGender[key, default: 0] |= gender }
      mentions.append((run[r + 1].s, run[r + 1].s, last.e))
      return
    }
    if gender != 0 { nameGender[key, default: 0] |= gender }
    // (a name opens with a capital: "Millionen von Ukrainern", "In der Nacht" name nobody)
    if run.count - first >= 2, !Self.isUpper(scalar(at: run[first].s).0) { return }
    if run.count - first >= 2 && !afterPreposition {
      if run.count - nameStart >= 2 {
        if fullNames[key] == nil { fullNames[key] = (run[nameStart].s, last.e) }
        mentions.append((run[nameStart].s, run[nameStart].s, last.e))
      } else {
        // a surname after a title or role ("Frau Schmidt", "Präsident Obama")
        let full = fullNames[key] ?? (last.s, last.e)
        mentions.append((last.s, full.s, full.e))
      }
    } else if run.count == 1, let full = fullNames[key] {
      mentions.append((last.s, full.s, full.e))
    } else if run.count == 1, !profile.capitalNouns, !startsSentence, prev == nil,
      isAppositionFirstName(last)
    {
      // A first name alone as an apposition ("Bishop's daughter, Carol, said").
      mentions.append((last.s, last.s, last.e))
    } else if run.count == 1, !profile.capitalNouns, !startsSentence, let p = prev,
      Self.isLower(scalar(at: p.s).0), p.e == skipSpaceBack(last.s)
    {
      // A first name alone after a role noun where nouns are lowercase ("her great-grandson
      // Oliver", "son arrière-petit-fils Olivier").
      let hp = WordHash.of(buf, p.s, p.e)
      if !profile.stops.contains(hp) && !profile.dets.contains(hp) && !profile.linkers.contains(hp)
        && !profile.cueStarts.contains(hp) && !profile.titles.contains(hp)
        && !profile.particles.contains(hp)
      {
        mentions.append((last.s, last.s, last.e))
      }
    }
  }

  /// A title written short before a name, with its dot ("Mr.", "Mrs.", "Prof.", "Hr."): a word of
  /// `femaleWords`, `maleWords` or `abbreviations`.
  func shortTitle(_ w: (s: Int, e: Int)) -> Bool {
    let h = WordHash.of(buf, w.s, w.e)
    return w.e - w.s <= 5
      && (profile.abbreviations.contains(h) || profile.femaleWords.contains(h) || profile.maleWords.contains(h))
  }

  /// The gender a word shows for the name right after it: 1 a woman, 2 a man, 0 none (a role noun
  /// of either); nil for a word that is no title, role or kin word. The words of `femaleWords` and
  /// `maleWords` ("Frau", "spokeswoman", "Mr"); where nouns are capitalised and the language has
  /// `femaleRoleEndings`, a role noun with one is a woman's ("Ministerin"), one ending in another
  /// vowel names either ("die Vorsitzende", "der Abgeordnete"), and any other a man's
  /// ("Präsident", also declined: "den Präsidenten", "des Kandidaten").
  func genderWord(_ w: (s: Int, e: Int)) -> UInt8? {
    let h = WordHash.of(buf, w.s, w.e)
    if profile.femaleWords.contains(h) { return 1 }
    if profile.maleWords.contains(h) { return 2 }
    guard profile.capitalNouns, Self.isUpper(scalar(at: w.s).0) else { return nil }
    let t = wordTok(w)
    if isRoleNoun(t) {
      if profile.femaleRoleEndings.isEmpty || buf[w.e - 1] == 0x65 { return 0 }
      return endsIn(t, profile.femaleRoleEndings, stem: 3) ? 1 : 2
    }
    // (the feminine form of an agent noun no list holds: "Gewerkschafterin", "Anwohnerin")
    if !profile.femaleRoleEndings.isEmpty, endsIn(t, Self.feminineAgentNoun, stem: 4) { return 1 }
    guard !profile.femaleRoleEndings.isEmpty, w.e - w.s > 6, buf[w.e - 1] == 0x6E else { return nil }
    let cut = buf[w.e - 2] == 0x65 ? 2 : 1
    let stem = Tok(s: w.s, e: w.e - cut, p: 0, low: WordHash.of(buf, w.s, w.e - cut), upper: true)
    return isRoleNoun(stem) && buf[stem.e - 1] != 0x65 && !endsIn(stem, profile.femaleRoleEndings, stem: 3) ? 2 : nil
  }

  /// The gender the word `p` right before a name shows (`genderWord`), or, where nouns are lowercase,
  /// a determiner before a role noun there ("la ministre X", "el portavoz X"); 0 for none.
  func genderBefore(_ p: (s: Int, e: Int)) -> UInt8 {
    if let g = genderWord(p) { return g }
    guard !profile.femaleDets.isEmpty, isRoleWord(wordTok(p)) else { return 0 }
    let e = skipSpaceBack(p.s)
    guard e < p.s else { return 0 }
    var k = e
    while k > 0, let (ch, start) = scalar(before: k), Self.isLower(ch) { k = start }
    guard k < e else { return 0 }
    return detGender(WordHash.of(buf, k, e))
  }

  /// The gender a determiner of a role shows (`femaleDets`, `maleDets`): 1 a woman, 2 a man, 0 none.
  func detGender(_ h: UInt64) -> UInt8 {
    profile.femaleDets.contains(h) ? 1 : profile.maleDets.contains(h) ? 2 : 0
  }

  /// The gender an apposition right after a name shows: a determiner and a title, role or kin word
  /// after its comma ("Andrés López, dem Sohn des …", "Sarah Jones, a spokeswoman,"); 0 for none.
  func genderAfter(_ e: Int) -> UInt8 {
    guard e + 2 < n, buf[e] == 0x2C, buf[e + 1] == 0x20 else { return 0 }
    // (read on the bytes, without tokens: it runs for every name followed by a comma)
    func word(at s: Int) -> (s: Int, e: Int)? {
      var j = s
      while j < n, j - s < 40 {
        let (c, l) = scalar(at: j)
        if !Self.isLetterOrDigit(c) && c != 0x2D { break }
        j += l
      }
      return j > s ? (s, j) : nil
    }
    guard let d = word(at: e + 2), d.e < n, buf[d.e] == 0x20, let w = word(at: d.e + 1) else { return 0 }
    let hd = WordHash.of(buf, d.s, d.e)
    guard profile.dets.contains(hd) || profile.dativeDets.contains(hd) || profile.objectDets.contains(hd),
      let g = genderWord(w)
    else { return 0 }
    return g
  }

  /// The gender a pronoun speaker asks for: 1 a woman's, 2 a man's, 0 any.
  func pronounGender(_ pronoun: String) -> UInt8 {
    let h = WordHash.of(pronoun)
    if profile.femalePronouns.contains(h) { return 1 }
    if profile.malePronouns.contains(h) { return 2 }
    // (a demonstrative determiner alone, "Der sagte", shows it as a role's determiner does)
    return profile.capitalNouns && profile.dets.contains(h) ? detGender(h) : 0
  }

  /// Whether a name (its last word) or a speaker phrase may be of the gender `g` (0: any): not when
  /// the text shows the name only as the other's, or the phrase has a word showing the other
  /// ("die Sprecherin", "Mr Smith").
  func fitsGender(_ phrase: String, _ g: UInt8) -> Bool {
    guard g != 0 else { return true }
    let info = phraseGender(phrase)
    return Self.genderFits(info.shown | (nameGender[info.last] ?? 0), g)
  }

  /// Whether the genders a text shows for someone (`shown`, 0 for none) admit the gender `g`.
  static func genderFits(_ shown: UInt8, _ g: UInt8) -> Bool {
    shown == 0 || shown & g != 0
  }

  /// The gender the words of a phrase show (a title, gendered role or kin word) and the hash of its
  /// last word, whose gender the text may show elsewhere (`nameGender`).
  func phraseGender(_ phrase: String) -> (last: UInt64, shown: UInt8) {
    let words = phrase.splitBytes { $0 == 0x20 || $0 == 0x2C }
    var shown: UInt8 = 0
    for w in words where shown == 0 {
      let h = WordHash.of(String(w))
      if profile.femaleWords.contains(h) {
        shown = 1
      } else if profile.maleWords.contains(h) {
        shown = 2
      } else if profile.capitalNouns, !profile.femaleRoleEndings.isEmpty, isRoleNoun(word: w), w.last != "e" {
        shown = Self.hasEnding(w, profile.femaleRoleEndings, stem: 3) ? 1 : 2
      }
    }
    return (words.last.map { WordHash.of(String($0)) } ?? 0, shown)
  }

  /// `fitsGender` for a mention at the bytes `s..<e`: titles and roles are no part of a mention, so
  /// only what the text showed for its last word counts.
  func mentionFitsGender(_ s: Int, _ e: Int, _ g: UInt8) -> Bool {
    guard g != 0 else { return true }
    var k = e
    while k > s, buf[k - 1] != 0x20 { k -= 1 }
    return Self.genderFits(nameGender[WordHash.of(buf, k, e)] ?? 0, g)
  }

  /// Whether a phrase opens with a determiner or possessive ("der erfahrene Stadtjäger").
  func hasDeterminerFirst(_ phrase: String) -> Bool {
    guard let first = phrase.splitBytes(0x20).first else { return false }
    let h = WordHash.of(String(first))
    return profile.dets.contains(h) || profile.possessives.contains(h)
  }

  /// A title, gendered role or kin word (`femaleWords`, `maleWords`), also with its dot ("Mr.").
  func isGenderWord(_ w: Substring) -> Bool {
    let h = WordHash.of(String(w.hasSuffix(".") ? w.dropLast() : w))
    return profile.femaleWords.contains(h) || profile.maleWords.contains(h)
  }

  /// A word before a name that is no part of it: a title, gendered role or kin word, or where nouns
  /// are capitalised a role noun ("Präsident", "Konteradmiral" no; "NATO-Generalsekretär").
  func isTitleOrRole(_ w: Substring) -> Bool {
    isGenderWord(w) || (profile.capitalNouns && isRoleNoun(word: w))
      || (w.hasSuffix(".") && profile.abbreviations.contains(WordHash.of(String(w.dropLast()))))
  }

  /// A role noun of `headlineRoles` as written in a phrase, also as a compound's end.
  func isRoleNoun(word w: Substring) -> Bool {
    profile.headlineRoles.contains(WordHash.of(String(w)))
      || Self.hasEnding(w, profile.headlineRoleSuffixes, stem: 0)
  }

  /// A capitalised word between commas right after a lowercase noun ("daughter, Carol,").
  func isAppositionFirstName(_ w: (s: Int, e: Int)) -> Bool {
    let c1 = skipSpaceBack(w.s)
    guard c1 >= 2, buf[c1 - 1] == 0x2C, w.e < n, buf[w.e] == 0x2C else { return false }
    let (ch, _) = scalar(before: c1 - 1) ?? (0, 0)
    guard Self.isLower(ch) else { return false }
    var k = c1 - 1
    while k > 0, let (ch, start) = scalar(before: k), Self.isLower(ch) { k = start }
    let h = WordHash.of(buf, k, c1 - 1)
    return !profile.stops.contains(h) && !profile.dets.contains(h) && !profile.cueStarts.contains(h)
      && !profile.pronouns.contains(h)
  }

  /// The most recent name before `pos` (a mention or the speaker of an earlier quotation) not in `exclude`.
  func resolveName(
    before pos: Int, named: [(pos: Int, name: String)], exclude: Set<String>, gender: UInt8 = 0
  ) -> String? {
    scanMentions(upTo: pos)
    let from = max(0, pos - 1500)
    // (a role mention without a name, "la ministre", stands for the name met before it)
    func latest(_ list: [(pos: Int, name: String)]) -> (pos: Int, name: String, phrase: String)? {
      var k = list.count - 1
      while k >= 0, list[k].pos >= from {
        if list[k].pos < pos {
          let phrase = list[k].name
          var known: NamedPhrase
          if let memo = namesInPhrases[phrase] {
            known = memo
          } else {
            let name = nameIn(phrase)
            // (a role alone, "die Kanzlerin", stands for the name met before it: the mentions decide)
            // (so does a determiner's phrase with one noun: "der erfahrene Stadtjäger")
            let roleAlone =
              profile.capitalNouns && !name.contains(" ")
              && (isTitleOrRole(Substring(name))
                || (hasDeterminerFirst(phrase) && !hasCapitalWord(String(phrase.dropLast(name.count)))))
            known = NamedPhrase(name: name, usable: hasCapitalWord(name) && !roleAlone, shown: nil, lastWords: (0, 0))
            namesInPhrases[phrase] = known
          }
          // (the gender its words show is read when a pronoun first asks for one)
          if gender != 0, known.usable, known.shown == nil {
            let p = phraseGender(phrase)
            let nm = phraseGender(known.name)
            known.shown = p.shown | nm.shown
            known.lastWords = (p.last, nm.last)
            namesInPhrases[phrase] = known
          }
          let name = known.name
          let fits =
            gender == 0
            || Self.genderFits(
              (known.shown ?? 0) | (nameGender[known.lastWords.0] ?? 0) | (nameGender[known.lastWords.1] ?? 0), gender)
          if known.usable, fits, !exclude.contains(name) {
            return (list[k].pos, name, list[k].name)
          }
        }
        k -= 1
      }
      return nil
    }
    var best: (pos: Int, name: String)? = nil
    var k = mentions.count - 1
    while k >= 0, mentions[k].pos >= from {
      let m = mentions[k]
      if m.pos < pos {
        if mentionFitsGender(m.s, m.e, gender), case let name = string(m.s, m.e), !exclude.contains(name) {
          best = (m.pos, name)
          break
        }
      }
      k -= 1
    }
    if let n = latest(named) {
      // (a name inside the speaker's own phrase, after the quotation, is not somebody new:
      // "Owen Prigent, président du collectif Stop Piste")
      if best == nil || n.pos > best!.pos || Self.contains(n.phrase, best!.name)
        || inAttribution(of: n.name, from: n.pos, mention: best!.pos)
      {
        return n.name
      }
    }
    return best?.name
  }

  /// Whether a mention at `mention` follows the name `name` (met after `from`) in the same
  /// sentence: an affiliation in the speaker's apposition ("Owen Prigent, président du collectif
  /// Stop Piste"), not somebody new.
  func inAttribution(of name: String, from: Int, mention: Int) -> Bool {
    let pat = Array(name.utf8)
    guard !pat.isEmpty, mention - from < 1500 else { return false }
    var i = from
    while i + pat.count <= mention {
      if buf[i] == pat[0], (0..<pat.count).allSatisfy({ buf[i + $0] == pat[$0] }) {
        let between = (i + pat.count)..<mention
        return !between.contains { Self.isStopByte(buf[$0]) || buf[$0] == 0x0A }
      }
      i += 1
    }
    return false
  }

  /// The ending of a feminine noun of a person ("Geschäftsführerin", "Leiterin"), which the role lists
  /// may not hold: such a word before a genitive is no name.
  static let feminineAgent: [[UInt8]] = [Array("in".utf8)]
  /// "wie", which opens a clause of a source ("wie „ntv“ berichtet").
  static let wieHash = WordHash.of("wie")

  /// Endings of a possessive that may open a genitive ("seines", "ihrer").
  static let genitiveOrDativeEndings: [[UInt8]] = [Array("es".utf8), Array("er".utf8)]

  /// Endings of an attribute of a noun in the genitive plural or dative without determiner
  /// ("dutzender", "zahlreicher", "mehreren"): never the finite verb before a capitalised noun.
  static let genitiveAttributeEndings: [[UInt8]] = [Array("er".utf8), Array("em".utf8)]
  /// Endings of common nouns that end no person's name and open none ("Terrororganisation",
  /// "Souveränität", "Regierung", "Gewerkschaft", "Sicherheit").
  static let commonNounEndings: [[UInt8]] = ["ung", "heit", "keit", "schaft", "ität", "ation", "ismus"].map {
    Array($0.utf8)
  }

  /// The ending of the feminine form of an agent noun ("Gewerkschafterin").
  static let feminineAgentNoun: [[UInt8]] = [Array("erin".utf8)]

  /// Whether `s` holds `part` (bytes compared as they are: Foundation's string search and the generic
  /// `firstRange(of:)` both cost more on this path, pronoun resolution).
  static func contains(_ s: String, _ part: String) -> Bool {
    let a = Array(s.utf8)
    let b = Array(part.utf8)
    guard !b.isEmpty else { return true }
    guard a.count >= b.count else { return false }
    for i in 0...(a.count - b.count) where a[i] == b[0] {
      var k = 1
      while k < b.count, a[i + k] == b[k] { k += 1 }
      if k == b.count { return true }
    }
    return false
  }

  /// Whether a phrase has a word starting with a capital (a name rather than a role noun alone).
  func hasCapitalWord(_ phrase: String) -> Bool {
    phrase.splitBytes(0x20).contains { w in
      guard let f = w.unicodeScalars.first, Self.isUpper(f.value) else { return false }
      return !profile.dets.contains(WordHash.of(String(w)))
    }
  }

  /// The name inside a speaker phrase ("la directora de la feria, Carmen Ibáñez" → "Carmen Ibáñez").
  func nameIn(_ phrase0: String) -> String {
    // A name before its attachment or parenthesis ("Landwirt Heiner Osterkamp aus Wilmsdorf",
    // "Bertram Hilgen (SPD)"): the words before it.
    var phrase = phrase0
    if profile.capitalNouns {
      let ws = phrase.splitBytes(0x20)
      let upper = { (w: Substring) in w.unicodeScalars.first.map { Self.isUpper($0.value) } ?? false }
      if let k = ws.indices.first(where: {
        $0 >= 2 && (ws[$0].hasPrefix("(")
          || (profile.linkers.contains(WordHash.of(String(ws[$0]))) && upper(ws[$0 - 1]) && upper(ws[$0 - 2])))
      }) {
        phrase = ws[..<k].joined(separator: " ")
      }
    }
    // A name before an apposition ("Owen Prigent, président du collectif Stop Piste"): the first
    // part between commas, the last, made only of capitalised words that is no determiner or role.
    let parts = phrase.splitBytes(0x2C)
    if parts.count >= 2 {
      for part in parts.reversed() {
        let ws = part.splitBytes(0x20)
        guard let f = ws.first else { continue }
        let h0 = WordHash.of(String(f))
        if profile.dets.contains(h0) || isRoleWord(word: f) || profile.pronouns.contains(h0)
          || profile.stops.contains(h0)
        {
          continue
        }
        if ws.allSatisfy({ w in
          (w.unicodeScalars.first.map { Self.isUpper($0.value) } ?? false)
            || profile.particles.contains(WordHash.of(String(w)))
        }) {
          return ws.joined(separator: " ")
        }
      }
    }
    let words = phrase.splitBytes(0x20)
    var runEnd = -1
    var runStart = -1
    var k = words.count - 1
    while k >= 0 {
      let w = words[k].trimmingCharacters(in: ",")
      // (a comma ends the name: "des FC Nordstadt, Peter Hahn")
      if runEnd >= 0, words[k].hasSuffix(",") { break }
      if let f = w.unicodeScalars.first, Self.isUpper(f.value) {
        if runEnd < 0 { runEnd = k }
        runStart = k
      } else if runEnd >= 0 && !profile.particles.contains(WordHash.of(w)) {
        break
      }
      k -= 1
    }
    guard runEnd >= 0 else { return phrase }
    // (a title or role before the name is no part of it: "Konteradmiral Daniel Hagari" keeps
    // "Daniel Hagari", "Frau Schmidt" "Schmidt"; not before a genitive: "Premierminister Großbritanniens")
    while runStart < runEnd, isTitleOrRole(words[runStart]),
      words[runStart + 1].unicodeScalars.first.map({ Self.isUpper($0.value) }) == true,
      !(runStart + 1 == runEnd && words[runEnd].hasSuffix("s") && !isGenderWord(words[runStart]))
    {
      runStart += 1
    }
    return words[runStart...runEnd].joined(separator: " ").trimmingCharacters(in: ",")
  }
}

extension StringProtocol {
  /// The parts between ASCII separator bytes, empty parts left out: `split(separator:)` read on the
  /// UTF-8 bytes (the Character-wise split walks grapheme clusters, which pronoun resolution and the
  /// checks of speaker phrases paid for on every phrase).
  func splitBytes(_ isSeparator: (UInt8) -> Bool) -> [SubSequence] {
    var out: [SubSequence] = []
    let u = utf8
    var start: Index? = nil
    var i = u.startIndex
    while i != u.endIndex {
      if isSeparator(u[i]) {
        if let s = start {
          out.append(self[s..<i])
          start = nil
        }
      } else if start == nil {
        start = i
      }
      i = u.index(after: i)
    }
    if let s = start { out.append(self[s..<endIndex]) }
    return out
  }

  func splitBytes(_ separator: UInt8) -> [SubSequence] { splitBytes { $0 == separator } }
}

extension Substring {
  fileprivate func trimmingCharacters(in chars: Character) -> String {
    var s = self
    while s.first == chars { s = s.dropFirst() }
    while s.last == chars { s = s.dropLast() }
    return String(s)
  }
}

extension String {
  fileprivate func trimmingCharacters(in chars: Character) -> String {
    Substring(self).trimmingCharacters(in: chars)
  }
}

extension QuoteFinder {
  /// The subject of a quotation's own sentence before it (`st`), but no pronoun after a
  /// preposition, which is its object: "Ohne sie wäre der Sieg „…“". (A method, not a closure in
  /// `run`: a closure there copies the finder with every reference it holds.)
  func ownSentenceSubject(_ st: [Tok]) -> String? {
    guard let sj = sentenceSubject(st) else { return nil }
    let h = WordHash.of(sj)
    if profile.pronouns.contains(h), let k = st.firstIndex(where: { $0.isWord && $0.low == h }), k > 0,
      st[k - 1].isWord, profile.preps.contains(st[k - 1].low)
    { return nil }
    return sj
  }

  /// A pronoun right after the verb of reported speech in second place of a quotation's own
  /// sentence before it (`st`): the subject of that speech ("Die Brücke habe er „…“").
  func pronounAfterReportedVerb(_ st: [Tok]) -> String? {
    guard let k = st.firstIndex(where: { $0.isWord && profile.reported.contains($0.low) }), k >= 1,
      k + 1 < st.count, !st[..<k].contains(where: { !$0.isWord }), st[k + 1].isWord,
      profile.pronouns.contains(st[k + 1].low), !profile.impersonal.contains(st[k + 1].low),
      k + 2 >= st.count || !(st[k + 2].isWord && st[k + 2].upper)
    else { return nil }
    return string(st[k + 1].s, st[k + 1].e)
  }
}
