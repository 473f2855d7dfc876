// SPDX-License-Identifier: GPL-3.0-or-later

/// Decoding for stages that scan the document's UTF-8 bytes (`StageDocument.withUTF8`).
///
/// The host hands stages valid UTF-8, so the decoder only guards against a
/// sequence cut off by `end` (a scan limited to part of the text).
public enum UTF8Scan {
  /// The scalar whose first byte is at `i`, and its length in bytes; U+FFFD and
  /// length 1 when the sequence would run past `end`.
  @inlinable @inline(__always)
  public static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 {
      guard i + 1 < end else { return (0xFFFD, 1) }
      return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2)
    }
    if b0 < 0xF0 {
      guard i + 2 < end else { return (0xFFFD, 1) }
      return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
    }
    guard i + 3 < end else { return (0xFFFD, 1) }
    return (
      ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
        | (UInt32(b[i + 3]) & 0x3F), 4
    )
  }
}
