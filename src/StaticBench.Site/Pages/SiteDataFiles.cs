using System.Text.Json;
using StaticBench.Analysis.Profiles;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// The data behind the pages: <c>index.json</c> lists every series for other tools; the pages' scripts read
/// script files (<see cref="ScriptData"/>): <c>data/index.js</c>, <c>data/commits.js</c> and one
/// <c>data/bench/&lt;slug&gt;.js</c> per benchmark with its blocks (<see cref="ChartBlocks"/>), which only its page loads.
/// Each script is one JSON value after a fixed prefix, so tools read them too: a site holds each point once.
/// </summary>
public sealed class SiteDataFiles : ISitePage
{
    public const string IndexScriptPath = "data/index.js";
    public const string CommitsScriptPath = "data/commits.js";

    public string Name => "data";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var generator = $"StaticBench {site.GeneratorVersion}";
        var summaries = site.Benchmarks.SelectMany(b => b.Source.Select(s => new SeriesSummaryJson(
            s.Id, KeyOf(s), s.Unit, BetterOf(s), s.Points.Count, Finite(s.Latest?.Median), Finite(s.Change?.Ratio), b.Page, b.Script))).ToArray();
        output.Write("index.json", JsonSerializer.SerializeToUtf8Bytes(
            new IndexJson(generator, site.DataCommit, site.MainBranch, summaries), SiteJsonContext.Default.IndexJson));

        // A benchmark's rows are its source series, one for one and in the same order.
        var series = site.Benchmarks.SelectMany(b => b.Series.Zip(b.Source))
            .Select(x => WithProfile(WithJobSize(new SeriesScript(x.First.Id, x.First.Benchmark, x.First.Machine, x.First.Engine, x.First.Phase, x.First.Metric, x.First.Parameters,
                x.Second.Unit, BetterOf(x.Second), x.First.Points, x.First.Status, x.First.Link)), x.Second))
            .ToArray();
        ScriptData.Write(output, IndexScriptPath, ScriptData.KeyOf(IndexScriptPath), new IndexScript(site.DataCommit, series), SiteJsonContext.Default.IndexScript);

        output.Write(CommitsScriptPath, CommitsScript.Encode(ScriptData.KeyOf(CommitsScriptPath), site.Commits));

        var order = site.SeriesSet.CommitOrder;
        Parallel.ForEach(site.Benchmarks, benchmark =>
        {
            var charts = benchmark.Charts.Select(c => ChartScripts.Of(c, order)).Concat(benchmark.Rates.Select(r => ChartScripts.Of(r, order))).ToArray();
            ChartBlocks.Write(output, benchmark.Script, benchmark.Slug, benchmark.Name, charts);
        });
    }

    /// <summary>The job size as its own field, so that the compare view shows and sorts it as a column.</summary>
    private static SeriesScript WithJobSize(SeriesScript series) => JobSize.Of(series.Parameters) is { } size
        ? series with { Size = size.Text, SizeValue = size.Value, OtherParameters = size.OtherParameters }
        : series;

    /// <summary>A profile part says which profile and which opcode or function, so the compare view can put profiles back together.</summary>
    private static SeriesScript WithProfile(SeriesScript script, BenchmarkSeries series) =>
        ProfileMetrics.IsProfile(series.Key.Metric) && series.Observations.Count > 0 && ProfileReader.NameOf(series.Observations[0].Result) is { } name
            ? script with { Profile = ProfileReader.KeyOf(series.Observations[0].Result).ToString(), ProfileName = name }
            : script;

    private static SeriesKeyJson KeyOf(BenchmarkSeries s) =>
        new(s.Key.Machine, s.Key.Benchmark, s.Key.Parameters, s.Key.Engine, s.Key.Phase, s.Key.Metric);

    private static string BetterOf(BenchmarkSeries s) => s.Better.ToString().ToLowerInvariant();

    /// <summary>JSON has no infinities or NaN (the writer throws on them): such a value is left out, as a missing one is.</summary>
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
