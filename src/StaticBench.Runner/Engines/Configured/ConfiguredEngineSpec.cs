namespace StaticBench.Runner.Engines.Configured;

/// <summary>
/// One engine described in the engines file (docs/engines.md): a CLI engine given by command templates,
/// or a Sightglass engine library (<see cref="SightglassLibrary"/>), so a runtime the user has is added
/// without code.
/// </summary>
/// <param name="Name">The engine's name in results and for <c>--engine</c>.</param>
/// <param name="Config">The result's <c>engine.config</c>, or null.</param>
/// <param name="Flags">The result's <c>engine.flags</c>: what the commands set, for people reading results.</param>
/// <param name="VersionCommand">Run once by the probe (unsandboxed, trusted); the first line of its output is the version.</param>
/// <param name="Commands">By command name (<see cref="ConfiguredCommands"/>): the argument arrays.</param>
/// <param name="Checksum">A regular expression over a run's stdout whose first group is the checksum.</param>
/// <param name="SightglassLibrary">The path of a shared library implementing Sightglass's bench API, instead of commands.</param>
public sealed record ConfiguredEngineSpec(
    string Name,
    string? Config,
    string? Flags,
    CommandTemplate? VersionCommand,
    IReadOnlyDictionary<string, CommandTemplate> Commands,
    string? Checksum,
    string? SightglassLibrary);

/// <summary>The command names an engines file may give, and the phase each one's whole process measures.</summary>
public static class ConfiguredCommands
{
    public const string Compile = "compile";
    public const string Run = "run";
    public const string AotCompile = "aot-compile";
    public const string AotRun = "aot-run";

    /// <summary>In the order a sample runs them.</summary>
    public static IReadOnlyList<(string Command, string Phase)> All { get; } =
    [
        (Compile, Phases.Compile),
        (Run, Phases.Total),
        (AotCompile, Phases.AotCompile),
        (AotRun, Phases.AotExecute),
    ];

    public static string PhaseOf(string command) => All.First(c => c.Command == command).Phase;
}
