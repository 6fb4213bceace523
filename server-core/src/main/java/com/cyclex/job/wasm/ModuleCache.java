package com.cyclex.job.wasm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used compiled modules, by hash: compiling costs far more than running a short job, and a
 * lease runs the same module many times. Bounded by count, since each holds generated classes.
 * Two threads missing the same hash at once may both compile it; the second result simply replaces the first.
 */
final class ModuleCache {
    private final int capacity;
    private final Map<String, CompiledModule> modules;

    ModuleCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A module cache holds at least one module.");
        }
        this.capacity = capacity;
        this.modules = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The cached module of this hash, or the one {@code compile} makes (not cached if it throws). */
    CompiledModule get(String hash, Supplier<CompiledModule> compile) {
        synchronized (modules) {
            CompiledModule cached = modules.get(hash);
            if (cached != null) {
                return cached;
            }
        }
        CompiledModule compiled = compile.get(); // outside the lock: compiling may take a while
        synchronized (modules) {
            modules.put(hash, compiled);
            while (modules.size() > capacity) {
                modules.remove(modules.keySet().iterator().next());
            }
        }
        return compiled;
    }

    /** True when a module of this hash is cached now. */
    boolean contains(String hash) {
        synchronized (modules) {
            return modules.containsKey(hash);
        }
    }

    int size() {
        synchronized (modules) {
            return modules.size();
        }
    }
}
