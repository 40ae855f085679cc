using System.Reflection;
using StaticBench.Analysis.Series;

namespace StaticBench.Site;

/// <summary>How to build the site. Defaults suit the <c>build</c> command; tests pin the version.</summary>
public sealed record SiteOptions
{
    /// <summary>
    /// The <c>templates/</c> folder shipped next to the StaticBench binaries: the Site project copies
    /// the repository's <c>templates/**</c> into the output of every project that references it.
    /// </summary>
    public static string DefaultTemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The folder with <c>layout.hbs</c>, page templates, <c>partials/</c> and <c>assets/</c>.</summary>
    public string TemplatesDirectory { get; init; } = DefaultTemplatesDirectory;

    /// <summary>Shown in the header and page titles.</summary>
    public string Title { get; init; } = "Benchmarks";

    /// <summary>Shown in the footer; defaults to this assembly's informational version (without build metadata).</summary>
    public string GeneratorVersion { get; init; } = CurrentVersion();

    /// <summary>Main branch and change threshold for the pivot.</summary>
    public SeriesOptions Series { get; init; } = new();

    /// <summary>A benchmark page's table of results shows at most this many (newest first); the data files have every point.</summary>
    public int MaxResultRows { get; init; } = 25;

    /// <summary>
    /// The newest this many commits (and every pull-request head with its merge base) publish their raw samples for
    /// the compare view, <c>data/samples/&lt;sha&gt;.js</c>; older commits are compared in the CLI.
    /// </summary>
    public int SampleCommits { get; init; } = 250;

    /// <summary>
    /// <c>runs.html</c> and each older page of runs list this many runs. A page's cost in the browser is laying out its
    /// table (about a quarter of a millisecond of main-thread CPU per row), so 200 rows keep it drawn within 300 ms.
    /// </summary>
    public int RunsPerPage { get; init; } = 200;

    /// <summary>Chart images of an earlier build (<c>build</c> keeps their keys in the output folder): unchanged ones are not drawn again.</summary>
    public Output.OutputMemo? ImageMemo { get; init; }

    /// <summary>The compare view's sample files the last build wrote into the same output folder; null makes every one.</summary>
    public Output.OutputMemo? SampleMemo { get; init; }

    /// <summary>The runs pages the last build wrote into the same output folder (<see cref="Pages.RunsPage"/>); null renders every one.</summary>
    public Output.OutputMemo? PageMemo { get; init; }

    /// <summary>
    /// Called once before the chart images are drawn, when the site has any: where a caller that owns the process hands
    /// memory back before Skia and ScottPlot load their code and buffers (<c>build</c> runs a compacting collection here).
    /// </summary>
    public Action? BeforeDrawing { get; init; }

    /// <summary>Change points remembered from an earlier build (<c>build</c> keeps one beside its history cache); null scans every series.</summary>
    public Analysis.Findings.DetectionMemo? DetectionMemo { get; init; }

    private static string CurrentVersion()
    {
        var version = typeof(SiteOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
