using StaticBench.Schema.Model;

namespace StaticBench.Schema.References;

/// <summary>
/// Another system's published numbers (format <see cref="ReferenceVersion.Current"/>, docs/result-format.md,
/// "Reference results"): one file per source, each number cited by the address it was published at.
/// They are shown beside our series, never mixed into them: no commit, no samples, no change detection.
/// </summary>
public sealed record ReferenceSet
{
    /// <summary>The format tag, <c>staticbench/reference/v1</c>.</summary>
    public required string Schema { get; init; }

    public required ReferenceSource Source { get; init; }

    public required IReadOnlyList<ReferenceResult> Results { get; init; }
}

/// <summary>Who published the numbers, for what, on what, where and when.</summary>
public sealed record ReferenceSource
{
    /// <summary>The system measured, e.g. <c>Miden VM</c>; the label the site shows.</summary>
    public required string System { get; init; }

    /// <summary>Its version as the source names it, e.g. <c>v0.7</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The hardware as the source describes it, e.g. <c>Apple M1 Pro, 1 thread</c>.</summary>
    public required string Hardware { get; init; }

    /// <summary>The address the numbers were published at (http or https), ideally pinned to a version of the page.</summary>
    public required string Url { get; init; }

    /// <summary>When the numbers were published (a date, <c>yyyy-MM-dd</c>).</summary>
    public required string Published { get; init; }

    /// <summary>Optional: who published them (the project, a third party).</summary>
    public string? Publisher { get; init; }

    /// <summary>Optional: the conditions that matter for reading the numbers (program, settings).</summary>
    public string? Notes { get; init; }
}

/// <summary>One published number at one job size.</summary>
public sealed record ReferenceResult
{
    /// <summary>The source's benchmark, e.g. <c>fibonacci</c>; as the source names it, not one of ours.</summary>
    public required string Benchmark { get; init; }

    /// <summary>The job size the number was measured at.</summary>
    public required double JobSize { get; init; }

    /// <summary>What the job size counts, e.g. <c>vm-cycles</c> or <c>bytes</c>.</summary>
    public required string JobSizeUnit { get; init; }

    /// <summary>What was measured, e.g. <c>proving-time</c>, <c>execution-time</c>.</summary>
    public required string Metric { get; init; }

    public required double Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>; normalized on read like a result's (<see cref="Units.UnitTable"/>).</summary>
    public required string Unit { get; init; }

    public required Better Better { get; init; }

    /// <summary>
    /// Optional: the benchmark of ours this number is comparable with (its name as on the site). The site draws
    /// it on that benchmark's scaling plots; without it, the number is listed on the references page only.
    /// </summary>
    public string? OurBenchmark { get; init; }

    /// <summary>Optional: with <see cref="OurBenchmark"/>, only that metric's plots show it (default: every plot in the same unit).</summary>
    public string? OurMetric { get; init; }
}
