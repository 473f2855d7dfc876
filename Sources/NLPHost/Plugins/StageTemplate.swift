// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

/// A new stage package to start from: `nlpsh new-stage NAME`.
///
/// The package depends only on StageKit, builds a `.dynamic` library with
/// `swift build`, and its one source file is a working stage to edit.
public enum StageTemplate {
  /// Why a package could not be written.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Writes the package into `directory` (created; must not exist yet).
  ///
  /// - Parameters:
  ///   - name: the stage name, lowercase letters, digits and `_`.
  ///   - sdk: the folder of the nlpsh package that provides StageKit.
  /// - Returns: the files written, relative to `directory`.
  @discardableResult
  public static func write(name: String, into directory: String, sdk: String) throws -> [String] {
    guard isIdentifier(name) else {
      throw Failure(description: "a stage name is lowercase letters, digits and _ (like my_stage), not '\(name)'")
    }
    if FileManager.default.fileExists(atPath: directory) {
      throw Failure(description: "\(directory) already exists")
    }
    let type = typeName(name)
    // SwiftPM names a path dependency after its folder: point at it through a link named nlpsh.
    let files: [(String, String)] = [
      ("Package.swift", """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
          name: "\(name)",
          products: [.library(name: "\(type)", type: .dynamic, targets: ["\(type)"])],
          dependencies: [.package(path: "nlpsh-sdk/nlpsh")],
          targets: [.target(name: "\(type)", dependencies: [.product(name: "StageKit", package: "nlpsh")])]
        )

        """),
      ("Sources/\(type)/\(type).swift", """
        import StageKit

        /// \(type): marks every word written in capitals (edit to taste).
        public final class \(type): Stage {
          public static let name = "\(name)"
          public static let version = "0.1.0"
          public static let summary = "Marks words written in capitals"
          public static let provides = ["\(name)"]
          public static let options = [OptionSpec("min", .int, default: "2", doc: "shortest word to mark")]

          let min: Int

          public init(config: StageConfig) throws {
            min = config.int("min")
          }

          public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
            let text = doc.text
            var start: String.Index? = nil
            for i in text.indices + [text.endIndex] {
              let upper = i < text.endIndex && text[i].isUppercase
              if upper, start == nil { start = i }
              if !upper, let s = start {
                let length = text.distance(from: s, to: i)
                if length >= min { out.annotate("\(name)", s..<i, in: text, attrs: ["length": .int(Int64(length))]) }
                start = nil
              }
            }
          }
        }

        @_cdecl("nlp_stage_entry")
        public func entry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
          StageExport.fill(vtable, hostABI: abi, \(type).self)
        }

        """),
      (".gitignore", ".build/\nPackage.resolved\nnlpsh-sdk/\n"),
      ("README.md", """
        # \(name)

        An nlpsh stage. Build it and load it into nlpsh:

            swift build
            nlpsh -p .build/debug/lib\(type).so samples/
            nlpsh> \(name)(min=3)

        After editing, `swift build` again and `plugin reload \(name)` in a running shell.
        `nlpsh-sdk/nlpsh` links to the nlpsh checkout whose StageKit this stage uses;
        build with the same Swift toolchain as nlpsh.

        """),
    ]
    let fm = FileManager.default
    do {
      for (path, text) in files {
        let full = directory + "/" + path
        try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
      }
      try fm.createDirectory(atPath: directory + "/nlpsh-sdk", withIntermediateDirectories: true)
      let absoluteSDK = sdk.hasPrefix("/") ? sdk : fm.currentDirectoryPath + "/" + sdk
      try fm.createSymbolicLink(atPath: directory + "/nlpsh-sdk/nlpsh", withDestinationPath: absoluteSDK)
    } catch {
      throw Failure(description: "cannot write \(directory): \((error as NSError).localizedDescription)")
    }
    return files.map(\.0) + ["nlpsh-sdk/nlpsh"]
  }

  /// `my_stage` → `MyStage`.
  public static func typeName(_ name: String) -> String {
    name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// The nlpsh package this executable was built from, if it can be found
  /// (the executable sits in `<package>/.build/<config>/`).
  public static func packageOfExecutable() -> String? {
    guard var dir = executableDirectory() else { return nil }
    for _ in 0..<4 {
      let candidate = dir + "/Package.swift"
      if let text = try? String(contentsOfFile: candidate, encoding: .utf8), text.contains("name: \"StageKit\"") {
        return dir
      }
      dir = (dir as NSString).deletingLastPathComponent
    }
    return nil
  }
}
