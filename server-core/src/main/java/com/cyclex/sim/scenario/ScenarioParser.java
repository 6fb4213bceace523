package com.cyclex.sim.scenario;

import com.cyclex.market.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a scenario file (the format is in docs/scenarios.md): one setting or seat per line, {@code #} starts a
 * comment. The whole file is checked once, and the first mistake is refused with a sentence that names its line.
 */
public final class ScenarioParser {
    /** The longest period a scenario may ask for: a day. */
    static final int MAX_PERIOD_SECONDS = 86_400;
    static final int MAX_PERIODS = 100_000;
    static final int MAX_PACE = 10_000;
    static final int MAX_UNITS = 1_000;
    private static final String SETTINGS = "name, rule, periods, length, pace, prices, credits, robots, losses, roles, buyer,"
            + " seller and 'from period'";

    private final String source;
    private String name;
    private MarketRule rule = MarketRule.CLASSIC;
    private Integer periods;
    private int periodsLine;
    private Integer seconds;
    private int pace = 20;
    private long priceMin = 1;
    private Long priceMax;
    private Long credits;
    private Taker defaultTaker = Taker.STUDENT;
    private boolean lossesRefused;
    private boolean rolesReshuffled;
    private final Map<String, Draft> seats = new LinkedHashMap<>();
    /** The period a {@code from period} line opened, or 1 while seats are first declared. */
    private int fromPeriod = 1;
    private int fromLine;
    private int line;

    /** Who takes a seat: a robot of some kind, a student, or whoever the {@code robots} line says. */
    private record Taker(RobotKind robot, boolean student) {
        static final Taker STUDENT = new Taker(null, true);
        static final Taker DEFAULT = new Taker(null, false);
    }

    private static final class Draft {
        final String name;
        final Side side;
        final Taker taker;
        final TreeMap<Integer, long[]> limits = new TreeMap<>();
        final Map<Integer, Integer> lines = new LinkedHashMap<>();

        Draft(String name, Side side, Taker taker) {
            this.name = name;
            this.side = side;
            this.taker = taker;
        }
    }

    private ScenarioParser(String source) {
        this.source = source;
    }

    /**
     * Parses a scenario.
     *
     * @param source how sentences name the file, e.g. its file name
     * @throws ScenarioException on the first mistake, naming its line
     */
    public static Scenario parse(String text, String source) {
        return new ScenarioParser(source).read(text);
    }

    private Scenario read(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line = i + 1;
            String content = lines[i];
            int hash = content.indexOf('#');
            if (hash >= 0) {
                content = content.substring(0, hash);
            }
            String[] words = content.trim().isEmpty() ? new String[0] : content.trim().split("\\s+");
            if (words.length > 0) {
                setting(words);
            }
        }
        line = Math.max(1, lines.length);
        return finish();
    }

    private void setting(String[] w) {
        String key = w[0].toLowerCase(Locale.ROOT);
        switch (key) {
            case "name" -> name = rest(w, "a name, e.g. 'name Smith (1962) chart 1'");
            case "rule" -> rule(w);
            case "periods" -> {
                periods = whole(one(w, "a number of periods, e.g. 'periods 6'"), "The number of periods", 1, MAX_PERIODS);
                periodsLine = line;
            }
            case "length" -> length(w);
            case "pace" -> pace = whole(one(w, "robot turns per second, e.g. 'pace 20'"), "The pace", 1, MAX_PACE);
            case "prices" -> prices(w);
            case "credits" -> credits = (long) whole(one(w, "each buyer's credits per period, e.g. 'credits 5000'"),
                    "A buyer's credits", 1, Integer.MAX_VALUE);
            case "robots" -> robots(w);
            case "losses" -> lossesRefused = choice(w, "allowed", "refused",
                    "whether a shout that could trade at a loss is taken: 'losses allowed' or 'losses refused'");
            case "roles" -> rolesReshuffled = choice(w, "fixed", "reshuffled",
                    "whether students keep their seats from period to period: 'roles fixed' or 'roles reshuffled'");
            case "buyer" -> seat(w, Side.BID);
            case "seller" -> seat(w, Side.ASK);
            case "from" -> from(w);
            default -> fail("'" + w[0] + "' is not a setting; a line starts with " + SETTINGS + ".");
        }
    }

    private void rule(String[] w) {
        String word = one(w, "a market rule: 'rule classic' or 'rule cda'");
        MarketRule r = MarketRule.named(word);
        if (r == null) {
            fail("'" + word + "' is not a market rule; the rules are 'classic' (only the best bid and ask stand)"
                    + " and 'cda' (the exchange's continuous double auction).");
        }
        rule = r;
    }

    private void length(String[] w) {
        if (w.length < 2 || w.length > 3) {
            fail("'length' needs how long a period lasts, e.g. 'length 60 s' or 'length 4 min'.");
        }
        String number = w[1];
        String unit = w.length == 3 ? w[2] : "s";
        // "60s" and "4min" in one word are as clear as with a space.
        if (w.length == 2) {
            int split = 0;
            while (split < number.length() && Character.isDigit(number.charAt(split))) {
                split++;
            }
            if (split > 0 && split < number.length()) {
                unit = number.substring(split);
                number = number.substring(0, split);
            }
        }
        int factor = switch (unit.toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second", "seconds" -> 1;
            case "min", "minute", "minutes" -> 60;
            default -> {
                fail("'" + unit + "' is not a unit of time; write seconds as 's' or minutes as 'min'.");
                yield 0;
            }
        };
        long value = parseWhole(number, "A period's length");
        if (value <= 0) {
            fail("A period lasts at least 1 second, not " + value + ".");
        }
        if (value * factor > MAX_PERIOD_SECONDS) {
            fail("A period lasts at most a day (" + MAX_PERIOD_SECONDS + " s), not " + value * factor + " s.");
        }
        seconds = (int) (value * factor);
    }

    private void prices(String[] w) {
        if (w.length != 4 || !w[2].equalsIgnoreCase("to")) {
            fail("'prices' needs the band of prices in ticks, e.g. 'prices 1 to 200'.");
        }
        long low = whole(w[1], "The lowest price", 1, Integer.MAX_VALUE);
        long high = whole(w[3], "The highest price", 1, Integer.MAX_VALUE);
        if (high < low) {
            fail("The highest price " + high + " is below the lowest " + low + ".");
        }
        if (high - low + 1 > 1_000_000) {
            fail("The band may span at most 1000000 ticks.");
        }
        priceMin = low;
        priceMax = high;
    }

    private void robots(String[] w) {
        String word = one(w, "who takes the seats not marked otherwise: a robot kind (" + RobotKind.list() + ") or 'students'");
        defaultTaker = word.equalsIgnoreCase("students") ? Taker.STUDENT : new Taker(robotKind(word), false);
    }

    /** A setting of two words: false for the first, true for the second. */
    private boolean choice(String[] w, String no, String yes, String what) {
        String word = one(w, what);
        if (word.equalsIgnoreCase(no)) {
            return false;
        }
        if (!word.equalsIgnoreCase(yes)) {
            fail("'" + w[0] + "' is '" + no + "' or '" + yes + "', not '" + word + "'.");
        }
        return true;
    }

    private RobotKind robotKind(String word) {
        RobotKind kind = RobotKind.named(word);
        if (kind == null) {
            fail("'" + word + "' is not a robot; the robots are " + RobotKind.list() + ".");
        }
        return kind;
    }

    private void from(String[] w) {
        if (w.length != 3 || !w[1].equalsIgnoreCase("period")) {
            fail("'from' starts a schedule change and needs the period it starts in, e.g. 'from period 6'.");
        }
        int p = whole(w[2], "The period a change starts in", 2, MAX_PERIODS);
        if (p <= fromPeriod && fromPeriod > 1) {
            fail("Schedule changes come in order of period: period " + p + " follows period " + fromPeriod + ".");
        }
        fromPeriod = p;
        fromLine = line;
    }

    private void seat(String[] w, Side side) {
        String role = side == Side.BID ? "buyer" : "seller";
        String limitsWord = side == Side.BID ? "values" : "costs";
        if (w.length < 2) {
            fail("'" + role + "' needs a name and its " + limitsWord + ", e.g. '" + role + " " + (side == Side.BID ? "B1 120 90" : "S1 40 70") + "'.");
        }
        String seatName = w[1];
        if (!seatName.matches("[A-Za-z][A-Za-z0-9_-]{0,23}")) {
            fail("'" + seatName + "' is not a seat name: a letter, then up to 23 letters, digits, dashes or underscores.");
        }
        List<Long> limits = new ArrayList<>();
        Taker taker = Taker.DEFAULT;
        int i = 2;
        for (; i < w.length; i++) {
            String word = w[i];
            if (word.equalsIgnoreCase("robot")) {
                if (i + 1 >= w.length) {
                    fail(role + " " + seatName + ": 'robot' needs a kind after it (" + RobotKind.list() + ").");
                }
                taker = new Taker(robotKind(w[i + 1]), false);
                i += 2;
                break;
            }
            if (word.equalsIgnoreCase("student")) {
                taker = Taker.STUDENT;
                i++;
                break;
            }
            if (!word.matches("-?\\d+")) {
                fail(role + " " + seatName + "'s " + limitsWord + " are whole numbers of ticks; '" + word + "' is not.");
            }
            limits.add(parseWhole(word, role + " " + seatName + "'s unit " + (limits.size() + 1)));
        }
        if (i < w.length) {
            fail(role + " " + seatName + ": nothing may follow '" + w[i - 1] + "', but '" + w[i] + "' does.");
        }
        if (limits.isEmpty()) {
            fail(role + " " + seatName + " has no units: list its " + limitsWord + " after its name, one per unit, e.g. '"
                    + role + " " + seatName + (side == Side.BID ? " 120 90'." : " 40 70'."));
        }
        if (limits.size() > MAX_UNITS) {
            fail(role + " " + seatName + " has " + limits.size() + " units; a seat has at most " + MAX_UNITS + ".");
        }
        for (int u = 1; u < limits.size(); u++) {
            boolean wrongWay = side == Side.BID ? limits.get(u) > limits.get(u - 1) : limits.get(u) < limits.get(u - 1);
            if (wrongWay) {
                fail(role + " " + seatName + "'s units are traded in the order listed, so its " + limitsWord + " must "
                        + (side == Side.BID ? "not rise" : "not fall") + " from one unit to the next: " + limits.get(u)
                        + " follows " + limits.get(u - 1) + ".");
            }
        }
        long[] array = limits.stream().mapToLong(Long::longValue).toArray();
        Draft seat = seats.get(seatName);
        if (fromPeriod == 1) {
            if (seat != null) {
                fail("There is already a seat named " + seatName + " (line " + seat.lines.get(1) + ").");
            }
            seat = new Draft(seatName, side, taker);
            seats.put(seatName, seat);
        } else {
            if (seat == null) {
                fail("There is no seat named " + seatName + " to change from period " + fromPeriod
                        + "; seats are declared before the first 'from period' line.");
            }
            if (seat.side != side) {
                fail(seatName + " is a " + (seat.side == Side.BID ? "buyer" : "seller") + ", not a " + role + ".");
            }
            if (taker != Taker.DEFAULT) {
                fail("Who takes " + seatName + " is said where the seat is declared, not in a schedule change.");
            }
            if (seat.limits.containsKey(fromPeriod)) {
                fail(seatName + " already changes in period " + fromPeriod + " (line " + seat.lines.get(fromPeriod) + ").");
            }
        }
        seat.limits.put(fromPeriod, array);
        seat.lines.put(fromPeriod, line);
    }

    private Scenario finish() {
        if (periods == null) {
            fail("The scenario has no 'periods' line: say how many periods it runs, e.g. 'periods 6'.");
        }
        if (seconds == null) {
            fail("The scenario has no 'length' line: say how long a period lasts, e.g. 'length 60 s'.");
        }
        if (seats.values().stream().noneMatch(s -> s.side == Side.BID)) {
            fail("The scenario has no buyer: add a line such as 'buyer B1 120 90'.");
        }
        if (seats.values().stream().noneMatch(s -> s.side == Side.ASK)) {
            fail("The scenario has no seller: add a line such as 'seller S1 40 70'.");
        }
        if (fromPeriod > periods) {
            line = fromLine;
            fail("The change from period " + fromPeriod + " is past the last period, " + periods + " (line " + periodsLine + ").");
        }
        long highest = seats.values().stream().flatMap(s -> s.limits.values().stream()).flatMapToLong(Arrays::stream).max().orElse(1);
        long high = priceMax != null ? priceMax : Math.max(priceMin, 2 * highest);
        List<SeatPlan> plans = new ArrayList<>();
        int mostUnits = 1;
        for (Draft seat : seats.values()) {
            for (Map.Entry<Integer, long[]> e : seat.limits.entrySet()) {
                for (long limit : e.getValue()) {
                    if (limit < priceMin || limit > high) {
                        line = seat.lines.get(e.getKey());
                        fail((seat.side == Side.BID ? "buyer " : "seller ") + seat.name + "'s " + (seat.side == Side.BID ? "value " : "cost ")
                                + limit + " is outside the band of prices, " + priceMin + " to " + high + " ticks.");
                    }
                }
                mostUnits = Math.max(mostUnits, e.getValue().length);
            }
            RobotKind robot = seat.taker == Taker.DEFAULT ? defaultTaker.robot : seat.taker.robot;
            plans.add(new SeatPlan(seat.name, seat.side, seat.limits, robot));
        }
        long buyerCredits = credits != null ? credits : high * mostUnits;
        return new Scenario(name != null ? name : source, rule, periods, seconds, pace, priceMin, high, buyerCredits, plans,
                lossesRefused, rolesReshuffled);
    }

    // ---- words ----------------------------------------------------------------------------------------

    private String one(String[] w, String what) {
        if (w.length != 2) {
            fail("'" + w[0] + "' needs " + what + (w.length > 2 ? ", and nothing after it." : "."));
        }
        return w[1];
    }

    private String rest(String[] w, String what) {
        if (w.length < 2) {
            fail("'" + w[0] + "' needs " + what + ".");
        }
        return String.join(" ", Arrays.copyOfRange(w, 1, w.length));
    }

    private int whole(String word, String what, long min, long max) {
        long v = parseWhole(word, what);
        if (v < min || v > max) {
            fail(what + " is " + (max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max)
                    + ", not " + v + ".");
        }
        return (int) v;
    }

    private long parseWhole(String word, String what) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            fail(what + " is a whole number; '" + word + "' is not.");
            return 0;
        }
    }

    private void fail(String problem) {
        throw new ScenarioException(source, line, problem);
    }
}
