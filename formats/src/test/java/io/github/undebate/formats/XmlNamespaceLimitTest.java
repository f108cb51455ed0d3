package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Namespace declarations on one element are bounded (issue 18): the JDK's parser spends time that
 * grows with the square of their number before it reports the element (a megabyte of {@code
 * xmlns:pN} on the root took 2 to 5 s, ten megabytes a minute), so {@link DebateXml} counts them on
 * the way in and refuses an element with more than {@link
 * DebateXml#DEFAULT_MAX_NAMESPACE_DECLARATIONS}.
 */
class XmlNamespaceLimitTest {
  private static final DebateXml XML = DebateXml.create();
  private static final String NS = DebateXml.NAMESPACE;

  /** A valid empty debate whose root declares {@code n} prefixes besides its namespace. */
  private static String rootDeclaring(int n) {
    StringBuilder sb = new StringBuilder("<debate xmlns=\"").append(NS).append('"');
    for (int i = 0; i < n; i++) {
      sb.append(" xmlns:p").append(i).append("=\"urn:p").append(i).append('"');
    }
    return sb.append(" schema=\"undebate/1\" kind=\"other\" provisional=\"false\">")
        .append("<members/><agenda/><speakers/><proceedings/><diagnostics/></debate>")
        .toString();
  }

  @Test
  void anElementWithMoreDeclarationsThanTheLimitIsRefused() {
    assertThat(XML.read(rootDeclaring(DebateXml.DEFAULT_MAX_NAMESPACE_DECLARATIONS - 1)))
        .isEqualTo(Debate.builder().build());
    String many = rootDeclaring(1_000);
    assertThatThrownBy(() -> XML.read(many))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith("/: ")
        .hasMessageContaining("more namespaces than the limit of 64")
        .hasMessageContaining("DebateXml.builder().maxNamespaceDeclarations")
        .hasMessageContaining("line 1, column ");
    assertThatThrownBy(
            () -> XML.read(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("more namespaces than the limit of 64");
    DebateXml generous = DebateXml.builder().maxNamespaceDeclarations(2_000).build();
    assertThat(generous.read(many)).isEqualTo(Debate.builder().build());
    assertThat(generous.toBuilder().build().read(many)).isEqualTo(Debate.builder().build());
  }

  @Test
  void aLimitBelowWhatADebateNeedsIsRefusedAtBuildTime() {
    assertThatThrownBy(() -> DebateXml.builder().maxNamespaceDeclarations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNamespaceDeclarations must be >= 1");
  }

  @Test
  void declarationsAreCountedOnlyInStartTags() {
    // "xmlns" in text, a comment, a CDATA section, an attribute value or an element name is no
    // declaration; nor is an attribute whose name only starts with "xmlns".
    String text = " xmlns:a=\"u\"".repeat(200);
    String xml =
        XML.write(Debate.builder().title("t").build())
            .replace("<title>t</title>", "<title>" + text + "</title>")
            .replace("<members/>", "<!--" + text + "--><members/><![CDATA[]]>")
            .replace("<agenda/>", "<?pi " + text + "?><agenda/>");
    assertThat(XML.read(xml).title()).hasValue(text);
    String inValue =
        xml.replace(
            "schema=",
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                + text.replace("\"", "")
                + "\" xmlnsish=\"\" schema=");
    assertThatThrownBy(() -> XML.read(inValue))
        .as("only the attribute that merely starts with xmlns is refused, as unknown")
        .hasMessageContaining("@xmlnsish: unexpected attribute");
    assertThat(XML.read(inValue.replace(" xmlnsish=\"\"", "")).title()).hasValue(text);
    String cdata = xml.replace("<title>", "<title><![CDATA[<x " + text + ">]]>");
    assertThat(XML.read(cdata).title()).hasValueSatisfying(t -> assertThat(t).startsWith("<x "));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyDeclarationsOnTheRootAreRefusedInLinearTime() throws Exception {
    Linearity.assertLinear(
        "xmlns:pN declarations on the root",
        XmlNamespaceLimitTest::rootDeclaring,
        10_000,
        xml -> assertThatThrownBy(() -> XML.read(xml)).isInstanceOf(DebateFormatException.class));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void declarationsUnderTheLimitOnEveryElementStayLinear() throws Exception {
    StringBuilder decls = new StringBuilder();
    for (int i = 0; i < DebateXml.DEFAULT_MAX_NAMESPACE_DECLARATIONS - 1; i++) {
      decls.append(" xmlns:p").append(i).append("=\"urn:p").append(i).append('"');
    }
    IntFunction<String> items =
        n ->
            rootDeclaring(0)
                .replace(
                    "<agenda/>",
                    "<agenda>" + ("<item" + decls + ">Item</item>").repeat(n) + "</agenda>");
    Linearity.assertLinear(
        "agenda items with 63 namespace declarations each",
        items,
        1_000,
        xml -> assertThat(XML.read(xml).agenda()).isNotEmpty());
  }
}
