/**
 * Reads whole verbatim meeting records (S/PV.8700, A/76/PV.3) with ordered lists of small rules:
 * the header's fields ({@code HeaderReader.FIELDS}, the {@code …Field} classes), the body's lines
 * ({@code BodyReader.RULES}, the {@code …Rule} classes, into sealed {@code Block}s) and the speaker
 * labels' forms ({@code SpeakerLabel.FORMS}); {@code Assembly} makes the debate of the blocks. The
 * repository's ARCHITECTURE.md says where each kind of fix goes.
 */
package io.github.undebate.parser.internal.verbatim;
