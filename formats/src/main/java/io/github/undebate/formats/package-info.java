/**
 * Writers and readers of the undebate model: {@link io.github.undebate.formats.DebateJson} for the
 * JSON contract {@code undebate/1} (with its JSON Schema), {@link
 * io.github.undebate.formats.DebateXml} for the same model as XML (with its XSD), and {@link
 * io.github.undebate.formats.AkomaNtoso} for the OASIS Akoma Ntoso {@code <debate>} document.
 * Readers throw {@link io.github.undebate.formats.DebateFormatException}, whose message names the
 * path of the offending value.
 */
package io.github.undebate.formats;
