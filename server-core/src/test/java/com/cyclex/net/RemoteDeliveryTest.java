package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.agent.Delivery;
import com.cyclex.agent.RemoteDelivery;
import com.cyclex.api.ClaimJob;
import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReportJob;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.job.TestModules;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.Reputation;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery between computers, over real TLS sockets: a seller that joined from elsewhere runs a buyer's job in
 * its own sandbox with its own blob store, the buyer reads the output through the gateway, a third member can
 * neither read the blobs nor touch the job, and a seller whose computer goes away loses its lease.
 */
class RemoteDeliveryTest {
    private static final long SELLER_TIMEOUT = 2_000;

    @TempDir
    Path dir;

    /** Buyer and seller joined over the network with a 2-core lease between them; every job checked. */
    private record Market(NetFixture f, Delivery hostDelivery, Membership buyerMember, RemoteClient buyer, RemoteClient seller, Lease lease)
            implements AutoCloseable {
        @Override
        public void close() {
            buyer.close();
            seller.close();
            f.close();
        }
    }

    private Market market() {
        NetFixture f = new NetFixture(dir);
        Delivery delivery = Delivery.start(f.host, TestModules.testLimits().withTimeLimit(Duration.ofSeconds(20)), SELLER_TIMEOUT);
        NetFixture.await(() -> f.host.read(x -> x.verificationSalted()), () -> "the host salts its picks of jobs to check");
        NetFixture.ok(f.host.execute(new SetVerification(NetFixture.HOST, 10_000, 7)));
        Membership buyerMember = f.joinActive("buyer-laptop");
        RemoteClient buyer = RemoteClient.connect(buyerMember);
        RemoteClient seller = RemoteClient.connect(f.joinActive("seller-desktop"));
        NetFixture.ok(seller.submit(new DeclareCapacity(seller.memberId(), 4)).join());
        NetFixture.ok(seller.submit(PlaceOrder.limit(seller.memberId(), f.market, Side.ASK, 500, 2, TimeInForce.GTC)).join());
        NetFixture.ok(buyer.submit(PlaceOrder.limit(buyer.memberId(), f.market, Side.BID, 500, 2, TimeInForce.GTC)).join());
        List<Lease> leases = buyer.leases(buyer.memberId()).join();
        assertEquals(1, leases.size(), leases.toString());
        return new Market(f, delivery, buyerMember, buyer, seller, leases.get(0));
    }

    private static long submitPrimes(RemoteClient buyer, Lease lease, PrimeCount primes) {
        String module = buyer.putBlob(BlobKind.MODULE, primes.kind().module()).join();
        String input = buyer.putBlob(BlobKind.INPUT, primes.input()).join();
        assertEquals(BlobStore.hashOf(primes.kind().module()), module, "the host names a blob by its SHA-256");
        CommandResult r = buyer.submit(new SubmitJob(buyer.memberId(), lease.id(), module, primes.args(), input)).join();
        assertTrue(r.accepted(), r.toString());
        return r.id();
    }

    private static Job finished(RemoteClient buyer, long job) {
        NetFixture.await(() -> buyer.jobHistory(buyer.memberId(), 50).join().stream()
                        .anyMatch(j -> j.id() == job && (j.state() == JobState.DONE || j.state() == JobState.FAILED)),
                () -> buyer.jobs(buyer.memberId()).join().toString());
        return buyer.jobHistory(buyer.memberId(), 50).join().stream().filter(j -> j.id() == job).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aJobRunsOnTheRemoteSellersComputerAndItsOutputComesBackToTheBuyerChecked() throws Exception {
        try (Market m = market();
             RemoteDelivery sellerSide = RemoteDelivery.start(m.seller(), dir.resolve("seller-computer"),
                     TestModules.testLimits().withTimeLimit(Duration.ofSeconds(20)), 300)) {
            PrimeCount primes = new PrimeCount(1, 100_000);
            long job = submitPrimes(m.buyer(), m.lease(), primes);

            Job done = finished(m.buyer(), job);
            assertEquals(JobState.DONE, done.state(), done.toString());
            assertEquals(JobCode.OK, done.outcome());
            assertTrue(done.verify(), "every job is checked at 100%");
            assertArrayEquals(primes.expectedOutput(), m.buyer().blob(done.outputHash(), BlobKind.OUTPUT).join(),
                    "the buyer reads the seller's output through the gateway");
            assertEquals(1, sellerSide.jobsRun(), "the seller's computer ran it, not the host's agent");
            assertTrue(BlobStore.open(dir.resolve("seller-computer").resolve(RemoteDelivery.FOLDER), TestModules.testLimits()).contains(done.moduleHash()),
                    "the module was fetched into the seller's own store");
            NetFixture.await(() -> m.buyer().reputations().join().contains(new Reputation(m.seller().memberId(), 0, 0, 1, 0)),
                    () -> m.buyer().reputations().join().toString());
            assertEquals(LeaseState.ACTIVE, m.buyer().leases(m.buyer().memberId()).join().get(0).state());
        }
    }

    @Test
    void aThirdMemberCanNeitherReadTheBlobsNorTouchTheJob() throws Exception {
        try (Market m = market(); RemoteClient eve = RemoteClient.connect(m.f().joinActive("eve"))) {
            PrimeCount primes = new PrimeCount(1, 1_000);
            long job = submitPrimes(m.buyer(), m.lease(), primes);
            String input = BlobStore.hashOf(primes.input());
            long before = m.f().host.read(x -> x.stateHash());

            JobException refused = (JobException) cause(() -> eve.blob(input, BlobKind.INPUT).join());
            assertEquals(JobCode.BLOB_MISSING, refused.code(), "to another member the blob is not there");
            assertEquals(ResultCode.JOB_NOT_YOURS, eve.submit(new ClaimJob(eve.memberId(), job)).join().code());
            assertEquals(ResultCode.JOB_NOT_YOURS, eve.submit(new ReportJob(eve.memberId(), job, JobCode.OK, 0, input, 1, null, 1, 1)).join().code());
            assertFalse(eve.submit(new SubmitJob(eve.memberId(), m.lease().id(), input, List.of("x"), input)).join().accepted(),
                    "no one queues work on a lease it did not buy");
            assertTrue(eve.jobs(eve.memberId()).join().isEmpty());
            assertTrue(eve.leaseHistory(eve.memberId(), 50).join().isEmpty(), "no lease of others in eve's history");
            assertTrue(eve.tradeHistory(eve.memberId(), 50).join().isEmpty(), "no trade of others either");
            m.f().host.history().awaitMark(m.f().host.lastSeq(), 10_000);
            assertEquals(List.of(m.lease().trade().id()), m.buyer().tradeHistory(m.buyer().memberId(), 50).join().stream()
                    .map(t -> t.id()).toList(), "the buyer's own trade, read through the gateway");
            assertEquals(before, (long) m.f().host.read(x -> x.stateHash()), "the refusals changed nothing");

            // the seller may read what it has to run; the buyer what it sent
            assertArrayEquals(primes.input(), m.seller().blob(input, BlobKind.INPUT).join());
            assertArrayEquals(primes.input(), m.buyer().blob(input, BlobKind.INPUT).join());
        }
    }

    @Test
    void blobUploadsAreRefusedWithASentenceWhenTooLargeOfNoKindOrFromAMemberNotAdmitted() throws Exception {
        try (Market m = market()) {
            HostileClient raw = new HostileClient(m.f().address());
            Membership pending = RemoteClient.join(m.f().address(), "not-yet");
            String auth = "Bearer " + pending.credential();
            HttpResponse<String> r = raw.send("PUT", "/api/v1/blobs/module", new byte[] {0, 97, 115, 109}, "Authorization", auth).join();
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("MEMBER_NOT_ACTIVE") && r.body().contains("admitted"), r.body());

            String buyerAuth = "Bearer " + m.buyerMember().credential();
            r = raw.send("PUT", "/api/v1/blobs/picture", new byte[] {1}, "Authorization", buyerAuth).join();
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("module, an input or an output"), r.body());

            long max = m.hostDelivery().limits().maxBytes(BlobKind.INPUT);
            r = raw.send("PUT", "/api/v1/blobs/input", new byte[(int) max + 1], "Authorization", buyerAuth).join();
            assertEquals(413, r.statusCode(), r.body());
            assertTrue(r.body().contains("An input blob has " + (max + 1) + " bytes; at most " + max), r.body());

            r = raw.send("GET", "/api/v1/blobs/not-a-hash", null, "Authorization", buyerAuth).join();
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("64 lower-case hexadecimal digits"), r.body());

            // Jetty refuses a NUL in a path before any route sees it: the refusal is still the gateway's JSON
            r = new HostileClient(m.f().address()).send("PUT", "/api/v1/blobs/%00", new byte[] {1}, "Authorization", buyerAuth).join();
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("{") && r.body().contains("REQUEST_INVALID") && r.body().contains("NUL"), r.body());

            r = raw.send("PUT", "/api/v1/blobs/input", "seven".getBytes(), "Authorization", buyerAuth).join();
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(BlobStore.hashOf("seven".getBytes())), r.body());
        }
    }

    @Test
    void aSellerWhoseComputerGoesAwayLosesItsLeaseAndTheBuyerGetsTheRestBack() throws Exception {
        try (Market m = market()) {
            RemoteDelivery sellerSide = RemoteDelivery.start(m.seller(), dir.resolve("seller-computer"),
                    TestModules.testLimits(), 300);
            PrimeCount primes = new PrimeCount(1, 1_000);
            assertEquals(JobState.DONE, finished(m.buyer(), submitPrimes(m.buyer(), m.lease(), primes)).state());
            sellerSide.close();
            m.seller().close(); // the computer is gone: no more requests, no stream

            NetFixture.await(() -> m.buyer().leases(m.buyer().memberId()).join().isEmpty(), () -> "the lease ends");
            m.f().host.history().awaitMark(m.f().host.lastSeq(), 10_000);
            // read as the buyer's terminal reads it: through the gateway
            Lease failed = m.buyer().leaseHistory(m.buyer().memberId(), 10).join().stream()
                    .filter(l -> l.id() == m.lease().id()).reduce((a, b) -> b).orElseThrow();
            assertEquals(LeaseState.FAILED, failed.state());
            assertEquals(LeaseEnd.SELLER_LOST, failed.ending());
            assertTrue(failed.refunded() > 0, failed.toString());
            assertEquals(0, m.f().host.read(x -> x.ledgerTotals()).sum(), "the ledger balances");
        }
    }

    private static Throwable cause(Runnable r) {
        try {
            r.run();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure");
    }
}
