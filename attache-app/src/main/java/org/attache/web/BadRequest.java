package org.attache.web;

/** A request the server refuses with 400 (or the given status) and a message naming what is wrong. */
final class BadRequest extends RuntimeException {
    final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }
}
