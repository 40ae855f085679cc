using System.Text.RegularExpressions;

namespace StaticBench.Schema.Validation;

/// <summary>Run ids become file names in the data repository, so they are restricted to a safe alphabet.</summary>
public static partial class RunId
{
    public const int MaxLength = 128;

    /// <summary>Letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, starting with a letter or digit.</summary>
    public static bool IsValid(string id) => id.Length <= MaxLength && SafeId().IsMatch(id) && !id.EndsWith('.');

    // \z, not $: $ also matches before a final newline, and "abc\n" would become a file name.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*\\z")]
    private static partial Regex SafeId();
}
