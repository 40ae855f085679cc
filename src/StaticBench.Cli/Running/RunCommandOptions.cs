using StaticBench.Cli.Reports;
using StaticBench.Runner.Suite;

namespace StaticBench.Cli.Running;

/// <summary>The options of <c>staticbench run</c>, as parsed.</summary>
public sealed record RunCommandOptions
{
    public string? Suite { get; init; }

    public IReadOnlyList<string> Benchmarks { get; init; } = [];

    public IReadOnlyList<string> Engines { get; init; } = [];

    public IReadOnlyList<string> Phases { get; init; } = [];

    public IReadOnlyList<SizeRequest>? Sizes { get; init; }

    public bool Quick { get; init; }

    public string Metric { get; init; } = "wall-time";

    public int Samples { get; init; } = 10;

    public int Warmup { get; init; } = 1;

    public double TimeoutSeconds { get; init; } = 60;

    public RunFormat Format { get; init; } = RunFormat.Pretty;

    public string? Output { get; init; }

    /// <summary>A folder inside the benchmarked project's git checkout (default: the current folder).</summary>
    public string? Project { get; init; }

    public string? Machine { get; init; }

    public string? Cache { get; init; }

    /// <summary>Show a live progress bar (a terminal) rather than a line per tenth.</summary>
    public bool Interactive { get; init; }

    /// <summary>Measure compile time on generated modules of growing size; null: yes for the bundled suite, no for --suite.</summary>
    public bool? Scaling { get; init; }

    /// <summary>A JSON file of engines added by configuration (docs/engines.md); null: staticbench-engines.json here, if any.</summary>
    public string? EnginesConfig { get; init; }
}
