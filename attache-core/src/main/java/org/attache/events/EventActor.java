package org.attache.events;

/** An event's source or target as output: the text span it was read from and its codes. */
public record EventActor(String text, String code, String country, String sector, int start, int end,
                         String method) {
}
