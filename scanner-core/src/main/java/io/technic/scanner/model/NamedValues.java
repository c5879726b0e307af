package io.technic.scanner.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable, ordered {@code Map<String, Double>} over a name list shared by many rows and
 * a value array of their own: thousands of result rows then cost no hashing. Lookups scan the
 * (short) name list. Unmodifiable; {@code values} is not copied, so callers hand it over.
 */
public final class NamedValues extends AbstractMap<String, Double> {

    private final List<String> names;
    private final double[] values;

    /** @throws IllegalArgumentException if the lengths differ */
    public NamedValues(List<String> names, double[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " values");
        }
        this.names = names;
        this.values = values;
    }

    @Override
    public Double get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < values.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (i >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int k = i++;
                        return new SimpleImmutableEntry<>(names.get(k), values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
