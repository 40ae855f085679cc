using StaticBench.Site.Model;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Pages;

/// <summary>
/// What a page template sees: <c>Root</c> (the <c>../</c> prefix back to the site root, so every
/// link stays relative and works from file://), <c>Site</c> (the <see cref="SiteModel"/>) and
/// <c>Page</c> (the model of this page: the site itself, a benchmark or a document).
/// </summary>
public sealed record PageContext(string Root, SiteModel Site, object Page);

/// <summary>
/// What the template of a page kept between builds (<see cref="PageWriter.WriteKept"/>) sees: <c>Root</c> and <c>Page</c>,
/// not the site. Its page model is then all the body is made from, so a key of that model says when the body changed; a
/// template that reads <c>Site</c> there fails to render instead of leaving a page that no longer matches the site.
/// </summary>
public sealed record KeptPageContext(string Root, object Page);

/// <summary>
/// What <c>layout.hbs</c> sees: the page's <c>Root</c>, <c>Site</c>, <c>Title</c>, <c>Kind</c>
/// (index, benchmark, runs, document: for the active nav entry) and the rendered <c>Body</c>.
/// </summary>
public sealed record LayoutContext(string Root, SiteModel Site, string Title, string Kind, TrustedHtml Body, string? DataCommitShort)
{
    public bool IsIndex => Kind == "index";

    public bool IsRuns => Kind == "runs";

    public bool IsRegressions => Kind == "regressions";

    public bool IsCompare => Kind == "compare";

    /// <summary>Benchmark pages draw uPlot charts; other pages leave its style sheet out (one render-blocking file less).</summary>
    public bool HasCharts => Kind == "benchmark";

    public bool IsReferences => Kind == "references";
}
