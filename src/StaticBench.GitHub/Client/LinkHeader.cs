using System.Text.RegularExpressions;

namespace StaticBench.GitHub.Client;

/// <summary>Finds the <c>rel="next"</c> page in GitHub's <c>Link</c> header.</summary>
internal static partial class LinkHeader
{
    public static Uri? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match link in LinkPattern().Matches(string.Join(",", values)))
        {
            if (link.Groups["rel"].Value.Split(' ').Contains("next") && Uri.TryCreate(link.Groups["url"].Value, UriKind.Absolute, out var next))
            {
                return next;
            }
        }

        return null;
    }

    [GeneratedRegex("<(?<url>[^>]+)>\\s*;\\s*rel=\"(?<rel>[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
