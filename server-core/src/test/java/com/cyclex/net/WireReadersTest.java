package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway reads strictly; a client reads the host it pinned leniently, and each reader is what it says. */
class WireReadersTest {
    private static final String TWICE = "{\"a\":1,\"a\":2}";

    @Test
    void theGatewayRefusesAKeyGivenTwice() {
        WireException e = assertThrows(WireException.class, () -> Wire.read(TWICE, Map.class));
        assertTrue(e.getMessage().toLowerCase().contains("duplicate"), e.getMessage());
    }

    @Test
    void aClientReadsItsHostWithoutCheckingForKeysGivenTwiceAndTheSharedMapperStillChecks() throws Exception {
        Map<?, ?> read = Wire.hostReader().forType(Map.class).readValue(TWICE);
        assertEquals(2, read.get("a"), "the last of a key given twice stands");
        assertThrows(WireException.class, () -> Wire.read(TWICE, Map.class), "the copy left the shared mapper as it was");
    }

    @Test
    void aClientReadsFieldsANewerHostAddedAndTheGatewayDoesNot() throws Exception {
        String withMore = "{\"host\":\"h\",\"port\":1,\"fingerprint\":\"f\",\"added\":true}";
        JoinAddressShape read = Wire.hostReader().forType(JoinAddressShape.class).readValue(withMore);
        assertEquals("h", read.host());
        assertThrows(WireException.class, () -> Wire.read(withMore, JoinAddressShape.class));
    }

    record JoinAddressShape(String host, int port, String fingerprint) {
    }
}
