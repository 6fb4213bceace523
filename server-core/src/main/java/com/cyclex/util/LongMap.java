package com.cyclex.util;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A hash map from long keys to objects, open addressing with linear probing. The matching hot path
 * looks orders up by id millions of times a second; boxing every key would make garbage of each.
 */
public final class LongMap<V> {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private Object[] values;
    private int size;
    private int mask;
    private int resizeAt;

    public LongMap() {
        this(16);
    }

    public LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new Object[capacity];
        mask = capacity - 1;
        resizeAt = capacity / 2;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public V get(long key) {
        checkKey(key);
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    /** Puts a value and returns the one it replaced, or null. */
    @SuppressWarnings("unchecked")
    public V put(long key, V value) {
        checkKey(key);
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
            if (k == EMPTY) {
                break;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size >= resizeAt) {
            grow();
        }
        return null;
    }

    /** Removes a key and returns its value, or null when absent. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        checkKey(key);
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                break;
            }
            if (k == EMPTY) {
                return null;
            }
        }
        V old = (V) values[i];
        size--;
        // Backward-shift deletion keeps probe chains intact without tombstones.
        int gap = i;
        for (int j = (gap + 1) & mask; ; j = (j + 1) & mask) {
            long k = keys[j];
            if (k == EMPTY) {
                break;
            }
            int home = mix(k) & mask;
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                keys[gap] = k;
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = EMPTY;
        values[gap] = null;
        return old;
    }

    @SuppressWarnings("unchecked")
    public void forEachValue(Consumer<? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept((V) values[i]);
            }
        }
    }

    public void clear() {
        Arrays.fill(keys, EMPTY);
        Arrays.fill(values, null);
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                reinsert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void reinsert(long key, Object value) {
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    private static void checkKey(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
        }
    }
}
