using System.Diagnostics;

namespace StaticBench.Testing;

/// <summary>Runs the git command-line tool for set-ups libgit2 cannot do (shallow clones). Arguments are passed as a list, never through a shell.</summary>
public static class GitProcess
{
    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }

        return output;
    }
}
