using System.Runtime.InteropServices;
using StaticBench.Schema.Model;

namespace StaticBench.Benchmarks;

/// <summary>Reads what shapes the numbers on this machine (Linux /proc). The runner (issue 3) will own a fuller probe.</summary>
public static class MachineProbe
{
    public static MachineInfo Describe(string? name) => new()
    {
        Name = name ?? Environment.MachineName,
        Os = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux" : RuntimeInformation.OSDescription,
        Arch = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x86_64", Architecture.Arm64 => "aarch64", var a => a.ToString().ToLowerInvariant() },
        Cpu = Field("/proc/cpuinfo", "model name"),
        Cores = Environment.ProcessorCount,
        MemoryMiB = long.TryParse(Field("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kib) ? kib / 1024 : null,
        Kernel = Read("/proc/sys/kernel/osrelease"),
        Tools = new Dictionary<string, string> { ["dotnet"] = Environment.Version.ToString() },
    };

    private static string? Read(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private static string? Field(string file, string key) =>
        Read(file)?.Split('\n')
            .Select(line => line.Split(':', 2))
            .FirstOrDefault(parts => parts.Length == 2 && parts[0].Trim() == key)?[1].Trim();
}
