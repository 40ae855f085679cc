using System.Text.Json;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>runs.html</c>: the newest runs, pull requests and branches included, newest first; older runs on
/// <c>runs/&lt;n&gt;.html</c>, <see cref="SiteOptions.RunsPerPage"/> each. Pages are counted from the oldest run and an
/// older page links only to its neighbours, so a new run rewrites <c>runs.html</c> and leaves every older page as it
/// was (the run that fills a page also rewrites the page before it); with the last build's <paramref name="memo"/>
/// (<see cref="SiteOptions.PageMemo"/>) such a page is not even rendered again (<see cref="PageWriter.WriteKept"/>: the
/// 500 pages of a 100,000-run history were over a quarter of the time of a build that added one run).
/// </summary>
public sealed class RunsPage(PageWriter writer, int perPage = 500, OutputMemo? memo = null) : ISitePage
{
    public IReadOnlyList<string> Templates => ["runs"];

    public string Name => "runs";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var oldestFirst = site.Runs.Reverse().ToArray();
        var full = oldestFirst.Length / perPage;

        // The newest page holds the runs past the last full page, or the last full page when none are left over.
        var newestStart = oldestFirst.Length % perPage == 0 && full > 0 ? (full - 1) * perPage : full * perPage;
        var older = newestStart / perPage;

        // runs.html links to every older page; an older page only to its two neighbours, so that a new run leaves
        // the older pages' bytes alone until a page fills, and then changes only the page before the new one.
        var links = Enumerable.Range(1, older).Reverse().Select(LinkTo).ToArray();
        var newest = new RunsPageLink(0, "runs.html", "newest");
        var pages = memo ?? new OutputMemo();
        Write(output, pages, site, "runs.html", $"Runs · {site.Title}", Model(oldestFirst[newestStart..], links, null, null, oldestFirst.Length), site.DataCommit);
        PageWriter.ForEach(Enumerable.Range(1, older), n =>
        {
            var runs = oldestFirst[((n - 1) * perPage)..(n * perPage)];
            var model = Model(runs, n > 1 ? [LinkTo(n - 1)] : [], n < older ? LinkTo(n + 1) : newest, n, total: null);
            Write(output, pages, site, PathOf(n), $"Runs {RangeOf(n)} · {site.Title}", model, dataCommit: null);
        });
    }

    private RunsPageLink LinkTo(int n) => new(n, PathOf(n), RangeOf(n));

    private void Write(ISiteOutput output, OutputMemo pages, SiteModel site, string path, string title, RunsPageModel page, string? dataCommit) =>
        writer.WriteKept(output, pages, site, path, "runs", title, page, JsonSerializer.SerializeToUtf8Bytes(page, SiteJsonContext.Default.RunsPageModel), dataCommit);

    private string RangeOf(int n) => $"{((n - 1) * perPage) + 1}-{n * perPage}";

    private static string PathOf(int n) => $"runs/{n}.html";

    private static RunsPageModel Model(RunRow[] oldestFirst, RunsPageLink[] older, RunsPageLink? newer, int? number, int? total) =>
        new(oldestFirst.Reverse().ToArray(), older, newer, number, total);
}

/// <summary>
/// What <c>runs.hbs</c> shows: its runs (newest first); links to older pages (on <c>runs.html</c> every one, newest first;
/// on an older page the one before it); the next newer page (null on <c>runs.html</c>); which page this is (null: the
/// newest); and on the newest page how many runs there are in all (null on an older page, which a new run leaves as it was).
/// </summary>
public sealed record RunsPageModel(IReadOnlyList<RunRow> Runs, IReadOnlyList<RunsPageLink> Older, RunsPageLink? Newer, int? Number, int? Total)
{
    public bool HasOlder => Older.Count > 0;
}

/// <summary>A link to page <see cref="Number"/> of older runs, with the run numbers it holds (1 = the oldest run); <c>runs.html</c> is number 0, "newest".</summary>
public sealed record RunsPageLink(int Number, string Page, string Range);
