package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.Cue;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The post a speech gives its speaker is found by looking for the posts first, then for a first
 * person in the sentence around one: the same post, at the same place, as reading sentence after
 * sentence for a first person and then for a post, on every text of the corpus and on texts made of
 * the words both rules look for.
 */
class PostInSpeechTest {
  /**
   * The rule read sentence by sentence, as it was written before the posts were looked for first.
   */
  private static Optional<PostInSpeech> sentenceBySentence(String speech) {
    Cue person = Cue.atWholeWords(PostInSpeech.FIRST_PERSON, speech, "I", "me", "my");
    Cue as = Cue.atWordStart(PostInSpeech.AS_POST, speech, "As ", "as ");
    PostInSpeech.SentenceEnd sentences = new PostInSpeech.SentenceEnd(speech);
    int start = 0;
    while (start <= speech.length()) {
      int end = sentences.from(start);
      int next = end < speech.length() ? PostInSpeech.gapEnd(speech, end) : speech.length() + 1;
      int firstPerson = person.find(start);
      if (firstPerson < 0) {
        return Optional.empty();
      }
      if (firstPerson < end) {
        for (int at = as.find(start); at >= 0 && at < end; at = as.find(as.matcher().end())) {
          Matcher m = as.matcher();
          Optional<String> post = BylineWords.leadingPost(m.group(1));
          int from = m.start(1) + post.map(String::length).orElse(0);
          if (post.isPresent()
              && !(from + 3 <= end && speech.startsWith(" of", from))
              && !PostInSpeech.namesSomeone(speech, from)) {
            return Optional.of(new PostInSpeech(post.get(), m.start(1)));
          }
        }
      }
      start = next;
    }
    return Optional.empty();
  }

  private static List<String> corpus() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.addAll(SampleTexts.corpusFiles().values());
    return texts;
  }

  @Test
  void aPostIsFoundWhereReadingSentenceBySentenceFindsIt() throws IOException {
    int found = 0;
    List<String> texts = corpus();
    for (String text : texts) {
      Optional<PostInSpeech> expected = sentenceBySentence(text);
      assertThat(PostInSpeech.find(text)).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThan(3);
    assertThat(texts.size() - found).isGreaterThan(100);
  }

  @Test
  void aPostIsFoundWhereReadingSentenceBySentenceFindsItInTextsMadeOfTheirWords() {
    String[] words = {
      "As President",
      "as the President",
      "As Secretary-General",
      "as Prime Minister",
      "of",
      "I",
      "me",
      "my",
      "Me",
      "In",
      "members",
      "myself",
      "Ban Ki-moon",
      "the",
      "we",
      "As",
      "as",
      "has",
      "Minister",
      "Ambassador",
      ".",
      "!",
      "?",
      ",",
      "\n",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "x.y",
      "I.",
      "as\u00a0President",
      "As First Lady",
      "Vice-President",
      "–"
    };
    Random random = new Random(15);
    int found = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        b.append(words[random.nextInt(words.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      Optional<PostInSpeech> expected = sentenceBySentence(text);
      assertThat(PostInSpeech.find(text)).as(text).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).isBetween(1000, 29_000);
  }
}
