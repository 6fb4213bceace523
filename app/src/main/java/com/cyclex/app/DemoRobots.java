package com.cyclex.app;

import com.cyclex.agent.Delivery;
import com.cyclex.sim.DemoDelivery;
import com.cyclex.sim.RobotSeat;

import com.cyclex.host.ExchangeHost;
import com.cyclex.member.MemberInfo;
import com.cyclex.sim.DemoMarketplace;
import com.cyclex.sim.RobotRole;
import com.cyclex.sim.RobotRunner;
import com.cyclex.ui.demo.DemoControl;

/** The demo marketplace of server-core's sim package, behind the terminal's DemoControl. */
final class DemoRobots implements DemoControl {
    private final ExchangeHost host;
    private volatile RobotRunner runner;
    private DemoDelivery delivery;
    private volatile int rate;

    DemoRobots(ExchangeHost host, int rate) {
        this.host = host;
        this.rate = rate;
    }

    @Override
    public boolean canCreate() {
        return host.read(x -> x.markets().isEmpty());
    }

    @Override
    public boolean exists() {
        return host.read(x -> x.members().stream().map(MemberInfo::name).anyMatch(n -> RobotRole.ofMemberName(n) != null));
    }

    @Override
    public synchronized void start() {
        if (runner != null && runner.running()) {
            return;
        }
        runner = DemoMarketplace.createOrResume(host).join();
        runner.setRate(rate);
        runner.start();
        if (delivery == null) {
            delivery = DemoDelivery.start(host, Delivery.on(host),
                    runner.seats().stream().map(RobotSeat::memberId).distinct().toList());
        }
    }

    @Override
    public boolean running() {
        RobotRunner r = runner;
        return r != null && r.running();
    }

    @Override
    public synchronized void stop() {
        if (runner != null) {
            runner.close();
        }
        if (delivery != null) {
            delivery.close();
            delivery = null;
        }
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public void setRate(int commandsPerSecond) {
        rate = commandsPerSecond;
        RobotRunner r = runner;
        if (r != null) {
            r.setRate(commandsPerSecond);
        }
    }
}
