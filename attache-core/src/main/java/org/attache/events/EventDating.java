package org.attache.events;

import org.attache.nlp.ParsedSentence;
import org.attache.nlp.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * An event's date: a one-day time expression attached to its trigger ("met on Wednesday", "on New Year's Day"),
 * resolved by the parser against the publication date; else the publication date.
 */
final class EventDating {
    record Dated(LocalDate date, String origin) {
    }

    private EventDating() {
    }

    static Dated date(ParsedSentence sentence, List<Integer> triggerTokens, LocalDate articleDate) {
        for (int trigger : triggerTokens) {
            LocalDate found = timeUnder(sentence, trigger);
            if (found == null && sentence.token(trigger).isNoun() && sentence.head(trigger) >= 0) {
                found = timeUnder(sentence, sentence.head(trigger));
            }
            if (found != null) {
                return new Dated(found, "text");
            }
        }
        return articleDate == null ? new Dated(null, "none") : new Dated(articleDate, "article");
    }

    private static LocalDate timeUnder(ParsedSentence sentence, int head) {
        for (int child : sentence.children(head)) {
            String rel = sentence.relation(child);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod"))) {
                continue;
            }
            TimeExpression time = sentence.timeAt(child);
            if (time != null && time.date() != null) {
                return time.date();
            }
        }
        return null;
    }
}
