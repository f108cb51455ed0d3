/**
 * The citation engine: finds references to UN documents, resolutions, the Charter, rules of
 * procedure and dated instruments in a paragraph of text. Start at {@link
 * io.github.undebate.parser.citation.CitationFinder}.
 */
package io.github.undebate.parser.citation;
