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
        output.WriteText(path, InLayout(site, path, template, title, body, dataCommit));
    }

    /// <summary>
    /// As <see cref="Write"/>, for a page whose template is given <c>Root</c> and <paramref name="page"/> alone
    /// (<see cref="KeptPageContext"/>): kept as the last build wrote it, without rendering it, when <paramref name="memo"/>
    /// holds the same key for <paramref name="path"/>. The key is the templates' <see cref="TemplateSet.Fingerprint"/>, the
    /// path, <paramref name="pageContent"/> (the page model's content, serialized by the caller) and the layout rendered
    /// around an empty body: whatever the layout shows of the site is in the key, whichever fields it reads. Rendering runs
    /// in the templates' interpreter; a key is a serialization and a hash.
    /// </summary>
    public void WriteKept(ISiteOutput output, OutputMemo memo, SiteModel site, string path, string template, string title, object page, ReadOnlySpan<byte> pageContent, string? dataCommit)
    {
        var frame = InLayout(site, path, template, title, "", dataCommit);
        var key = new ContentKeyWriter("page").Add(templates.Fingerprint).Add(path).Add(template).Add(pageContent).Add(frame).Finish();
        memo.Write(output, path, key, () =>
        {
            var body = templates.Render(template, new KeptPageContext(SitePath.RootFrom(path), page));
            return SiteOutputExtensions.Utf8Bytes(InLayout(site, path, template, title, body, dataCommit));
        });
    }

    /// <summary>The page at <paramref name="path"/>: <paramref name="body"/>, rendered by <paramref name="template"/>, inside the layout.</summary>
    private string InLayout(SiteModel site, string path, string template, string title, string body, string? dataCommit)
    {
        var shortCommit = string.IsNullOrEmpty(dataCommit) ? null : CommitId.Short(dataCommit);
        return templates.Render(Layout, new LayoutContext(SitePath.RootFrom(path), site, title, template, new TrustedHtml(body), shortCommit));
    }

    /// <summary>
    /// Calls <paramref name="write"/> for each item, one thread per core: pages of one kind are separate models rendered
    /// into separate files, and rendering is CPU work (in the native program Handlebars.Net's templates run in the
    /// expression interpreter; the 500 runs pages of a 100,000-run history took 1.4 s on one thread).
    /// </summary>
    public static void ForEach<T>(IEnumerable<T> items, Action<T> write) =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, write);
}
