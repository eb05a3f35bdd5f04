package org.attache.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH-2 unit-test record ({@code <Sentence date id category sentence>}): its text, its date and what
 * PETRARCH is expected to code for it.
 *
 * @param id       the record's {@code id}
 * @param category the record's {@code category} (DEMO, ACTOR, AGENT, COMPOUND...), as the file writes it
 * @param date     the record's {@code date} ({@code yyyymmdd} in the file)
 * @param text     the {@code <Text>}, its line breaks and runs of blanks made single spaces
 * @param sentence the {@code sentence} attribute; PETRARCH's own suite writes {@code false} on records it does not
 *                 pass ("currently not implemented")
 * @param expected whether events, no event or a PETRARCH error ({@code <EventCoding error="...">}) is expected
 * @param codings  the expected (source, target, event code) triples, without repeats; empty unless {@code EVENTS}
 * @param error    the expected PETRARCH error ({@code dateline}, {@code bad_input_parse}, {@code storydiscard}) or null
 * @param line     the line of the file where the record starts
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, boolean sentence,
                             Expected expected, List<Coding> codings, String error, int line) {

    /** What PETRARCH should make of the record. */
    public enum Expected {
        /** One or more {@code <EventCoding sourcecode targetcode eventcode>}. */
        EVENTS,
        /** {@code <EventCoding noevents="True">}, or no {@code <EventCoding>} at all. */
        NO_EVENT,
        /** {@code <EventCoding error="...">}: a test of PETRARCH's input checks, which discard the record. */
        ERROR
    }

    /**
     * An expected event: actor codes as PETRARCH writes them ({@code ARNGOV}, {@code ---GOV} for a government of no
     * known country, {@code "INJURY TOLL"} for a new actor PETRARCH names by its words), {@code ---} for none; the
     * event code as written ({@code 064}, or a test code of the Validate verb dictionary such as {@code 345}).
     */
    public record Coding(String source, String target, String event) {

        /** "ARN -064-> GON". */
        public String describe() {
            return source + " -" + event + "-> " + target;
        }
    }

    public PetrarchRecord {
        codings = List.copyOf(codings);
    }

    /** The record as a sentence to code: its id, text, date and category. */
    public GoldSentence gold() {
        return new GoldSentence(id, text, date, category, List.of(), List.of(), -1, List.of(), List.of());
    }
}
