package com.cyclex.lease;

/** Why a lease failed before its term was delivered; each says so in a sentence a person understands. */
public enum LeaseEnd {
    SELLER_LOST("The seller's computer stopped answering, so the rest of the term could not be delivered."),
    VERIFICATION_FAILED("A job run again on other cores gave a different answer, so the seller's work was not trusted."),
    SELLER_WITHDREW("The seller took its cores back before the end of the term."),
    HOST_ENDED("The host ended the lease.");

    private final String sentence;

    LeaseEnd(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }

    /** Whether the lease ended through its seller, and so counts against the seller's reputation. */
    public boolean sellersFault() {
        return this != HOST_ENDED;
    }
}
