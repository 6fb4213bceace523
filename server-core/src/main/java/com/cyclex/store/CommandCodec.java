package com.cyclex.store;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ClaimJob;
import com.cyclex.api.EndLease;
import com.cyclex.api.ReportJob;
import com.cyclex.api.ReportVerification;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.JobCode;
import java.util.ArrayList;
import java.util.List;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.market.MarketSpec;
import com.cyclex.util.StableCodes;

/**
 * The journal's binary form of commands: a tag byte, then the fields as varints, enums by their
 * {@link StableCodes}. The tags and codes are part of the file format: never renumber one, only add new ones
 * (a golden-bytes test holds today's form fixed).
 */
final class CommandCodec {
    private static final int PLACE = 1;
    private static final int CANCEL = 2;
    private static final int REPLACE = 3;
    private static final int CANCEL_ALL = 4;
    private static final int REGISTER = 5;
    private static final int ADMIT = 6;
    private static final int SUSPEND = 7;
    private static final int LEAVE = 8;
    private static final int DECLARE = 9;
    private static final int MINT = 10;
    private static final int CREATE_MARKET = 11;
    private static final int HALT = 12;
    private static final int RESUME = 13;
    private static final int SET_FEES = 14;
    private static final int ADVANCE_CLOCK = 15;
    private static final int END_LEASE = 16;
    private static final int ADOPT_RULES = 17;
    private static final int SUBMIT_JOB = 18;
    private static final int CLAIM_JOB = 19;
    private static final int REPORT_JOB = 20;
    private static final int REPORT_VERIFICATION = 21;
    private static final int SET_VERIFICATION = 22;


    private CommandCodec() {
    }

    static void write(Bytes out, Command command) {
        if (command instanceof ReplaceOrder c) {
            out.writeByte(REPLACE);
            out.writeLong(c.actor());
            out.writeLong(c.market());
            out.writeLong(c.orderId());
            out.writeLong(c.newPrice());
            out.writeLong(c.newUnits());
        } else if (command instanceof PlaceOrder c) {
            out.writeByte(PLACE);
            out.writeLong(c.actor());
            out.writeLong(c.market());
            out.writeByte(StableCodes.SIDE.code(c.side()));
            out.writeByte(StableCodes.ORDER_TYPE.code(c.type()));
            out.writeByte(StableCodes.TIME_IN_FORCE.code(c.timeInForce()));
            out.writeLong(c.price());
            out.writeLong(c.units());
        } else if (command instanceof CancelOrder c) {
            out.writeByte(CANCEL);
            out.writeLong(c.actor());
            out.writeLong(c.market());
            out.writeLong(c.orderId());
        } else if (command instanceof CancelAll c) {
            out.writeByte(CANCEL_ALL);
            out.writeLong(c.actor());
            out.writeLong(c.market());
        } else if (command instanceof RegisterMember c) {
            out.writeByte(REGISTER);
            out.writeLong(c.actor());
            out.writeString(c.name());
            out.writeString(c.tokenHash());
        } else if (command instanceof AdmitMember c) {
            out.writeByte(ADMIT);
            out.writeLong(c.actor());
            out.writeLong(c.member());
        } else if (command instanceof SuspendMember c) {
            out.writeByte(SUSPEND);
            out.writeLong(c.actor());
            out.writeLong(c.member());
        } else if (command instanceof LeaveExchange c) {
            out.writeByte(LEAVE);
            out.writeLong(c.actor());
        } else if (command instanceof DeclareCapacity c) {
            out.writeByte(DECLARE);
            out.writeLong(c.actor());
            out.writeLong(c.cores());
        } else if (command instanceof MintCredits c) {
            out.writeByte(MINT);
            out.writeLong(c.actor());
            out.writeLong(c.member());
            out.writeLong(c.amount());
        } else if (command instanceof CreateMarket c) {
            out.writeByte(CREATE_MARKET);
            out.writeLong(c.actor());
            writeSpec(out, c.spec());
        } else if (command instanceof HaltMarket c) {
            out.writeByte(HALT);
            out.writeLong(c.actor());
            out.writeLong(c.market());
        } else if (command instanceof ResumeMarket c) {
            out.writeByte(RESUME);
            out.writeLong(c.actor());
            out.writeLong(c.market());
        } else if (command instanceof SetFees c) {
            out.writeByte(SET_FEES);
            out.writeLong(c.actor());
            out.writeLong(c.market());
            out.writeLong(c.makerFeeBps());
            out.writeLong(c.takerFeeBps());
        } else if (command instanceof AdvanceClock) {
            out.writeByte(ADVANCE_CLOCK);
        } else if (command instanceof EndLease c) {
            out.writeByte(END_LEASE);
            out.writeLong(c.actor());
            out.writeLong(c.lease());
            out.writeByte(StableCodes.codeOf(c.reason()));
        } else if (command instanceof AdoptDeliveryRules c) {
            out.writeByte(ADOPT_RULES);
            out.writeLong(c.actor());
            out.writeLong(c.version());
        } else if (command instanceof SubmitJob c) {
            out.writeByte(SUBMIT_JOB);
            out.writeLong(c.actor());
            out.writeLong(c.lease());
            out.writeString(c.moduleHash());
            out.writeString(c.inputHash());
            out.writeLong(c.args() == null ? -1 : c.args().size());
            if (c.args() != null) {
                c.args().forEach(out::writeString);
            }
        } else if (command instanceof ClaimJob c) {
            out.writeByte(CLAIM_JOB);
            out.writeLong(c.actor());
            out.writeLong(c.job());
        } else if (command instanceof ReportJob c) {
            out.writeByte(REPORT_JOB);
            out.writeLong(c.actor());
            out.writeLong(c.job());
            out.writeLong(c.outcome() == null ? -1 : c.outcome().number());
            out.writeLong(c.exitCode());
            out.writeString(c.outputHash());
            out.writeLong(c.outputBytes());
            out.writeString(c.stderrHash());
            out.writeLong(c.cpuMillis());
            out.writeLong(c.wallMillis());
        } else if (command instanceof ReportVerification c) {
            out.writeByte(REPORT_VERIFICATION);
            out.writeLong(c.actor());
            out.writeLong(c.job());
            out.writeLong(c.outcome() == null ? -1 : c.outcome().number());
            out.writeLong(c.exitCode());
            out.writeString(c.outputHash());
        } else if (command instanceof SetVerification c) {
            out.writeByte(SET_VERIFICATION);
            out.writeLong(c.actor());
            out.writeLong(c.shareBps());
            out.writeLong(c.salt());
        } else {
            throw new IllegalArgumentException("no journal form for " + command);
        }
    }

    static Command read(Bytes.Reader in) {
        int tag = in.readByte();
        switch (tag) {
            case PLACE:
                return new PlaceOrder(in.readLong(), in.readInt(), StableCodes.SIDE.of(in.readByte()), StableCodes.ORDER_TYPE.of(in.readByte()),
                        StableCodes.TIME_IN_FORCE.of(in.readByte()), in.readLong(), in.readLong());
            case CANCEL:
                return new CancelOrder(in.readLong(), in.readInt(), in.readLong());
            case REPLACE:
                return new ReplaceOrder(in.readLong(), in.readInt(), in.readLong(), in.readLong(), in.readLong());
            case CANCEL_ALL:
                return new CancelAll(in.readLong(), in.readInt());
            case REGISTER:
                return new RegisterMember(in.readLong(), in.readString(), in.readString());
            case ADMIT:
                return new AdmitMember(in.readLong(), in.readLong());
            case SUSPEND:
                return new SuspendMember(in.readLong(), in.readLong());
            case LEAVE:
                return new LeaveExchange(in.readLong());
            case DECLARE:
                return new DeclareCapacity(in.readLong(), in.readInt());
            case MINT:
                return new MintCredits(in.readLong(), in.readLong(), in.readLong());
            case CREATE_MARKET:
                return new CreateMarket(in.readLong(), readSpec(in));
            case HALT:
                return new HaltMarket(in.readLong(), in.readInt());
            case RESUME:
                return new ResumeMarket(in.readLong(), in.readInt());
            case SET_FEES:
                return new SetFees(in.readLong(), in.readInt(), in.readInt(), in.readInt());
            case ADVANCE_CLOCK:
                return new AdvanceClock();
            case END_LEASE:
                return new EndLease(in.readLong(), in.readLong(), StableCodes.LEASE_END.of(in.readByte()));
            case ADOPT_RULES:
                return new AdoptDeliveryRules(in.readLong(), in.readInt());
            case SUBMIT_JOB: {
                long actor = in.readLong();
                long lease = in.readLong();
                String module = in.readString();
                String input = in.readString();
                int count = (int) in.readLong();
                List<String> args = null;
                if (count >= 0) {
                    args = new ArrayList<>(Math.min(count, 64));
                    for (int i = 0; i < count; i++) {
                        args.add(in.readString());
                    }
                }
                return new SubmitJob(actor, lease, module, args, input);
            }
            case CLAIM_JOB:
                return new ClaimJob(in.readLong(), in.readLong());
            case REPORT_JOB:
                return new ReportJob(in.readLong(), in.readLong(), jobCode(in.readLong()), in.readInt(), in.readString(),
                        in.readLong(), in.readString(), in.readLong(), in.readLong());
            case REPORT_VERIFICATION:
                return new ReportVerification(in.readLong(), in.readLong(), jobCode(in.readLong()), in.readInt(), in.readString());
            case SET_VERIFICATION:
                return new SetVerification(in.readLong(), in.readInt(), in.readLong());
            default:
                throw new IllegalStateException("unknown command tag " + tag + " in the journal");
        }
    }

    /** A job outcome by its stable number; -1 stands for none (a command that was refused for having none). */
    private static JobCode jobCode(long number) {
        if (number == -1) {
            return null;
        }
        JobCode code = JobCode.of((int) number);
        if (code == null) {
            throw new IllegalStateException("unknown job outcome " + number + " in the journal");
        }
        return code;
    }

    private static void writeSpec(Bytes out, MarketSpec s) {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        out.writeString(s.symbol());
        out.writeByte(StableCodes.RESOURCE.code(s.resource()));
        out.writeByte(StableCodes.DELIVERY.code(s.delivery()));
        out.writeLong(s.windowStart());
        out.writeLong(s.termMinutes());
        out.writeLong(s.tickSize());
        out.writeLong(s.minUnits());
        out.writeLong(s.maxUnits());
        out.writeLong(s.priceMin());
        out.writeLong(s.priceMax());
        out.writeLong(s.makerFeeBps());
        out.writeLong(s.takerFeeBps());
        out.writeLong(s.protectionTicks());
    }

    private static MarketSpec readSpec(Bytes.Reader in) {
        if (in.readByte() == 0) {
            return null;
        }
        return new MarketSpec(in.readString(), StableCodes.RESOURCE.of(in.readByte()), StableCodes.DELIVERY.of(in.readByte()), in.readLong(),
                in.readInt(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                in.readInt(), in.readInt(), in.readLong());
    }
}
