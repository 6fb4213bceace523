package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import com.cyclex.net.ConnectedMember;
import com.cyclex.net.Gateway;
import com.cyclex.net.GatewayOptions;
import com.cyclex.net.HostAdapter;
import com.cyclex.ui.net.NetworkControl;
import java.util.List;

/** `--listen [ADDR:]PORT`: opens a hosted exchange to the network and tells where to join it. */
final class Listening {
    private Listening() {
    }

    /** Starts the gateway on the host (its certificate kept in the data dir) and prints the join address. */
    static Gateway start(ExchangeHost host, String listen) {
        GatewayOptions options = GatewayOptions.parseListen(listen);
        Gateway gateway = Gateway.start(new HostAdapter(host), host.dataDir(), options);
        System.out.println("Listening on " + options.bindHost() + ":" + gateway.port() + ". Members join with:");
        System.out.println("  cyclex --connect " + gateway.joinAddress() + " --name NAME");
        return gateway;
    }

    /** The gateway as the terminal's Host tab sees it. */
    static NetworkControl control(Gateway gateway) {
        return new NetworkControl() {
            @Override
            public String joinAddress() {
                return gateway.joinAddress().toString();
            }

            @Override
            public List<ConnectedMember> members() {
                return gateway.members();
            }

            @Override
            public void disconnect(long member) {
                gateway.disconnect(member);
            }

            @Override
            public void allow(long member) {
                gateway.allow(member);
            }
        };
    }
}
