package org.attache.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised tokens: finding every dictionary phrase that starts at a position costs one walk down
 * the trie, so matching a sentence is linear in its length times the longest phrase, whatever the dictionary size.
 */
public final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>(4);
        private List<V> values;
    }

    public void add(List<String> phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String token : phrase) {
            node = node.next.computeIfAbsent(token, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        node.values.add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /** Every phrase that starts at {@code from}: one match per phrase length that ends a phrase, shortest first. */
    public List<Match<V>> matchesAt(List<String> tokens, int from) {
        List<Match<V>> matches = new ArrayList<>(1);
        Node<V> node = root;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i));
            if (node == null) {
                break;
            }
            if (node.values != null) {
                matches.add(new Match<>(from, i + 1, node.values));
            }
        }
        return matches;
    }

    public List<V> exact(List<String> phrase) {
        Node<V> node = root;
        for (String token : phrase) {
            node = node.next.get(token);
            if (node == null) {
                return List.of();
            }
        }
        return node.values == null ? List.of() : node.values;
    }

    /** Tokens [start, end) matched a phrase with these values. */
    public record Match<V>(int start, int end, List<V> values) {
    }
}
