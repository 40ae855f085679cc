using StaticBench.Schema.Model;
using StaticBench.Site.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Pages;

/// <summary>Renders a page template inside the layout and writes it: the one path from model to HTML file.</summary>
public sealed class PageWriter(TemplateSet templates)
{
    /// <summary>The template every page is rendered inside.</summary>
    public const string Layout = "layout";

    /// <summary>
    /// Writes the page at site-relative <paramref name="path"/> using template <paramref name="template"/>
    /// (its name is also the page kind) with <paramref name="title"/> (plain text) and <paramref name="page"/>
    /// as the template's <c>Page</c>. <paramref name="dataCommit"/> is the data commit the page reflects, shown
    /// in its footer: the newest one among the page's own inputs, so unrelated results leave the page's bytes alone.
    /// </summary>
    public void Write(ISiteOutput output, SiteModel site, string path, string template, string title, object page, string? dataCommit)
    {
        var root = SitePath.RootFrom(path);
        var body = templates.Render(template, new PageContext(root, site, page));
        var shortCommit = string.IsNullOrEmpty(dataCommit) ? null : CommitId.Short(dataCommit);
        var html = templates.Render(Layout, new LayoutContext(root, site, title, template, new TrustedHtml(body), shortCommit));
        output.WriteText(path, html);
    }

    /// <summary>
    /// Calls <paramref name="write"/> for each item, one thread per core: pages of one kind are separate models rendered
    /// into separate files, and rendering is CPU work (in the native program Handlebars.Net's templates run in the
    /// expression interpreter; the 500 runs pages of a 100,000-run history took 1.4 s on one thread).
    /// </summary>
    public static void ForEach<T>(IEnumerable<T> items, Action<T> write) =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, write);
}
