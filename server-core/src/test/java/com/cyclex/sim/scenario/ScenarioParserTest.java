package com.cyclex.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.market.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario file is read whole, and each kind of mistake is refused with its line and a sentence. */
class ScenarioParserTest {
    private static final String GOOD = """
            # a small market
            name     Two by two
            rule     classic
            periods  3
            length   30 s
            pace     10
            prices   1 to 200
            credits  500
            robots   ZIC

            buyer  B1  150 120
            buyer  B2  140         robot ZIP
            seller S1   40  70     student
            seller S2   60

            from period 3
            buyer  B2  160
            """;

    private static Scenario parse(String text) {
        return ScenarioParser.parse(text, "test.scenario");
    }

    /** The good scenario with one line replaced (1-based), to make one mistake at a known line. */
    private static String withLine(int line, String replacement) {
        String[] lines = GOOD.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }

    private static ScenarioException refused(String text) {
        return assertThrows(ScenarioException.class, () -> parse(text));
    }

    private static void refusedAt(int line, String text, String... words) {
        ScenarioException e = refused(text);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.scenario, line " + line + ": "), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), () -> "'" + w + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void aGoodScenarioGivesEverySetting() {
        Scenario s = parse(GOOD);
        assertEquals("Two by two", s.name());
        assertEquals(MarketRule.CLASSIC, s.rule());
        assertEquals(3, s.periods());
        assertEquals(30, s.periodSeconds());
        assertEquals(300, s.turnsPerPeriod());
        assertEquals(1, s.priceMin());
        assertEquals(200, s.priceMax());
        assertEquals(500, s.credits());
        assertEquals(2, s.buyers().size());
        assertEquals(2, s.sellers().size());
        SeatPlan b1 = s.seats().get(0);
        assertEquals(Side.BID, b1.side());
        assertArrayEquals(new long[] {150, 120}, b1.limits(1));
        assertEquals(RobotKind.ZIC, b1.robot(), "the robots line fills seats not marked otherwise");
        assertEquals(RobotKind.ZIP, s.seats().get(1).robot());
        assertNull(s.seats().get(2).robot(), "a student's seat has no robot");
    }

    @Test
    void aScheduleChangeHoldsFromItsPeriodOn() {
        SeatPlan b2 = parse(GOOD).seats().get(1);
        assertArrayEquals(new long[] {140}, b2.limits(1));
        assertArrayEquals(new long[] {140}, b2.limits(2));
        assertArrayEquals(new long[] {160}, b2.limits(3));
    }

    @Test
    void lengthsReadInSecondsOrMinutes() {
        assertEquals(240, parse(withLine(5, "length 4 min")).periodSeconds());
        assertEquals(45, parse(withLine(5, "length 45s")).periodSeconds());
        assertEquals(20, parse(withLine(5, "length 20")).periodSeconds());
    }

    @Test
    void aMissingValueIsRefused() {
        refusedAt(4, withLine(4, "periods"), "'periods' needs a number of periods");
    }

    @Test
    void aSeatWithNoUnitsIsRefused() {
        refusedAt(12, withLine(12, "buyer  B2  robot ZIP"), "buyer B2 has no units", "list its values");
    }

    @Test
    void aPeriodOfLengthZeroIsRefused() {
        refusedAt(5, withLine(5, "length 0 s"), "A period lasts at least 1 second, not 0");
    }

    @Test
    void aMisspeltRuleIsRefusedWithTheRulesThereAre() {
        refusedAt(3, withLine(3, "rule clasic"), "'clasic' is not a market rule", "'classic'", "'cda'");
    }

    @Test
    void lossesAndRolesAreReadAndAMisspeltChoiceIsRefused() {
        Scenario plain = parse(GOOD);
        assertTrue(!plain.lossesRefused() && !plain.rolesReshuffled(), "losses allowed and roles fixed by default");
        Scenario live = parse(withLine(6, "losses refused") + "\nroles reshuffled\n");
        assertTrue(live.lossesRefused() && live.rolesReshuffled());
        refusedAt(6, withLine(6, "losses sometimes"), "'losses' is 'allowed' or 'refused', not 'sometimes'");
    }

    @Test
    void aMisspeltSettingIsRefused() {
        refusedAt(6, withLine(6, "pase 10"), "'pase' is not a setting");
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        refusedAt(11, withLine(11, "buyer  B1  150 12O"), "buyer B1's values are whole numbers of ticks; '12O' is not");
    }

    @Test
    void anUnknownRobotIsRefused() {
        refusedAt(12, withLine(12, "buyer  B2  140  robot ZIPP"), "'ZIPP' is not a robot", "ZIC");
    }

    @Test
    void aSecondSeatOfTheSameNameIsRefused() {
        refusedAt(14, withLine(14, "seller S1   60"), "already a seat named S1 (line 13)");
    }

    @Test
    void valuesThatRiseFromUnitToUnitAreRefused() {
        refusedAt(11, withLine(11, "buyer  B1  120 150"), "must not rise", "150 follows 120");
    }

    @Test
    void aValueOutsideTheBandIsRefusedAtItsSeat() {
        refusedAt(11, withLine(11, "buyer  B1  250 120"), "value 250 is outside the band of prices, 1 to 200");
    }

    @Test
    void aChangeForASeatThatDoesNotExistIsRefused() {
        refusedAt(17, withLine(17, "buyer  B9  160"), "no seat named B9");
    }

    @Test
    void aChangeThatSwapsASeatsSideIsRefused() {
        refusedAt(17, withLine(17, "seller B2  160"), "B2 is a buyer, not a seller");
    }

    @Test
    void aChangePastTheLastPeriodIsRefused() {
        refusedAt(16, withLine(4, "periods 2"), "past the last period, 2");
    }

    @Test
    void aScenarioWithoutPeriodsIsRefused() {
        ScenarioException e = refused(withLine(4, ""));
        assertTrue(e.getMessage().contains("no 'periods' line"), e.getMessage());
    }

    @Test
    void aScenarioWithoutSellersIsRefused() {
        String text = withLine(13, "").replace("seller S2   60", "");
        ScenarioException e = refused(text);
        assertTrue(e.getMessage().contains("no seller"), e.getMessage());
    }

    @Test
    void aBandUpsideDownIsRefused() {
        refusedAt(7, withLine(7, "prices 200 to 1"), "highest price 1 is below the lowest 200");
    }

    @Test
    void theListOfShippedScenariosIsTheFolder() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(ShippedScenarios.path("x").getParent())) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(Scenarios.EXTENSION))
                    .map(n -> n.substring(0, n.length() - Scenarios.EXTENSION.length())).sorted().toList();
            assertEquals(Scenarios.NAMES.stream().sorted().toList(), names);
        }
    }

    @Test
    void everyShippedScenarioReads() {
        for (String name : Scenarios.NAMES) {
            Scenario s = ShippedScenarios.load(name);
            assertTrue(s.periods() > 0 && !s.buyers().isEmpty() && !s.sellers().isEmpty(), name);
            assertTrue(s.seats().stream().allMatch(seat -> seat.robot() != null), name + " runs with robots as it is");
        }
    }
}
