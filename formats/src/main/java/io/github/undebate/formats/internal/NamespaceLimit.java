package io.github.undebate.formats.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the namespace declarations ({@code xmlns}, {@code xmlns:p}) on each start tag of an XML
 * document as its characters go to the parser, and fails once one tag carries more than the limit.
 *
 * <p>Why before the parser: the JDK's parser checks each declaration of a tag against the tag's
 * others, so a tag with <i>n</i> of them costs <i>n</i>² (a megabyte of them, five seconds), and it
 * does that work before it reports the tag, where no caller can stop it. Its attribute limit does
 * not count declarations. So this lexer, which knows only enough of XML to find start tags (text,
 * comments, CDATA sections, processing instructions and declarations are passed over) and the
 * attribute names in them, stops such a document at the first tag that has too many.
 */
public final class NamespaceLimit {
  private static final String XMLNS = "xmlns";

  private enum State {
    TEXT,
    OPEN,
    BANG,
    COMMENT,
    CDATA,
    DECLARATION,
    INSTRUCTION,
    END_TAG,
    TAG
  }

  private final int limit;
  private boolean breached;
  private State state = State.TEXT;

  /** Dashes, brackets or question marks just seen, to find where a construct ends. */
  private int run;

  /** In a tag: the quote of the attribute value being read, or 0. */
  private char quote;

  /** In a tag: whether the next name character starts an attribute name. */
  private boolean nameStart;

  /** In a tag: how much of "xmlns" the attribute name read so far matches; -1 for none. */
  private int match = -1;

  private int declarations;
  private long line = 1;
  private long column;

  /** A counter that allows {@code limit} declarations on one tag. */
  public NamespaceLimit(int limit) {
    this.limit = limit;
  }

  /** Whether a tag carried more declarations than the limit. */
  public boolean breached() {
    return breached;
  }

  /** The limit. */
  public int limit() {
    return limit;
  }

  /** Thrown, through the parser, when a tag carries more declarations than the limit. */
  public static final class Breached extends IOException {
    private static final long serialVersionUID = 1L;

    Breached(String message) {
      super(message);
    }
  }

  /** The characters, counted. */
  public Reader wrap(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          next((char) c);
        }
        return c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
          next(buffer[offset + i]);
        }
        return n;
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }

  private void next(char c) throws Breached {
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    switch (state) {
      case TEXT -> state = c == '<' ? State.OPEN : State.TEXT;
      case OPEN -> open(c);
      case BANG -> state = c == '-' ? State.COMMENT : c == '[' ? State.CDATA : State.DECLARATION;
      case COMMENT -> ends(c, '-', 2);
      case CDATA -> ends(c, ']', 2);
      case INSTRUCTION -> ends(c, '?', 1);
      case DECLARATION, END_TAG -> state = c == '>' ? State.TEXT : state;
      case TAG -> tag(c);
    }
  }

  private void open(char c) {
    run = 0;
    switch (c) {
      case '!' -> state = State.BANG;
      case '?' -> state = State.INSTRUCTION;
      case '/' -> state = State.END_TAG;
      default -> {
        state = State.TAG;
        quote = 0;
        nameStart = false; // the element's own name comes first
        match = -1;
        declarations = 0;
      }
    }
  }

  /** Ends the construct at {@code >} after at least {@code needed} of {@code mark}. */
  private void ends(char c, char mark, int needed) {
    if (c == '>' && run >= needed) {
      state = State.TEXT;
    }
    run = c == mark ? run + 1 : 0;
  }

  private void tag(char c) throws Breached {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
      return;
    }
    boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space || c == '=' || c == '/' || c == '>') {
      if (match == XMLNS.length() || match == XMLNS.length() + 1) {
        declarations++;
        if (declarations > limit) {
          breached = true;
          throw new Breached("line " + line + ", column " + column);
        }
      }
      match = -1;
      nameStart = space;
      if (c == '>') {
        state = State.TEXT;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      nameStart = false;
    } else if (nameStart) {
      nameStart = false;
      match = c == 'x' ? 1 : -1;
    } else if (match >= 0 && match < XMLNS.length()) {
      match = c == XMLNS.charAt(match) ? match + 1 : -1;
    } else if (match == XMLNS.length()) {
      match = c == ':' ? match + 1 : -1;
    }
  }
}
