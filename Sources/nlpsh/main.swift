// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import NLPHost

let arguments: Arguments
do {
  arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch let e as Arguments.UsageError {
  printError("error: \(e.message)\nSee 'nlpsh --help'.")
  exit(2)
}
if arguments.help {
  print(Arguments.usage)
  exit(0)
}
if arguments.version {
  print("nlpsh \(nlpshVersion) (stage ABI \(stageABIVersion))")
  exit(0)
}
if arguments.batch { exit(BatchCommand.run(arguments)) }
if let name = arguments.newStage {
  guard let sdk = arguments.sdk ?? StageTemplate.packageOfExecutable() else {
    printError("error: cannot tell where the nlpsh package is; give it with --sdk PATH (the folder with Package.swift)")
    exit(2)
  }
  let dir = arguments.dir ?? name
  do {
    let files = try StageTemplate.write(name: name, into: dir, sdk: sdk)
    print("created \(dir): \(files.joined(separator: ", "))")
    print("next: cd \(dir) && swift build && nlpsh -p .build/debug/lib\(StageTemplate.typeName(name)).so")
    exit(0)
  } catch {
    printError("error: \(error)")
    exit(1)
  }
}
exit(ShellCommand.run(arguments))
