package io.github.undebate.parser.reliability;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.parser.internal.text.NormalForm;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The no-text-lost check: every visible character of the input must be found in the model or in a
 * {@code removed.*} diagnostic's excerpt.
 *
 * <p>The check compares multisets of code points, so it is exact about counts and blind to order:
 * the input's count of each visible character must not exceed the model's. Visible means not
 * whitespace, not a space separator, not a control character, not the byte order mark, and not what
 * the parser removes or replaces by rule and counts in a diagnostic without an excerpt: the
 * noncharacters U+FFFE and U+FFFF and halves of surrogate pairs standing alone.
 *
 * <p>Where the text is in the model: header fields (symbol, session, title, location, members,
 * agenda; meeting number, date and time by their printed forms in English), for each statement its
 * speaker's label as printed ({@link Speaker#raw()}, once per statement, since every statement
 * reprints the label) and its paragraphs' text, votes' drafts, country lists and resolutions,
 * notes, headings, and the excerpts of diagnostics whose code starts with {@code removed.}. Derived
 * fields (a speaker's name or country, a citation's text) are not counted, since they repeat text
 * that is already counted.
 */
public final class TextAccount {
  private static final int MAX_PLACES = 15;

  private TextAccount() {}

  /** Checks the model made from {@code input}; the result says what is missing and where. */
  public static Result check(String input, Debate debate) {
    // the parser's own NFC, which leaves a pathological run of marks as it is
    String text = NormalForm.nfc(input, new ArrayList<>());
    List<String> found = sources(debate);
    Map<Integer, Integer> have = new HashMap<>();
    for (String s : found) {
      // a page's removals quote the page as it was, before NFC (found by fuzzing: U+FA69, a
      // compatibility ideograph, is U+97FF in the input's NFC and in the model's text)
      NormalForm.nfc(s, new ArrayList<>())
          .codePoints()
          .filter(TextAccount::visible)
          .forEach(cp -> have.merge(cp, 1, Integer::sum));
    }
    Map<Integer, Integer> need = new HashMap<>();
    text.codePoints().filter(TextAccount::visible).forEach(cp -> need.merge(cp, 1, Integer::sum));
    Map<Integer, Integer> missing = new TreeMap<>();
    need.forEach(
        (cp, n) -> {
          int short_ = n - have.getOrDefault(cp, 0);
          if (short_ > 0) {
            missing.put(cp, short_);
          }
        });
    return new Result(missing, missing.isEmpty() ? List.of() : places(text, found, missing));
  }

  /** Whether a code point is one the check accounts for. */
  public static boolean visible(int cp) {
    return !Character.isWhitespace(cp)
        && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.CONTROL
        && cp != 0xFEFF
        // removed or replaced by rule and counted (input.control_characters, input.malformed)
        && cp != 0xFFFE
        && cp != 0xFFFF
        && Character.getType(cp) != Character.SURROGATE;
  }

  /** Every string of the model that carries input text, as described on the class. */
  public static List<String> sources(Debate d) {
    List<String> out = new ArrayList<>();
    d.symbol().ifPresent(out::add);
    d.session().ifPresent(out::add);
    d.title().ifPresent(out::add);
    d.location().ifPresent(out::add);
    d.meetingNumber().ifPresent(n -> out.add(Integer.toString(n)));
    d.date()
        .ifPresent(
            date -> {
              out.add(Integer.toString(date.getDayOfMonth()));
              out.add(Integer.toString(date.getYear()));
              out.add(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
              out.add(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            });
    d.time()
        .ifPresent(
            time -> {
              out.add(Integer.toString(time.getHour()));
              out.add(Integer.toString(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12));
              out.add(String.format(Locale.ROOT, "%02d", time.getMinute()));
            });
    for (Member m : d.members()) {
      out.add(m.country());
      out.add(m.representative());
    }
    out.addAll(d.agenda());
    Map<String, Speaker> speakers = new HashMap<>();
    Map<String, Integer> statements = new HashMap<>();
    for (Speaker s : d.speakers()) {
      speakers.put(s.id(), s);
    }
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Statement st) {
        statements.merge(st.speakerId(), 1, Integer::sum);
        for (Paragraph para : st.paragraphs()) {
          out.add(para.text());
        }
        for (Interpretation in : st.interpretations()) {
          for (Paragraph para : in.paragraphs()) {
            out.add(para.text());
          }
        }
      } else if (p instanceof Vote v) {
        v.draft().ifPresent(out::add);
        out.addAll(v.inFavour());
        out.addAll(v.against());
        out.addAll(v.abstaining());
        v.resolution().ifPresent(out::add);
      } else if (p instanceof Note n) {
        out.add(n.text());
      } else if (p instanceof Heading h) {
        out.add(h.text());
      }
    }
    for (Speaker s : d.speakers()) {
      int times = Math.max(1, statements.getOrDefault(s.id(), 0));
      for (int i = 0; i < times; i++) {
        out.add(s.raw());
      }
    }
    for (Diagnostic diagnostic : d.diagnostics()) {
      if (diagnostic.code().startsWith("removed.")) {
        out.add(diagnostic.excerpt());
      }
    }
    return out;
  }

  /**
   * Where the missing characters stood: input words that hold a missing character and are not found
   * in the model's text. A guide for the reader of a failure, not part of the check.
   */
  private static List<String> places(
      String text, List<String> found, Map<Integer, Integer> missing) {
    Set<String> words = new HashSet<>();
    StringBuilder haystack = new StringBuilder();
    for (String s : found) {
      haystack.append(s).append('\n');
      for (String w : s.split("\\s+")) {
        words.add(w);
      }
    }
    String all = haystack.toString();
    List<String> places = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int searches = 0;
    for (int i = 0; i < lines.length && places.size() < MAX_PLACES; i++) {
      for (String w : lines[i].strip().split("\\s+")) {
        if (w.isEmpty() || words.contains(w) || w.codePoints().noneMatch(missing::containsKey)) {
          continue;
        }
        if (searches++ < 2000 && all.contains(w)) {
          continue;
        }
        places.add("line " + (i + 1) + ": \"" + shorten(w) + "\" in \"" + shorten(lines[i]) + "\"");
        if (places.size() >= MAX_PLACES) {
          break;
        }
      }
    }
    return places;
  }

  private static String shorten(String s) {
    String t = s.strip();
    return t.length() <= 100 ? t : t.substring(0, 100) + "…";
  }

  /**
   * What the check found.
   *
   * @param missing for each missing code point, how many of it are missing
   * @param places where some of them stood in the input, as "line N: word in line"
   */
  public record Result(Map<Integer, Integer> missing, List<String> places) {

    /** Whether every visible character is accounted for. */
    public boolean balanced() {
      return missing.isEmpty();
    }

    /** How many characters are missing in all. */
    public int missingCount() {
      return missing.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A report for an assertion message. */
    public String describe() {
      if (balanced()) {
        return "every visible character is accounted for";
      }
      StringBuilder sb = new StringBuilder();
      sb.append(missingCount()).append(" visible characters are neither in the model nor removed");
      sb.append(" with a diagnostic; by character: ");
      int shown = 0;
      for (Map.Entry<Integer, Integer> e : missing.entrySet()) {
        if (shown++ == 20) {
          sb.append("…");
          break;
        }
        sb.append('\'')
            .appendCodePoint(e.getKey())
            .append(String.format(Locale.ROOT, "' (U+%04X) ×%d, ", e.getKey(), e.getValue()));
      }
      sb.append("\nfirst places:\n");
      places.forEach(p -> sb.append("  ").append(p).append('\n'));
      return sb.toString();
    }
  }
}
