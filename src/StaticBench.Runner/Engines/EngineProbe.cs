using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines;

/// <summary>
/// What a probe found: the engine's program, name/version/config/flags as they go into every result,
/// or why the engine cannot run here (one line, shown when it is skipped).
/// </summary>
public sealed record EngineProbe
{
    private EngineProbe(EngineInfo info, string? program, string? missing)
    {
        Info = info;
        Program = program;
        Missing = missing;
    }

    /// <summary>Engine name, version, config and flags for the results (version null when missing).</summary>
    public EngineInfo Info { get; }

    /// <summary>Absolute path of the program to start; null when missing.</summary>
    public string? Program { get; }

    /// <summary>Why the engine cannot run here, or null when it can.</summary>
    public string? Missing { get; }

    public bool IsInstalled => Missing is null;

    public static EngineProbe Installed(EngineInfo info, string program) => new(info, program, null);

    public static EngineProbe NotInstalled(EngineInfo info, string reason) => new(info, null, reason);
}
