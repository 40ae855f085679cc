using System.Text.Json;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>runs.html</c>: the newest runs, pull requests and branches included, newest first; older runs on
/// <c>runs/&lt;n&gt;.html</c>, <see cref="SiteOptions.RunsPerPage"/> each. Pages are counted from the oldest run,
/// so a new run rewrites <c>runs.html</c> and leaves every older page as it was; with the last build's
/// <paramref name="memo"/> (<see cref="SiteOptions.PageMemo"/>) such a page is not even rendered again
/// (<see cref="PageWriter.WriteKept"/>: 500 pages of a 100,000-run history were most of the time of a build that added one run).
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
        var links = Enumerable.Range(1, older).Reverse().Select(n => new RunsPageLink(n, PathOf(n), RangeOf(n))).ToArray();

        var pages = memo ?? new OutputMemo();
        Write(output, pages, site, "runs.html", $"Runs · {site.Title}", Model(oldestFirst[newestStart..], links, null, oldestFirst.Length), site.DataCommit);
        PageWriter.ForEach(Enumerable.Range(1, older), n =>
        {
            var runs = oldestFirst[((n - 1) * perPage)..(n * perPage)];
            Write(output, pages, site, PathOf(n), $"Runs {RangeOf(n)} · {site.Title}", Model(runs, links, n, total: null), dataCommit: null);
        });
    }

    private void Write(ISiteOutput output, OutputMemo pages, SiteModel site, string path, string title, RunsPageModel page, string? dataCommit) =>
        writer.WriteKept(output, pages, site, path, "runs", title, page, JsonSerializer.SerializeToUtf8Bytes(page, SiteJsonContext.Default.RunsPageModel), dataCommit);

    private string RangeOf(int n) => $"{((n - 1) * perPage) + 1}-{n * perPage}";

    private static string PathOf(int n) => $"runs/{n}.html";

    private static RunsPageModel Model(RunRow[] oldestFirst, RunsPageLink[] links, int? number, int? total) =>
        new(oldestFirst.Reverse().ToArray(), links, number, total);
}

/// <summary>
/// What <c>runs.hbs</c> shows: its runs (newest first), links to the older pages, which page this is (null: the newest),
/// and on the newest page how many runs there are in all (null on an older page, which a new run leaves as it was).
/// </summary>
public sealed record RunsPageModel(IReadOnlyList<RunRow> Runs, IReadOnlyList<RunsPageLink> Older, int? Number, int? Total)
{
    public bool HasOlder => Older.Count > 0;
}

/// <summary>A link to page <see cref="Number"/> of older runs, with the run numbers it holds (1 = the oldest run).</summary>
public sealed record RunsPageLink(int Number, string Page, string Range);
