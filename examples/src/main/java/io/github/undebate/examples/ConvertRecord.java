package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateWriter;
import io.github.undebate.formats.DebateXml;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a Security Council verbatim record (S/PV.8700) and writes it as JSON (the contract {@code
 * undebate/1}), as undebate's XML and as Akoma Ntoso, into a folder, by default {@code converted}
 * under the system's temporary folder.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.undebate.examples.ConvertRecord -Dexec.args=target/converted
 * </pre>
 */
public final class ConvertRecord {
  private ConvertRecord() {}

  /**
   * Runs the example.
   *
   * @param args the folder to write into (optional)
   */
  public static void main(String[] args) throws IOException {
    Path folder =
        args.length > 0
            ? Path.of(args[0])
            : Path.of(System.getProperty("java.io.tmpdir"), "undebate", "converted");
    Files.createDirectories(folder);
    Debate debate = DebateParser.create().parse(Samples.verbatimRecord());

    // Every format is a DebateWriter: immutable, thread-safe, one document per debate.
    Map<String, DebateWriter> formats = new LinkedHashMap<>();
    formats.put("S_PV.8700.json", DebateJson.create());
    formats.put("S_PV.8700.xml", DebateXml.create());
    formats.put("S_PV.8700.akn.xml", AkomaNtoso.create());
    for (Map.Entry<String, DebateWriter> format : formats.entrySet()) {
      Path file = folder.resolve(format.getKey());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        format.getValue().write(debate, out);
      }
      System.out.println("wrote " + file);
    }
  }
}
