package org.attache.web;

/** A request for something the store does not have: 404 with a message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
