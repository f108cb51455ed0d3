package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Member;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.Organs;
import io.github.undebate.parser.internal.text.TitleCase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a verbatim record: symbol (also when the extractor spaced it, "S/ PV.870 0"),
 * organ, session or year, meeting number, date and time, place, "Provisional", the President and
 * the members list with its dot leaders, and the agenda.
 */
final class HeaderReader {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\w/])([ASE])((?:\\s?/\\s?(?:C\\.\\s?\\d|ES-\\d{1,2}|\\d{1,3})){0,2})\\s?/\\s?PV\\s?\\.\\s?"
              + "(\\d(?:[\\d ]{0,7}\\d)?)(\\s?\\(\\s?Resumption\\s?\\d{1,2}\\s?\\))?");
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b(\\d{1,5})\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SESSION =
      Pattern.compile(
          "^((?:[A-Za-z]+-)?[A-Za-z]*(?:first|second|third|th)\\s+(?:year|session))"
              + "(?:\\s+\\d{1,2}\\s+\\w+\\s+\\d{4})?$",
          Pattern.CASE_INSENSITIVE);
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern DATE =
      Pattern.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(\\d{1,2})\\s+("
              + MONTHS
              + ")\\s+(\\d{4})(?:,?\\s*(?:at\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.\\s?m\\.|p\\.\\s?m\\.|noon|midnight))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESIDENT =
      Pattern.compile("^(?:The\\s+)?(?:President|Chairman|Chair|Chairperson)\\s*:\\s*(.*)$");
  private static final Pattern MEMBERS = Pattern.compile("^Members\\s*:\\s*(.*)$");
  private static final Pattern LEADER = Pattern.compile("^(.*?)\\s*(?:\\.\\s?){2,}\\s*(.*)$");
  private static final Pattern PLACE = Pattern.compile("^[A-Z][A-Za-z .'-]{1,30}$");
  private static final Set<String> NOT_PLACES =
      Set.of("provisional", "official records", "agenda", "united nations");
  private static final Pattern JOIN_END =
      Pattern.compile(
          "(?:\\b(?:the|of|to|and|from|on|in|for|by|at|with|a|an|addressed|concerning|entitled)|[,\\-:])$",
          Pattern.CASE_INSENSITIVE);

  private HeaderReader() {}

  /**
   * Reads the header.
   *
   * @param lines all lines of the record, page noise classified
   * @param end the first line of the body
   */
  static RecordHeader read(List<Line> lines, int end) {
    Set<Integer> used = new HashSet<>();
    String symbol = null;
    for (int i = 0; i < Math.min(lines.size(), Math.max(end, 150)) && symbol == null; i++) {
      if (i >= end && !lines.get(i).isNoise()) {
        continue;
      }
      Matcher m = SYMBOL.matcher(lines.get(i).text());
      if (m.find()) {
        symbol = symbolOf(m);
        if (i < end) {
          used.add(i);
        }
      }
    }
    Body body = null;
    if (symbol != null) {
      body =
          switch (symbol.charAt(0)) {
            case 'S' -> Body.SECURITY_COUNCIL;
            case 'A' -> Body.GENERAL_ASSEMBLY;
            case 'E' -> Body.ECONOMIC_AND_SOCIAL_COUNCIL;
            default -> null;
          };
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < end; i++) {
      joined.append(lines.get(i).text()).append('\n');
    }
    String head = joined.toString();
    if (body == null) {
      body = Organs.standard().find(head.replaceAll("\\s+", " ")).orElse(null);
    }
    Integer meeting = null;
    Matcher mm = MEETING.matcher(head);
    if (mm.find()) {
      meeting = Integer.valueOf(mm.group(1));
      markLines(lines, end, mm.group(), used);
    } else if (symbol != null) {
      Matcher sm = Pattern.compile("PV\\.(\\d+)").matcher(symbol);
      if (sm.find()) {
        meeting = Integer.valueOf(sm.group(1));
      }
    }
    String session = null;
    LocalDate date = null;
    LocalTime time = null;
    String location = null;
    boolean provisional = false;
    List<String> presidents = new ArrayList<>();
    String presidentCountry = null;
    String presidentRaw = null;
    List<Member> members = new ArrayList<>();
    List<String> agenda = new ArrayList<>();
    int dateLine = -1;
    Matcher dm = DATE.matcher(head);
    if (dm.find()) {
      try {
        date = LocalDate.parse(dm.group(1) + " " + dm.group(2) + " " + dm.group(3), DAY_MONTH_YEAR);
      } catch (DateTimeParseException e) {
        date = null;
      }
      time = timeOf(dm.group(4), dm.group(5), dm.group(6));
      dateLine = lineOf(head, dm.end() - 1);
      for (int k = lineOf(head, dm.start()); k <= dateLine; k++) {
        used.add(k);
      }
    }
    for (int i = 0; i < end; i++) {
      String line = lines.get(i).text();
      if (line.isEmpty() || lines.get(i).isNoise()) {
        continue;
      }
      Matcher s = SESSION.matcher(line);
      if (session == null && s.matches()) {
        session = s.group(1);
        used.add(i);
        continue;
      }
      if (line.equalsIgnoreCase("Provisional") || line.endsWith(" Provisional")) {
        provisional = true;
        used.add(i);
        continue;
      }
      if (location == null
          && dateLine >= 0
          && i > dateLine
          && i <= dateLine + 2
          && PLACE.matcher(line).matches()
          && !NOT_PLACES.contains(line.toLowerCase(Locale.ROOT))) {
        location = TitleCase.ofCapitals(line);
        used.add(i);
      }
    }
    // President and members.
    for (int i = 0; i < end; i++) {
      Matcher p = PRESIDENT.matcher(lines.get(i).text());
      if (!p.matches()) {
        continue;
      }
      used.add(i);
      String rest = p.group(1).replaceAll("(?:\\.\\s?){2,}", " ").strip();
      int next = i + 1;
      while (next < end && lines.get(next).text().isEmpty()) {
        next++;
      }
      int after = i;
      if (rest.indexOf('(') < 0 && next < end && lines.get(next).text().startsWith("(")) {
        rest = rest + " " + lines.get(next).text();
        used.add(next);
        after = next;
      }
      rest = rest.replaceAll("\\s+", " ");
      int open = rest.lastIndexOf('(');
      String names = open >= 0 ? rest.substring(0, open).strip() : rest;
      if (open >= 0 && rest.endsWith(")")) {
        presidentCountry = rest.substring(open + 1, rest.length() - 1).strip();
      }
      for (String n : names.split("\\s*/\\s*")) {
        if (!n.isBlank()) {
          presidents.add(n.strip());
        }
      }
      presidentRaw = rest;
      int j = after + 1;
      while (j < end && (lines.get(j).text().isEmpty() || lines.get(j).isNoise())) {
        j++;
      }
      if (j < end) {
        Matcher mem = MEMBERS.matcher(lines.get(j).text());
        if (mem.matches()) {
          String first = mem.group(1);
          if (first.isBlank()) {
            // "Members:" on a line of its own, the list below it.
            used.add(j);
            j++;
            while (j < end && (lines.get(j).text().isEmpty() || lines.get(j).isNoise())) {
              j++;
            }
            first = j < end ? lines.get(j).text() : "";
          }
          if (j < end) {
            j = readMembers(lines, j, end, first, members, used);
          }
        }
      }
      break;
    }
    // Agenda.
    for (int i = 0; i < end; i++) {
      if (!lines.get(i).text().equalsIgnoreCase("Agenda")) {
        continue;
      }
      used.add(i);
      List<String> itemLines = new ArrayList<>();
      for (int j = i + 1; j < end; j++) {
        if (lines.get(j).isNoise()) {
          break;
        }
        String line = lines.get(j).text();
        if (line.isEmpty()) {
          if (!itemLines.isEmpty()) {
            break;
          }
          continue;
        }
        itemLines.add(line);
        used.add(j);
      }
      agenda.addAll(groupItems(itemLines));
      break;
    }
    return new RecordHeader(
        symbol,
        body,
        meeting,
        session,
        date,
        time,
        location,
        provisional,
        List.copyOf(presidents),
        presidentCountry,
        presidentRaw,
        List.copyOf(members),
        List.copyOf(agenda),
        Set.copyOf(used));
  }

  /** The symbol a match of {@link #SYMBOL} found, spaces removed, a resumption kept. */
  static String symbolOf(Matcher m) {
    StringBuilder s = new StringBuilder(m.group(1));
    s.append(m.group(2).replaceAll("\\s", "")).append('/');
    s.append("PV.").append(m.group(3).replace(" ", ""));
    if (m.group(4) != null) {
      s.append(" (")
          .append(m.group(4).replaceAll("[\\s()]", "").replace("Resumption", "Resumption "))
          .append(')');
    }
    return s.toString();
  }

  private static int readMembers(
      List<Line> lines, int start, int end, String first, List<Member> members, Set<Integer> used) {
    String pending = "";
    int j = start;
    String line = first;
    while (true) {
      used.add(j);
      Matcher lm = LEADER.matcher(line);
      if (lm.matches() && !lm.group(2).isBlank()) {
        String country = TextJoin.fold(pending + " " + lm.group(1));
        String who = TextJoin.fold(lm.group(2));
        pending = "";
        if (!country.isEmpty() && !who.isEmpty()) {
          // The list prints the UN short names of its time: kept as printed.
          members.add(new Member(country, who));
        }
      } else {
        pending = pending + " " + line;
      }
      j++;
      while (j < end && (lines.get(j).text().isEmpty() || lines.get(j).isNoise())) {
        j++;
      }
      if (j >= end) {
        return j;
      }
      line = lines.get(j).text();
      if (line.equalsIgnoreCase("Agenda") || (!LEADER.matcher(line).matches() && j + 1 >= end)) {
        return j;
      }
      if (!LEADER.matcher(line).matches()) {
        // A wrapped country name continues on the next line, which has the leaders.
        if (j + 1 < end && LEADER.matcher(lines.get(j + 1).text()).matches()) {
          continue;
        }
        return j;
      }
    }
  }

  /** Groups wrapped agenda lines into items. */
  static List<String> groupItems(List<String> itemLines) {
    List<String> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : itemLines) {
      if (cur.length() > 0 && !continues(cur, line)) {
        items.add(cur.toString());
        cur.setLength(0);
      }
      TextJoin.append(cur, line);
    }
    if (cur.length() > 0) {
      items.add(cur.toString());
    }
    return items;
  }

  /** Whether a heading or agenda line continues the text before it. */
  static boolean continues(CharSequence before, String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    if (Character.isLowerCase(c)) {
      return true;
    }
    if (c == '(' && !line.matches("^\\([a-z]{1,4}\\)\\s.*")) {
      return true;
    }
    return JOIN_END.matcher(before).find();
  }

  private static LocalTime timeOf(String hour, String minute, String half) {
    if (half == null) {
      return null;
    }
    String h = half.toLowerCase(Locale.ROOT).replace(" ", "");
    if (h.equals("noon")) {
      return LocalTime.NOON;
    }
    if (h.equals("midnight")) {
      return LocalTime.MIDNIGHT;
    }
    if (hour == null) {
      return null;
    }
    int hh = Integer.parseInt(hour) % 12;
    if (h.startsWith("p")) {
      hh += 12;
    }
    int mm = minute == null ? 0 : Integer.parseInt(minute);
    if (hh > 23 || mm > 59) {
      return null;
    }
    return LocalTime.of(hh, mm);
  }

  private static int lineOf(String head, int offset) {
    int line = 0;
    for (int i = 0; i < offset && i < head.length(); i++) {
      if (head.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void markLines(List<Line> lines, int end, String found, Set<Integer> used) {
    String first = found.split("\\s+")[0];
    for (int i = 0; i < end; i++) {
      if (lines.get(i).text().contains(first)) {
        used.add(i);
        return;
      }
    }
  }
}
