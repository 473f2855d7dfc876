// swift-tools-version: 6.0
// SPDX-License-Identifier: GPL-3.0-or-later
import PackageDescription

/// A stage plugin: a `.dynamic` library product built from `Plugins/<name>`.
func stagePlugin(
  _ name: String, resources: [Resource]? = nil, exclude: [String] = [], dependencies: [Target.Dependency] = []
) -> (Product, Target) {
  (
    .library(name: name, type: .dynamic, targets: [name]),
    .target(
      name: name, dependencies: ["StageKit"] + dependencies, path: "Plugins/\(name)", exclude: exclude,
      resources: resources)
  )
}

let plugins: [(Product, Target)] = [
  stagePlugin("LanguageID", resources: [.copy("Resources")], exclude: ["CPrefetch"], dependencies: ["CLangIDPrefetch"]),
  stagePlugin("Quotes", resources: [.copy("Resources")]),
  stagePlugin("Dates", resources: [.copy("Resources")], exclude: ["README.md"]),
  stagePlugin("Numbers", resources: [.copy("Resources")]),
]

let package = Package(
  name: "nlpsh",
  products: [
    .executable(name: "nlpsh", targets: ["nlpsh"]),
    .library(name: "StageKit", targets: ["StageKit"]),
    .library(name: "NLPHost", targets: ["NLPHost"]),
    // A stage written in C: the sentence splitter.
    .library(name: "CSentences", type: .dynamic, targets: ["CSentences"]),
    // Compact Language Detector 2 (Debian's libcld2-0, opened at run time), wrapped in C.
    .library(name: "CLD2", type: .dynamic, targets: ["CLD2"]),
  ] + plugins.map(\.0),
  targets: [
    .target(name: "CStageABI"),
    .target(name: "StageKit", dependencies: ["CStageABI"]),
    .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
    .target(name: "NLPHost", dependencies: ["CStageABI"]),
    .executableTarget(name: "nlpsh", dependencies: ["NLPHost", "CReadline"]),
    .executableTarget(name: "nlpsh-bench", dependencies: ["NLPHost", "StageKit"]),
    .target(name: "CSentences", dependencies: ["CStageABI"], path: "Plugins/CSentences"),
    .target(name: "CLD2", dependencies: ["CStageABI"], path: "Plugins/CLD2"),
    // The langid scorer's software prefetch (a header-only C function, see its folder).
    .target(name: "CLangIDPrefetch", path: "Plugins/LanguageID/CPrefetch"),
    .testTarget(name: "NLPHostTests", dependencies: ["NLPHost"], exclude: ["Fixtures"]),
  ] + plugins.map(\.1),
  swiftLanguageModes: [.v5]
)
