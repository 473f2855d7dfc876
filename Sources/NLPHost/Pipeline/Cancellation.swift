// SPDX-License-Identifier: GPL-3.0-or-later
#if canImport(Glibc)
  import Glibc
#endif

/// The process-wide "stop" request, set from a signal handler (Ctrl-C).
///
/// Runs check it between documents and stages; stages can poll it through
/// the ABI's `should_cancel`.
public enum Cancellation {
  nonisolated(unsafe) static let flag: UnsafeMutablePointer<sig_atomic_t> = {
    let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    p.initialize(to: 0)
    return p
  }()

  public static var isRequested: Bool { flag.pointee != 0 }
  public static func request() { flag.pointee = 1 }
  public static func reset() { flag.pointee = 0 }

  /// Makes SIGINT request cancellation instead of killing the process.
  public static func installSIGINTHandler() {
    _ = flag
    signal(SIGINT) { _ in Cancellation.flag.pointee = 1 }
    unblockSIGINT()
  }

  /// A parent may have started us with SIGINT blocked (the mask is inherited).
  public static func unblockSIGINT() {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }
}
