package org.attache.web;

import org.attache.store.Queries;
import org.attache.store.Store;

import java.util.function.Function;

/** Read access to the served store: each request reads through a connection of its own, closed when it is done. */
final class StoreAccess {
    private final Store store;

    StoreAccess(Store store) {
        this.store = store;
    }

    <T> T read(Function<Queries, T> query) {
        try (Store session = store.session()) {
            return query.apply(new Queries(session));
        }
    }

    Store store() {
        return store;
    }
}
