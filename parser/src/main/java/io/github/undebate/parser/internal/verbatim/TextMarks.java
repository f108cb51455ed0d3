package io.github.undebate.parser.internal.verbatim;

/**
 * Where given parts (a character, "PV") next stand in a text, each found with {@code indexOf} and
 * remembered: a reader that goes through the text's lines in order asks whether a line holds a part
 * without reading the line's characters, and the text is searched for each part about once. One
 * instance serves one text, on one thread.
 */
final class TextMarks {
  private final String source;
  private final String[] parts;
  // for part k: indexOf(parts[k], searched[k]) is found[k] (-1 for none); so is indexOf(parts[k],
  // from) for every from between the two
  private final int[] searched;
  private final int[] found;

  TextMarks(String source, String... parts) {
    this.source = source;
    this.parts = parts.clone();
    this.searched = new int[parts.length];
    this.found = new int[parts.length];
    java.util.Arrays.fill(searched, Integer.MAX_VALUE);
  }

  /** The text searched. */
  String source() {
    return source;
  }

  /** {@code source().indexOf(part k, from)}. */
  int next(int k, int from) {
    if (from < searched[k] || found[k] >= 0 && from > found[k]) {
      found[k] = source.indexOf(parts[k], from);
      searched[k] = from;
    }
    return found[k];
  }

  /** Whether part k stands wholly within {@code source()} from {@code from} to {@code to}. */
  boolean holds(int k, int from, int to) {
    int at = next(k, from);
    return at >= 0 && at + parts[k].length() <= to;
  }
}
