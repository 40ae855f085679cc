using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Finds node for engines that run inside it through a driver script (Cranelift via npm, wasm2js), and
/// says in one line why an engine is missing when node or the driver is not there.
/// </summary>
public static class NodeProgram
{
    /// <summary>The path of node (<paramref name="node"/>: a name looked up on PATH, or a path), or the one-line reason it cannot be used.</summary>
    public static (string? Node, string? Missing) Find(string driver, string node = "node")
    {
        var program = ExecutableFinder.Find(node);
        if (program is null)
        {
            return (null, $"{node} not found on PATH (apt-get install nodejs)");
        }

        return File.Exists(driver) ? (program, null) : (null, $"driver {driver} missing (rebuild staticbench)");
    }

    /// <summary>
    /// The folder a sandboxed driver must see: the <c>Engines</c> folder above the driver's own, because
    /// drivers import <c>../driver-common.mjs</c>. Binding only the driver's folder hid it whenever the
    /// tool lives under /tmp, which the sandbox replaces with an empty one (CI clones there).
    /// </summary>
    public static string DriversFolder(string driver) => Path.GetDirectoryName(Path.GetDirectoryName(driver)!)!;

    /// <summary>
    /// The version of V8 inside <paramref name="node"/> (<c>11.3.244.8</c>), or null and the one-line reason
    /// when node does not answer as node does. Every engine hosted by node asks with this one command, so a
    /// run's <see cref="ProbeCache"/> starts node once for all of them.
    /// </summary>
    public static async Task<(string? Version, string? Failure)> V8VersionAsync(IProcessRunner tools, string node, CancellationToken cancellationToken = default)
    {
        var outcome = await tools.RunAsync(
            new ProcessSpec(node, ["-p", "process.versions.v8 + ' ' + process.versions.node"], Path.GetTempPath(), TimeSpan.FromSeconds(20)),
            cancellationToken);
        var words = outcome.Stdout.Trim().Split(' ');
        return outcome.Succeeded && words.Length == 2
            ? (words[0], null)
            : (null, $"{node} -p process.versions.v8 failed: {outcome.StderrTail(1)}");
    }

    /// <summary>Where the runner's drivers ship: next to its assembly, under Engines/&lt;engine&gt;/.</summary>
    public static string Driver(string engineFolder, string file) =>
        Path.Combine(AppContext.BaseDirectory, "Engines", engineFolder, file);
}
