using System.Diagnostics;

namespace StaticBench.ScaleData;

/// <summary>
/// The git command-line tool, with the user's and the system's configuration shut out so that the
/// same input gives the same repository on any machine. Arguments go as a list, never through a shell.
/// </summary>
public static class Git
{
    public static ProcessStartInfo StartInfo(string? gitDir, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        if (gitDir is not null)
        {
            start.ArgumentList.Add($"--git-dir={gitDir}");
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs git to the end; its standard output, or an exception naming the command and its error.</summary>
    public static string Run(string? gitDir, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(gitDir, arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result.Trim()}");
        }

        return output;
    }
}
