// SPDX-License-Identifier: GPL-3.0-or-later
import CStageABI

/// The version of nlpsh.
public let nlpshVersion = "0.1.0"
/// The stage ABI version this host speaks.
public let stageABIVersion = NLP_STAGE_ABI_VERSION
