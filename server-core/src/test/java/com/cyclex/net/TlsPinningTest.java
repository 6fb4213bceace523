package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsPinningTest {
    @TempDir
    Path dir;

    @Test
    void theCertificateIsMadeOnceAndKeptSoTheJoinAddressSurvivesARestart() {
        String first;
        int port;
        try (NetFixture f = new NetFixture(dir)) {
            first = f.gateway.fingerprint();
            port = f.gateway.port();
            assertEquals(64, first.length());
            assertTrue(f.address().toString().matches("cyclex://127\\.0\\.0\\.1:\\d+#[0-9a-f]{64}"), f.address().toString());
        }
        try (ExchangeHost host = ExchangeHost.open(dir.resolve("host"));
             Gateway again = Gateway.start(new HostAdapter(host), dir.resolve("host"), GatewayOptions.defaults("127.0.0.1", 0))) {
            assertEquals(first, again.fingerprint());
            assertTrue(port > 0);
        }
    }

    @Test
    void aWrongFingerprintIsRefusedWithASentenceThatSaysSo() {
        try (NetFixture f = new NetFixture(dir)) {
            JoinAddress real = f.address();
            JoinAddress forged = new JoinAddress(real.host(), real.port(), "ab".repeat(32));
            RemoteException e = assertThrows(RemoteException.class, () -> RemoteClient.join(forged, "mallory"));
            assertTrue(e.getMessage().contains("fingerprint is " + real.fingerprint()), e.getMessage());
            assertTrue(e.getMessage().contains("not the exchange"), e.getMessage());
            assertEquals(0, f.host.<Integer>read(x -> x.members().size()) - 1, "nobody joined");
        }
    }

    @Test
    void joinAddressesAreReadStrictlyWithTheRightFormShown() {
        JoinAddress a = JoinAddress.parse("cyclex://192.168.1.20:7741#" + "0A".repeat(32));
        assertEquals("192.168.1.20", a.host());
        assertEquals(7741, a.port());
        assertEquals("0a".repeat(32), a.fingerprint());
        assertEquals(a, JoinAddress.parse(a.toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JoinAddress.parse("192.168.1.20:7741"));
        assertTrue(e.getMessage().contains("cyclex://"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JoinAddress.parse("cyclex://h:99999#" + "0".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> JoinAddress.parse("cyclex://h:7741#abc"));
    }
}
