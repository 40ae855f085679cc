using StaticBench.Runner.Engines.Configured;

namespace StaticBench.Bot.Config;

/// <summary>
/// Everything one bot machine needs, read from <c>bot.json</c> by <see cref="BotConfigFile"/> (docs/bot.md).
/// Paths are absolute (resolved against the file's folder). The GitHub token is deliberately not here: it
/// comes from the environment, so a config file can be committed and shared.
/// </summary>
public sealed record BotConfig
{
    /// <summary>Repositories to watch, owner/name.</summary>
    public required IReadOnlyList<string> Repositories { get; init; }

    public required string Machine { get; init; }

    public required string BotLogin { get; init; }

    public required Uri ApiUrl { get; init; }

    public required AllowListSource AllowList { get; init; }

    public bool RequireWritePermission { get; init; }

    public required string StateFile { get; init; }

    /// <summary>Checkouts, result files, built suites and git mirrors live under it.</summary>
    public required string WorkFolder { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(60);

    public string? SiteUrl { get; init; }

    public required DataRepositorySettings Data { get; init; }

    public required ProjectSettings Project { get; init; }

    /// <summary>Engine templates (engines-file format plus <c>{checkout}</c>); each becomes a base and a head engine.</summary>
    public required IReadOnlyList<ConfiguredEngineSpec> Engines { get; init; }

    /// <summary>Changes smaller than this fraction are "no change" (default 1%).</summary>
    public double Threshold { get; init; } = 0.01;

    /// <summary>The final status is a failure when the worst regression exceeds this fraction (default 5%).</summary>
    public double FailOnRegression { get; init; } = 0.05;

    /// <summary>How often a job may be started before it counts as failed (a restart mid-run starts it again); not in the file.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The commit status context, e.g. <c>staticbench/x86-bench-1</c>.</summary>
    public string StatusContext => $"staticbench/{Machine}";

    /// <summary>Run benchmarks even when bwrap does not work here. Off by default: the bot runs other people's code.</summary>
    public bool AllowUnsandboxed { get; init; }
}

/// <summary>Where the allow-list comes from: a file on the data branch, a local file, or logins written inline.</summary>
public sealed record AllowListSource(string? DataFile, string? LocalFile, IReadOnlyList<string>? Logins);

/// <summary>The data repository results are recorded into.</summary>
public sealed record DataRepositorySettings(string Location, string Branch, string Folder);

/// <summary>How to get, build and benchmark the project under test.</summary>
public sealed record ProjectSettings
{
    /// <summary>The clone URL; <c>{repository}</c> is replaced by owner/name (default <c>https://github.com/{repository}.git</c>).</summary>
    public string CloneUrl { get; init; } = "https://github.com/{repository}.git";

    /// <summary>Run in the checkout folder, sandboxed; empty: nothing to build.</summary>
    public IReadOnlyList<string> Build { get; init; } = [];

    public TimeSpan BuildTimeLimit { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>A folder of .wasm files or a suite.json; null: the bundled suite.</summary>
    public string? Suite { get; init; }

    public int Samples { get; init; } = 10;

    public int Warmup { get; init; } = 1;

    public IReadOnlyList<string> Sizes { get; init; } = [];

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The clone URL of <paramref name="repository"/> (owner/name).</summary>
    public string CloneUrlOf(string repository) => CloneUrl.Replace("{repository}", repository, StringComparison.Ordinal);
}
