/**
 * The parser's public API: {@link io.github.undebate.parser.DebateParser} and its exceptions.
 *
 * <pre>{@code
 * Debate debate = DebateParser.create().parse(text);
 * }</pre>
 */
package io.github.undebate.parser;
