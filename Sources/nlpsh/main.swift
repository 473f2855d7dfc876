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
exit(ShellCommand.run(arguments))
