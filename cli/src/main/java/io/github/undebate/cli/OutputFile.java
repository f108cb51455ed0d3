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
    try (Pending file = open(target)) {
      content.writeTo(file.writer());
      file.commit();
    }
  }

  /**
   * Starts writing {@code target}: the content goes to a hidden temporary file beside it until
   * {@link Pending#commit()} renames that into place; closing without a commit removes it. For a
   * file written piece by piece over a whole batch (a table).
   *
   * @throws IOException if the temporary file cannot be made
   */
  static Pending open(Path target) throws IOException {
    Path temp = create(target);
    try {
      // A strict encoder: text that cannot be UTF-8 fails the write instead of turning into '?'.
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(temp, StandardOpenOption.WRITE),
                  StandardCharsets.UTF_8.newEncoder()));
      return new Pending(target, temp, out);
    } catch (IOException | RuntimeException e) {
      forget(temp);
      throw e;
    }
  }

  /** An output file being written: whole once committed, gone if closed before. */
  static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer out;
    private boolean done;

    private Pending(Path target, Path temp, Writer out) {
      this.target = target;
      this.temp = temp;
      this.out = out;
    }

    /** Where the content goes until the commit. */
    Writer writer() {
      return out;
    }

    /** Closes the content and renames it over the target in one step. */
    void commit() throws IOException {
      if (done) {
        return;
      }
      done = true;
      try {
        out.close();
        move(temp, target);
      } finally {
        forget(temp);
      }
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
      if (done) {
        return;
      }
      done = true;
      try {
        out.close();
      } catch (IOException e) {
        // The content is thrown away anyway.
      }
      forget(temp);
    }
  }

  /** Deletes the temporary file if it is still there and stops tracking it. */
  private static void forget(Path temp) {
    deleteQuietly(temp);
    synchronized (PENDING) {
      PENDING.remove(temp);
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
