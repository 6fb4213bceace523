package com.cyclex.ui.machine;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * The load as the operating system reports it, through OSHI. Each interval is measured from the counters read at
 * the end of the previous one, so no time between samples goes unmeasured.
 */
public final class OshiSampler implements MachineSampler {
    private final long intervalMillis;
    private CentralProcessor cpu;
    private GlobalMemory memory;
    private long[] systemTicks;
    private long[][] coreTicks;

    public OshiSampler(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public synchronized MachineSample next() throws InterruptedException {
        if (cpu == null) {
            // Probing the hardware takes a while on some systems: done here, on the sampling thread.
            var hardware = new SystemInfo().getHardware();
            cpu = hardware.getProcessor();
            memory = hardware.getMemory();
            systemTicks = cpu.getSystemCpuLoadTicks();
            coreTicks = cpu.getProcessorCpuLoadTicks();
        }
        Thread.sleep(intervalMillis);
        long[] system = cpu.getSystemCpuLoadTicks();
        long[][] cores = cpu.getProcessorCpuLoadTicks();
        double total = cpu.getSystemCpuLoadBetweenTicks(systemTicks, system);
        double[] perCore = cpu.getProcessorCpuLoadBetweenTicks(coreTicks, cores);
        systemTicks = system;
        coreTicks = cores;
        long installed = memory.getTotal();
        return new MachineSample(total, perCore, installed - memory.getAvailable(), installed);
    }
}
