using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Pages;
using StaticBench.Site.Templates;

namespace StaticBench.Site;

/// <summary>
/// The site build: snapshot → series (Analysis) → <see cref="SiteModel"/> → every page kind → output.
/// The output is deterministic (no build timestamps), so rebuilding unchanged data writes nothing
/// with <see cref="FileSiteOutput"/>.
/// </summary>
public static class SiteGenerator
{
    public static SiteReport Generate(DataSnapshot snapshot, SiteOptions options, ISiteOutput output) =>
        Generate(snapshot, options, output, TemplateSet.Load(options.TemplatesDirectory));

    /// <summary>As <see cref="Generate(DataSnapshot, SiteOptions, ISiteOutput)"/>, with templates already loaded (tests inspect <see cref="TemplateSet.Used"/>).</summary>
    public static SiteReport Generate(DataSnapshot snapshot, SiteOptions options, ISiteOutput output, TemplateSet templates)
    {
        var series = SeriesBuilder.BuildSeries(snapshot.Runs, options.Series);
        var site = SiteModelBuilder.Build(snapshot, series, options);
        var counting = new CountingOutput(output);
        foreach (var page in Pages(templates))
        {
            page.Render(site, counting);
        }

        var summary = counting.Complete();
        return new SiteReport(
            counting.Files,
            site.Benchmarks.Count,
            series.Series.Count,
            summary.Written,
            summary.Unchanged,
            summary.Deleted,
            snapshot.Skipped.Count,
            site.Warnings);
    }

    /// <summary>Every page kind, in the order they are written.</summary>
    public static IReadOnlyList<ISitePage> Pages(TemplateSet templates)
    {
        var writer = new PageWriter(templates);
        return [new IndexPage(writer), new BenchmarkPages(writer), new RunsPage(writer), new RegressionsPage(writer), new RegressionsFeed(), new DocumentPages(writer), new DataFiles(), new AssetFiles(templates.Folder)];
    }

    private sealed class CountingOutput(ISiteOutput inner) : ISiteOutput
    {
        public int Files { get; private set; }

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            inner.Write(path, content);
            Files++;
        }

        public OutputSummary Complete() => inner.Complete();
    }
}
