package com.cyclex.ui.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.MintCredits;
import org.junit.jupiter.api.Test;

class HostSentencesTest {
    @Test
    void everyHostCommandSaysWhatItDid() {
        assertEquals("alice is admitted and can trade now.", HostSentences.admitted("alice"));
        assertEquals("heidi is suspended: their open orders are cancelled and they cannot trade until admitted again.",
                HostSentences.suspended("heidi"));
        assertEquals("Trading in CPU.SPOT.10M is halted: new orders are refused, cancels still work.",
                HostSentences.halted("CPU.SPOT.10M"));
        assertEquals("Trading in CPU.SPOT.10M has resumed.", HostSentences.resumed("CPU.SPOT.10M"));
        assertEquals("CPU-1D is listed (market #4) and open for trading.", HostSentences.listed("CPU-1D", 4));
        assertEquals("Minted 1,250.00 credits for bob.", HostSentences.minted(new MintCredits(1, 3, 125_000), "bob"));
    }
}
