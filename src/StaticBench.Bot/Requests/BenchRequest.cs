namespace StaticBench.Bot.Requests;

/// <summary>
/// A parsed <c>/bench</c> command: which benchmarks, engines, phases and sizes to run (empty: all),
/// and how many samples (null: the runner's default). Values are checked against a safe alphabet
/// when parsed, and are handed to the runner as separate arguments, never through a shell.
/// </summary>
public sealed record BenchRequest(
    IReadOnlyList<string> Benchmarks,
    IReadOnlyList<string> Engines,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Sizes,
    int? Samples)
{
    public static BenchRequest All { get; } = new([], [], [], [], null);

    /// <summary>The runner's arguments for this request, one list element per argument.</summary>
    public IReadOnlyList<string> RunnerArguments() =>
        [
            .. Benchmarks.SelectMany(b => new[] { "--bench", b }),
            .. Engines.SelectMany(e => new[] { "--engine", e }),
            .. Phases.SelectMany(p => new[] { "--phase", p }),
            .. Sizes.SelectMany(s => new[] { "--size", s }),
            .. Samples is { } n ? new[] { "--samples", n.ToString(System.Globalization.CultureInfo.InvariantCulture) } : [],
        ];

    /// <summary>A one-line description for comments, e.g. <c>--bench sort --engine cranelift</c> or <c>all benchmarks</c>.</summary>
    public string Describe() => RunnerArguments() is { Count: > 0 } args ? string.Join(' ', args) : "all benchmarks";
}

/// <summary>What a comment said to the bot.</summary>
public abstract record BenchCommandParse
{
    /// <summary>The comment holds no <c>/bench</c> command: the bot ignores it.</summary>
    public sealed record NotACommand : BenchCommandParse;

    /// <summary>A well-formed command.</summary>
    public sealed record Accepted(BenchRequest Request) : BenchCommandParse;

    /// <summary>A <c>/bench</c> command the bot cannot run; <see cref="Reason"/> goes back to its author.</summary>
    public sealed record Rejected(string Reason) : BenchCommandParse;
}
