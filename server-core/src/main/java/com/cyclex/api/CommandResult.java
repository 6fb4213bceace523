package com.cyclex.api;

/**
 * The outcome of one command. For an accepted order, {@code id} is the order id and the unit counts
 * say what happened at once; for other accepted commands {@code id} names what was created or changed.
 * A rejection carries a code and a sentence that says what was wrong.
 */
public record CommandResult(ResultCode code, String reason, long id, long filledUnits, long openUnits) {

    public static final CommandResult OK = new CommandResult(ResultCode.OK, null, 0, 0, 0);

    public static CommandResult ok(long id) {
        return new CommandResult(ResultCode.OK, null, id, 0, 0);
    }

    public static CommandResult order(long orderId, long filledUnits, long openUnits) {
        return new CommandResult(ResultCode.OK, null, orderId, filledUnits, openUnits);
    }

    public static CommandResult reject(ResultCode code, String sentence) {
        if (code == ResultCode.OK) {
            throw new IllegalArgumentException("a rejection needs a reason code");
        }
        return new CommandResult(code, sentence, 0, 0, 0);
    }

    public static CommandResult reject(ResultCode code) {
        return reject(code, code.sentence());
    }

    public boolean accepted() {
        return code == ResultCode.OK;
    }

    /** A sentence for a person: the reason of a rejection, or a summary of what was done. */
    public String message() {
        if (reason != null) {
            return reason;
        }
        return code.sentence();
    }

    @Override
    public String toString() {
        return accepted()
                ? "OK(id=" + id + ", filled=" + filledUnits + ", open=" + openUnits + ")"
                : code + "(" + code.number() + "): " + reason;
    }
}
