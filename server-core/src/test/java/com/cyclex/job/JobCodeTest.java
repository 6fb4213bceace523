package com.cyclex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JobCodeTest {
    @Test
    void numbersAreUniqueAndInsideTheirGroup() {
        assertEquals(JobCode.values().length, Arrays.stream(JobCode.values()).mapToInt(JobCode::number).distinct().count());
        for (JobCode code : JobCode.values()) {
            String name = code.name();
            int group = code.number() / 100;
            if (name.startsWith("BLOB_")) {
                assertEquals(3, group, name);
            } else if (code.refusedBeforeRunning()) {
                assertEquals(1, group, name);
            }
            assertTrue(code.sentence().endsWith("."), name);
        }
        assertEquals(0, JobCode.OK.number());
        assertEquals(9, JobCode.INTERNAL.number() / 100);
    }
}
