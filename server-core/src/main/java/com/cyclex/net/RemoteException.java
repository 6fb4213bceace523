package com.cyclex.net;

/** A question to a remote exchange that got no answer, or a refusal instead of one, with the sentence why. */
public final class RemoteException extends RuntimeException {
    private final WireResult refusal;

    public RemoteException(String sentence) {
        this(sentence, null);
    }

    public RemoteException(String sentence, WireResult refusal) {
        super(sentence);
        this.refusal = refusal;
    }

    /** The gateway's refusal, or null when there was no answer at all. */
    public WireResult refusal() {
        return refusal;
    }
}
