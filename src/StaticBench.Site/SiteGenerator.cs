using StaticBench.Analysis;
using StaticBench.Schema.Model;
using StaticBench.Site.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Pages;
using StaticBench.Site.Templates;

namespace StaticBench.Site;

/// <summary>
/// The site build: analysed history (Analysis) → <see cref="SiteModel"/> → every page kind → output.
/// The output is deterministic (no build timestamps), so rebuilding unchanged data writes nothing
/// with <see cref="FileSiteOutput"/>.
/// </summary>
public static class SiteGenerator
{
    /// <summary>Analyses <paramref name="snapshot"/> (with <see cref="SiteOptions.Series"/> and <see cref="SiteOptions.DetectionMemo"/>) and renders it.</summary>
    public static SiteReport Generate(DataSnapshot snapshot, SiteOptions options, ISiteOutput output) =>
        Generate(snapshot, options, output, TemplateSet.Load(options.TemplatesDirectory));

    /// <summary>As <see cref="Generate(DataSnapshot, SiteOptions, ISiteOutput)"/>, with templates already loaded (tests inspect <see cref="TemplateSet.Used"/>).</summary>
    public static SiteReport Generate(DataSnapshot snapshot, SiteOptions options, ISiteOutput output, TemplateSet templates) =>
        Generate(HistoryAnalysis.Run(snapshot, new AnalysisOptions { Series = options.Series, Memo = options.DetectionMemo }), options, output, templates);

    /// <summary>Renders an analysed history.</summary>
    public static SiteReport Generate(AnalysedHistory analysis, SiteOptions options, ISiteOutput output, TemplateSet? templates = null)
    {
        templates ??= TemplateSet.Load(options.TemplatesDirectory);
        var pages = Pages(templates, options);
        templates.Require(RequiredTemplates(pages));
        var timings = new List<PageTiming>();
        var timer = new StepTimer();
        var site = SiteModelBuilder.Build(analysis, options);
        timings.Add(timer.Lap("model"));
        var counting = new CountingOutput(output);
        foreach (var page in pages)
        {
            page.Render(site, counting);
            timings.Add(timer.Lap(page.Name));
        }

        var summary = counting.Complete();
        timings.Add(timer.Lap("complete")); // moving the staged files in and deleting the stale ones
        return new SiteReport(
            counting.Files,
            site.Benchmarks.Count,
            analysis.Series.Series.Count,
            summary.Written,
            summary.Unchanged,
            summary.Deleted,
            analysis.Snapshot.Skipped.Count,
            site.Warnings) { Timings = timings };
    }

    /// <summary>
    /// Every page kind, in the order they are written. This list is the one place that says which templates
    /// a templates folder must have: each page names its own (<see cref="ISitePage.Templates"/>).
    /// </summary>
    public static IReadOnlyList<ISitePage> Pages(TemplateSet templates, SiteOptions? options = null)
    {
        options ??= new SiteOptions();
        var writer = new PageWriter(templates);
        return
        [
            new IndexPage(writer), new BenchmarkPages(writer), new ComparePage(writer), new RunsPage(writer, options.RunsPerPage, options.PageMemo), new RegressionsPage(writer),
            new ReferencesPage(writer), new RegressionsFeed(), new DocumentPages(writer), new SiteDataFiles(), new SampleShards(options.SampleMemo), new ChartImages(options.ImageMemo, options.BeforeDrawing), new Badges(),
            new AssetFiles(templates.Folder),
        ];
    }

    /// <summary>The templates <paramref name="pages"/> render, the layout first.</summary>
    public static IReadOnlyList<string> RequiredTemplates(IEnumerable<ISitePage> pages) =>
        pages.SelectMany(p => p.Templates).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } used ? [PageWriter.Layout, .. used] : [];

    private sealed class CountingOutput(ISiteOutput inner) : ISiteOutput
    {
        private int _files;

        public int Files => _files;

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            inner.Write(path, content);
            Interlocked.Increment(ref _files);
        }

        public OutputSummary Complete() => inner.Complete();

        public bool Keep(string path)
        {
            var kept = inner.Keep(path);
            if (kept)
            {
                Interlocked.Increment(ref _files);
            }

            return kept;
        }
    }
}
