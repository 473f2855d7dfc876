// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import StageKit

/// A phrase of the lexicon as lowercase words; a word marked `intro` (written `~w`) may be
/// preceded by up to two other words and is not part of the reported cue; a word marked `late`
/// (written `+w`) is the particle of a separable verb, found later in the same clause ("fügte der
/// Sprecher hinzu"): the match ends before it, so the words in between are read as the speaker.
struct Phrase {
  var words: [UInt64]
  var intro: [Bool]
  var late: [Bool]
}

/// A set of word hashes in one open-addressed table: the hashes are well mixed already, so a
/// lookup is a multiply, a mask and usually one compare (no hashing, no per-set allocation walk).
struct WordSet {
  private var slots: [UInt64] = [0, 0, 0, 0, 0, 0, 0, 0]  // 0 marks an empty slot
  private(set) var count = 0

  init() {}
  init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
    for h in hashes { insert(h) }
  }

  var isEmpty: Bool { count == 0 }
  var elements: [UInt64] { slots.filter { $0 != 0 } }

  @inline(__always)
  private static func home(_ h: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  @inline(__always)
  func contains(_ h: UInt64) -> Bool {
    guard h != 0 else { return false }  // punctuation tokens have no hash
    return slots.withUnsafeBufferPointer { sl in
      let mask = sl.count - 1
      var i = Self.home(h, mask)
      while true {
        let v = sl[i]
        if v == h { return true }
        if v == 0 { return false }
        i = (i + 1) & mask
      }
    }
  }

  mutating func insert(_ h: UInt64) {
    guard h != 0, !contains(h) else { return }
    if (count + 1) * 2 > slots.count {
      let old = slots
      slots = [UInt64](repeating: 0, count: old.count * 2)
      count = 0
      for v in old where v != 0 { insert(v) }
    }
    let mask = slots.count - 1
    var i = Self.home(h, mask)
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = h
    count += 1
  }

  mutating func formUnion(_ o: WordSet) {
    for v in o.slots where v != 0 { insert(v) }
  }
}

/// What the stage knows about one language (loaded from Resources/quote_lexicon.json).
struct LangProfile {
  var code: String
  var cues: [UInt64: [Phrase]] = [:]
  var sources: [UInt64: [Phrase]] = [:]
  var denials: [UInt64: [Phrase]] = [:]
  /// Phrases opening a sentence with the holder of a view ("Für den Bürgermeister ist klar: „…“").
  var holders: [UInt64: [Phrase]] = [:]
  /// Words opening the sentence after a quotation that point back at it ("„…“ Das sagte X.").
  var anaphors: [UInt64: [Phrase]] = [:]
  /// The particles of separable cue verbs ("hinzu", "toe"): a speaker phrase ends before them.
  var lateParticles = WordSet()
  /// Reflexive pronouns ("sich"), skipped between an inverted verb and its subject.
  var reflexives = WordSet()
  /// Adverbial phrases that may stand between an inverted cue and its subject (`adjuncts`: French "pour sa part",
  /// "de son côté", "quant à elle"), each as the hashes of its words: passed over before the subject.
  var adjuncts: [[UInt64]] = []
  /// Participles that open a clause fronted before the subject (`fronted`: "Asked whether he would resign, the minister
  /// replied", "Questionado sobre a demissão, o ministro respondeu", "Gevraagd naar …, antwoordde de minister"): the
  /// clause ends at its comma, and the subject is sought after it.
  var fronted = WordSet()
  /// "so-called" words and two-word phrases (`soCalled`: "so-called", "så kallade", "sogenannte", "cosiddetto"): marks
  /// right after one enclose a name or a term, never a quotation.
  var soCalled = WordSet()
  /// The first words of the cue and source phrases (a quick test before the phrase lookup).
  var phraseStarts = WordSet()
  /// The first words of the cue phrases.
  var cueStarts = WordSet()
  var aux = WordSet()
  var pronouns = WordSet()
  var stops = WordSet()
  var titles = WordSet()
  /// The titles as strings, for compounds ending in one ("Tageszeitung").
  var titleWords: [String] = []
  /// The UTF-8 bytes of the title nouns of four or more characters, as compound ends.
  var titleSuffixes: [[UInt8]] = []
  var framers = WordSet()
  /// Media nouns ("Zeitung", "Sender"), also as compound ends, and the determiners of a dative:
  /// such a phrase right after a cue is whom it was said to ("sagte der Zeitung"), not the speaker.
  /// Without them the title nouns and all determiners stand in.
  var media = WordSet()
  var mediaSuffixes: [[UInt8]] = []
  /// Nouns of an office or a role ("Ministerin", "Sprecher", "Trainer"), also as compound ends
  /// ("Wirtschaftsministerin", "Polizeisprecher"): a headline label of one names a person.
  var headlineRoles = WordSet()
  var headlineRoleSuffixes: [[UInt8]] = []
  /// The role nouns of six or more characters as compound ends where the language writes compounds as one word and
  /// its roles in the definite form (`compoundRoles`: Danish, Swedish, Norwegian "klimaministeren", "skatteministeren",
  /// "klimatministern"), matched like `roles` wherever a role may open a speaker.
  var roleSuffixes: [[UInt8]] = []
  /// Prepositions of a topic after a headline label's name ("Name zum Thema „…“").
  var topicPreps = WordSet()
  var dativeDets = WordSet()
  /// Demonstratives that are pronouns alone and determiners before a noun ("diese", "dieser").
  var demonstratives = WordSet()
  /// Focus particles ("auch", "selbst", "sogar"): before a noun phrase opening the clause they
  /// belong to it, so it can be the subject ("Auch die Ärztin X äußerte Zweifel").
  var focusParticles = WordSet()
  /// Endings of abstract nouns ("Zuversicht", "Gelassenheit", "Position"): after a possessive as
  /// the subject of a colon sentence without a cue they stand for their owner, who speaks.
  var abstractEndings: [[UInt8]] = []
  /// Endings of nouns that are always feminine ("Regierung", "Polizei", "Gewerkschaft"): after a
  /// determiner that is the masculine nominative only when the noun is masculine ("der"), the phrase
  /// is a dative or genitive, never a subject.
  var feminineEndings: [[UInt8]] = []
  /// Endings of adverbs and of adjectives used as adverbs ("Gleichzeitig", "Tatsächlich",
  /// "Abschließend"): where nouns are capitalised, such a word alone before the verb, never written
  /// as a name in the text, is an adverbial, and a name after the verb is the subject.
  var adverbEndings: [[UInt8]] = []
  /// Gender: the pronouns of one woman and of one man, the titles, gendered roles and kin words
  /// that show a name's gender before it ("Frau", "spokeswoman", "Mr"), the ending of a feminine
  /// role noun where nouns are capitalised ("Ministerin"), and determiners of a role that show it
  /// ("la ministre"). A pronoun speaker is resolved to a name not shown to be of the other gender.
  var femalePronouns = WordSet()
  var malePronouns = WordSet()
  var femaleWords = WordSet()
  var maleWords = WordSet()
  var femaleRoleEndings: [[UInt8]] = []
  var femaleDets = WordSet()
  var maleDets = WordSet()
  /// Prepositions that join a role to the place it serves ("borgmester i Aarhus Kommune"): after a
  /// role noun and before a capitalised word they keep the speaker phrase going.
  var placeLinkers = WordSet()
  /// Naming verbs right after the marks ("„Vochos“ genannt"): the marks enclose a name.
  var namers = WordSet()
  /// Verbs naming or qualifying something ("calificó", "décrit", "described"): the phrase after
  /// them is their object, so a subject before them is the speaker.
  var objectCues = WordSet()
  /// Passive auxiliaries and the prepositions of the agent ("wird von Experten … bezeichnet").
  var passive = WordSet()
  var agents = WordSet()
  /// The auxiliary of a state passive ("ist … eingestuft"): with a cue's participle and no agent,
  /// like a passive auxiliary, nobody speaks.
  var statives = WordSet()
  var dash = false
  /// A speech dash may also open after a sentence inside a paragraph (then only with an
  /// attribution after the speech).
  var inlineDash = false
  /// Subject pronouns are left out ("«…», contó."): a cue without a subject has the last
  /// speaker.
  var proDrop = false
  /// The finite verb of a main clause comes second (de, nl, da, sv, nb): a pronoun right after a cue
  /// may be its subject after a fronted phrase ("Dazu sagte er: „…“").
  var verbSecond = false
  /// Relative pronouns: ", que pidió …," between a speaker and the verb is a relative clause.
  var relatives = WordSet()
  /// Postpositions of a source ("Schaller zufolge"): the speaker is the phrase before them.
  var postSources = WordSet()
  /// Quantifiers that open a speaker phrase like a determiner ("erklärten beide Politiker").
  var quantifiers = WordSet()
  var guess = WordSet()
  var dets = WordSet()
  var capitalNouns = false
  var subordinators = WordSet()
  /// Cues that are also common adverbs ("so"): only a cue when a speaker follows.
  var weakCues = WordSet()
  /// Determiners that mark an object, never a subject ("den", "einen").
  var objectDets = WordSet()
  var nonGenitiveDets = WordSet()
  var namingCues = WordSet()
  /// Nouns of a label or slogan ("Motto", "Slogan"): the words in marks after one and a colon are
  /// the label itself, not speech ("anderer Slogan: „…“").
  var labelNouns = WordSet()
  /// Words joining marks to marks before them ("und", "oder"): words so joined to a name in marks
  /// are a name too ("die Bunker „…“ und „…“").
  var coordinators = WordSet()
  /// Prepositions of a cause or charge ("wegen", "aufgrund"): a few words in marks right after one
  /// are a term, the charge or reason named, not speech ("wurde wegen „…“ angezeigt").
  var causePreps = WordSet()
  /// Legal forms of a firm or association as written ("GmbH", "e.V."): marks after a determiner
  /// whose words end in one enclose that body's name.
  var legalForms = Set<String>()
  /// Pronouns whose form is also an object's ("sie", "es").
  var objectPronouns = WordSet()
  /// Possessive determiners and the nouns of speech they may own ("Ihre Antwort: „…“"): such a
  /// phrase stands for its owner, resolved like a pronoun.
  var possessives = WordSet()
  var speechNouns = WordSet()
  /// Verbs of quoting whose object is the one quoted ("zitierte einen Lehrer mit den Worten").
  var quoters = WordSet()
  var reportNouns = WordSet()
  /// Nouns of those who ask in an interview ("Reporter"); a question of theirs is answered by the
  /// speaker before them.
  var interviewers = WordSet()
  /// Prepositions of whom one talks with ("sprach mit X"): in an interview laid out as questions
  /// without marks, the answers in marks are that partner's.
  var partners = WordSet()
  /// Verbs of asking whose object is the one asked ("hat den 52-Jährigen … gefragt"): in an
  /// interview laid out as questions without marks, the answers are that object's.
  var askers = WordSet()
  /// Labels of an interview's turns ("Frage:", "Antwort:") opening a paragraph: the label is the
  /// source as written, also where the word is a noun of speech ("Antwort").
  var turnLabels = WordSet()
  /// First-person pronouns that, outside quotation marks, are the publication's own voice ("Wir
  /// dokumentieren den Brief in Auszügen:", "Hier berichten wir live"): never a speaker.
  var narrators = WordSet()
  /// Words of the first and second person ("ich", "uns", "mein", "du"): turns of a transcript
  /// without marks speak them (a roundup of places with colons does not).
  var speakerWords = WordSet()
  /// Verbs of words written somewhere and the prepositions of the place ("Auf Transparenten stand").
  var placeCues = WordSet()
  var placePreps = WordSet()
  /// Prepositions of the one spoken to ("gegenüber", "bei"): marks right after them behind a cue
  /// and its subject enclose a medium.
  var addressees = WordSet()
  /// Prepositions of the place where words were printed or broadcast ("in", "im"): marks right
  /// after one (or after it and a dative determiner) behind a cue and its subject enclose a medium.
  var mediumPreps = WordSet()
  /// Prepositions that lead from an impersonal cue to its source ("hieß es aus der Konzernzentrale",
  /// "heißt es in einem Schreiben"), not to a time or an occasion ("hieß es nach der Sitzung").
  var sourcePreps = WordSet()
  var linkers = WordSet()
  /// Verb forms of reported speech (German Konjunktiv I).
  var reported = WordSet()
  var and = WordSet()
  /// Name particles ("van der Linden", "de la Cruz").
  var particles = WordSet()
  /// Nouns of a role or title that make a speaker by themselves where nouns are lowercase
  /// ("zapowiedział minister"), and open the subject after an adverbial phrase ("powiedział po
  /// meczu trener X", "قال في مؤتمر صحفي وزير …").
  var roles = WordSet()
  /// Endings of a dative noun or name ("Janowi Kowalskiemu"): such words right after a cue are
  /// whom it was said to, not the speaker.
  var dativeSuffixes: [[UInt8]] = []
  /// Endings of declined adjectives and participles ("amtierende", "bestellten") and the
  /// prepositions: where nouns are capitalised, a determiner, an attribute phrase (prepositional
  /// phrases, adverbs, numbers) and such a word before a capitalised noun are one noun phrase ("der
  /// seit 2005 amtierende Bürgermeister"); an adjective right after a preposition belongs to the
  /// preposition's object.
  var attributeEndings: [[UInt8]] = []
  /// Endings of present participles and gerunds ("adding", "ajoutant", "añadiendo"): such a word
  /// after a name and a comma opens a clause, no description of the person.
  var participleEndings: [[UInt8]] = []
  var preps = WordSet()
  /// Words of time ("Uhr", "Freitag", also as compound ends: "Donnerstagabend"): a phrase of such
  /// words and numbers only is a time, never a speaker.
  var timeWords = WordSet()
  var timeSuffixes: [[UInt8]] = []
  /// Titles written with a dot before a name ("Prof.", "Gov.", "Mme."): their dot ends no sentence.
  var abbreviations = WordSet()
  /// The subject of an impersonal cue ("heißt es"): in a relative clause of place ("eine
  /// Erklärung, in der es heißt") the phrase the clause stands for is the source.
  var impersonal = WordSet()
  /// Adverbs with which an impersonal cue goes on with the source of the one before ("hieß es
  /// weiter", "Außerdem heißt es"): such a cue is not a bare one without a source.
  var goesOn = WordSet()
  /// Adverbs pointing back at something named before ("Darin", "Dazu"): alone before the verb they
  /// are not its subject, so a phrase after the verb is ("Darin schreibt X, er habe …").
  var adverbs = WordSet()
  /// Cues with a conjunction written onto them ("وأضاف"): they go on with the subject of an
  /// earlier cue of the sentence.
  var conjCues = WordSet()
  /// The verb comes before its subject ("وقال وزير الخارجية …"): a phrase after a cue is its
  /// subject whatever stands before the verb.
  var verbFirst = false
  /// From CLDR: the locale's primary or alternate quotation starts with « (so « opens).
  var guillemetLeftOpens: Bool? = nil
  /// From CLDR: the locale opens with a low-9 mark („ or ‚), so “ and ‘ close.
  var lowNine = false

  mutating func merge(_ o: LangProfile) {
    for (k, v) in o.cues { cues[k, default: []].append(contentsOf: v) }
    for (k, v) in o.sources { sources[k, default: []].append(contentsOf: v) }
    for (k, v) in o.holders { holders[k, default: []].append(contentsOf: v) }
    for (k, v) in o.anaphors { anaphors[k, default: []].append(contentsOf: v) }
    lateParticles.formUnion(o.lateParticles)
    reflexives.formUnion(o.reflexives)
    adjuncts.append(contentsOf: o.adjuncts)
    fronted.formUnion(o.fronted)
    soCalled.formUnion(o.soCalled)
    relatives.formUnion(o.relatives)
    postSources.formUnion(o.postSources)
    quantifiers.formUnion(o.quantifiers)
    abbreviations.formUnion(o.abbreviations)
    phraseStarts.formUnion(o.phraseStarts)
    cueStarts.formUnion(o.cueStarts)
    aux.formUnion(o.aux)
    pronouns.formUnion(o.pronouns)
    stops.formUnion(o.stops)
    titles.formUnion(o.titles)
    titleWords.append(contentsOf: o.titleWords)
    titleSuffixes.append(contentsOf: o.titleSuffixes)
    framers.formUnion(o.framers)
    media.formUnion(o.media)
    mediaSuffixes.append(contentsOf: o.mediaSuffixes)
    headlineRoles.formUnion(o.headlineRoles)
    headlineRoleSuffixes.append(contentsOf: o.headlineRoleSuffixes)
    roleSuffixes.append(contentsOf: o.roleSuffixes)
    topicPreps.formUnion(o.topicPreps)
    dativeDets.formUnion(o.dativeDets)
    demonstratives.formUnion(o.demonstratives)
    focusParticles.formUnion(o.focusParticles)
    abstractEndings.append(contentsOf: o.abstractEndings)
    feminineEndings.append(contentsOf: o.feminineEndings)
    adverbEndings.append(contentsOf: o.adverbEndings)
    femalePronouns.formUnion(o.femalePronouns)
    malePronouns.formUnion(o.malePronouns)
    femaleWords.formUnion(o.femaleWords)
    maleWords.formUnion(o.maleWords)
    femaleRoleEndings.append(contentsOf: o.femaleRoleEndings)
    femaleDets.formUnion(o.femaleDets)
    maleDets.formUnion(o.maleDets)
    placeLinkers.formUnion(o.placeLinkers)
    namers.formUnion(o.namers)
    objectCues.formUnion(o.objectCues)
    passive.formUnion(o.passive)
    agents.formUnion(o.agents)
    statives.formUnion(o.statives)
    dash = dash || o.dash
    dets.formUnion(o.dets)
    subordinators.formUnion(o.subordinators)
    weakCues.formUnion(o.weakCues)
    objectDets.formUnion(o.objectDets)
    nonGenitiveDets.formUnion(o.nonGenitiveDets)
    namingCues.formUnion(o.namingCues)
    labelNouns.formUnion(o.labelNouns)
    coordinators.formUnion(o.coordinators)
    causePreps.formUnion(o.causePreps)
    legalForms.formUnion(o.legalForms)
    objectPronouns.formUnion(o.objectPronouns)
    possessives.formUnion(o.possessives)
    speechNouns.formUnion(o.speechNouns)
    quoters.formUnion(o.quoters)
    denials.merge(o.denials) { $0 + $1 }
    reportNouns.formUnion(o.reportNouns)
    interviewers.formUnion(o.interviewers)
    partners.formUnion(o.partners)
    askers.formUnion(o.askers)
    turnLabels.formUnion(o.turnLabels)
    narrators.formUnion(o.narrators)
    speakerWords.formUnion(o.speakerWords)
    placeCues.formUnion(o.placeCues)
    placePreps.formUnion(o.placePreps)
    addressees.formUnion(o.addressees)
    mediumPreps.formUnion(o.mediumPreps)
    sourcePreps.formUnion(o.sourcePreps)
    linkers.formUnion(o.linkers)
    reported.formUnion(o.reported)
    and.formUnion(o.and)
    particles.formUnion(o.particles)
    roles.formUnion(o.roles)
    conjCues.formUnion(o.conjCues)
  }
}

/// All language profiles, built once per process.
final class QuoteLexicon: @unchecked Sendable {
  static let shared = QuoteLexicon()

  let profiles: [String: LangProfile]
  /// The union of all languages, for documents whose language is unknown.
  let union: LangProfile
  /// Function word → bit mask of the languages (indices into `guessCodes`) listing it, for guessing.
  let guessTable: [UInt64: UInt32]
  let guessCodes: [String]

  private init() {
    var profiles: [String: LangProfile] = [:]
    if let path = StageResources.path(for: "Resources/quote_lexicon.json", target: "Quotes"),
      let data = FileManager.default.contents(atPath: path),
      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    {
      for (code, value) in obj where !code.hasPrefix("_") {
        guard let d = value as? [String: Any] else { continue }
        var p = LangProfile(code: code)
        func list(_ k: String) -> [String] { (d[k] as? [String]) ?? [] }
        // Inverted cues with a clitic subject ("explique-t-il", "a-t-elle déclaré"): each cue
        // also with each clitic on its verb (its first word after a reflexive pronoun).
        let clitics = list("clitics")
        let reflexiveWords = Set(list("reflexives"))
        func withClitics(_ phrases: [String]) -> [String] {
          var out = phrases
          for ph in phrases {
            var ws = ph.split(separator: " ").map(String.init)
            guard let v = ws.firstIndex(where: { !reflexiveWords.contains($0) }) else { continue }
            let verb = ws[v]
            for c in clitics {
              ws[v] = verb + c
              out.append(ws.joined(separator: " "))
            }
          }
          return out
        }
        // Conjunctions written onto the next word ("وقال", "فقال"): each cue and source also with
        // each of them on its first word.
        let prefixes = list("conjPrefixes")
        func withPrefixes(_ phrases: [String]) -> [String] {
          phrases + prefixes.flatMap { c in phrases.map { c + $0 } }
        }
        func phrases(_ k: String) -> [UInt64: [Phrase]] {
          var out: [UInt64: [Phrase]] = [:]
          let ls = k == "cues" ? withClitics(list(k)) : list(k)
          for s in k == "cues" || k == "sources" ? withPrefixes(ls) : ls {
            let ws = s.lowercased().split(separator: " ").map(String.init)
            guard let first = ws.first else { continue }
            let ph = Phrase(
              words: ws.map {
                WordHash.of($0.hasPrefix("~") || $0.hasPrefix("+") ? String($0.dropFirst()) : $0)
              },
              intro: ws.map { $0.hasPrefix("~") }, late: ws.map { $0.hasPrefix("+") })
            out[WordHash.of(first), default: []].append(ph)
          }
          return out
        }
        p.cues = phrases("cues")
        p.sources = phrases("sources")
        p.holders = phrases("holders")
        p.anaphors = phrases("anaphors")
        p.denials = phrases("denials")
        p.reflexives = WordHash.set(list("reflexives"))
        p.adjuncts = list("adjuncts").map { $0.split(separator: " ").map { WordHash.of(String($0)) } }
        p.fronted = WordHash.set(list("fronted"))
        p.soCalled = WordHash.set(list("soCalled"))
        for phs in p.cues.values {
          for ph in phs { for (w, late) in zip(ph.words, ph.late) where late { p.lateParticles.insert(w) } }
        }
        p.phraseStarts = WordSet(
          Array(p.cues.keys) + Array(p.sources.keys) + Array(p.holders.keys)
            + Array(p.anaphors.keys) + Array(p.denials.keys))
        p.cueStarts = WordSet(p.cues.keys)
        p.aux = WordHash.set(withClitics(list("aux")))
        p.pronouns = WordHash.set(withPrefixes(list("pronouns")))
        p.roles = WordHash.set(withPrefixes(list("roles")))
        if (d["compoundRoles"] as? Bool) ?? false {
          p.roleSuffixes = list("roles").filter { $0.count >= 6 }.map { Array($0.lowercased().utf8) }
        }
        p.conjCues = WordHash.set(prefixes.flatMap { c in list("cues").map { c + $0 } })
        p.dativeSuffixes = list("dativeSuffixes").map { Array($0.utf8) }
        p.attributeEndings = list("attributeEndings").map { Array($0.utf8) }
        p.participleEndings = list("participleEndings").map { Array($0.utf8) }
        p.preps = WordHash.set(list("preps"))
        p.timeWords = WordHash.set(list("timeWords"))
        p.abbreviations = WordHash.set(list("abbreviations"))
        p.impersonal = WordHash.set(list("impersonal"))
        p.goesOn = WordHash.set(list("goesOn"))
        p.adverbs = WordHash.set(list("adverbs"))
        // (as compound ends only where the lexicon says so: Italian "ieri" is no end of "carabinieri")
        if (d["timeCompounds"] as? Bool) ?? false {
          p.timeSuffixes = list("timeWords").filter { $0.count >= 4 }.map { Array($0.utf8) }
        }
        p.stops = WordHash.set(list("stops"))
        p.titles = WordHash.set(list("titles"))
        p.framers = WordHash.set(list("framers"))
        p.namers = WordHash.set(list("namers"))
        p.objectCues = WordHash.set(list("objectCues"))
        p.passive = WordHash.set(list("passive"))
        p.agents = WordHash.set(list("agents"))
        p.statives = WordHash.set(list("statives"))
        p.dash = (d["dash"] as? Bool) ?? false
        p.inlineDash = p.dash && (d["inlineDash"] as? Bool) ?? false
        p.proDrop = (d["proDrop"] as? Bool) ?? false
        p.verbSecond = (d["verbSecond"] as? Bool) ?? false
        p.verbFirst = (d["verbFirst"] as? Bool) ?? false
        p.relatives = WordHash.set(list("relatives"))
        p.postSources = WordHash.set(list("postSources"))
        p.quantifiers = WordHash.set(list("quantifiers"))
        p.guess = WordHash.set(list("guess"))
        p.dets = WordHash.set(list("dets"))
        p.capitalNouns = (d["capitalNouns"] as? Bool) ?? false
        p.subordinators = WordHash.set(list("subordinators"))
        p.weakCues = WordHash.set(list("weakCues"))
        p.objectDets = WordHash.set(list("objectDets"))
        p.nonGenitiveDets = WordHash.set(list("nonGenitiveDets"))
        p.namingCues = WordHash.set(list("namingCues"))
        p.labelNouns = WordHash.set(list("labelNouns"))
        p.coordinators = WordHash.set(list("coordinators"))
        p.causePreps = WordHash.set(list("causePreps"))
        p.legalForms = Set(list("legalForms"))
        p.objectPronouns = WordHash.set(list("objectPronouns"))
        p.demonstratives = WordHash.set(list("demonstratives"))
        p.focusParticles = WordHash.set(list("focusParticles"))
        p.abstractEndings = list("abstractEndings").map { Array($0.utf8) }
        p.feminineEndings = list("feminineEndings").map { Array($0.utf8) }
        p.adverbEndings = list("adverbEndings").map { Array($0.utf8) }
        p.femalePronouns = WordHash.set(list("femalePronouns"))
        p.malePronouns = WordHash.set(list("malePronouns"))
        p.femaleWords = WordHash.set(list("femaleWords"))
        p.maleWords = WordHash.set(list("maleWords"))
        p.femaleRoleEndings = list("femaleRoleEndings").map { Array($0.utf8) }
        p.femaleDets = WordHash.set(list("femaleDets"))
        p.maleDets = WordHash.set(list("maleDets"))
        p.placeLinkers = WordHash.set(list("placeLinkers"))
        p.possessives = WordHash.set(list("possessives"))
        p.speechNouns = WordHash.set(list("speechNouns"))
        p.quoters = WordHash.set(list("quoters"))
        p.reportNouns = WordHash.set(list("reportNouns"))
        p.interviewers = WordHash.set(list("interviewers"))
        p.partners = WordHash.set(list("partners"))
        p.askers = WordHash.set(list("askers"))
        p.turnLabels = WordHash.set(list("turnLabels"))
        p.narrators = WordHash.set(list("narrators"))
        p.speakerWords = WordHash.set(list("speakerWords"))
        p.placeCues = WordHash.set(list("placeCues"))
        p.placePreps = WordHash.set(list("placePreps"))
        p.addressees = WordHash.set(list("addressees"))
        p.mediumPreps = WordHash.set(list("mediumPreps"))
        p.sourcePreps = WordHash.set(list("sourcePreps"))
        p.linkers = WordHash.set(list("linkers"))
        p.reported = WordHash.set(list("reported"))
        p.and = WordHash.set(list("and"))
        p.particles = WordHash.set((obj["_particles"] as? [String]) ?? [])
        p.titleWords = list("titles").map { $0.lowercased() }
        p.titleSuffixes = p.titleWords.filter { $0.count >= 4 }.map { Array($0.utf8) }
        p.media = WordHash.set(list("media"))
        p.mediaSuffixes = list("media").filter { $0.count >= 4 }.map { Array($0.lowercased().utf8) }
        p.dativeDets = WordHash.set(list("dativeDets"))
        p.headlineRoles = WordHash.set(list("headlineRoles"))
        p.headlineRoleSuffixes = list("headlineRoles").filter { $0.count >= 4 }.map { Array($0.lowercased().utf8) }
        p.topicPreps = WordHash.set(list("topicPreps"))
        // Quotation delimiters of the locale (CLDR through Foundation).
        let loc = Locale(identifier: code)
        let begins = [loc.quotationBeginDelimiter, loc.alternateQuotationBeginDelimiter].compactMap
        { $0 }
        if begins.first == "«" { p.guillemetLeftOpens = true }
        if begins.first == "»" { p.guillemetLeftOpens = false }
        p.lowNine = begins.first == "„" || begins.first == "‚"
        profiles[code] = p
      }
    }
    // Norwegian codes that share the Bokmål data.
    if let nb = profiles["nb"] {
      for alias in ["no", "nn"] where profiles[alias] == nil {
        var a = nb
        a.code = alias
        profiles[alias] = a
      }
    }
    self.profiles = profiles
    var gt: [UInt64: UInt32] = [:]
    let codes = profiles.keys.filter { $0 != "no" && $0 != "nn" }.sorted()
    for (k, code) in codes.enumerated() {
      for h in profiles[code]!.guess.elements { gt[h, default: 0] |= 1 << UInt32(k) }
    }
    self.guessTable = gt
    self.guessCodes = codes
    var u = LangProfile(code: "und")
    for code in profiles.keys.sorted() { u.merge(profiles[code]!) }
    u.dash = false
    self.union = u
  }

  /// The profile of `lang` (ISO 639-1, region subtags ignored), or nil.
  func profile(_ lang: String?) -> LangProfile? {
    guard var l = lang?.lowercased(), !l.isEmpty, l != "und" else { return nil }
    if let cut = l.firstIndex(where: { $0 == "-" || $0 == "_" }) { l = String(l[..<cut]) }
    return profiles[l]
  }

  /// Guesses the language from frequent function words in the first bytes.
  func guess(_ buf: UnsafeBufferPointer<UInt8>) -> LangProfile? {
    let limit = min(buf.count, 800)
    var counts = [Int](repeating: 0, count: guessCodes.count)
    var top = 0
    var i = 0
    var wordStart = -1
    while i <= limit {
      let b: UInt8 = i < limit ? buf[i] : 0x20
      let isWord = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
      if isWord {
        if wordStart < 0 { wordStart = i }
      } else {
        // Function words are short.
        if wordStart >= 0, i - wordStart <= 8, i < limit || limit == buf.count,
          let mask = guessTable[WordHash.of(buf, wordStart, i)]
        {
          var m = mask
          while m != 0 {
            let k = m.trailingZeroBitCount
            counts[k] += 1
            top = max(top, counts[k])
            m &= m - 1
          }
          // Stop early once one language clearly leads.
          if top >= 6, counts.filter({ $0 * 2 > top }).count == 1 { break }
        }
        wordStart = -1
      }
      i += 1
    }
    guard top >= 3, let k = counts.firstIndex(of: top) else { return nil }
    return profiles[guessCodes[k]]
  }
}

/// A 64-bit hash of a lowercased word: tokens are compared with the lexicon without building strings.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always)
  static func mix(_ h: inout UInt64, _ b: UInt8) {
    h = (h ^ UInt64(b)) &* prime
  }

  /// The hash of a lexicon entry.
  static func of(_ s: String) -> UInt64 {
    var s = s
    return s.withUTF8 { of($0, 0, $0.count) }
  }

  static func set(_ words: [String]) -> WordSet { WordSet(words.map(of)) }

  /// The lowercase of the common uppercase letters (Latin-1, Latin Extended-A, Greek, Cyrillic)
  /// without a Unicode property lookup; nil when the scalar is not one of them.
  @inline(__always)
  static func simpleLower(_ v: UInt32) -> UInt32? {
    switch v {
    case 0xC0...0xDE where v != 0xD7: return v + 0x20
    case 0x100...0x137 where v & 1 == 0: return v + 1
    case 0x139...0x148 where v & 1 == 1: return v + 1
    case 0x14A...0x177 where v & 1 == 0: return v + 1
    case 0x179...0x17E where v & 1 == 1: return v + 1
    case 0x391...0x3A9 where v != 0x3A2: return v + 0x20
    case 0x410...0x42F: return v + 0x20
    case 0x400...0x40F: return v + 0x50
    default: return nil
    }
  }

  /// Whether each scalar below U+2000 is uppercase (its Unicode property, read once): a lowercase
  /// accented letter ("é", "ø", "ß") is hashed as it is without a property lookup.
  static let upperBelow2000: UnsafePointer<Bool> = {
    let p = UnsafeMutablePointer<Bool>.allocate(capacity: 0x2000)
    for v in 0..<0x2000 { p[v] = Unicode.Scalar(UInt32(v)).map { $0.properties.isUppercase } ?? false }
    return UnsafePointer(p)
  }()

  /// The hash of the lowercased text `s..<e` of `buf` (valid UTF-8).
  static func of(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
    var h = seed
    var i = s
    while i < e {
      let b = buf[i]
      if b < 0x80 {
        mix(&h, (b >= 0x41 && b <= 0x5A) ? b + 32 : b)
        i += 1
        continue
      }
      let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      let end = min(e, i + len)
      var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
      var k = i + 1
      while k < end {
        v = (v << 6) | (UInt32(buf[k]) & 0x3F)
        k += 1
      }
      if let lower = simpleLower(v) {
        // All of them are below U+0800: two bytes.
        mix(&h, UInt8(0xC0 | (lower >> 6)))
        mix(&h, UInt8(0x80 | (lower & 0x3F)))
      } else if v >= 0x0250 && v < 0x0370 || v >= 0x0530 && v < 0x10A0 || v >= 0x2000 && v < 0x2C00
        || v < 0x2000 && !upperBelow2000[Int(v)]
        || v >= 0x2E00 && v < 0xA640 || v >= 0xA800 && v < 0xFF00
      {
        for k in i..<end { mix(&h, buf[k]) }  // no case in these blocks
      } else if let u = Unicode.Scalar(v), u.properties.isUppercase {
        for lb in u.properties.lowercaseMapping.utf8 { mix(&h, lb) }
      } else {
        for k in i..<end { mix(&h, buf[k]) }
      }
      i = end
    }
    return h
  }
}
