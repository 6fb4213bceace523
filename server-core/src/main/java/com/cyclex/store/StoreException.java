package com.cyclex.store;

/** The store cannot do what was asked: the database failed, or what it holds is not what it should be. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
