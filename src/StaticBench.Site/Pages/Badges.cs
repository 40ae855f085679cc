using StaticBench.Analysis.Findings;
using StaticBench.Site.Charts;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary><c>badges/&lt;series id&gt;.svg</c>: a README badge per series with its newest value and its status.</summary>
public sealed class Badges : ISitePage
{
    public string Name => "badges";

    public void Render(SiteModel site, ISiteOutput output)
    {
        // Each badge measures its text with the chart font: independent work, spread over the cores.
        var badges = site.Benchmarks.SelectMany(b => b.Series.Zip(b.Source)).ToArray();
        Parallel.ForEach(badges, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, badge =>
        {
            var (row, series) = badge;
            var status = site.Analysis?.Statuses.GetValueOrDefault(series.Id) ?? new SeriesStatus(SeriesState.TooLittleData);
            var label = string.Join(" ", new[] { series.Key.Benchmark, row.Engine, series.Key.Phase }.Where(t => t.Length > 0));
            output.WriteText(row.Badge, SeriesBadge.Render(new SeriesBadgeSpec(label, series.Unit, series.Latest?.Median, status)));
        });
    }
}
