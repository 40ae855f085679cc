using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>runs.html</c>: the newest runs, pull requests and branches included, newest first; older runs on
/// <c>runs/&lt;n&gt;.html</c>, <see cref="SiteOptions.RunsPerPage"/> each. Pages are counted from the oldest run,
/// so a new run rewrites <c>runs.html</c> and leaves every older page as it was.
/// </summary>
public sealed class RunsPage(PageWriter writer, int perPage = 500) : ISitePage
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

        writer.Write(output, site, "runs.html", "runs", $"Runs · {site.Title}", Model(oldestFirst[newestStart..], links, null, oldestFirst.Length), site.DataCommit);
        PageWriter.ForEach(Enumerable.Range(1, older), n =>
        {
            var runs = oldestFirst[((n - 1) * perPage)..(n * perPage)];
            writer.Write(output, site, PathOf(n), "runs", $"Runs {RangeOf(n)} · {site.Title}", Model(runs, links, n, oldestFirst.Length), dataCommit: null);
        });
    }

    private string RangeOf(int n) => $"{((n - 1) * perPage) + 1}-{n * perPage}";

    private static string PathOf(int n) => $"runs/{n}.html";

    private static RunsPageModel Model(RunRow[] oldestFirst, RunsPageLink[] links, int? number, int total) =>
        new(oldestFirst.Reverse().ToArray(), links, number, total);
}

/// <summary>What <c>runs.hbs</c> shows: its runs (newest first), links to the older pages, which page this is (null: the newest), and how many runs there are in all.</summary>
public sealed record RunsPageModel(IReadOnlyList<RunRow> Runs, IReadOnlyList<RunsPageLink> Older, int? Number, int Total)
{
    public bool HasOlder => Older.Count > 0;
}

/// <summary>A link to page <see cref="Number"/> of older runs, with the run numbers it holds (1 = the oldest run).</summary>
public sealed record RunsPageLink(int Number, string Page, string Range);
