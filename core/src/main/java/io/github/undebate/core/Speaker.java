package io.github.undebate.core;

import java.util.Optional;

/**
 * Someone who speaks in a debate, once per debate however often he takes the floor.
 *
 * <p>Nothing is invented: what the text does not state is empty, and {@link #raw()} keeps the label
 * or byline as printed.
 *
 * @param id the speaker's id within its debate ({@code sp1}, {@code sp2}, ...), referenced by
 *     {@link Statement#speakerId()} and {@link Debate#presidentId()}
 * @param name the name as printed without honorific (the surname alone when only that is printed)
 * @param honorific the honorific as printed: {@code Mr.}, {@code Ms.}, {@code Ambassador}, ...
 * @param country the UN short name of the State he represents ({@code Russian Federation})
 * @param countryCode the ISO 3166-1 alpha-2 code of that State ({@code RU}); only with a country
 * @param organization the organisation of a non-State speaker ({@code European Union}, {@code
 *     United Nations} for the Secretariat)
 * @param role the capacity in which he speaks
 * @param post the job title, when the text gives one ({@code Secretary-General})
 * @param raw the label or byline as printed, whitespace folded
 */
public record Speaker(
    String id,
    Optional<String> name,
    Optional<String> honorific,
    Optional<String> country,
    Optional<String> countryCode,
    Optional<String> organization,
    SpeakerRole role,
    Optional<String> post,
    String raw) {

  /** Validates the fields; a country code needs a country and is two upper-case letters. */
  public Speaker {
    Check.notBlank(id, "id");
    Check.optionalText(name, "name");
    Check.optionalText(honorific, "honorific");
    Check.optionalText(country, "country");
    Check.optionalText(countryCode, "countryCode");
    Check.optionalText(organization, "organization");
    Check.notNull(role, "role");
    Check.optionalText(post, "post");
    Check.notNull(raw, "raw");
    countryCode.ifPresent(
        code -> {
          Check.argument(
              Check.isCode(code, 2, 'A', 'Z'),
              () -> "countryCode must be an ISO 3166-1 alpha-2 code, was \"" + code + "\"");
          Check.argument(country.isPresent(), () -> "countryCode " + code + " needs a country");
        });
  }

  /** A builder for a speaker with the given id; every other field starts empty. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder that starts from this speaker's fields. */
  public Builder toBuilder() {
    return new Builder(id)
        .name(name.orElse(null))
        .honorific(honorific.orElse(null))
        .country(country.orElse(null), countryCode.orElse(null))
        .organization(organization.orElse(null))
        .role(role)
        .post(post.orElse(null))
        .raw(raw);
  }

  /** Builds a {@link Speaker}; {@code null} arguments mean "absent". Not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private String honorific;
    private String country;
    private String countryCode;
    private String organization;
    private SpeakerRole role = SpeakerRole.UNKNOWN;
    private String post;
    private String raw = "";

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the name as printed without honorific; {@code null} for unknown. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the honorific; {@code null} for none. */
    public Builder honorific(String honorific) {
      this.honorific = honorific;
      return this;
    }

    /** Sets the country's UN short name and ISO code; either may be {@code null}. */
    public Builder country(String country, String countryCode) {
      this.country = country;
      this.countryCode = countryCode;
      return this;
    }

    /** Sets the organisation; {@code null} for none. */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /** Sets the role; the default is {@link SpeakerRole#UNKNOWN}. */
    public Builder role(SpeakerRole role) {
      this.role = role;
      return this;
    }

    /** Sets the post; {@code null} for none. */
    public Builder post(String post) {
      this.post = post;
      return this;
    }

    /** Sets the label or byline as printed; the default is empty. */
    public Builder raw(String raw) {
      this.raw = raw;
      return this;
    }

    /** Builds the speaker, validating every field. */
    public Speaker build() {
      return new Speaker(
          id,
          Optional.ofNullable(name),
          Optional.ofNullable(honorific),
          Optional.ofNullable(country),
          Optional.ofNullable(countryCode),
          Optional.ofNullable(organization),
          role,
          Optional.ofNullable(post),
          raw);
    }
  }
}
