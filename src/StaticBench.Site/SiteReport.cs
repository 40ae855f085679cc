namespace StaticBench.Site;

/// <summary>What a build produced, for the <c>build</c> command to print.</summary>
/// <param name="Files">Files the build produced (pages, data, assets).</param>
/// <param name="Benchmarks">Benchmark pages.</param>
/// <param name="Series">Series across all benchmarks.</param>
/// <param name="Written">Files written because they were new or changed.</param>
/// <param name="Unchanged">Files left alone because their bytes were the same.</param>
/// <param name="Deleted">Files an earlier build wrote that this one no longer produces.</param>
/// <param name="Skipped">Data files the history reader skipped (listed on the index).</param>
/// <param name="Warnings">Problems that left data off the site (also on the index).</param>
public sealed record SiteReport(
    int Files,
    int Benchmarks,
    int Series,
    int Written,
    int Unchanged,
    int Deleted,
    int Skipped,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How long building the page model and each page kind took, in the order they ran.</summary>
    public IReadOnlyList<PageTiming> Timings { get; init; } = [];
}

/// <summary>
/// The wall time one step of the build took (<see cref="Pages.ISitePage.Name"/>, or <c>model</c>), and the CPU time the
/// whole process spent meanwhile, on every thread: on a shared machine the CPU time moves far less than the wall time.
/// </summary>
public sealed record PageTiming(string Step, TimeSpan Elapsed)
{
    public TimeSpan Cpu { get; init; }

    /// <summary>How long the collector paused the process during the step (part of <see cref="Elapsed"/>).</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>Bytes allocated on the managed heap during the step, on every thread.</summary>
    public long Allocated { get; init; }
}

/// <summary>Times steps one after another: each <see cref="Lap"/> is the wall and process CPU time since the last one (or since it was made).</summary>
public sealed class StepTimer
{
    private long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;
    private TimeSpan _paused = GC.GetTotalPauseDuration();
    private long _allocated = GC.GetTotalAllocatedBytes();

    public PageTiming Lap(string step)
    {
        var (started, cpu, paused, allocated) = (_started, _cpu, _paused, _allocated);
        Restart();
        return new PageTiming(step, System.Diagnostics.Stopwatch.GetElapsedTime(started, _started))
        {
            Cpu = _cpu - cpu, GcPause = _paused - paused, Allocated = _allocated - allocated,
        };
    }

    /// <summary>Starts the next step's clocks now, without a lap for what came before.</summary>
    public void Restart() =>
        (_started, _cpu, _paused, _allocated) =
        (System.Diagnostics.Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
}
