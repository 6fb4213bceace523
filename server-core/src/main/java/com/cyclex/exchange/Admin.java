package com.cyclex.exchange;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.ledger.Ledger;
import com.cyclex.ledger.PostingReason;
import com.cyclex.market.CancelReason;
import com.cyclex.market.MarketStatus;
import com.cyclex.member.Member;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;

/** Membership, capacity, credits and market listing: the commands that are not orders. */
final class Admin {
    /** The most credits (minor units) the host may ever mint in all: far from overflow in any sum. */
    static final long MAX_CREDITS = 1_000_000_000_000_000L;

    private final MemberRegistry members;
    private final Markets markets;
    private final Ledger ledger;
    private final OrderDesk desk;
    private final EventCollector events;
    private final TimeEvents time;

    Admin(MemberRegistry members, Markets markets, Ledger ledger, OrderDesk desk, EventCollector events, TimeEvents time) {
        this.members = members;
        this.markets = markets;
        this.ledger = ledger;
        this.desk = desk;
        this.events = events;
        this.time = time;
    }

    CommandResult register(RegisterMember c, long now) {
        if (c.actor() != 0 && c.actor() != MemberRegistry.HOST_ID) {
            return notHost("register members for others");
        }
        String problem = MemberRegistry.nameProblem(c.name());
        if (problem != null) {
            return CommandResult.reject(ResultCode.NAME_INVALID, problem);
        }
        problem = MemberRegistry.tokenHashProblem(c.tokenHash());
        if (problem != null) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, problem);
        }
        String name = c.name().strip();
        if (members.nameInUse(name)) {
            return CommandResult.reject(ResultCode.NAME_TAKEN, "Another member is already called " + name + ".");
        }
        Member member = members.add(name, c.tokenHash() == null ? "" : c.tokenHash(), now, MemberStatus.PENDING);
        ledger.openMember(member.id());
        events.event(new ExchangeEvent.MemberUpdated(member.info()));
        return CommandResult.ok(member.id());
    }

    CommandResult admit(AdmitMember c) {
        CommandResult problem = checkHostOver(c.actor(), c.member(), "admit members");
        if (problem != null) {
            return problem;
        }
        Member member = members.get(c.member());
        if (member.status() != MemberStatus.PENDING && member.status() != MemberStatus.SUSPENDED) {
            return statusConflict(member, "be admitted");
        }
        return changeStatus(member, MemberStatus.ACTIVE);
    }

    CommandResult suspend(SuspendMember c, long now) {
        CommandResult problem = checkHostOver(c.actor(), c.member(), "suspend members");
        if (problem != null) {
            return problem;
        }
        Member member = members.get(c.member());
        if (member.id() == MemberRegistry.HOST_ID) {
            return CommandResult.reject(ResultCode.MEMBER_STATUS_CONFLICT, "The host cannot suspend itself.");
        }
        if (member.status() != MemberStatus.ACTIVE) {
            return statusConflict(member, "be suspended");
        }
        pullAll(member, now);
        return changeStatus(member, MemberStatus.SUSPENDED);
    }

    CommandResult leave(LeaveExchange c, long now) {
        Member member = members.get(c.actor());
        if (member == null) {
            return OrderDesk.unknownMember(c.actor());
        }
        if (member.id() == MemberRegistry.HOST_ID) {
            return CommandResult.reject(ResultCode.MEMBER_STATUS_CONFLICT, "The host cannot leave its own exchange.");
        }
        if (member.status() == MemberStatus.LEFT) {
            return statusConflict(member, "leave again");
        }
        pullAll(member, now);
        return changeStatus(member, MemberStatus.LEFT);
    }

    CommandResult declare(DeclareCapacity c) {
        Member member = members.get(c.actor());
        if (member == null) {
            return OrderDesk.unknownMember(c.actor());
        }
        if (member.status() == MemberStatus.LEFT) {
            return statusConflict(member, "declare capacity");
        }
        if (c.cores() < 0 || c.cores() > MemberRegistry.MAX_CORES) {
            return CommandResult.reject(ResultCode.CAPACITY_INVALID,
                    "Spare cores are between 0 and " + MemberRegistry.MAX_CORES + ", not " + c.cores() + ".");
        }
        long committed = member.askCores() + member.leasedCores();
        if (c.cores() < committed) {
            return CommandResult.reject(ResultCode.CAPACITY_BELOW_COMMITTED, "You have " + OrderDesk.cores(committed)
                    + " committed to open asks and leases; declare at least that many, or cancel asks first.");
        }
        member.setDeclaredCores(c.cores());
        events.account(member);
        events.event(new ExchangeEvent.MemberUpdated(member.info()));
        return CommandResult.ok(member.id());
    }

    CommandResult mint(MintCredits c) {
        CommandResult problem = checkHostOver(c.actor(), c.member(), "mint credits");
        if (problem != null) {
            return problem;
        }
        Member member = members.get(c.member());
        if (member.status() == MemberStatus.LEFT) {
            return statusConflict(member, "receive credits");
        }
        if (c.amount() <= 0) {
            return CommandResult.reject(ResultCode.AMOUNT_INVALID, "Mint a positive amount of credits, not " + c.amount() + ".");
        }
        if (c.amount() > MAX_CREDITS - ledger.issued()) {
            return CommandResult.reject(ResultCode.LIMIT_EXCEEDED, "The exchange may hold at most " + MAX_CREDITS
                    + " credits in all; " + ledger.issued() + " exist already.");
        }
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(member.id()), c.amount(), PostingReason.MINT);
        events.account(member);
        return CommandResult.ok(member.id());
    }

    CommandResult createMarket(CreateMarket c, long now) {
        if (c.actor() != MemberRegistry.HOST_ID) {
            return notHost("list markets");
        }
        if (c.spec() == null) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, "A new market needs a definition.");
        }
        String problem = MarketRules.problem(c.spec(), now);
        if (problem != null) {
            return CommandResult.reject(ResultCode.MARKET_SPEC_INVALID, problem);
        }
        if (markets.symbolInUse(c.spec().symbol())) {
            return CommandResult.reject(ResultCode.SYMBOL_TAKEN, "A market called " + c.spec().symbol() + " exists already.");
        }
        Market market = markets.add(c.spec());
        time.marketsChanged();
        events.event(new ExchangeEvent.MarketUpdated(market.info()));
        return CommandResult.ok(market.id());
    }

    CommandResult halt(HaltMarket c) {
        return switchMarket(c.actor(), c.market(), MarketStatus.OPEN, MarketStatus.HALTED, "halt markets");
    }

    CommandResult resume(ResumeMarket c) {
        return switchMarket(c.actor(), c.market(), MarketStatus.HALTED, MarketStatus.OPEN, "resume markets");
    }

    CommandResult setFees(SetFees c) {
        if (c.actor() != MemberRegistry.HOST_ID) {
            return notHost("set fees");
        }
        Market market = markets.get(c.market());
        if (market == null) {
            return OrderDesk.unknownMarket(c.market());
        }
        if (!MarketRules.feeValid(c.makerFeeBps()) || !MarketRules.feeValid(c.takerFeeBps())) {
            return CommandResult.reject(ResultCode.FEES_INVALID, "Fees are between 0 and " + MarketRules.MAX_FEE_BPS
                    + " basis points; got maker " + c.makerFeeBps() + " and taker " + c.takerFeeBps() + ".");
        }
        market.setFees(c.makerFeeBps(), c.takerFeeBps());
        events.event(new ExchangeEvent.MarketUpdated(market.info()));
        return CommandResult.ok(market.id());
    }

    private CommandResult switchMarket(long actor, int id, MarketStatus from, MarketStatus to, String what) {
        if (actor != MemberRegistry.HOST_ID) {
            return notHost(what);
        }
        Market market = markets.get(id);
        if (market == null) {
            return OrderDesk.unknownMarket(id);
        }
        if (market.status() != from) {
            String now = market.status() == MarketStatus.CLOSED ? "has closed"
                    : "is " + market.status().name().toLowerCase(java.util.Locale.ROOT);
            String rule = to == MarketStatus.HALTED ? "only an open market can be halted" : "only a halted market can be resumed";
            return CommandResult.reject(ResultCode.MARKET_STATUS_CONFLICT, market.spec().symbol() + " " + now + "; " + rule + ".");
        }
        market.setStatus(to);
        events.event(new ExchangeEvent.MarketUpdated(market.info()));
        return CommandResult.ok(market.id());
    }

    private void pullAll(Member member, long now) {
        for (Market market : markets.all()) {
            desk.pull(market, member.id(), CancelReason.MEMBER_INACTIVE, now);
        }
    }

    private CommandResult changeStatus(Member member, MemberStatus status) {
        member.setStatus(status);
        events.event(new ExchangeEvent.MemberUpdated(member.info()));
        return CommandResult.ok(member.id());
    }

    private CommandResult checkHostOver(long actor, long memberId, String what) {
        if (actor != MemberRegistry.HOST_ID) {
            return notHost(what);
        }
        return members.get(memberId) == null ? OrderDesk.unknownMember(memberId) : null;
    }

    private static CommandResult notHost(String what) {
        return CommandResult.reject(ResultCode.NOT_HOST, "Only the host can " + what + ".");
    }

    private static CommandResult statusConflict(Member member, String action) {
        return CommandResult.reject(ResultCode.MEMBER_STATUS_CONFLICT,
                "Member " + member.name() + " " + standing(member.status()) + "; it cannot " + action + ".");
    }

    private static String standing(MemberStatus status) {
        switch (status) {
            case PENDING:
                return "is waiting to be admitted";
            case ACTIVE:
                return "is active";
            case SUSPENDED:
                return "is suspended";
            default:
                return "has left the exchange";
        }
    }
}
