package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An invitation is looked for in a growing opening part of a record's speech ({@link Invitations})
 * rather than in the whole speech joined: on the verbatim records of the test corpus, each line a
 * paragraph (so that invitations run across paragraphs, as wrapped lines do), it finds for a
 * hundred capitalised words printed before a comma in each what the pattern finds in the whole
 * text.
 */
class InvitationsShortcutTest {
  private static final Pattern BEFORE_COMMA = Pattern.compile("(\\p{Lu}[\\p{L}'’.\\-]*),");

  /** A person's name before a comma, as an invitation prints it. */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,5}(\\p{Lu}[\\p{L}'’.\\-]*),");

  /** How many of a record's other words before a comma are tried, spread over the record. */
  private static final int TRIED = 40;

  @Test
  void theOpeningPartGivesWhatTheWholeSpeechGives() throws IOException {
    int records = 0;
    int surnames = 0;
    int found = 0;
    for (List<String> paragraphs : records()) {
      records++;
      Invitations invitations = new Invitations(paragraphs);
      String whole = invitations.text();
      Set<String> words = new LinkedHashSet<>();
      Matcher w = BEFORE_COMMA.matcher(whole);
      while (w.find()) {
        words.add(w.group(1));
      }
      Set<String> tried = new LinkedHashSet<>();
      Matcher named = NAMED.matcher(whole);
      while (named.find()) {
        tried.add(named.group(1));
      }
      List<String> all = new ArrayList<>(words);
      for (int i = 0; i < all.size(); i += Math.max(1, all.size() / TRIED)) {
        tried.add(all.get(i));
      }
      tried.add("Nowhere");
      for (String surname : tried) {
        Pattern p = SpeakerRoll.invitation(surname);
        Matcher m = p.matcher(whole);
        String expected = m.find() ? m.group(1) : null;
        assertThat(invitations.firstGroup(surname, () -> p)).as(surname).isEqualTo(expected);
        surnames++;
        found += expected != null ? 1 : 0;
      }
    }
    assertThat(records).isGreaterThanOrEqualTo(8);
    assertThat(surnames).isGreaterThan(300);
    assertThat(found).isGreaterThan(20);
  }

  @Test
  void anInvitationFarIntoTheSpeechIsFoundThere() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      paragraphs.add("The representative of Mr. Nobody spoke at length on item " + i + ".");
    }
    paragraphs.add("I invite Ms. Jane Smith, Special Envoy of the Secretary-General, to brief.");
    paragraphs.add("Ms. Smith, who spoke later, said nothing of it; Mr. Smith, too.");
    Invitations invitations = new Invitations(paragraphs);
    assertThat(invitations.firstGroup("Smith", () -> SpeakerRoll.invitation("Smith")))
        .isEqualTo("Special Envoy of the Secretary-General");
    assertThat(invitations.firstGroup("Jones", () -> SpeakerRoll.invitation("Jones"))).isNull();
  }

  /** The verbatim records of the test corpus, each as its non-blank lines. */
  private static List<List<String>> records() throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String folder : List.of("sc", "pv")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus", folder))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(
              Files.readString(p).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
      }
    }
    return out;
  }
}
