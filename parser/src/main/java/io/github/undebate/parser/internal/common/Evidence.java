package io.github.undebate.parser.internal.common;

import java.util.Locale;

/**
 * What in a record gave a speaker's field (country, organization, name, honorific, post): each
 * filled field says which, in a diagnostic {@code speaker.<field>_from_<evidence>}, so that a user
 * can weigh it. {@link #code()} is the lower-case name used there.
 */
public enum Evidence {
  /** A verbatim record's speaker label: "Mr. Nebenzia (Russian Federation):". */
  SPEAKER_LABEL("the speaker label"),
  /** The "President:" line of a verbatim record's header. */
  PRESIDENT_LINE("the President line of the record's header"),
  /** A note that someone took the Chair: "Mr. Dang (Viet Nam), Vice-President, took the Chair.". */
  CHAIR_NOTE("the note that the speaker took the Chair"),
  /** A label that names an office of the Secretariat ("The Secretary-General:"). */
  OFFICE("the office the label names"),
  /** The President's invitation that names the speaker's post ("I invite Mr. X, Special Envoy"). */
  INVITATION("the invitation to speak"),
  /** A statement's byline: "Statement by H.E. Mr. X, Minister for Foreign Affairs of Y". */
  BYLINE("the byline"),
  /** A heading line before the speech that is not a byline. */
  HEADING("a heading before the speech"),
  /** A letterhead: "Permanent Mission of Belarus to the United Nations". */
  LETTERHEAD("the letterhead"),
  /** The title of the page the statement was scraped from (its front matter). */
  PAGE_TITLE("the page title"),
  /** The address of the government website the statement was taken from. */
  SITE_ADDRESS("the website's address"),
  /** The UN General Debate Corpus file name ({@code USA_75_2020.txt}). */
  FILE_NAME("the file name"),
  /** The speaker naming his own State: "my country, Ghana", "Sweden reiterates ...". */
  SELF_REFERENCE("what the speaker says of his own State"),
  /** The speech saying who speaks: "As President, I have ...". */
  SPEECH("what the speaker says of himself");

  private final String description;

  Evidence(String description) {
    this.description = description;
  }

  /** The lower_snake_case name used in diagnostic codes: {@code speaker_label}, {@code byline}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the evidence is, for a diagnostic's message: "the byline". */
  public String description() {
    return description;
  }
}
