package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Python example bot (examples/python, standard library only) joins over TLS, is admitted, reads the book and trades. */
class PythonBotTest {
    @TempDir
    Path dir;

    @Test
    void thePythonBotJoinsReadsTheBookAndTrades() throws Exception {
        Path bot = Path.of("..", "examples", "python", "cyclex_bot.py").toAbsolutePath().normalize();
        assumeTrue(Files.exists(bot), "the example is in the repository");
        assumeTrue(python3Present(), "python3 is on the PATH");
        try (NetFixture f = new NetFixture(dir)) {
            Membership seller = f.joinActive("seller");
            NetFixture.ok(f.host.execute(new DeclareCapacity(seller.memberId(), 64)));
            NetFixture.ok(f.host.execute(PlaceOrder.limit(seller.memberId(), f.market, Side.ASK, 400, 10, TimeInForce.GTC)));

            Path out = dir.resolve("bot.out");
            Process p = new ProcessBuilder("python3", bot.toString(), f.address().toString(), "--name", "pybot",
                    "--identity", dir.resolve("bot.json").toString(), "--trades", "3", "--seconds", "120")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            // the host admits the bot once it has joined, and gives it credits to buy with
            NetFixture.await(() -> pending(f) != null || !p.isAlive(), () -> read(out));
            MemberInfo joined = pending(f);
            assertTrue(joined != null, read(out));
            assertEquals("pybot", joined.name());
            NetFixture.ok(f.host.execute(new AdmitMember(NetFixture.HOST, joined.id())));
            NetFixture.ok(f.host.execute(new MintCredits(NetFixture.HOST, joined.id(), 10_000_000)));

            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the bot finished: " + read(out));
            assertEquals(0, p.exitValue(), read(out));
            long bought = f.host.<Long>read(x -> x.recentTrades(f.market, 100).stream()
                    .filter(t -> t.buyerId() == joined.id()).mapToLong(t -> t.units()).sum());
            assertEquals(3, bought, "the bot's three trades are on the exchange: " + read(out));
        }
    }

    private static MemberInfo pending(NetFixture f) {
        return f.host.read(x -> x.members().stream().filter(m -> m.status() == MemberStatus.PENDING).findFirst().orElse(null));
    }

    private static boolean python3Present() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "python3"))) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
