package com.cyclex.api;

/**
 * Every outcome of a command, with a stable number grouped by where it comes from:
 * 1xx membership, 2xx markets, 3xx orders, 4xx credits and capacity, 5xx leases, 6xx classroom sessions, 8xx the network
 * gateway, 9xx the exchange
 * itself. (Newer codes come last in the list so that the older codes keep their places.)
 * A rejected command changes nothing; its result carries one of these and a sentence for a person.
 */
public enum ResultCode {
    OK(0, "Done."),

    MEMBER_UNKNOWN(100, "No member has that id."),
    MEMBER_NOT_ACTIVE(101, "Only active members can trade."),
    NOT_HOST(102, "Only the host can do that."),
    MEMBER_STATUS_CONFLICT(103, "The member's status does not allow that change."),
    NAME_INVALID(104, "A member name is 1 to 40 printable characters."),
    NAME_TAKEN(105, "Another member already has that name."),
    CAPACITY_INVALID(110, "Declared spare cores must be between 0 and 1048576."),
    CAPACITY_BELOW_COMMITTED(111, "Spare cores cannot drop below the cores already committed to asks and leases."),

    MARKET_UNKNOWN(200, "No market has that id."),
    MARKET_HALTED(201, "Trading in this market is halted."),
    MARKET_CLOSED(202, "This market has closed."),
    MARKET_SPEC_INVALID(203, "The market definition is not valid."),
    SYMBOL_TAKEN(204, "Another market already has that symbol."),
    MARKET_STATUS_CONFLICT(205, "The market's status does not allow that change."),

    PRICE_OUTSIDE_BAND(300, "The price is outside the market's price band."),
    UNITS_OUT_OF_LIMITS(301, "The number of units is outside the market's lot limits."),
    ORDER_TYPE_INVALID(302, "A market order must be IOC or FOK."),
    ORDER_UNKNOWN(303, "No open order has that id in this market."),
    ORDER_NOT_YOURS(304, "That order belongs to another member."),
    NO_LIQUIDITY(305, "There is nothing on the other side to trade with."),

    INSUFFICIENT_CREDITS(400, "Not enough available credits."),
    INSUFFICIENT_CAPACITY(401, "Not enough spare cores."),
    AMOUNT_INVALID(402, "The amount must be a positive whole number of minor units."),
    LIMIT_EXCEEDED(403, "That would exceed the exchange's limit on credits."),
    FEES_INVALID(404, "Fees are between 0 and 1000 basis points."),

    COMMAND_INVALID(900, "The command is incomplete or malformed."),
    EXCHANGE_UNAVAILABLE(901, "The exchange is not accepting commands."),

    AUTH_REQUIRED(800, "Sign in first: send your member token as 'Authorization: Bearer MEMBER.TOKEN'."),
    AUTH_FAILED(801, "That member token is not known to this exchange."),
    MEMBER_DISCONNECTED(802, "The host has disconnected this member."),
    RATE_LIMITED(803, "Too many requests: slow down and try again in a moment."),
    REQUEST_TOO_LARGE(804, "The request is too large."),
    REQUEST_INVALID(805, "The request is not valid JSON of the expected shape."),
    COMMAND_UNKNOWN(806, "There is no command of that name."),
    ROUTE_UNKNOWN(807, "There is nothing at that address."),
    IDEMPOTENCY_KEY_INVALID(808, "An idempotency key is 1 to 64 printable ASCII characters."),
    NOT_YOUR_DATA(809, "A member sees only its own orders, account and leases."),

    LEASE_UNKNOWN(500, "No open lease has that id."),
    LEASE_NOT_YOURS(501, "Only the lease's seller or the host can end it."),
    LEASE_END_INVALID(502, "A seller can only withdraw its cores (SELLER_WITHDREW); other reasons are the host's to give."),
    RULES_INVALID(503, "The exchange does not know those delivery rules."),
    JOB_UNKNOWN(504, "No open job has that id."),
    JOB_NOT_YOURS(505, "Only the lease's buyer submits its jobs, and only its seller runs them."),
    JOB_INVALID(506, "A job names its module and input by SHA-256 hashes and has at most a few arguments of plain text."),
    LEASE_NOT_ACTIVE(507, "The lease does not take jobs now: it has not started, or it has ended."),
    JOB_QUEUE_FULL(508, "The lease has as many jobs waiting as it may have."),
    JOB_STATE_INVALID(509, "The job is not at the step that command is for."),
    LEASE_CORES_BUSY(510, "Every core of the lease is running a job already."),

    SESSION_NONE(600, "No live session is running on this exchange."),
    SEATS_FULL(601, "Every seat of the session is held by someone."),
    SEAT_NONE(602, "You hold no seat in the session: ask for one first."),
    PERIOD_CLOSED(603, "No period is open: wait for the next one."),
    PERIOD_PAUSED(604, "The period is paused: wait until it resumes."),
    SEAT_UNITS_USED(605, "The seat has traded all its units this period."),
    SHOUT_NOT_IMPROVING(606, "Under the classic rule a new bid must improve the best bid, and a new ask the best ask."),
    SHOUT_AT_A_LOSS(607, "This session refuses a shout that could trade a unit at a loss."),
    SESSION_STATE_CONFLICT(608, "The session is not at the step that needs."),
    SESSION_MARKET(609, "A live session's market takes shouts from its seats only: trade there from your Seat tab.");

    private final int number;
    private final String sentence;

    ResultCode(int number, String sentence) {
        this.number = number;
        this.sentence = sentence;
    }

    /** The stable number of this code, for logs and remote clients. */
    public int number() {
        return number;
    }

    /** The general sentence; results usually carry a more specific one. */
    public String sentence() {
        return sentence;
    }
}
