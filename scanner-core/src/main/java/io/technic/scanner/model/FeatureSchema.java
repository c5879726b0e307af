package io.technic.scanner.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Ordered feature names and a hash of them. Models and caches key on {@link #hash()}, so a
 * change of names or order is never mistaken for the same schema.
 */
public final class FeatureSchema {

    private final List<String> names;
    private final Map<String, Integer> index;
    private final String hash;

    /** @throws IllegalArgumentException on a blank or duplicate name */
    public FeatureSchema(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < this.names.size(); i++) {
            String n = this.names.get(i);
            if (n.isBlank() || index.put(n, i) != null) {
                throw new IllegalArgumentException("blank or duplicate feature name: '" + n + "'");
            }
        }
        this.hash = sha256(String.join("\n", this.names));
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Column of {@code name}. @throws IllegalArgumentException for an unknown name */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown feature '" + name + "'");
        }
        return i;
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /** SHA-256 (hex) of the names joined by newlines. */
    public String hash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSchema f && f.names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureSchema" + names;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
