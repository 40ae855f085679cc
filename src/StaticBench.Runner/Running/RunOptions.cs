using StaticBench.Runner.Engines;
using StaticBench.Runner.Suite;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>Everything <c>staticbench run</c> was asked to do. Empty filters mean "all".</summary>
public sealed record RunOptions
{
    /// <summary>A folder with a suite.json (C sources) or .wasm files; null for the bundled suite.</summary>
    public string? Suite { get; init; }

    /// <summary>Where built suites are cached.</summary>
    public required string Cache { get; init; }

    public IReadOnlyList<string> Benchmarks { get; init; } = [];

    public IReadOnlyList<string> Engines { get; init; } = [];

    public IReadOnlyList<string> Phases { get; init; } = [];

    /// <summary>Sizes asked for; null for the default (small, medium, large; a .wasm folder's own sizes).</summary>
    public IReadOnlyList<SizeRequest>? Sizes { get; init; }

    /// <summary>Drop the large size for a quick local run (numbers given with --size stay).</summary>
    public bool Quick { get; init; }

    public string Metric { get; init; } = Metrics.WallTime;

    /// <summary>Also measure compile time on generated modules of growing size (compile-scaling/*); null: not.</summary>
    public Scaling.ScalingOptions? Scaling { get; init; }

    /// <summary>Measured samples per benchmark, size and engine (one fresh process each).</summary>
    public int Samples { get; init; } = 10;

    /// <summary>Rounds run first and thrown away: they warm the file cache and the CPU's frequency.</summary>
    public int Warmup { get; init; } = 1;

    /// <summary>Per process; past it the process tree is killed and the pair is reported as an error.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    public ExecutePolicy Execute { get; init; } = ExecutePolicy.Default;

    /// <summary>The machine's name in the result (part of every series' identity).</summary>
    public string? Machine { get; init; }

    /// <summary>The benchmarked project's commit, for <c>run.project</c>.</summary>
    public required ProjectInfo Project { get; init; }
}
