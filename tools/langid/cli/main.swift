// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-alone driver of the langid classifier (no host needed), for scoring
// and benchmarking. Build (see tools/langid/README.md):
//   swiftc -O -wmo -I Plugins/LanguageID/CPrefetch/include Plugins/LanguageID/LangIDModel.swift \
//     Plugins/LanguageID/LangIDScorer.swift tools/langid/cli/main.swift -o /tmp/langid-cli
// Usage:
//   langid-cli MODEL predict IN.jsonl > OUT.jsonl      (lines {"id","text"} -> {"id","lang","confidence"})
//   langid-cli MODEL bench IN.jsonl [repeat]          (single-thread throughput, texts/s and MB/s)
import Foundation

let args = CommandLine.arguments
guard args.count >= 4 else {
  FileHandle.standardError.write("usage: langid-cli MODEL predict|bench IN.jsonl [repeat]\n".data(using: .utf8)!)
  exit(2)
}
let t0 = Date()
let model = try LangIDModel(path: args[1])
let loadMs = Date().timeIntervalSince(t0) * 1000
let scorer = LangIDScorer(model: model)
// LANGID_STOP=<margin>[,<min tokens>,<every>] overrides the early stop (margin 0 disables it)
let stopOpt = (ProcessInfo.processInfo.environment["LANGID_STOP"] ?? "").split(separator: ",").compactMap { Float($0) }
if stopOpt.count >= 1 { scorer.stopMargin = stopOpt[0] }
if stopOpt.count >= 3 {
  scorer.stopMinTokens = Int(stopOpt[1])
  scorer.stopEvery = Int(stopOpt[2])
}
// LANGID_STOP_EARLY=<margin>[,<max bytes>] : the early stop before half of a short text
let early = (ProcessInfo.processInfo.environment["LANGID_STOP_EARLY"] ?? "").split(separator: ",").compactMap { Float($0) }
if early.count >= 1 { scorer.stopEarlyMargin = early[0] }
if early.count >= 2 { scorer.stopEarlyMaxBytes = Int(early[1]) }
// LANGID_GATE=<margin>[,<relatives' margin>] : the word gate (0 disables);
// LANGID_GATESTATS=1 adds to each prediction the gate's leader and leads and the early stop's
// check points (tokens, leader, lead); the gate and the agreement stop then decide nothing
let gate = (ProcessInfo.processInfo.environment["LANGID_GATE"] ?? "").split(separator: ",").compactMap { Float($0) }
if gate.count >= 1 { scorer.gateMargin = gate[0] }
if gate.count >= 2 { scorer.gateRelMargin = gate[1] }
// LANGID_AGREE=<margin>,<gate lead> : the early stop at a smaller margin when the gate named the same leader
let agree = (ProcessInfo.processInfo.environment["LANGID_AGREE"] ?? "").split(separator: ",").compactMap { Float($0) }
if agree.count >= 2 {
  scorer.agreeMargin = agree[0]
  scorer.agreeGateLead = agree[1]
}
let gateStats = ProcessInfo.processInfo.environment["LANGID_GATESTATS"] == "1"
if gateStats {
  scorer.gateStats = true
  scorer.gateMargin = 0
  scorer.agreeMargin = 0
}
// optional sampling override: LANGID_SAMPLE="above,windows,bytes"
let sampling = (ProcessInfo.processInfo.environment["LANGID_SAMPLE"] ?? "").split(separator: ",").compactMap { Int($0) }
func classify(_ b: UnsafeBufferPointer<UInt8>) -> LangIDResult {
  if sampling.count == 3 {
    return scorer.classify(b, 0, b.count, sampleAbove: sampling[0], windows: sampling[1], windowBytes: sampling[2])
  }
  return scorer.classify(b, 0, b.count)
}
let data = try String(contentsOfFile: args[3], encoding: .utf8)
var ids: [String] = []
var texts: [[UInt8]] = []
for line in data.split(separator: "\n") {
  guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
  ids.append(obj["id"] as? String ?? "")
  texts.append(Array((obj["text"] as? String ?? "").utf8))
}
if args[2] == "predict" {
  var out = ""
  for (id, t) in zip(ids, texts) {
    let r = t.withUnsafeBufferPointer { classify($0) }
    let lang = r.lang < 0 ? "und" : model.codes[r.lang]
    let idj = String(data: try JSONSerialization.data(withJSONObject: [id]), encoding: .utf8)!.dropFirst().dropLast()
    if gateStats {
      let gl = scorer.lastGateLeader < 0 ? "und" : model.codes[scorer.lastGateLeader]
      let rel = scorer.lastGateRelLead.isFinite ? scorer.lastGateRelLead : 1e9
      let tr = scorer.trace.map { "[\($0.0), \"\($0.1 < 0 ? "und" : model.codes[$0.1])\", \($0.2)]" }.joined(separator: ", ")
      out += "{\"id\": \(idj), \"lang\": \"\(lang)\", \"confidence\": \(r.confidence), \"gl\": \"\(gl)\", \"glead\": \(scorer.lastGateLead), \"grel\": \(rel), \"trace\": [\(tr)]}\n"
      scorer.lastGateLeader = -1
      scorer.trace = []
      continue
    }
    out += "{\"id\": \(idj), \"lang\": \"\(lang)\", \"confidence\": \(r.confidence)}\n"
  }
  FileHandle.standardOutput.write(out.data(using: .utf8)!)
  FileHandle.standardError.write("model load \(String(format: "%.1f", loadMs)) ms\n".data(using: .utf8)!)
} else {
  let rep = args.count > 4 ? Int(args[4])! : 5
  var bytes = 0
  for t in texts { bytes += t.count }
  var sink = 0
  let t1 = Date()
  for _ in 0..<rep {
    for t in texts {
      let r = t.withUnsafeBufferPointer { classify($0) }
      sink &+= r.lang
    }
  }
  let dt = Date().timeIntervalSince(t1)
  let n = Double(texts.count * rep)
  print(String(format: "model load %.1f ms; %d texts x %d: %.0f texts/s, %.2f MB/s (sink %d)",
    loadMs, texts.count, rep, n / dt, Double(bytes * rep) / dt / 1e6, sink))
}
