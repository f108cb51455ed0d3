package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country lists of a vote as a verbatim record prints them: "In favour:", "Against:",
 * "Abstaining:" (or "Abstentions:"), each followed by names separated by commas and wrapped over
 * lines, or "None".
 */
final class VoteLists {
  static final Pattern LIST_HEAD =
      Pattern.compile(
          "^(In favour|Against|Abstaining|Abstentions?|Abstained)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The lists read from the lines.
   *
   * @param inFavour the names in favour, as printed
   * @param against the names against
   * @param abstaining the names abstaining
   * @param lines how many lines the lists take
   * @param used the indices of the lines that belong to the lists
   * @param furniture page furniture that stood inside the lists' lines and left the names
   */
  record Read(
      List<String> inFavour,
      List<String> against,
      List<String> abstaining,
      int lines,
      List<Integer> used,
      List<Furniture> furniture) {}

  /**
   * Page furniture inside a line of a list ("United Arab 14-70313 11/24 Emirates", "29/10/2024
   * A/79/PV.29 Iraq"), as the text extraction put it among the names.
   *
   * @param index the line's index
   * @param text the furniture as printed
   */
  record Furniture(int index, String text) {}

  /**
   * A run of words with digits in a list of names: no country's name holds a digit, so such words
   * are a page's number, job number, date or running head ("(E)" after a job number too).
   */
  private static final Pattern FURNITURE =
      Pattern.compile("(?:\\S*\\d\\S*|\\(E\\))(?:\\s+(?:\\S*\\d\\S*|\\(E\\)))*");

  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private VoteLists() {}

  /** Whether the lists may open with the character: "In favour" in any ASCII case. */
  static boolean mayOpen(char first) {
    return first == 'I' || first == 'i';
  }

  /** Whether the line starts the lists ("In favour:"). */
  static boolean starts(String line) {
    // regionMatches ignoring case accepts all the pattern does (and a little more): most lines
    // need no matcher.
    if (line.isEmpty()
        || !mayOpen(line.charAt(0))
        || !line.regionMatches(true, 0, "In favour", 0, "In favour".length())) {
      return false;
    }
    Matcher m = LIST_HEAD.matcher(line);
    return m.matches() && m.group(1).equalsIgnoreCase("In favour");
  }

  /**
   * Reads the lists from {@code start}; a list ends at the next list head, at a line that a caller
   * says ends it (a label, a note), or at a line that does not continue a list of names.
   */
  static Read read(List<Line> lines, int start, LineTest stops) {
    List<String> inFavour = new ArrayList<>();
    List<String> against = new ArrayList<>();
    List<String> abstaining = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    List<Furniture> furniture = new ArrayList<>();
    List<String> target = null;
    StringBuilder current = new StringBuilder();
    int i = start;
    String previous = "";
    for (; i < lines.size(); i++) {
      if (lines.get(i).isNoise()) {
        continue;
      }
      String line = lines.get(i).text();
      if (line.isEmpty()) {
        continue;
      }
      // every list head opens with an I or an A, in any case; most lines of a list are names
      char first = Character.toLowerCase(line.charAt(0));
      Matcher m = first == 'i' || first == 'a' ? LIST_HEAD.matcher(line) : null;
      if (m != null && m.matches()) {
        flush(current, target);
        String head = m.group(1).toLowerCase(java.util.Locale.ROOT);
        target =
            head.equals("in favour") ? inFavour : head.equals("against") ? against : abstaining;
        TextJoin.append(current, withoutFurniture(m.group(2).strip(), i, furniture));
        used.add(i);
        previous = line;
        continue;
      }
      if (target == null || (i > start && stops.test(i))) {
        break;
      }
      if (!continuesList(previous, line)) {
        break;
      }
      String names = withoutFurniture(line, i, furniture);
      TextJoin.append(current, names);
      used.add(i);
      previous = names.isEmpty() ? previous : names;
    }
    flush(current, target);
    int last = used.isEmpty() ? start : used.get(used.size() - 1);
    return new Read(inFavour, against, abstaining, last - start + 1, used, furniture);
  }

  /** The names of a list line, page furniture among them taken out and noted. */
  private static String withoutFurniture(String line, int index, List<Furniture> furniture) {
    if (!hasDigit(line)) {
      return line;
    }
    Matcher m = FURNITURE.matcher(line);
    StringBuilder names = new StringBuilder();
    int from = 0;
    while (m.find()) {
      furniture.add(new Furniture(index, m.group()));
      names.append(line, from, m.start()).append(' ');
      from = m.end();
    }
    names.append(line, from, line.length());
    return TextJoin.fold(names.toString());
  }

  private static boolean hasDigit(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a line index ends the lists. */
  interface LineTest {
    /** Whether line {@code i} ends the lists. */
    boolean test(int i);
  }

  /** A list goes on until a line ends a sentence ("Zimbabwe.") or something else begins. */
  private static boolean continuesList(String previous, String line) {
    return !previous.endsWith(".") || previous.endsWith("St.");
  }

  private static void flush(StringBuilder current, List<String> target) {
    String text = TextJoin.ofFolded(current).strip();
    current.setLength(0);
    if (target == null || text.isEmpty() || text.equalsIgnoreCase("None")) {
      return;
    }
    for (String part : COMMA.split(text)) {
      String name = part.strip();
      if (name.endsWith(".")) {
        name = name.substring(0, name.length() - 1).strip();
      }
      if (!name.isEmpty() && !name.equalsIgnoreCase("None")) {
        target.add(name);
      }
    }
  }
}
