package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.PageWriting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link Debate} as one self-contained HTML page to look at: the header, the speakers with
 * their State or organisation and where the parser found each field, each statement marked by its
 * speaker, citations as links to the cited document ({@code https://undocs.org/S/RES/2504(2020)}),
 * votes as tables, and every piece of text the parser removed or doubted shown where it was.
 *
 * <pre>{@code
 * Files.writeString(Path.of("S_PV_8700.html"), DebateHtml.create().write(debate));
 * }</pre>
 *
 * <p>The page is built as a DOM with jsoup, which escapes every value; it has its style inline and
 * loads nothing. The model keeps no line numbers, so removed text is placed by the lines the parser
 * reports: before the statement whose speaker label followed it in a verbatim record, and before
 * the text in a record without speaker labels. Write only; immutable and thread-safe.
 */
public final class DebateHtml implements DebateWriter {

  private DebateHtml() {}

  /** The page writer. */
  public static DebateHtml create() {
    return new DebateHtml();
  }

  /**
   * Writes the page, UTF-8 declared in it, to the writer, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void write(Debate debate, Writer out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try {
      out.write(PageWriting.page(debate).outerHtml());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
