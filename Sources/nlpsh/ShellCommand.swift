// SPDX-License-Identifier: GPL-3.0-or-later
import NLPHost

enum ShellCommand {
  static func run(_ args: Arguments) -> Int32 { 0 }
}
