package org.attache.actors;

/**
 * A resolved actor: its CAMEO-style code (country or group plus sector, e.g. "USAGOV", "PAK", "TAL", "IGOUNO"),
 * the country or group code, the sector (GOV, MIL... or null), a display name and where the coding came from
 * (a dictionary file and line, or how it was inferred).
 */
public record Actor(String code, String country, String sector, String name, String origin) {

    public static Actor of(String country, String sector, String name, String origin) {
        return new Actor(sector == null ? country : country + sector, country, sector, name, origin);
    }

    public Actor withSector(String newSector, String newOrigin) {
        return of(country, newSector, name, newOrigin);
    }
}
