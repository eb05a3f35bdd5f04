package org.attache.actors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/** A role a person held from {@code start} to {@code end} (null end: still held); dates are inclusive. */
public record DatedRole(String country, String sector, LocalDate start, LocalDate end, String description,
                        String origin) {

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Whether the role is a state's (a country code with a sector), which says the holder's nationality; an
     * international body's role (UNOGOV) or an armed group's bare code (TAL) does not.
     */
    public boolean isNational(Predicate<String> isState) {
        return sector != null && isState.test(country);
    }

    /** Days from {@code date} to the nearest day of the role; 0 when the role is held on that date. */
    public long daysFrom(LocalDate date) {
        if (date.isBefore(start)) {
            return ChronoUnit.DAYS.between(date, start);
        }
        return end == null || !date.isAfter(end) ? 0 : ChronoUnit.DAYS.between(end, date);
    }

    public String code() {
        return sector == null ? country : country + sector;
    }
}
