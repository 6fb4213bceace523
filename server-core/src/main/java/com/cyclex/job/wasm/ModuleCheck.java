package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.job.JobLimits;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.Set;

/**
 * Decides, before any of its code runs, whether a parsed module may run in this sandbox: it must be a WASI
 * command, import only the functions jobs may use, and declare no more memory or table than the limits allow.
 * Refusing at load, rather than failing the call at run time, means the refused functions never run at all.
 */
final class ModuleCheck {
    static final String WASI = "wasi_snapshot_preview1";

    /** Arguments, stdio, a deterministic clock and random source, exit: all a job needs to compute. */
    static final Set<String> OFFERED = Set.of(
            "args_get", "args_sizes_get", "environ_get", "environ_sizes_get",
            "clock_res_get", "clock_time_get", "random_get",
            "fd_read", "fd_write", "fd_close", "fd_seek", "fd_tell", "fd_fdstat_get", "fd_filestat_get",
            "fd_prestat_get", "fd_prestat_dir_name", // libc asks for preopened directories at start: there are none
            "proc_exit", "sched_yield");

    /** WASI functions that reach files, sockets, signals or real time: named so that the refusal says why. */
    static final Set<String> REFUSED = Set.of(
            "path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link", "path_open",
            "path_readlink", "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file",
            "fd_advise", "fd_allocate", "fd_datasync", "fd_fdstat_set_flags", "fd_fdstat_set_rights",
            "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread", "fd_pwrite",
            "fd_readdir", "fd_renumber", "fd_sync",
            "sock_accept", "sock_recv", "sock_send", "sock_shutdown", "sock_open", "sock_connect", "sock_bind",
            "sock_listen", "poll_oneoff", "proc_raise");

    private ModuleCheck() {
    }

    /** The memory limits the module declares, once it passes; throws a JobException saying why it does not. */
    static MemoryLimits check(WasmModule module, JobLimits limits) {
        checkImports(module);
        checkEntryPoint(module);
        checkTables(module, limits);
        return checkMemory(module, limits);
    }

    private static void checkImports(WasmModule module) {
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imported = imports.getImport(i);
            String name = imported.module() + "." + imported.name();
            if (imported.importType() != ExternalType.FUNCTION) {
                throw new JobException(JobCode.IMPORT_UNKNOWN, "The module imports the " + imported.importType().name().toLowerCase()
                        + " " + name + "; jobs may import only WASI functions.");
            }
            if (imported.module().equals(WASI) && REFUSED.contains(imported.name())) {
                throw new JobException(JobCode.IMPORT_REFUSED, "The module imports " + imported.name()
                        + ": jobs have no files, sockets, signals or waiting, so modules that import it are refused.");
            }
            if (!imported.module().equals(WASI) || !OFFERED.contains(imported.name())) {
                throw new JobException(JobCode.IMPORT_UNKNOWN, "The module imports " + name
                        + ", which the sandbox does not offer; jobs may import only WASI preview 1 functions.");
            }
        }
    }

    private static void checkEntryPoint(WasmModule module) {
        var exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            var export = exports.getExport(i);
            if (export.name().equals("_start") && export.exportType() == ExternalType.FUNCTION) {
                return;
            }
        }
        throw new JobException(JobCode.NO_ENTRY_POINT,
                "The module exports no _start function: build it as a WASI command (a program with main), not a library.");
    }

    private static void checkTables(WasmModule module, JobLimits limits) {
        var tables = module.tableSection();
        for (int i = 0; i < tables.tableCount(); i++) {
            var declared = tables.getTable(i).limits();
            if (declared.min() > limits.maxTableElements()) {
                throw new JobException(JobCode.TABLE_LIMIT, "The module declares a table of " + declared.min()
                        + " elements; this sandbox allows " + limits.maxTableElements() + ".");
            }
            if (declared.max() > limits.maxTableElements()) { // table.grow is bounded only by the declared maximum
                throw new JobException(JobCode.TABLE_LIMIT, "The module's table may grow to " + declared.max()
                        + " elements; declare a maximum of at most " + limits.maxTableElements() + " (wasm-ld does).");
            }
        }
    }

    private static MemoryLimits checkMemory(WasmModule module, JobLimits limits) {
        var memories = module.memorySection();
        if (memories.isEmpty() || memories.get().memoryCount() == 0) {
            return null;
        }
        MemoryLimits declared = memories.get().getMemory(0).limits();
        if (declared.initialPages() > limits.maxMemoryPages()) {
            throw new JobException(JobCode.MEMORY_LIMIT, "The module declares " + declared.initialPages()
                    + " pages (" + (declared.initialPages() / 16) + " MiB) of linear memory at start; this sandbox allows "
                    + limits.maxMemoryPages() + " pages (" + (limits.maxMemoryBytes() >> 20) + " MiB).");
        }
        return declared;
    }
}
