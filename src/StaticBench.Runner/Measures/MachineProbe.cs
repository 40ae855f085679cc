using System.Runtime.InteropServices;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Measures;

/// <summary>
/// What shapes the numbers on this machine: CPU model, cores, memory and kernel from Linux /proc, and
/// the versions of the tools a wasm benchmark's numbers depend on (node, clang, musl, bwrap, .NET).
/// </summary>
public static class MachineProbe
{
    private static readonly (string Tool, string Program, string Flag)[] ToolVersions =
    [
        ("node", "node", "--version"),
        ("clang", "clang-14", "--version"),
        ("musl-gcc", "musl-gcc", "-dumpfullversion"),
        ("bwrap", "bwrap", "--version"),
    ];

    public static async Task<MachineInfo> DescribeAsync(string? name, IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var versions = new Dictionary<string, string> { ["dotnet"] = Environment.Version.ToString() };
        foreach (var (tool, program, flag) in ToolVersions)
        {
            if (ExecutableFinder.Find(program) is { } path)
            {
                var outcome = await tools.RunAsync(new ProcessSpec(path, [flag], Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
                if (outcome.Succeeded && outcome.Stdout.Split('\n')[0].Trim() is { Length: > 0 } line)
                {
                    versions[tool] = line;
                }
            }
        }

        return new MachineInfo
        {
            Name = name ?? Environment.MachineName,
            Os = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux" : RuntimeInformation.OSDescription,
            Arch = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x86_64", Architecture.Arm64 => "aarch64", var a => a.ToString().ToLowerInvariant() },
            Cpu = Field("/proc/cpuinfo", "model name"),
            Cores = Environment.ProcessorCount,
            MemoryMiB = long.TryParse(Field("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kib) ? kib / 1024 : null,
            Kernel = Read("/proc/sys/kernel/osrelease"),
            Tools = versions,
        };
    }

    private static string? Read(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private static string? Field(string file, string key) =>
        Read(file)?.Split('\n')
            .Select(line => line.Split(':', 2))
            .FirstOrDefault(parts => parts.Length == 2 && parts[0].Trim() == key)?[1].Trim();
}
