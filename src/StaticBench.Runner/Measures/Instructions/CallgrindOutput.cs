using System.Text.RegularExpressions;

namespace StaticBench.Runner.Measures.Instructions;

/// <summary>
/// Reads callgrind's count from its log on stderr (<c>==pid== Collected : 123456</c>), the same number as
/// the <c>summary:</c> line of its output file, so reading stays a pure function of the process's output.
/// </summary>
public static partial class CallgrindOutput
{
    public static long? Collected(string stderr)
    {
        var match = CollectedLine().Match(stderr);
        return match.Success && long.TryParse(match.Groups[1].Value, out var count) ? count : null;
    }

    /// <summary>stderr without valgrind's own lines, for error messages about the program under it.</summary>
    public static string WithoutValgrind(string stderr) =>
        string.Join('\n', stderr.Split('\n').Where(l => !ValgrindLine().IsMatch(l)));

    [GeneratedRegex(@"^==\d+== Collected : (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CollectedLine();

    [GeneratedRegex(@"^==\d+==")]
    private static partial Regex ValgrindLine();
}
