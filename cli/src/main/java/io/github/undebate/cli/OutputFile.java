package io.github.undebate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file whole or not at all. The content goes to a hidden temporary file in the
 * target's folder, which is then renamed over the target in one step; so a reader, a full disk, an
 * exception or an interrupt ({@code Ctrl-C}) finds either the old file (or none) or the new one,
 * never a torn one. Temporary files still being written when the JVM shuts down are deleted by a
 * shutdown hook.
 *
 * <p>It does not force the bytes to the disk: a power cut may still lose a file that was just
 * written, as with any program that does not pay a disk flush per file.
 */
final class OutputFile {

  /** Writes the content of one file; may throw midway, which leaves the target as it was. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** The temporary files being written; guarded by their own lock, as is {@link #closing}. */
  private static final Set<Path> PENDING = new HashSet<>();

  private static boolean closing;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::deletePending, "undebate-cleanup"));
  }

  private OutputFile() {}

  /**
   * Writes {@code content} as UTF-8 to {@code target}, replacing it atomically if it exists.
   *
   * @throws IOException if the file cannot be written; the target is then untouched and the
   *     temporary file removed
   */
  static void write(Path target, Content content) throws IOException {
    Path temp = create(target);
    boolean moved = false;
    try {
      // A strict encoder: text that cannot be UTF-8 fails the write instead of turning into '?'.
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(temp, StandardOpenOption.WRITE),
                  StandardCharsets.UTF_8.newEncoder()))) {
        content.writeTo(out);
      }
      move(temp, target);
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
      synchronized (PENDING) {
        PENDING.remove(temp);
      }
    }
  }

  /**
   * Creates an empty temporary file beside the target, with the permissions a new file gets there
   * (not the owner-only ones of {@link Files#createTempFile}), and registers it for removal.
   */
  private static Path create(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    while (true) {
      Path temp =
          folder.resolve(
              "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      synchronized (PENDING) {
        if (closing) {
          throw new IOException("not written: the command is being stopped");
        }
        try {
          Files.createFile(temp);
        } catch (FileAlreadyExistsException e) {
          continue;
        }
        PENDING.add(temp);
        return temp;
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Only on file systems without an atomic rename within a folder; still never half written.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deletePending() {
    synchronized (PENDING) {
      closing = true;
      for (Path temp : PENDING) {
        deleteQuietly(temp);
      }
      PENDING.clear();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing better to do: the file is hidden, and the error that led here is reported.
    }
  }
}
