using System.Diagnostics;

namespace StaticBench.Cli.Tests;

/// <summary>Runs the real <c>staticbench</c> program as a separate OS process (the build copies it next to
/// the test assembly through the project reference), for tests about behaviour between processes.</summary>
public static class CliProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "staticbench.dll");

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
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
