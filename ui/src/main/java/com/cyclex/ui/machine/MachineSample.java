package com.cyclex.ui.machine;

/**
 * This computer's load over one sampling interval.
 *
 * @param cpuLoad all cores together, 0 to 1
 * @param coreLoads each logical core, 0 to 1; its length is the number of logical cores
 * @param memoryUsed bytes in use
 * @param memoryTotal bytes installed
 */
public record MachineSample(double cpuLoad, double[] coreLoads, long memoryUsed, long memoryTotal) {

    public MachineSample {
        cpuLoad = clamp(cpuLoad);
        coreLoads = coreLoads.clone();
        for (int i = 0; i < coreLoads.length; i++) {
            coreLoads[i] = clamp(coreLoads[i]);
        }
    }

    public int logicalCores() {
        return coreLoads.length;
    }

    /** How many cores' worth of work the machine did: what the chart compares with the cores sold. */
    public double usedCores() {
        return cpuLoad * coreLoads.length;
    }

    /** Load counters can be NaN or slightly out of range on the first tick or after a counter wraps. */
    private static double clamp(double load) {
        if (Double.isNaN(load) || load < 0) {
            return 0;
        }
        return Math.min(1, load);
    }
}
