/**
 * The text toolkit both readers share: white space ({@link
 * io.github.undebate.parser.internal.text.Whitespace}), sentence ends ({@link
 * io.github.undebate.parser.internal.text.SentenceEnds}), quotation marks ({@link
 * io.github.undebate.parser.internal.text.Quotes}), title case ({@link
 * io.github.undebate.parser.internal.text.TitleCase}), word counts ({@link
 * io.github.undebate.parser.internal.text.WordCount}), name keys ({@link
 * io.github.undebate.parser.internal.text.NameKey}), and the speed tricks, kept here so that the
 * readers' rules read as rules: phrase lists matched without lower-cased copies ({@link
 * io.github.undebate.parser.internal.text.PhraseList}), the first characters a pattern can match
 * ({@link io.github.undebate.parser.internal.text.FirstCharacters}), table patterns tried only
 * where their cues stand ({@link io.github.undebate.parser.internal.text.PatternSet}), a line's
 * spacing read in one pass ({@link io.github.undebate.parser.internal.text.Spacing}), a search in
 * any ASCII case ({@link io.github.undebate.parser.internal.text.AsciiCase}), a percentile by
 * counting ({@link io.github.undebate.parser.internal.text.Percentile}) and a word table looked up
 * without making strings ({@link io.github.undebate.parser.internal.text.WordTable}), the windows
 * around a State's name folded only where a phrase may stand ({@link
 * io.github.undebate.parser.internal.text.ClauseFold}) and text joined from lines in one copy
 * ({@link io.github.undebate.parser.internal.text.JoinedText}).
 */
package io.github.undebate.parser.internal.text;
