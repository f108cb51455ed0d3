package io.github.undebate.core;

/**
 * One item of a debate's proceedings, in document order: a {@link Statement}, a {@link Vote}, a
 * procedural {@link Note} or an agenda {@link Heading}.
 */
public sealed interface Proceeding permits Statement, Vote, Note, Heading {}
