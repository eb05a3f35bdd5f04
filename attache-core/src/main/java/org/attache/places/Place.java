package org.attache.places;

/** A place of the gazetteer: its name, kind (country, capital, city, region), ISO alpha-3 country and coordinates. */
public record Place(String name, String kind, String country, double lat, double lon) {
}
