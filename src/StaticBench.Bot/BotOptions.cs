using StaticBench.Bot.Requests;

namespace StaticBench.Bot;

/// <summary>How one bot (one benchmark machine) serves its repositories.</summary>
public sealed record BotOptions
{
    /// <summary>Repositories to watch, as owner/name.</summary>
    public required IReadOnlyList<string> Repositories { get; init; }

    /// <summary>This machine's name: in the commit status context and the result comment's marker, so several machines report side by side.</summary>
    public required string Machine { get; init; }

    /// <summary>The bot's own GitHub login: its comments are never commands, and only its comments are updated in place.</summary>
    public required string BotLogin { get; init; }

    public required AllowList AllowList { get; init; }

    /// <summary>Also require write (or maintain, admin) permission on the repository.</summary>
    public bool RequireWritePermission { get; init; }

    /// <summary>Where the queue and read marks are kept (one JSON file).</summary>
    public required string StateFile { get; init; }

    /// <summary>How often a job may be started before it counts as failed (a restart mid-run starts it again).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>A link to the site, shown in result comments and statuses; optional.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Where the bot says what it does (polls, refusals with their reason, each job's stages); never the token.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The options a config file gives, with the allow-list as read now.</summary>
    public static BotOptions From(Config.BotConfig config, Requests.AllowList allowList, TextWriter log) => new()
    {
        Repositories = config.Repositories,
        Machine = config.Machine,
        BotLogin = config.BotLogin,
        AllowList = allowList,
        RequireWritePermission = config.RequireWritePermission,
        StateFile = config.StateFile,
        SiteUrl = config.SiteUrl,
        Log = log,
    };

    /// <summary>The commit status context, e.g. <c>staticbench/x86-bench-1</c>.</summary>
    public string StatusContext => $"staticbench/{Machine}";
}
