using System.Globalization;
using StaticBench.Schema.Model;
using StaticBench.Schema.References;
using StaticBench.Site.Charts;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>
/// One reference file as the site cites it: who published what, on what hardware, where and when, and its numbers.
/// Plain text throughout (templates escape it); <see cref="Url"/> was checked to be http(s) when the file was read.
/// </summary>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Label">"System version (hardware)", the label of its series on every chart.</param>
/// <param name="Url">Where the numbers were published.</param>
/// <param name="Published">The publication date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Publisher">Who published them, or empty.</param>
/// <param name="Notes">The conditions that matter for reading them, or empty.</param>
/// <param name="Rows">Its numbers, in file order.</param>
public sealed record ReferenceSourceModel(string Path, string Label, string Url, string Published, string Publisher, string Notes, IReadOnlyList<ReferenceRow> Rows)
{
    public bool HasPublisher => Publisher.Length > 0;

    public bool HasNotes => Notes.Length > 0;
}

/// <summary>One published number, formatted, and the benchmark page of ours it is shown on (empty when none).</summary>
public sealed record ReferenceRow(string Benchmark, string Metric, string JobSize, string Value, string OurBenchmark, string OurPage)
{
    public bool HasOurPage => OurPage.Length > 0;
}

/// <summary>A reference series drawn on a scaling plot, for the list under its image: the label, linked to its source.</summary>
public sealed record ScalingReferenceLink(string Label, string Url, string Published);

/// <summary>
/// Matches reference results to our benchmarks and their scaling plots (docs/site.md, "Published numbers"): a result
/// belongs to the benchmark its <c>ourBenchmark</c> names, and is drawn on that benchmark's scaling plots in its unit
/// (and of its <c>ourMetric</c>, when given). Nothing here touches our series: references are never part of them.
/// </summary>
public static class ReferenceModels
{
    /// <summary>"System version (hardware)".</summary>
    public static string Label(ReferenceSource source) => $"{source.System} {source.Version} ({source.Hardware})";

    /// <summary>Every reference file, for the references page; <paramref name="pages"/> maps our benchmark names to their pages.</summary>
    public static ReferenceSourceModel[] All(IReadOnlyList<DataReference> references, IReadOnlyDictionary<string, string> pages) =>
        references.Select(r => Source(r, r.Set.Results, pages)).ToArray();

    /// <summary>The reference files with numbers for <paramref name="benchmark"/>, each with only those numbers.</summary>
    public static ReferenceSourceModel[] For(string benchmark, string page, IReadOnlyList<DataReference> references) => references
        .Select(r => (r, Results: r.Set.Results.Where(x => x.OurBenchmark == benchmark).ToArray()))
        .Where(m => m.Results.Length > 0)
        .Select(m => Source(m.r, m.Results, new Dictionary<string, string> { [benchmark] = page }))
        .ToArray();

    /// <summary>
    /// The series one scaling plot of <paramref name="benchmark"/> shows beside its engines: per reference file and
    /// metric, the results in the plot's <paramref name="unit"/> (normalized) and, when they name one, its metric.
    /// </summary>
    public static (ScalingImageReference[] Lines, ScalingReferenceLink[] Links) ForScaling(
        string benchmark, string metric, string unit, IReadOnlyList<DataReference> references)
    {
        var matched = references
            .SelectMany(r => r.Set.Results
                .Where(x => x.OurBenchmark == benchmark && x.Unit == unit && (x.OurMetric is null || x.OurMetric == metric) && x.JobSize > 0 && x.Value > 0)
                .GroupBy(x => (x.Metric, x.JobSizeUnit))
                .Select(g => (Reference: r, g.Key.Metric, g.Key.JobSizeUnit, Points: g.OrderBy(x => x.JobSize).ToArray())))
            .ToArray();
        var lines = matched
            .Select(m => new ScalingImageReference(
                $"{Label(m.Reference.Set.Source)} · {m.Metric} ({m.JobSizeUnit})",
                m.Points.Select(x => x.JobSize).ToArray(),
                m.Points.Select(x => x.Value).ToArray()))
            .ToArray();
        var links = matched
            .Select(m => m.Reference)
            .Distinct()
            .Select(r => new ScalingReferenceLink(Label(r.Set.Source), SafeUrl(r.Set.Source.Url), r.Set.Source.Published))
            .ToArray();
        return (lines, links);
    }

    /// <summary>The address when it is absolute http(s), else <c>#</c>: the reader already refuses others; a link must not rely on that.</summary>
    private static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? url : "#";

    private static ReferenceSourceModel Source(DataReference reference, IEnumerable<ReferenceResult> results, IReadOnlyDictionary<string, string> pages)
    {
        var source = reference.Set.Source;
        var rows = results.Select(x => new ReferenceRow(
            x.Benchmark,
            x.Metric,
            // The size as published, every digit: 1,048,576 cycles, not 1.05M.
            $"{x.JobSize.ToString("#,0.######", CultureInfo.InvariantCulture)} {x.JobSizeUnit}",
            ValueFormatter.Format(x.Value, x.Unit),
            x.OurBenchmark ?? "",
            x.OurBenchmark is { } ours ? pages.GetValueOrDefault(ours, "") : "")).ToArray();
        return new ReferenceSourceModel(reference.Path, Label(source), SafeUrl(source.Url), source.Published, source.Publisher ?? "", source.Notes ?? "", rows);
    }
}
