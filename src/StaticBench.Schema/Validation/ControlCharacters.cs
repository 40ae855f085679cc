using System.Buffers;

namespace StaticBench.Schema.Validation;

/// <summary>
/// The characters no text of the result format may hold: Unicode's control characters (U+0000 to U+001F and U+007F to
/// U+009F), which would end up in file names, commit messages and terminals.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> All =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(Is)));

    public static bool Is(char ch) => ch <= '\u001f' || ch is >= '\u007f' and <= '\u009f';

    /// <summary>
    /// Whether <paramref name="text"/> holds one. Searched with <see cref="SearchValues{T}"/>: the precompiled
    /// (ReadyToRun) <c>IndexOfAnyInRange&lt;char&gt;</c> boxed its bounds on every call (96 bytes), and reading a
    /// history checks a dozen texts a result.
    /// </summary>
    public static bool In(ReadOnlySpan<char> text) => text.ContainsAny(All);
}
