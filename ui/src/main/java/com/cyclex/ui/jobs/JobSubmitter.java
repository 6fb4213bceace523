package com.cyclex.ui.jobs;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.BlobKind;
import com.cyclex.job.builtin.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Puts a run's work on a lease: stores the module and input blobs (on the blob thread, never the JavaFX one),
 * then submits one job for each piece of work, in order. The answer says how many the exchange took and, if it
 * refused any, its sentence for the first refusal.
 */
public final class JobSubmitter {
    private final ExchangeClient client;
    private final JobBlobs blobs;
    private final Executor io;

    public JobSubmitter(ExchangeClient client, JobBlobs blobs, Executor io) {
        this.client = client;
        this.blobs = blobs;
        this.io = io;
    }

    /** What came of a run: the jobs the exchange took (their ids), and the first refusal's sentence or null. */
    public record Submitted(List<Long> jobs, int refused, String refusal) {
        public boolean allTaken() {
            return refused == 0 && refusal == null;
        }
    }

    /** A job's arguments; its module's and input's hashes come once their blobs are stored. */
    private record Piece(List<String> args) {
    }

    /** Built-in work: the built-ins' modules, each work's arguments and (empty) input. */
    public CompletableFuture<Submitted> builtIn(long lease, List<? extends Workload> work) {
        List<Piece> pieces = new ArrayList<>(work.size());
        for (Workload w : work) {
            pieces.add(new Piece(w.args()));
        }
        return CompletableFuture.supplyAsync(() -> {
            Map<Object, String> stored = new HashMap<>();
            List<String[]> hashes = new ArrayList<>(work.size());
            for (Workload w : work) {
                String module = stored.computeIfAbsent(w.kind(), k -> blobs.put(BlobKind.MODULE, w.kind().module()));
                String input = blobs.put(BlobKind.INPUT, w.input());
                hashes.add(new String[] {module, input});
            }
            return hashes;
        }, io).thenCompose(hashes -> submitAll(lease, hashes, pieces)).exceptionally(JobSubmitter::refusedBefore);
    }

    /** A module of the operator's own from a file, with its command line and an input file (or none). */
    public CompletableFuture<Submitted> module(long lease, Path module, List<String> args, Path input) {
        return CompletableFuture.supplyAsync(() -> {
            String m = blobs.put(BlobKind.MODULE, read(module, "module"));
            String in = blobs.put(BlobKind.INPUT, input == null ? new byte[0] : read(input, "input"));
            return List.<String[]>of(new String[] {m, in});
        }, io).thenCompose(hashes -> submitAll(lease, hashes, List.of(new Piece(args))))
                .exceptionally(JobSubmitter::refusedBefore);
    }

    private CompletableFuture<Submitted> submitAll(long lease, List<String[]> hashes, List<Piece> pieces) {
        List<CompletableFuture<CommandResult>> sent = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            sent.add(client.submit(new SubmitJob(client.memberId(), lease, hashes.get(i)[0], pieces.get(i).args(),
                    hashes.get(i)[1])));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(all -> {
            List<Long> ids = new ArrayList<>();
            int refused = 0;
            String first = null;
            for (CompletableFuture<CommandResult> f : sent) {
                CommandResult r = f.join();
                if (r.accepted()) {
                    ids.add(r.id());
                } else {
                    refused++;
                    if (first == null) {
                        first = r.message();
                    }
                }
            }
            return new Submitted(ids, refused, first);
        });
    }

    private static Submitted refusedBefore(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String sentence = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new Submitted(List.of(), 0, sentence);
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the " + what + " file " + file.getFileName() + ": " + e.getMessage() + ".");
        }
    }
}
