package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import java.io.StringReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@code DebateJson.read(String)} read before it streamed: the whole document as a {@link
 * JsonNode} tree, then {@link TreeJsonReading}. The oracle that the streaming reader must match.
 */
public final class TreeJsonRead {
  private final JsonMapper reader;

  /** With the given limits, as {@code DebateJson} sets them. */
  public TreeJsonRead(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxDocumentLength(maxDocumentLength)
            .build();
    this.reader =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /** Reads as the tree reader did. */
  public Debate read(String json) {
    try (JsonParser p = reader.createParser(new StringReader(json))) {
      JsonNode root;
      try {
        root = reader.readTree(p);
      } catch (JacksonException e) {
        throw readFailure(e, p);
      }
      if (root == null || root.isMissingNode()) {
        throw new DebateFormatException(DebateFormatException.ROOT, "the document is empty");
      }
      return TreeJsonReading.debate(root);
    } catch (JacksonException e) {
      throw readFailure(e, null);
    }
  }

  private static RuntimeException readFailure(JacksonException e, JsonParser parser) {
    String path = DebateFormatException.ROOT;
    JsonParser p =
        parser != null
            ? parser
            : (JsonParser) (e.processor() instanceof JsonParser ? e.processor() : null);
    if (p != null && p.streamReadContext() != null) {
      path = jsonPath(p.streamReadContext().pathAsPointer());
    }
    StringBuilder problem = new StringBuilder();
    if (e instanceof StreamConstraintsException) {
      problem.append("breaches a reading limit (raise it with DebateJson.builder()): ");
    } else {
      problem.append("not well-formed JSON: ");
    }
    problem.append(e.getOriginalMessage());
    TokenStreamLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      problem
          .append(" (line ")
          .append(where.getLineNr())
          .append(", column ")
          .append(where.getColumnNr())
          .append(')');
    }
    return new DebateFormatException(path, problem.toString(), e);
  }

  private static String jsonPath(JsonPointer pointer) {
    StringBuilder out = new StringBuilder(DebateFormatException.ROOT);
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        out.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        out.append('.').append(ModelValues.excerpt(p.getMatchingProperty()));
      }
    }
    return out.toString();
  }
}
