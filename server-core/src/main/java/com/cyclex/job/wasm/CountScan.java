package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;

/**
 * Checks, in the raw bytes and before Chicory's parser trusts them, the counts and sizes that make it
 * allocate: a section or data segment claiming more bytes than follow, a vector claiming more entries than its
 * section has bytes, a function declaring more locals than any compiler emits. Each is a few bytes in the
 * module and gigabytes in the seller's heap (an 80 KB module declaring a billion locals exhausted a 256 MB
 * heap). Whatever this walk cannot follow is left for the parser to refuse.
 */
final class CountScan {
    private static final int CODE_SECTION = 10;
    private static final int DATA_SECTION = 11;
    private static final int END = 0x0b;

    private final byte[] bytes;
    private final int maxLocals;
    private int at;

    private CountScan(byte[] bytes, int maxLocals) {
        this.bytes = bytes;
        this.maxLocals = maxLocals;
    }

    /** Throws INVALID_MODULE when the module claims more than its bytes can hold, or too many locals. */
    static void check(byte[] module, int maxLocals) {
        if (module.length < 8 || module[0] != 0 || module[1] != 'a' || module[2] != 's' || module[3] != 'm') {
            return; // not WebAssembly at all: the parser says so
        }
        try {
            new CountScan(module, maxLocals).sections();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw refuse("it ends in the middle of a section");
        }
    }

    private void sections() {
        at = 8;
        while (at < bytes.length) {
            int id = bytes[at++] & 0xff;
            long size = unsigned();
            long end = at + size;
            if (end > bytes.length) {
                throw refuse("section " + id + " claims " + size + " bytes but only " + (bytes.length - at) + " follow");
            }
            if (id >= 1 && id <= DATA_SECTION && id != 8) { // every section but custom (0) and start (8) is a vector
                int start = at;
                long entries = unsigned();
                if (entries > size) {
                    throw refuse("section " + id + " claims " + entries + " entries in " + size + " bytes");
                }
                if (id == CODE_SECTION) {
                    functions(entries, end);
                } else if (id == DATA_SECTION) {
                    dataSegments(entries, end);
                }
                at = start;
            }
            at = (int) end;
        }
    }

    private void functions(long count, long sectionEnd) {
        for (long f = 0; f < count; f++) {
            long bodyEnd = at + unsigned();
            if (bodyEnd > sectionEnd) {
                throw refuse("function " + f + " runs past the end of the code section");
            }
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
            at = (int) bodyEnd;
        }
    }

    private void dataSegments(long count, long sectionEnd) {
        for (long s = 0; s < count; s++) {
            long mode = unsigned();
            if (mode == 2) {
                unsigned(); // memory index
            }
            if (mode == 0 || mode == 2) {
                if (!skipConstantExpression()) {
                    return; // an offset this walk does not know: the parser judges it
                }
            }
            long length = unsigned();
            if (at + length > sectionEnd) {
                throw refuse("data segment " + s + " claims " + length + " bytes but only " + (sectionEnd - at) + " follow");
            }
            at += (int) length;
        }
    }

    /** Skips a data offset (constants, global.get, extended-constant arithmetic); false at anything else. */
    private boolean skipConstantExpression() {
        while (true) {
            int op = bytes[at++] & 0xff;
            switch (op) {
                case END:
                    return true;
                case 0x41, 0x42, 0x23: // i32.const, i64.const, global.get
                    unsigned();
                    break;
                case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // i32/i64 add, sub, mul
                    break;
                default:
                    return false;
            }
        }
    }

    private void skipValueType() {
        int type = bytes[at++] & 0xff;
        if (type == 0x63 || type == 0x64) { // (ref null? heaptype): a LEB128 follows
            unsigned();
        }
    }

    /** A LEB128 number; signed ones are skipped the same way, their value unused. */
    private long unsigned() {
        long value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = bytes[at++] & 0xff;
            if (shift < 63) {
                value |= (long) (b & 0x7f) << shift;
            }
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw refuse("a number in it is longer than any LEB128 may be");
    }

    private static JobException refuse(String why) {
        return new JobException(JobCode.INVALID_MODULE, "The module is not valid WebAssembly: " + why + ".");
    }
}
