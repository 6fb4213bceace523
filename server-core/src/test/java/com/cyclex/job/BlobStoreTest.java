package com.cyclex.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    @TempDir
    Path dataDir;

    private BlobStore store() {
        return BlobStore.open(dataDir, TestModules.testLimits().withMaxModuleBytes(1000).withMaxInputBytes(100));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertFails(JobCode code, String words, Runnable action) {
        JobException e = assertThrows(JobException.class, action::run);
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(words), () -> "'" + words + "' in: " + e.getMessage());
    }

    @Test
    void aBlobIsNamedByTheSha256OfItsBytesAndLivesUnderItsPrefix() {
        String hash = store().put(BlobKind.INPUT, bytes("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
        assertTrue(Files.isRegularFile(dataDir.resolve("blobs/ba/" + hash)));
        assertArrayEquals(bytes("abc"), store().get(hash, BlobKind.INPUT), "a store opened again finds it");
    }

    @Test
    void puttingTheSameBytesTwiceKeepsOneFileAndLeavesNoTemporaryFiles() throws IOException {
        var store = store();
        assertEquals(store.put(BlobKind.MODULE, bytes("same")), store.put(BlobKind.MODULE, new ByteArrayInputStream(bytes("same"))));
        try (var files = Files.walk(dataDir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aCorruptedFileIsDetectedOnReadAndRemovedSoThatPuttingItAgainRepairsIt() throws IOException {
        var store = store();
        String hash = store.put(BlobKind.INPUT, bytes("the buyer's input"));
        Files.write(store.pathOf(hash), bytes("the buyer's inpuT"));
        assertFails(JobCode.BLOB_CORRUPT, "corrupt on disk", () -> store.get(hash, BlobKind.INPUT));
        assertFalse(store.contains(hash));
        store.put(BlobKind.INPUT, bytes("the buyer's input"));
        assertArrayEquals(bytes("the buyer's input"), store.get(hash, BlobKind.INPUT));
    }

    @Test
    void aMissingBlobAndAMalformedHashAreReportedAsSuch() {
        var store = store();
        assertFails(JobCode.BLOB_MISSING, "No blob", () -> store.get(BlobStore.hashOf(bytes("never put")), BlobKind.INPUT));
        assertFails(JobCode.BLOB_HASH_INVALID, "64 lower-case hexadecimal digits", () -> store.get("../../etc/passwd", BlobKind.INPUT));
        assertFails(JobCode.BLOB_HASH_INVALID, "not a blob hash", () -> store.contains("AB" + "0".repeat(62)));
    }

    @Test
    void eachKindHasItsSizeLimitOnPutAndOnGet() throws IOException {
        var store = store();
        assertFails(JobCode.BLOB_TOO_LARGE, "limit of 100 bytes for a input", () -> store.put(BlobKind.INPUT, new byte[101]));
        assertFails(JobCode.BLOB_TOO_LARGE, "limit of 100", () -> store.put(BlobKind.INPUT, new ByteArrayInputStream(new byte[5000])));
        String module = store.put(BlobKind.MODULE, new byte[500]);
        assertFails(JobCode.BLOB_TOO_LARGE, "limit of 100", () -> store.get(module, BlobKind.INPUT));
        assertEquals(500, store.get(module, BlobKind.MODULE).length);
    }

    @Test
    void blobsOutsideTheLiveSetAndOlderThanTheGraceAreDeleted() throws IOException {
        var store = store();
        String live = store.put(BlobKind.INPUT, bytes("live"));
        String dead = store.put(BlobKind.INPUT, bytes("dead"));
        String fresh = store.put(BlobKind.INPUT, bytes("just put"));
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(store.pathOf(live), hourAgo);
        Files.setLastModifiedTime(store.pathOf(dead), hourAgo);
        assertEquals(1, store.retainOnly(Set.of(live), Duration.ofMinutes(10)));
        assertTrue(store.contains(live));
        assertFalse(store.contains(dead));
        assertTrue(store.contains(fresh), "a blob younger than the grace period is spared");
    }

    @Test
    void halfWrittenBlobsOfACrashAreDroppedOnOpen() throws IOException {
        store();
        Path leftover = dataDir.resolve("blobs/incoming/incoming-123.blob");
        Files.write(leftover, bytes("half"));
        store();
        assertFalse(Files.exists(leftover));
    }
}
