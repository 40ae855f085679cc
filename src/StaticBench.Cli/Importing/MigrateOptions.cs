namespace StaticBench.Cli.Importing;

/// <summary>The options of <c>staticbench migrate</c>, as parsed.</summary>
public sealed record MigrateOptions
{
    /// <summary><c>gab</c> (github-action-benchmark's data.js) or <c>asv</c> (an asv results folder).</summary>
    public required string From { get; init; }

    /// <summary>The data.js file, or the asv results folder.</summary>
    public required string Source { get; init; }

    /// <summary>The data repository to record into.</summary>
    public required string Data { get; init; }

    public string Branch { get; init; } = "main";

    public string DataFolder { get; init; } = "";

    public string? Machine { get; init; }

    public string? Repository { get; init; }

    public string ProjectBranch { get; init; } = "main";

    /// <summary>A checkout of the benchmarked project: when given, each commit's parents and subject come from it.</summary>
    public string? Project { get; init; }

    public string? CacheRoot { get; init; }
}
