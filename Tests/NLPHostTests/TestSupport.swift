// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
@testable import NLPHost

/// The stages built by `swift build`, loaded once from the folder of the test binary.
let sharedRegistry: StageRegistry = {
  let r = StageRegistry()
  r.discover(in: StageRegistry.defaultSearchPath())
  return r
}()

/// The folder of the package (for samples/ and fixtures).
let packageRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()

/// Runs `chain` over one text through the real plugins and returns the document.
func runChain(_ chain: String, text: String, id: String = "test.txt", attrs: Attributes = Attributes()) throws -> Document {
  let doc = Document(id: id, text: text, attrs: attrs)
  let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: sharedRegistry)
  let report = try Executor(pipeline, workers: 1).run([doc])
  if let f = report.failures.first { throw f }
  return doc
}

/// Runs `chain` over a file of samples/.
func runChain(_ chain: String, sample: String) throws -> Document {
  let docs = try CorpusLoader().load(packageRoot + "/samples/" + sample)
  let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: sharedRegistry)
  let report = try Executor(pipeline, workers: 1).run(docs)
  if let f = report.failures.first { throw f }
  return docs[0]
}

extension Document {
  /// The annotations of one type as (text, attrs) for compact assertions.
  func spans(_ type: String) -> [(text: String, attrs: Attributes)] {
    annotations.filter { $0.type == type }.map { (text($0.start, $0.end), $0.attrs) }
  }
}

/// Builds a variant of Fixtures/fixture_stage.c with the system C compiler; returns the .so path.
func fixturePlugin(_ variant: String, version: String? = nil) throws -> String {
  let dir = NSTemporaryDirectory() + "nlpsh-fixtures-\(getpid())"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let out = "\(dir)/lib\(variant)\(version.map { "-" + $0 } ?? "").so"
  if FileManager.default.fileExists(atPath: out) { return out }
  // Tests run in parallel: build under a private name, then rename into place atomically.
  let tmp = "\(dir)/.lib\(variant)-\(UInt64.random(in: 0...UInt64.max)).so"
  let r = try runProcess(
    "/usr/bin/env",
    ["cc", "-shared", "-fPIC", "-O1", "-DFIXTURE_\(variant.uppercased())"]
      + (version.map { ["-DFIXTURE_VERSION=\"\($0)\""] } ?? [])
      + ["-I", packageRoot + "/Sources/CStageABI/include",
     "-o", tmp, packageRoot + "/Tests/NLPHostTests/Fixtures/fixture_stage.c"])
  guard r.status == 0 else { throw StageFailure(document: "", stage: variant, message: "cc failed: \(r.stderr)") }
  guard rename(tmp, out) == 0 else { throw StageFailure(document: "", stage: variant, message: "rename failed") }
  return out
}

/// The built nlpsh executable, next to the test binary.
let nlpshPath: String = executableDirectory()! + "/nlpsh"

struct ProcessResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs a program to completion, feeding `stdin`, with a clean environment plus `env`.
@discardableResult
func runProcess(
  _ path: String, _ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: String? = nil,
  capture: Bool = true
) throws -> ProcessResult {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: path)
  p.arguments = args
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = "1"
  environment["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "nlpsh-test-config"
  for (k, v) in env { environment[k] = v }
  p.environment = environment
  if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
  let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
  // A program that leaves a daemon behind (tmux) must not hold our pipes open.
  p.standardOutput = capture ? outPipe : FileHandle.nullDevice
  p.standardError = capture ? errPipe : FileHandle.nullDevice
  p.standardInput = inPipe
  try p.run()
  if !capture {
    try inPipe.fileHandleForWriting.close()
    p.waitUntilExit()
    return ProcessResult(status: p.terminationStatus, stdout: "", stderr: "")
  }
  if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
  try inPipe.fileHandleForWriting.close()
  // Read both pipes concurrently so a full pipe cannot block the child.
  let errBox = DataBox()
  let group = DispatchGroup()
  group.enter()
  DispatchQueue.global().async {
    errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  let errData = errBox.data
  p.waitUntilExit()
  return ProcessResult(
    status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs nlpsh with `args`.
@discardableResult
func nlpsh(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> ProcessResult {
  try runProcess(nlpshPath, args, stdin: stdin, env: env, cwd: packageRoot)
}

private final class DataBox: @unchecked Sendable { var data = Data() }

/// Runs `args` (found on PATH) with posix_spawn and waits for it; stdout goes to the returned string.
///
/// Used for tmux, whose client leaves a server daemon behind: waiting on a
/// pipe or on Foundation's Process would wait for the daemon too.
@discardableResult
func spawnAndWait(_ args: [String]) -> (status: Int32, stdout: String) {
  let outPath = NSTemporaryDirectory() + "nlpsh-spawn-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
  defer { unlink(outPath) }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  // Test threads block signals; the child must start with none blocked (Ctrl-C reaches the shell).
  var attr = posix_spawnattr_t()
  posix_spawnattr_init(&attr)
  defer { posix_spawnattr_destroy(&attr) }
  var empty = sigset_t()
  sigemptyset(&empty)
  posix_spawnattr_setsigmask(&attr, &empty)
  posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))
  var pid = pid_t()
  guard posix_spawnp(&pid, args[0], &actions, &attr, argv, environ) == 0 else { return (127, "") }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
  return ((status >> 8) & 0xff, out)
}
