package com.cyclex.ui.machine;

import com.cyclex.job.JobCpu;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * The load as the operating system reports it, through OSHI, and this process's share of it: what Cyclex uses
 * and, of that, what the jobs it runs for buyers use. Each interval is measured from the counters read at the
 * end of the previous one, so no time between samples goes unmeasured.
 */
public final class OshiSampler implements MachineSampler {
    private final long intervalMillis;
    private CentralProcessor cpu;
    private GlobalMemory memory;
    private long[] systemTicks;
    private long[][] coreTicks;
    private OperatingSystem os;
    private int pid;
    private long processMillis;
    private long jobNanos;
    private long atNanos;

    public OshiSampler(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public synchronized MachineSample next() throws InterruptedException {
        if (cpu == null) {
            // Probing the hardware takes a while on some systems: done here, on the sampling thread.
            SystemInfo info = new SystemInfo();
            var hardware = info.getHardware();
            cpu = hardware.getProcessor();
            memory = hardware.getMemory();
            systemTicks = cpu.getSystemCpuLoadTicks();
            coreTicks = cpu.getProcessorCpuLoadTicks();
            os = info.getOperatingSystem();
            pid = os.getProcessId();
            processMillis = processCpuMillis();
            jobNanos = JobCpu.nanos();
            atNanos = System.nanoTime();
        }
        Thread.sleep(intervalMillis);
        long[] system = cpu.getSystemCpuLoadTicks();
        long[][] cores = cpu.getProcessorCpuLoadTicks();
        double total = cpu.getSystemCpuLoadBetweenTicks(systemTicks, system);
        double[] perCore = cpu.getProcessorCpuLoadBetweenTicks(coreTicks, cores);
        systemTicks = system;
        coreTicks = cores;
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - atNanos) / 1e9);
        long process = processCpuMillis();
        long jobs = JobCpu.nanos();
        double cyclex = processMillis < 0 || process < 0 ? 0 : (process - processMillis) / 1000.0 / seconds;
        double jobCores = (jobs - jobNanos) / 1e9 / seconds;
        processMillis = process;
        jobNanos = jobs;
        atNanos = now;
        long installed = memory.getTotal();
        return new MachineSample(total, perCore, installed - memory.getAvailable(), installed, cyclex, jobCores);
    }

    /** Kernel and user time of this process so far, in milliseconds; -1 when the system will not say. */
    private long processCpuMillis() {
        OSProcess p = os.getProcess(pid);
        return p == null ? -1 : p.getKernelTime() + p.getUserTime();
    }
}
