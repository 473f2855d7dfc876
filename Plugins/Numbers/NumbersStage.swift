// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

/// Placeholder: finds nothing yet. Replaced by the real stage.
public final class NumbersStage: Stage {
  public static let name = "numbers"
  public static let version = "0.0.1"
  public static let summary = "(not implemented yet) number annotations"
  public static let reads: [String] = ["@lang"]
  public static let provides: [String] = ["number"]
  public init(config: StageConfig) throws {}
  public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {}
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
  StageExport.fill(vtable, hostABI: abi, NumbersStage.self)
}
