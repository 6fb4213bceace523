package com.cyclex.ui.machine;

/**
 * This computer's load over one sampling interval.
 *
 * @param cpuLoad all cores together, 0 to 1
 * @param coreLoads each logical core, 0 to 1; its length is the number of logical cores
 * @param memoryUsed bytes in use
 * @param memoryTotal bytes installed
 * @param cyclexCores the cores this Cyclex process used (its own work and the jobs it runs), in cores
 * @param jobCores the cores the jobs run here used, in cores: the part of the machine's work that was sold
 */
public record MachineSample(double cpuLoad, double[] coreLoads, long memoryUsed, long memoryTotal, double cyclexCores,
                            double jobCores) {

    /** A sample that knows nothing of this process (a fake, or a system that cannot tell). */
    public MachineSample(double cpuLoad, double[] coreLoads, long memoryUsed, long memoryTotal) {
        this(cpuLoad, coreLoads, memoryUsed, memoryTotal, 0, 0);
    }

    public MachineSample {
        cyclexCores = Double.isNaN(cyclexCores) || cyclexCores < 0 ? 0 : Math.min(cyclexCores, coreLoads.length);
        jobCores = Double.isNaN(jobCores) || jobCores < 0 ? 0 : Math.min(jobCores, cyclexCores);
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
