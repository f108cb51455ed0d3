package io.github.undebate.core;

import java.util.Optional;

/**
 * One item of a debate's proceedings, in document order: a {@link Statement}, a {@link Vote}, a
 * procedural {@link Note} or an agenda {@link Heading}.
 *
 * <p>On Java 17, which has no pattern matching in {@code switch}, take each kind apart with a
 * {@link Visitor} (the compiler then insists that every kind is handled) or pick one kind with the
 * typed accessors:
 *
 * <pre>{@code
 * String line = proceeding.accept(new Proceeding.Visitor<String>() {
 *   public String visitStatement(Statement s) { return "statement by " + s.speakerId(); }
 *   public String visitVote(Vote v) { return "vote: " + v.outcome(); }
 *   public String visitNote(Note n) { return n.text(); }
 *   public String visitHeading(Heading h) { return h.text(); }
 * });
 * List<Vote> votes = debate.proceedings().stream().flatMap(p -> p.asVote().stream()).toList();
 * }</pre>
 */
public sealed interface Proceeding permits Statement, Vote, Note, Heading {

  /**
   * Calls the visitor's method for this proceeding's kind and returns what it returns.
   *
   * @param <R> what the visitor returns ({@link Void} for nothing)
   * @param visitor what to do with each kind
   * @return the visitor's result for this proceeding
   */
  <R> R accept(Visitor<R> visitor);

  /** This proceeding if it is a {@link Statement}, else empty. */
  default Optional<Statement> asStatement() {
    return this instanceof Statement s ? Optional.of(s) : Optional.empty();
  }

  /** This proceeding if it is a {@link Vote}, else empty. */
  default Optional<Vote> asVote() {
    return this instanceof Vote v ? Optional.of(v) : Optional.empty();
  }

  /** This proceeding if it is a {@link Note}, else empty. */
  default Optional<Note> asNote() {
    return this instanceof Note n ? Optional.of(n) : Optional.empty();
  }

  /** This proceeding if it is a {@link Heading}, else empty. */
  default Optional<Heading> asHeading() {
    return this instanceof Heading h ? Optional.of(h) : Optional.empty();
  }

  /**
   * One method per kind of proceeding, for {@link Proceeding#accept(Visitor)}.
   *
   * @param <R> what each method returns ({@link Void} for nothing)
   */
  interface Visitor<R> {
    /**
     * Handles a statement.
     *
     * @param statement the statement
     * @return the result for it
     */
    R visitStatement(Statement statement);

    /**
     * Handles a vote.
     *
     * @param vote the vote
     * @return the result for it
     */
    R visitVote(Vote vote);

    /**
     * Handles a procedural note.
     *
     * @param note the note
     * @return the result for it
     */
    R visitNote(Note note);

    /**
     * Handles an agenda heading.
     *
     * @param heading the heading
     * @return the result for it
     */
    R visitHeading(Heading heading);
  }
}
