using System.Globalization;
using StaticBench.Analysis.Comparisons;
using StaticBench.Runner.Running;

namespace StaticBench.Bot.Running;

/// <summary>
/// The lines under the comparison in a bot comment: how noisy this machine was (the median smallest
/// change these samples could detect), how many samples each side had, and the pairs that failed, with
/// the bot's own folders taken out of their messages (a public comment shows no host paths).
/// </summary>
public static class NoiseNote
{
    public static string For(ComparisonReport report, IReadOnlyList<RunError> errors, IReadOnlyList<string>? hiddenFolders = null)
    {
        var detectable = report.Comparisons.Select(c => c.MinimumDetectable).Where(d => !double.IsNaN(d) && !double.IsInfinity(d)).Order().ToArray();
        var samples = report.Comparisons.Where(c => c.HeadCount > 0).Select(c => Math.Min(c.BaseCount, c.HeadCount)).DefaultIfEmpty(0).Min();
        var note = detectable.Length == 0
            ? $"\n**Noise:** not estimated (no series compared with statistics; {samples} sample(s) per side).\n"
            : string.Create(CultureInfo.InvariantCulture, $"\n**Noise:** on this machine the median series could detect a change of {detectable[detectable.Length / 2] * 100:0.#}% ({samples} sample(s) per side, base and head interleaved).\n");
        if (errors.Count > 0)
        {
            note += $"\n**{errors.Count} benchmark(s) failed:**\n" + string.Concat(errors.Take(10).Select(e => $"- {ComparisonMarkdown.Escape(Scrub(e.ToString(), hiddenFolders ?? []))}\n"));
        }

        return note;
    }

    /// <summary>Replaces each of <paramref name="folders"/> in <paramref name="text"/> with <c>…</c>, and cuts it to one readable line.</summary>
    public static string Scrub(string text, IReadOnlyList<string> folders)
    {
        foreach (var folder in folders.Where(f => f.Length > 1).OrderByDescending(f => f.Length))
        {
            text = text.Replace(Path.TrimEndingDirectorySeparator(folder), "…", StringComparison.Ordinal);
        }

        return text.Length > 300 ? text[..299] + "…" : text;
    }
}
