using System.Security.Cryptography;
using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines.Sightglass;

/// <summary>
/// Builds <c>sightglass-host.c</c> (shipped beside the runner) with gcc, once per version of its source,
/// into a cache folder. The host is what loads an engine library, so that the library runs inside a
/// sandboxed process and never inside the runner.
/// </summary>
public static class SightglassHost
{
    public static string Source { get; } = Path.Combine(AppContext.BaseDirectory, "Engines", "Sightglass", "sightglass-host.c");

    /// <summary>~/.cache/staticbench/hosts (or $XDG_CACHE_HOME/staticbench/hosts).</summary>
    public static string DefaultFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "staticbench", "hosts");

    /// <summary>The host program, built if missing; or the one-line reason it cannot be.</summary>
    public static async Task<(string? Program, string? Missing)> EnsureAsync(IProcessRunner tools, string folder, string? source = null, CancellationToken cancellationToken = default)
    {
        source ??= Source;
        if (!File.Exists(source))
        {
            return (null, $"{source} missing (rebuild staticbench)");
        }

        // The host's build is keyed by its source and the header it includes, so a change to either rebuilds it.
        var header = Path.Combine(Path.GetDirectoryName(source)!, "bench-api.h");
        var bytes = (await File.ReadAllBytesAsync(source, cancellationToken)).Concat(File.Exists(header) ? await File.ReadAllBytesAsync(header, cancellationToken) : []).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var program = Path.Combine(folder, $"sightglass-host-{hash}");
        if (File.Exists(program))
        {
            return (program, null);
        }

        if (ExecutableFinder.Find("gcc") is not { } gcc)
        {
            return (null, "gcc not found: it builds the Sightglass host program (apt-get install gcc)");
        }

        Directory.CreateDirectory(folder);
        var partial = $"{program}.{Environment.ProcessId}.tmp";
        var outcome = await tools.RunAsync(new ProcessSpec(gcc, ["-O2", "-Wall", "-o", partial, source, "-ldl"], folder, TimeSpan.FromSeconds(60)), cancellationToken);
        if (!outcome.Succeeded)
        {
            return (null, $"building the Sightglass host failed: {outcome.StderrTail(2)}");
        }

        File.Move(partial, program, overwrite: true); // atomic: a concurrent run sees all or nothing
        return (program, null);
    }
}
