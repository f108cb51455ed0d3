package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.common.Evidence;
import java.util.Optional;

/**
 * Everything a statement offers as evidence of who speaks, for the speaker's rules ({@link
 * StatementSpeaker}, {@link CountryEvidence}).
 *
 * @param heading what the heading says
 * @param byline who speaks as printed: the byline, completed from the page title
 * @param printed what printed {@code byline}'s text: {@link Evidence#BYLINE} or {@link
 *     Evidence#SPEAKER_LABEL}
 * @param printedLine the line {@code byline}'s text stands on, 0 if none
 * @param front the page's front matter
 * @param speech the speech
 * @param fileName the UNGDC name of the file
 * @param selfReference what the speaker says of his own State in the speech
 * @param opening who the speech's first words say speaks (a summary record's label)
 */
record SpeakerClues(
    Heading heading,
    Optional<PrintedSpeaker> byline,
    Evidence printed,
    int printedLine,
    Optional<FrontMatter> front,
    SpeechText speech,
    Optional<UngdcFileName> fileName,
    SelfReference selfReference,
    Optional<BylineInSpeech> opening) {}
