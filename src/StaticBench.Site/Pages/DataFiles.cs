using System.Text.Json;
using StaticBench.Analysis.Series;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// The data next to the pages, for other tools (pages never fetch it: they must work from file://):
/// <c>index.json</c> lists every series, <c>benchmarks/&lt;slug&gt;.json</c> holds a benchmark's points.
/// </summary>
public sealed class DataFiles : ISitePage
{
    public string Name => "data";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var generator = $"StaticBench {site.GeneratorVersion}";
        var summaries = site.Benchmarks.SelectMany(b => b.Source.Select(s => new SeriesSummaryJson(
            s.Id, KeyOf(s), s.Unit, BetterOf(s), s.Points.Count, s.Latest?.Median, s.Change?.Ratio, b.Page, b.Data))).ToArray();
        output.Write("index.json", JsonSerializer.SerializeToUtf8Bytes(
            new IndexJson(generator, site.DataCommit, site.MainBranch, summaries), SiteJsonContext.Default.IndexJson));

        foreach (var benchmark in site.Benchmarks)
        {
            var series = benchmark.Source.Select(s => new SeriesJson(s.Id, KeyOf(s), s.Unit, BetterOf(s), s.Points.Select(p => new PointJson(
                p.Commit, p.CommitTime, p.Subject, p.Median, p.Min, p.Max, p.SampleCount, p.RunIds, p.EngineVersion)).ToArray())).ToArray();
            output.Write(benchmark.Data, JsonSerializer.SerializeToUtf8Bytes(
                new BenchmarkJson(benchmark.Name, benchmark.DataCommit, series), SiteJsonContext.Default.BenchmarkJson));
        }
    }

    private static SeriesKeyJson KeyOf(Series s) =>
        new(s.Key.Machine, s.Key.Benchmark, s.Key.Parameters, s.Key.Engine, s.Key.Phase, s.Key.Metric);

    private static string BetterOf(Series s) => s.Better.ToString().ToLowerInvariant();
}
