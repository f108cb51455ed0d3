/**
 * Reads whole verbatim meeting records (S/PV.8700, A/76/PV.3): header, page noise, speaker turns,
 * procedural notes, agenda headings and votes.
 */
package io.github.undebate.parser.internal.verbatim;
