package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.common.Organs;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Optional;

/** The organ: from the symbol's first letter, else the first organ the header names. */
final class OrganField implements HeaderField {
  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Optional<Body> body = header.symbol().flatMap(OrganField::ofSymbol);
    if (body.isEmpty()) {
      body = Organs.standard().find(Whitespace.fold(page.joined()));
    }
    body.ifPresent(header::body);
  }

  private static Optional<Body> ofSymbol(String symbol) {
    return switch (symbol.charAt(0)) {
      case 'S' -> Optional.of(Body.SECURITY_COUNCIL);
      case 'A' -> Optional.of(Body.GENERAL_ASSEMBLY);
      case 'E' -> Optional.of(Body.ECONOMIC_AND_SOCIAL_COUNCIL);
      default -> Optional.empty();
    };
  }
}
