package io.github.undebate.formats.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Counts what a reader takes from its input and fails once a limit is passed, so that an endless or
 * huge document stops early. {@link #exceeded()} tells a caller that the failure it caught (as the
 * XML parser wraps it) came from the limit.
 */
public final class BoundedInput {
  private final long limit;
  private long count;
  private boolean exceeded;

  /** A counter that allows {@code limit} characters or bytes. */
  public BoundedInput(long limit) {
    this.limit = limit;
  }

  /** Whether the input passed the limit. */
  public boolean exceeded() {
    return exceeded;
  }

  /** The limit. */
  public long limit() {
    return limit;
  }

  private void add(long n) throws IOException {
    if (n > 0) {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("the document is longer than the limit of " + limit);
      }
    }
  }

  /** The reader, counted. */
  public Reader wrap(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        add(c < 0 ? 0 : 1);
        return c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        add(n);
        return n;
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }

  /** The stream, counted. */
  public InputStream wrap(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        add(c < 0 ? 0 : 1);
        return c;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        add(n);
        return n;
      }

      @Override
      public void close() {
        // The caller owns the stream.
      }
    };
  }
}
