using System.Text;
using StaticBench.Analysis.Series;

namespace StaticBench.Site.Model;

/// <summary>
/// File names for things named by data: letters, digits and <c>-</c> from the name (at most 40),
/// then a short hash of the exact name, so <c>../../etc</c> and <c>&lt;script&gt;</c> become harmless
/// and two names that sanitize alike (<c>a/b</c>, <c>a-b</c>) still get different files.
/// </summary>
public static class Slug
{
    public static string Of(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var readable = sb.ToString().Trim('-');
        readable = readable.Length > 40 ? readable[..40].TrimEnd('-') : readable;
        var hash = SeriesId.ShortHash(name)[..8];
        return readable.Length == 0 ? hash : $"{readable}-{hash}";
    }
}
