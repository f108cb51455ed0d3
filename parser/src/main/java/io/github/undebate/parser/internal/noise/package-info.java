/**
 * Page noise, one vocabulary for both readers ({@link
 * io.github.undebate.parser.internal.noise.NoiseKind}): the noise lines of a verbatim record's
 * printed pages ({@link io.github.undebate.parser.internal.noise.RecordPageNoise}), the noise lines
 * of a statement ({@link io.github.undebate.parser.internal.noise.StatementPageNoise}), and what a
 * statement's line holds that is not its words ({@link
 * io.github.undebate.parser.internal.noise.InlineCleaning}). The rules live in the data tables
 * beside these classes.
 */
package io.github.undebate.parser.internal.noise;
