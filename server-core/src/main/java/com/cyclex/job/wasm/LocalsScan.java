package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;

/**
 * Counts each function's declared locals in the raw bytes, before Chicory's parser expands them into lists:
 * a local declaration is a count and a type, so an 80 KB module can declare billions of locals and exhaust
 * the seller's heap while it is parsed. Anything this walk cannot follow is left for the parser to refuse.
 */
final class LocalsScan {
    private static final int CODE_SECTION = 10;

    private final byte[] bytes;
    private int at;

    private LocalsScan(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Throws INVALID_MODULE when a function declares more than {@code maxLocals} locals. */
    static void check(byte[] module, int maxLocals) {
        if (module.length < 8 || module[0] != 0 || module[1] != 'a' || module[2] != 's' || module[3] != 'm') {
            return; // not WebAssembly at all: the parser says so
        }
        try {
            new LocalsScan(module).scan(maxLocals);
        } catch (ArrayIndexOutOfBoundsException e) {
            // truncated: the parser says so
        }
    }

    private void scan(int maxLocals) {
        at = 8;
        while (at < bytes.length) {
            int id = bytes[at++] & 0xff;
            long size = unsigned();
            long end = at + size;
            if (id != CODE_SECTION) {
                if (end > bytes.length) {
                    return;
                }
                at = (int) end;
                continue;
            }
            long functions = unsigned();
            for (long f = 0; f < functions; f++) {
                long bodySize = unsigned();
                long bodyEnd = at + bodySize;
                long groups = unsigned();
                long locals = 0;
                for (long g = 0; g < groups && at < bodyEnd; g++) {
                    locals += unsigned();
                    skipValueType();
                    if (locals > maxLocals) {
                        throw new JobException(JobCode.INVALID_MODULE, "Function " + f + " of the module declares more than "
                                + maxLocals + " locals; jobs may declare at most " + maxLocals + " per function.");
                    }
                }
                if (bodyEnd > bytes.length) {
                    return;
                }
                at = (int) bodyEnd;
            }
            return;
        }
    }

    private void skipValueType() {
        int type = bytes[at++] & 0xff;
        if (type == 0x63 || type == 0x64) { // (ref null? heaptype): a signed LEB128 follows
            unsigned();
        }
    }

    private long unsigned() {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = bytes[at++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return value;
    }
}
