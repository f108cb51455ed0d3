package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import java.io.StringReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
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

  /** The reader's own failure mapping, so both reading paths fail alike. */
  private static RuntimeException readFailure(JacksonException e, JsonParser parser) {
    return JsonFailures.readFailure(e, parser, null);
  }
}
