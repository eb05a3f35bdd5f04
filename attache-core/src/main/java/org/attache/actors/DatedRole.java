package org.attache.actors;

import java.time.LocalDate;

/** A role a person held from {@code start} to {@code end} (null end: still held); dates are inclusive. */
public record DatedRole(String country, String sector, LocalDate start, LocalDate end, String description,
                        String origin) {

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public String code() {
        return sector == null ? country : country + sector;
    }
}
