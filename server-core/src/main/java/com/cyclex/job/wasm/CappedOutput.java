package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * A job's stdout or stderr, held in memory up to a cap. Past the cap, stdout stops the job (a partial result
 * is no result, and its verification would compare truncations); stderr just drops the rest.
 */
final class CappedOutput extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long cap;
    private final boolean stopAtCap;
    private final String name;

    private CappedOutput(String name, long cap, boolean stopAtCap) {
        this.name = name;
        this.cap = cap;
        this.stopAtCap = stopAtCap;
    }

    /** Output that stops the job once it exceeds {@code cap} bytes. */
    static CappedOutput stopping(String name, long cap) {
        return new CappedOutput(name, cap, true);
    }

    /** Output that keeps its first {@code cap} bytes and drops the rest. */
    static CappedOutput truncating(String name, long cap) {
        return new CappedOutput(name, cap, false);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        long room = cap - bytes.size();
        if (length > room) {
            if (stopAtCap) {
                throw new LimitExceeded(JobCode.OUTPUT_TOO_LARGE,
                        "The job wrote more than " + cap + " bytes to " + name + " and was stopped.");
            }
            length = (int) Math.max(0, room);
        }
        bytes.write(data, offset, length);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
