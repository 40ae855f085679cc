namespace StaticBench.Schema.Model;

/// <summary>
/// One run of a harness on one machine against one commit of the benchmarked project: the content
/// of one immutable result file (format <see cref="SchemaVersion.Current"/>, see docs/result-format.md).
/// </summary>
public sealed record RunResult
{
    /// <summary>The format tag, <c>staticbench/result/v1</c>.</summary>
    public required string Schema { get; init; }

    public required RunInfo Run { get; init; }

    public required IReadOnlyList<BenchmarkResult> Results { get; init; }
}

/// <summary>Where, when and against what a run happened.</summary>
public sealed record RunInfo
{
    /// <summary>Unique id of the run; safe as a file name (see <see cref="Validation.RunId"/>).</summary>
    public required string Id { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }

    public required MachineInfo Machine { get; init; }

    public required HarnessInfo Harness { get; init; }

    public required ProjectInfo Project { get; init; }
}

/// <summary>The machine a run measured on. <see cref="Name"/> is part of every series' identity.</summary>
public sealed record MachineInfo
{
    public required string Name { get; init; }

    public required string Os { get; init; }

    public required string Arch { get; init; }

    public string? Cpu { get; init; }

    public int? Cores { get; init; }

    public long? MemoryMiB { get; init; }

    /// <summary>Optional: kernel release, e.g. <c>6.1.0-18-amd64</c>.</summary>
    public string? Kernel { get; init; }

    /// <summary>Optional: versions of tools that shaped the numbers (node, clang, ...).</summary>
    public IReadOnlyDictionary<string, string>? Tools { get; init; }
}

/// <summary>The program that produced the file (staticbench, or an importer's source harness).</summary>
public sealed record HarnessInfo
{
    public required string Name { get; init; }

    public required string Version { get; init; }
}

/// <summary>The commit of the benchmarked project that was measured. Series are ordered by these commits.</summary>
public sealed record ProjectInfo
{
    public required string Repository { get; init; }

    public required string Commit { get; init; }

    public required string Branch { get; init; }

    public required DateTimeOffset CommitTime { get; init; }

    /// <summary>First line of the commit message.</summary>
    public required string Subject { get; init; }

    /// <summary>Parent commits; empty for a root commit.</summary>
    public required IReadOnlyList<string> Parents { get; init; }

    public int? PullRequest { get; init; }

    public string? BaseCommit { get; init; }
}

/// <summary>
/// The measurements of one series in one run: benchmark + parameters + engine + phase + metric
/// (with the run's machine) identify the series, see <see cref="SeriesKey"/>.
/// </summary>
public sealed record BenchmarkResult
{
    /// <summary>Benchmark name, conventionally <c>suite/name</c>.</summary>
    public required string Benchmark { get; init; }

    /// <summary>Optional parameters (job size, ...): strings, numbers or booleans.</summary>
    public IReadOnlyDictionary<string, ParameterValue>? Parameters { get; init; }

    public EngineInfo? Engine { get; init; }

    /// <summary>The phase measured, e.g. <c>parse</c>, <c>compile</c>, <c>execute</c>, <c>total</c>.</summary>
    public required string Phase { get; init; }

    /// <summary>What was measured, e.g. <c>wall-time</c>, <c>instructions</c>, <c>artifact-size</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The unit of <see cref="Samples"/>; normalized on read (see <see cref="Units.UnitTable"/>).</summary>
    public required string Unit { get; init; }

    public required Better Better { get; init; }

    /// <summary>Raw samples, at least one, all finite.</summary>
    public required IReadOnlyList<double> Samples { get; init; }

    /// <summary>Optional summary written by the harness; recomputed from samples when absent.</summary>
    public SampleSummary? Summary { get; init; }

    /// <summary>
    /// Optional: <c>true</c> when the metric is deterministic, so repeating the measurement at one commit gives
    /// the same value (instruction counts under valgrind, artifact sizes, allocated bytes, counts). Its changes
    /// are then reported at the commit where they happen, without statistics (docs/statistics.md).
    /// Absent or <c>false</c>: measured with noise.
    /// </summary>
    public bool? Exact { get; init; }
}

/// <summary>The engine (runtime, compiler configuration) a result was measured with.</summary>
public sealed record EngineInfo
{
    public required string Name { get; init; }

    public string? Version { get; init; }

    /// <summary>A named configuration such as <c>optimizing</c> or <c>baseline</c>; part of the series identity.</summary>
    public string? Config { get; init; }

    public string? Flags { get; init; }
}

/// <summary>Which direction of a metric is an improvement.</summary>
public enum Better
{
    Lower,
    Higher,
}

/// <summary>Order statistics of a sample set.</summary>
public sealed record SampleSummary
{
    public required int N { get; init; }

    public required double Min { get; init; }

    public required double Median { get; init; }

    public required double Max { get; init; }

    /// <summary>The summary <paramref name="result"/> was recorded with, or its samples' when it has none.</summary>
    public static SampleSummary Of(BenchmarkResult result) => result.Summary ?? Of(result.Samples);

    /// <summary>Computes the summary of non-empty samples.</summary>
    public static SampleSummary Of(IReadOnlyList<double> samples)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var sorted = new double[samples.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = samples[i];
        }

        Array.Sort(sorted);
        return new SampleSummary { N = sorted.Length, Min = sorted[0], Median = MedianOfSorted(sorted), Max = sorted[^1] };
    }

    /// <summary>The median of non-empty samples already sorted: the middle one, or the mean of the middle two.</summary>
    public static double MedianOfSorted(ReadOnlySpan<double> sorted)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
