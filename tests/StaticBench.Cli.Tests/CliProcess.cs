using System.Diagnostics;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests;

/// <summary>Runs the real <c>staticbench</c> program as a separate OS process, for tests about behaviour between
/// processes: the native build that every script runs (<c>bin/staticbench</c>, made by scripts/setup-debian.sh), so
/// these tests also prove that what it leaves out by trimming is nothing it needs.</summary>
public static class CliProcess
{
    public static string Program => RepositoryRoot.Combine("bin", "staticbench");

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>As <see cref="RunAsync(string[])"/>, with <paramref name="environment"/> set (a null value unsets).</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        if (!File.Exists(Program))
        {
            throw new FileNotFoundException($"{Program} is missing: scripts/setup-debian.sh builds it.");
        }

        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
