package com.cyclex.net;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MintCredits;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A host in its own JVM for the crash tests: opens the data dir, makes one market the first time, listens on
 * 127.0.0.1:PORT (0: any), admits every member that joins with credits, prints "READY port fingerprint" and
 * runs until killed.
 */
public final class GatewayChild {
    private GatewayChild() {
    }

    public static void main(String[] args) throws Exception {
        ExchangeHost host = ExchangeHost.open(Path.of(args[0]));
        if (host.<Boolean>read(x -> x.markets().isEmpty())) {
            host.execute(new CreateMarket(MemberRegistry.HOST_ID, MarketSpec.spot("CPU-10M", 10, 100, 1, 1000)));
        }
        ExecutorService admitter = Executors.newSingleThreadExecutor();
        host.subscribe(events -> {
            for (ExchangeEvent e : events) {
                if (e instanceof ExchangeEvent.MemberUpdated m && m.member().status() == MemberStatus.PENDING) {
                    long id = m.member().id();
                    admitter.execute(() -> {
                        host.execute(new AdmitMember(MemberRegistry.HOST_ID, id));
                        host.execute(new MintCredits(MemberRegistry.HOST_ID, id, 100_000_000));
                    });
                }
            }
        });
        Gateway gateway = Gateway.start(new HostAdapter(host), Path.of(args[0]),
                GatewayOptions.defaults("127.0.0.1", Integer.parseInt(args[1])));
        System.out.println("READY " + gateway.port() + " " + gateway.fingerprint());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
