/**
 * The immutable model of a United Nations debate record: {@link io.github.undebate.core.Debate},
 * its {@link io.github.undebate.core.Speaker speakers} and {@link
 * io.github.undebate.core.Proceeding proceedings}. No third-party dependencies.
 */
module io.github.undebate.core {
  exports io.github.undebate.core;
}
