package com.cyclex.app;

/**
 * How a run of {@code cyclex} ended, one number per reason, so a script (or the installer's smoke start) can tell
 * them apart. The sentence saying what went wrong always goes to standard error as well.
 */
enum ExitCode {
    OK(0, "done"),
    FAILED(1, "an unexpected failure (the log has the details)"),
    USAGE(2, "the command line was not understood"),
    IN_USE(3, "the data dir is in use by another Cyclex"),
    DATA_DIR_UNUSABLE(4, "the data dir is not a folder Cyclex can create or write in"),
    DAMAGED(5, "the data could not be opened or recovered: it is damaged or unreadable"),
    UNBALANCED(6, "--smoke: the exchange opened but its ledger does not balance"),
    NO_DISPLAY(7, "there is no display to open a window on");

    final int code;
    final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The lines of {@code --help}'s exit code list: "code:meaning". */
    static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        for (ExitCode e : values()) {
            list.put(Integer.toString(e.code), e.meaning);
        }
        return list;
    }
}
