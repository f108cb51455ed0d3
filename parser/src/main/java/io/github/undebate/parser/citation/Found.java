package io.github.undebate.parser.citation;

import io.github.undebate.core.CitationType;

/**
 * A candidate citation before overlaps are resolved: its type, its span in the paragraph and its
 * normalised target.
 */
record Found(CitationType type, int start, int end, String target) {
  Found {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must be non-empty, was " + start + ".." + end);
    }
  }

  int length() {
    return end - start;
  }
}
