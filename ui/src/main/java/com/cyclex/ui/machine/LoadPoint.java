package com.cyclex.ui.machine;

/**
 * One second of the chart: the work the machine did, in cores, beside what the member had committed then.
 *
 * @param usedCores CPU load times logical cores
 * @param leasedCores cores sold in leases not yet delivered
 * @param askCores cores offered in open asks
 * @param declaredCores spare cores the member declared it can sell
 * @param jobCores the part of {@code usedCores} that jobs sold from here ran on
 */
public record LoadPoint(double usedCores, long leasedCores, long askCores, int declaredCores, double jobCores) {

    public LoadPoint(double usedCores, long leasedCores, long askCores, int declaredCores) {
        this(usedCores, leasedCores, askCores, declaredCores, 0);
    }

    /** Everything the member has promised: leases plus open asks. */
    public long committedCores() {
        return leasedCores + askCores;
    }
}
