package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or corrupt XML gives a {@link DebateFormatException} naming the XPath of the offending
 * node: no DTD is read, no entity expanded, no external file or URL fetched, and nesting, text and
 * document length are bounded.
 */
class HostileXmlTest {
  private static final DebateXml XML = DebateXml.create();
  private static final String NS = DebateXml.NAMESPACE;

  private static String sample() {
    return XML.write(Samples.everyField());
  }

  private static void failsAt(String xml, String path, String words) {
    assertThatThrownBy(() -> XML.read(xml))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(words)
        .satisfies(e -> assertThat(((DebateFormatException) e).path()).isEqualTo(path));
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE debate [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + sample()
                .replaceFirst("<\\?xml[^>]*>", "")
                .replace("<title>The situation", "<title>&xxe; The situation");
    assertThatThrownBy(() -> XML.read(xxe))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("DTD")
        .hasMessageNotContaining("TOP-SECRET-CONTENT");
    assertThatThrownBy(
            () -> XML.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("DTD");
    String parameterEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE debate [<!ENTITY % p SYSTEM \""
            + secret.toUri()
            + "\"> %p;]><debate/>";
    assertThatThrownBy(() -> XML.read(parameterEntity))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageNotContaining("TOP-SECRET-CONTENT");
    String externalDtd =
        "<?xml version=\"1.0\"?><!DOCTYPE debate SYSTEM \"" + secret.toUri() + "\"><debate/>";
    assertThatThrownBy(() -> XML.read(externalDtd))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageNotContaining("TOP-SECRET-CONTENT");
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE debate [\n");
    dtd.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    String bomb =
        dtd
            + sample()
                .replaceFirst("<\\?xml[^>]*>", "")
                .replace("<title>The situation", "<title>&lol9; The situation");
    long start = System.nanoTime();
    assertThatThrownBy(() -> XML.read(bomb))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("DTD");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void deepNestingStopsAtTheFirstUnexpectedElement() {
    String deep =
        "<debate xmlns=\""
            + NS
            + "\" schema=\"undebate/1\" kind=\"other\" provisional=\"false\">"
            + "<members>"
            + "<member>".repeat(50_000)
            + "</member>".repeat(50_000)
            + "</members></debate>";
    failsAt(deep, "/debate/members/member[1]", "unexpected element <member>");
    DebateXml shallow = DebateXml.builder().maxNestingDepth(8).build();
    String text = sample();
    assertThat(shallow.read(text)).isEqualTo(Samples.everyField());
  }

  @Test
  void wrongValuesAreNamedByXPath() {
    String xml = sample();
    failsAt(
        xml.replace("start=\"125\"", "start=\"3\""),
        "/debate/proceedings/statement[1]/paragraph[2]/citation[1]/text",
        "must equal the paragraph's text at 3..134");
    failsAt(
        xml.replace("end=\"134\"", "end=\"999\""),
        "/debate/proceedings/statement[1]/paragraph[2]/citation[1]/@end",
        "must lie between start 125 and the text's length 135");
    failsAt(
        xml.replace("start=\"125\"", "start=\"x\""),
        "/debate/proceedings/statement[1]/paragraph[2]/citation[1]/@start",
        "must be an integer, was \"x\"");
    failsAt(
        xml.replace("outcome=\"adopted\"", "outcome=\"vetoed\""),
        "/debate/proceedings/vote[1]/@outcome",
        "expected one of adopted, not_adopted");
    failsAt(
        xml.replace("<meetingNumber>8700<", "<meetingNumber>eighty<"),
        "/debate/meetingNumber",
        "must be an integer");
    failsAt(xml.replace("<date>2020-01-10<", "<date>10 Jan 2020<"), "/debate/date", "an ISO date");
    failsAt(
        xml.replace("<speaker>sp2</speaker>", "<speaker>sp9</speaker>"),
        "/debate/proceedings/statement[1]/speaker",
        "\"sp9\" is not the id of one of the speakers");
    failsAt(
        xml.replace("<raw>Ms. DiCarlo</raw>", ""), "/debate/speakers/speaker[3]/raw", "is missing");
    failsAt(
        xml.replace("<title>The situation", "<title><b>x</b>The situation"),
        "/debate/title",
        "unexpected element <b> in text");
    failsAt(
        xml.replace("<location>", "<venue>x</venue><location>"),
        "/debate",
        "unexpected element <venue>");
    failsAt(
        xml.replace("<title>", "<location>x</location><title>"),
        "/debate",
        "out of order or repeated");
    failsAt(
        xml.replace("<members>", "stray text<members>"),
        "/debate",
        "text is not allowed between elements");
    failsAt(
        xml.replace("kind=\"body\"", "kind=\"body\" style=\"bold\""),
        "/debate/proceedings/statement[1]/paragraph[2]/@style",
        "unexpected attribute");
    failsAt(xml.replace(NS, "urn:other"), "/", "must be in the namespace " + NS);
    failsAt(xml.replace("schema=\"undebate/1\"", "schema=\"undebate/2\""), "/debate/@schema", "");
    failsAt(
        xml.replace("<title>The situation in the Middle East</title>", "<title> </title>"),
        "/debate/title",
        "must not be blank");
  }

  @Test
  void aSchemaLocationForValidatorsIsAccepted() {
    String xml =
        sample()
            .replace(
                "schema=\"undebate/1\"",
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                    + NS
                    + " undebate-1.xsd\" schema=\"undebate/1\"");
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    assertThat(XML.read(xml)).isEqualTo(Samples.everyField());
  }

  @Test
  void malformedXmlNamesWhereItBroke() {
    String xml = sample();
    String truncated = xml.substring(0, xml.indexOf("<proceedings>") + 30);
    assertThatThrownBy(() -> XML.read(truncated))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("not well-formed XML")
        .hasMessageStartingWith("/debate/proceedings");
    assertThatThrownBy(() -> XML.read(""))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void hugeTextAndEndlessDocumentsStopAtTheirLimits() {
    DebateXml strict =
        DebateXml.builder().maxStringLength(1_000).maxDocumentLength(100_000).build();
    String longTitle =
        sample().replace("<title>The situation", "<title>" + "x".repeat(5_000) + "The situation");
    assertThatThrownBy(() -> strict.read(longTitle))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith("/debate/title")
        .hasMessageContaining("text longer than the limit of 1000");
    assertThat(XML.read(longTitle).title()).hasValueSatisfying(t -> assertThat(t).hasSize(5_032));

    Reader endless =
        new Reader() {
          private boolean started;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (!started) {
              started = true;
              String head =
                  "<debate xmlns=\""
                      + NS
                      + "\" schema=\"undebate/1\" kind=\"other\" provisional=\"false\">";
              head.getChars(0, head.length(), buffer, offset);
              return head.length();
            }
            java.util.Arrays.fill(buffer, offset, offset + length, ' ');
            return length;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> strict.read(endless))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith("/: ")
        .hasMessageContaining("longer than the limit of 100000");
  }

  @Test
  void charactersXmlCannotHoldRoundTripAsCharElements() {
    io.github.undebate.core.Debate d =
        io.github.undebate.core.Debate.builder().title("a\u0000b\r\nc\uFFFEd\uDC00e").build();
    String xml = XML.write(d);
    assertThat(xml)
        .contains(
            "<title>a<char code=\"0000\"/>b<char code=\"000D\"/>\nc<char code=\"FFFE\"/>d"
                + "<char code=\"DC00\"/>e</title>");
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    assertThat(XML.read(xml)).isEqualTo(d);
  }
}
