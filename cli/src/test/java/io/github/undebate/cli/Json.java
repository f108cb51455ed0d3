package io.github.undebate.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reads just enough of the JSON the command prints to check it. */
final class Json {
  private Json() {}

  /**
   * The top-level documents in the text, each reduced to the string values of the given key in it
   * at any depth, in order; fails if the text is not a sequence of JSON documents.
   */
  static List<List<String>> documents(String text, String key) {
    List<List<String>> docs = new ArrayList<>();
    try (JsonParser p =
        JsonFactory.builder().build().createParser(ObjectReadContext.empty(), text)) {
      List<String> current = null;
      int depth = 0;
      String property = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (depth == 0) {
            current = new ArrayList<>();
            docs.add(current);
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME) {
          property = p.currentName();
        } else if (t == JsonToken.VALUE_STRING && key.equals(property) && current != null) {
          current.add(p.getString());
        }
      }
    }
    return docs;
  }
}
