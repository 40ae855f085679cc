using StaticBench.Analysis.Series;
using StaticBench.Site;
using StaticBench.Site.Output;
using StaticBench.Store.Git;
using StaticBench.Store.History;

namespace StaticBench.Cli.Building;

/// <summary>What a build read and wrote.</summary>
public sealed record BuildOutcome(HistoryReport History, SiteReport Site);

/// <summary>The build step end to end: read the data repository's history, then render the site from it.</summary>
public static class SiteBuild
{
    public static BuildOutcome Run(BuildOptions options)
    {
        var location = DataRepositoryLocation.Parse(options.Data);
        var history = new HistoryOptions(options.Branch, options.DataFolder);
        history = history with { CacheFile = options.Incremental ? HistoryCacheFile.For(location, history, options.CacheRoot) : null };
        var read = HistoryReader.Read(location, history, options.CacheRoot);

        var site = new SiteOptions
        {
            TemplatesDirectory = options.Templates is null ? SiteOptions.DefaultTemplatesDirectory : Path.GetFullPath(options.Templates),
            Title = options.Title,
            Series = new SeriesOptions { MainBranch = options.ProjectBranch },
        };
        var report = SiteGenerator.Generate(read.Snapshot, site, new FileSiteOutput(options.Output));
        return new BuildOutcome(read, report);
    }
}
