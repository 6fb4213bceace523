package com.cyclex.store;

/** Another process has the data dir open. */
public final class DataDirLockedException extends RuntimeException {
    public DataDirLockedException(String message) {
        super(message);
    }
}
