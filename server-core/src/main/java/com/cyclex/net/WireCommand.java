package com.cyclex.net;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.ClaimJob;
import com.cyclex.api.Command;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.EndLease;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReportJob;
import com.cyclex.api.SubmitJob;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.job.JobCode;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A command as it travels over the network: the same fields as the command record, without the actor, which
 * the gateway takes from the authenticated member. The {@code command} field names the kind. Joining has its own
 * route (it needs no member yet), and the clock's ticks never come from outside.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "command")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WireCommand.Place.class, name = "PlaceOrder"),
        @JsonSubTypes.Type(value = WireCommand.Cancel.class, name = "CancelOrder"),
        @JsonSubTypes.Type(value = WireCommand.Replace.class, name = "ReplaceOrder"),
        @JsonSubTypes.Type(value = WireCommand.CancelEvery.class, name = "CancelAll"),
        @JsonSubTypes.Type(value = WireCommand.Declare.class, name = "DeclareCapacity"),
        @JsonSubTypes.Type(value = WireCommand.Leave.class, name = "LeaveExchange"),
        @JsonSubTypes.Type(value = WireCommand.Admit.class, name = "AdmitMember"),
        @JsonSubTypes.Type(value = WireCommand.Suspend.class, name = "SuspendMember"),
        @JsonSubTypes.Type(value = WireCommand.Mint.class, name = "MintCredits"),
        @JsonSubTypes.Type(value = WireCommand.NewMarket.class, name = "CreateMarket"),
        @JsonSubTypes.Type(value = WireCommand.Halt.class, name = "HaltMarket"),
        @JsonSubTypes.Type(value = WireCommand.Resume.class, name = "ResumeMarket"),
        @JsonSubTypes.Type(value = WireCommand.Fees.class, name = "SetFees"),
        @JsonSubTypes.Type(value = WireCommand.End.class, name = "EndLease"),
        @JsonSubTypes.Type(value = WireCommand.Submit.class, name = "SubmitJob"),
        @JsonSubTypes.Type(value = WireCommand.Claim.class, name = "ClaimJob"),
        @JsonSubTypes.Type(value = WireCommand.Report.class, name = "ReportJob"),
})
public sealed interface WireCommand {

    /** The command this asks for, sent by {@code actor}. */
    Command toCommand(long actor);

    /** Whether only the host may send it: the gateway refuses it to every remote member. */
    default boolean hostOnly() {
        return false;
    }

    record Place(int market, Side side, OrderType type, TimeInForce timeInForce, long price, long units)
            implements WireCommand {
        public Command toCommand(long actor) {
            return new PlaceOrder(actor, market, side, type, timeInForce, price, units);
        }
    }

    record Cancel(int market, long orderId) implements WireCommand {
        public Command toCommand(long actor) {
            return new CancelOrder(actor, market, orderId);
        }
    }

    record Replace(int market, long orderId, long newPrice, long newUnits) implements WireCommand {
        public Command toCommand(long actor) {
            return new ReplaceOrder(actor, market, orderId, newPrice, newUnits);
        }
    }

    record CancelEvery(int market) implements WireCommand {
        public Command toCommand(long actor) {
            return new CancelAll(actor, market);
        }
    }

    record Declare(int cores) implements WireCommand {
        public Command toCommand(long actor) {
            return new DeclareCapacity(actor, cores);
        }
    }

    record Leave() implements WireCommand {
        public Command toCommand(long actor) {
            return new LeaveExchange(actor);
        }
    }

    record Admit(long member) implements WireCommand {
        public Command toCommand(long actor) {
            return new AdmitMember(actor, member);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record Suspend(long member) implements WireCommand {
        public Command toCommand(long actor) {
            return new SuspendMember(actor, member);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record Mint(long member, long amount) implements WireCommand {
        public Command toCommand(long actor) {
            return new MintCredits(actor, member, amount);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record NewMarket(MarketSpec spec) implements WireCommand {
        public Command toCommand(long actor) {
            return new CreateMarket(actor, spec);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record Halt(int market) implements WireCommand {
        public Command toCommand(long actor) {
            return new HaltMarket(actor, market);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record Resume(int market) implements WireCommand {
        public Command toCommand(long actor) {
            return new ResumeMarket(actor, market);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    record Fees(int market, int makerFeeBps, int takerFeeBps) implements WireCommand {
        public Command toCommand(long actor) {
            return new SetFees(actor, market, makerFeeBps, takerFeeBps);
        }

        public boolean hostOnly() {
            return true;
        }
    }

    /** Open to every member: the exchange itself lets only the lease's seller withdraw, and keeps other reasons for the host. */
    record End(long lease, LeaseEnd reason) implements WireCommand {
        public Command toCommand(long actor) {
            return new EndLease(actor, lease, reason);
        }
    }

    /** A buyer's job on its lease: the module and input are blobs it stored first (PUT /blobs/{kind}). */
    record Submit(long lease, String moduleHash, List<String> args, String inputHash) implements WireCommand {
        public Submit {
            if (args != null && args.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("args holds text only");
            }
        }

        public Command toCommand(long actor) {
            return new SubmitJob(actor, lease, moduleHash, args == null ? List.of() : args, inputHash);
        }
    }

    /** A seller takes a queued job of its lease to run it; the exchange allows as many at once as the lease has cores. */
    record Claim(long job) implements WireCommand {
        public Command toCommand(long actor) {
            return new ClaimJob(actor, job);
        }
    }

    /**
     * A seller says how a job it claimed ended; its output and standard error are blobs it stored first. Both
     * hashes are always sent, null when there is none (the gateway reads every field strictly).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Report(long job, JobCode outcome, int exitCode, String outputHash, long outputBytes, String stderrHash,
                  long cpuMillis, long wallMillis) implements WireCommand {
        public Command toCommand(long actor) {
            return new ReportJob(actor, job, outcome, exitCode, outputHash, outputBytes, stderrHash, cpuMillis, wallMillis);
        }
    }

    /** The wire form of a command a client sends, or null for one that has none (joining, the clock). */
    static WireCommand of(Command command) {
        if (command instanceof PlaceOrder c) {
            return new Place(c.market(), c.side(), c.type(), c.timeInForce(), c.price(), c.units());
        } else if (command instanceof CancelOrder c) {
            return new Cancel(c.market(), c.orderId());
        } else if (command instanceof ReplaceOrder c) {
            return new Replace(c.market(), c.orderId(), c.newPrice(), c.newUnits());
        } else if (command instanceof CancelAll c) {
            return new CancelEvery(c.market());
        } else if (command instanceof DeclareCapacity c) {
            return new Declare(c.cores());
        } else if (command instanceof LeaveExchange) {
            return new Leave();
        } else if (command instanceof AdmitMember c) {
            return new Admit(c.member());
        } else if (command instanceof SuspendMember c) {
            return new Suspend(c.member());
        } else if (command instanceof MintCredits c) {
            return new Mint(c.member(), c.amount());
        } else if (command instanceof CreateMarket c) {
            return new NewMarket(c.spec());
        } else if (command instanceof HaltMarket c) {
            return new Halt(c.market());
        } else if (command instanceof ResumeMarket c) {
            return new Resume(c.market());
        } else if (command instanceof SetFees c) {
            return new Fees(c.market(), c.makerFeeBps(), c.takerFeeBps());
        } else if (command instanceof EndLease c) {
            return new End(c.lease(), c.reason());
        } else if (command instanceof SubmitJob c) {
            return new Submit(c.lease(), c.moduleHash(), c.args(), c.inputHash());
        } else if (command instanceof ClaimJob c) {
            return new Claim(c.job());
        } else if (command instanceof ReportJob c) {
            return new Report(c.job(), c.outcome(), c.exitCode(), c.outputHash(), c.outputBytes(), c.stderrHash(),
                    c.cpuMillis(), c.wallMillis());
        }
        return null;
    }
}
