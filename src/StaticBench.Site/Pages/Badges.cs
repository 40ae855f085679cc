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
        foreach (var benchmark in site.Benchmarks)
        {
            foreach (var (row, series) in benchmark.Series.Zip(benchmark.Source))
            {
                var status = site.Analysis?.Statuses.GetValueOrDefault(series.Id) ?? new SeriesStatus(SeriesState.TooLittleData);
                var label = string.Join(" ", new[] { series.Key.Benchmark, row.Engine, series.Key.Phase }.Where(t => t.Length > 0));
                output.WriteText(row.Badge, SeriesBadge.Render(new SeriesBadgeSpec(label, series.Unit, series.Latest?.Median, status)));
            }
        }
    }
}
