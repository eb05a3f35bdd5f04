package org.attache.events;

import java.util.Locale;

/**
 * Whether an event is reported as having happened. Only {@link #ASSERTED} events are output by default.
 * "will visit" is coded as the visit with modality FUTURE, not as an intent (03) event.
 */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, REPORTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
