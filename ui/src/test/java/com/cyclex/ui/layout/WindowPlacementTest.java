package com.cyclex.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final SavedLayout.Bounds SMALL = new SavedLayout.Bounds(0, 0, 1280, 720);
    private static final SavedLayout.Bounds LAPTOP_WITH_PANEL = new SavedLayout.Bounds(0, 27, 1366, 741);
    private static final SavedLayout.Bounds FULL_HD = new SavedLayout.Bounds(0, 0, 1920, 1080);

    @Test
    void onASmallScreenTheFirstWindowFillsItsVisualBoundsAndNoMore() {
        assertEquals(SMALL, WindowPlacement.place(List.of(SMALL), Optional.empty()));
        assertEquals(new SavedLayout.Bounds(0, 27, 1366, 741), WindowPlacement.place(List.of(LAPTOP_WITH_PANEL), Optional.empty()));
    }

    @Test
    void onALargeScreenTheFirstWindowHasItsPreferredSizeCentred() {
        assertEquals(new SavedLayout.Bounds(220, 80, 1480, 920), WindowPlacement.place(List.of(FULL_HD), Optional.empty()));
    }

    @Test
    void aSavedWindowOpensWhereItWasLeft() {
        SavedLayout.Bounds saved = new SavedLayout.Bounds(100, 50, 1600, 900);
        assertEquals(saved, WindowPlacement.place(List.of(FULL_HD), Optional.of(saved)));
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneOpensOnThePrimaryScreen() {
        SavedLayout.Bounds onSecond = new SavedLayout.Bounds(2100, 100, 1400, 800);
        assertEquals(new SavedLayout.Bounds(0, 0, 1280, 720), WindowPlacement.place(List.of(SMALL), Optional.of(onSecond)));
    }

    @Test
    void aSavedWindowLargerThanItsScreenNowIsShrunkOntoIt() {
        SavedLayout.Bounds big = new SavedLayout.Bounds(10, 10, 1900, 1000);
        assertEquals(new SavedLayout.Bounds(0, 0, 1280, 720), WindowPlacement.place(List.of(SMALL), Optional.of(big)));
    }
}
