using StaticBench.Analysis;
using StaticBench.Analysis.Series;
using StaticBench.Analysis.Findings;
using StaticBench.Site;
using StaticBench.Site.Data;
using StaticBench.Site.Output;
using StaticBench.Site.Templates;
using StaticBench.Store.Git;
using StaticBench.Store.History;

namespace StaticBench.Cli.Building;

/// <summary>What a build read and wrote, and how many series it scanned for change points (the rest came from the memo).</summary>
/// <param name="History">What was read.</param>
/// <param name="Site">What was written; null when the output already showed this data (<see cref="HistoryReport.Unchanged"/>).</param>
/// <param name="SeriesScanned">Series the detector scanned.</param>
/// <param name="SeriesRemembered">Series whose change points came from the memo.</param>
public sealed record BuildOutcome(HistoryReport History, SiteReport? Site, int SeriesScanned, int SeriesRemembered)
{
    /// <summary>Chart images drawn in this build.</summary>
    public int ImagesDrawn { get; init; }

    /// <summary>Chart images whose data had not changed, taken from the last build's output.</summary>
    public int ImagesReused { get; init; }

    /// <summary>Wall time of each step: reading the history, analysing it, then each step of the site (<see cref="SiteReport.Timings"/>).</summary>
    public IReadOnlyList<PageTiming> Timings { get; init; } = [];
}

/// <summary>The build step end to end: read the data repository's history, then render the site from it.</summary>
public static class SiteBuild
{
    public static BuildOutcome Run(BuildOptions options)
    {
        var location = DataRepositoryLocation.Parse(options.Data);
        var templatesFolder = options.Templates is null ? SiteOptions.DefaultTemplatesDirectory : Path.GetFullPath(options.Templates);

        // Compiling the templates (Handlebars builds expression trees) needs nothing from the data, so it overlaps
        // checking the output's stamp and reading the history; a build with nothing new never waits for it.
        var templatesLoaded = Task.Run(() => TemplateSet.Load(templatesFolder));
        var inputs = BuildStamp.InputsOf(options, templatesFolder);
        var built = options.Incremental && BuildStamp.ReadIntact(options.Output) is { } stamp && stamp.Inputs == inputs ? stamp.DataCommit : null;

        var history = new HistoryOptions(options.Branch, options.DataFolder, BuiltTip: built);
        var cacheFile = options.Incremental ? HistoryCacheFile.For(location, history, options.CacheRoot) : null;
        history = history with { CacheFile = cacheFile };
        var timer = new StepTimer();
        var timings = new List<PageTiming>();
        void Lap(string step) => timings.Add(timer.Lap(step));

        var read = HistoryReader.Read(location, history, options.CacheRoot);
        Lap("history");
        if (read.Unchanged)
        {
            return new BuildOutcome(read, null, 0, 0) { Timings = timings };
        }

        // Change points are remembered beside the history cache: a series whose points did not change is not scanned again.
        var memoFile = cacheFile is null ? null : Path.ChangeExtension(cacheFile, ".findings.json");
        var memo = memoFile is null ? new DetectionMemo() : MemoFiles.LoadDetection(memoFile);

        // Images, sample files and runs pages are reused from the output folder they were written into, so their memos
        // live in that folder, beside its stamp: a site copied or moved elsewhere keeps them. A full build reads none
        // but writes them all: a memo it left as it was would name the keys of files it has since replaced.
        (string File, OutputMemo Memo) Kept(string name)
        {
            var file = Path.Combine(options.Output, name);
            return (file, options.Incremental ? MemoFiles.LoadOutput(file) : new OutputMemo());
        }

        var (images, samples, pages) = (Kept(MemoFiles.ImagesFileName), Kept(MemoFiles.SamplesFileName), Kept(MemoFiles.PagesFileName));

        var site = new SiteOptions
        {
            TemplatesDirectory = templatesFolder, Title = options.Title, SampleCommits = options.SampleCommits,
            ImageMemo = images.Memo, SampleMemo = samples.Memo, PageMemo = pages.Memo,
            BeforeDrawing = images.Memo.Remembered == 0 ? ReturnFreeMemory : null,
        };
        var templates = templatesLoaded.GetAwaiter().GetResult();
        Lap("memos");
        var analysis = HistoryAnalysis.Run(read.Snapshot, new AnalysisOptions { Series = new SeriesOptions { MainBranch = options.ProjectBranch }, Memo = memo });
        Lap("analysis");
        // The stamp goes first: a build stopped half-way must not leave a stamp that says the old site is current. So do
        // the output's memos (read above): one left beside files this build replaced would name their old keys.
        BuildStamp.Remove(options.Output);
        foreach (var (file, _) in new[] { images, samples, pages })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
        SiteReport report;
        using (var output = new FileSiteOutput(options.Output))
        {
            report = SiteGenerator.Generate(analysis, site, output, templates);
        }

        timings.AddRange(report.Timings.Select(t => t with { Step = $"site: {t.Step}" }));
        timer.Restart(); // the site's steps were timed one by one above
        if (memoFile is not null)
        {
            MemoFiles.SaveDetection(memoFile, memo);
        }

        foreach (var (file, kept) in new[] { images, samples, pages })
        {
            MemoFiles.SaveOutput(file, kept);
        }

        new BuildStamp(read.Snapshot.DataCommit, inputs).Write(options.Output);
        Lap("save");

        return new BuildOutcome(read, report, memo.Scanned, memo.Remembered) { ImagesDrawn = images.Memo.Made, ImagesReused = images.Memo.Kept, Timings = timings };
    }

    /// <summary>
    /// A compacting collection that also gives the collector's free memory back to the system, run before the images are
    /// drawn when every one of them will be (no image memo: a full build, or a new output folder). Until then the
    /// collector keeps the memory it freed for reuse, and Skia and ScottPlot add their code and buffers (about 20 MiB) on
    /// top of it: drawing was such a build's peak. It costs a full collection of the live heap (17 ms at 100 × 1,000,
    /// 50-60 ms at 200 × 3,000, 0.35 s on a 100,000-file history) and lowered the peak by 12-23 MiB; a build that redraws
    /// a few images would pay the same for about 7 MiB (docs/benchmarks.md).
    /// </summary>
    private static void ReturnFreeMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
