package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Member;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the first page of a verbatim record says about the meeting.
 *
 * @param symbol the record's symbol without spaces ("S/PV.8700"), or null
 * @param body the organ, or null
 * @param meetingNumber the meeting's number, or null
 * @param session the session or year as printed ("Seventy-fifth year"), or null
 * @param date the date, or null
 * @param time the time the meeting was called for, or null
 * @param location the place, or null
 * @param provisional whether the record says "Provisional"
 * @param presidents the presiding officers as printed ("Mr. Pham Binh Minh", "Mr. Dang")
 * @param presidentCountry the presiding officers' country as printed, or null
 * @param presidentRaw the President line as printed without dot leaders ("Mr. Dang (Viet Nam)")
 * @param members the members list
 * @param agenda the agenda items, wraps joined
 * @param lines the header lines each field was read from, by index
 */
record RecordHeader(
    String symbol,
    Body body,
    Integer meetingNumber,
    String session,
    LocalDate date,
    LocalTime time,
    String location,
    boolean provisional,
    List<String> presidents,
    String presidentCountry,
    String presidentRaw,
    List<Member> members,
    List<String> agenda,
    java.util.Set<Integer> lines) {}
