namespace StaticBench.Site.Model;

/// <summary>
/// One commit of the benchmarked project, in history order: the x axis of every chart (its
/// <see cref="Index"/>), the tooltips' commit, subject and date, and the compare view's pickers.
/// </summary>
/// <param name="Index">Its position in history order (the charts' x).</param>
/// <param name="Sha">The full id.</param>
/// <param name="Time">The commit's time.</param>
/// <param name="Subject">First line of the message.</param>
/// <param name="Branch">The branch its runs were on (the newest run's, when they differ).</param>
/// <param name="PullRequest">The pull request its runs were for, if any.</param>
/// <param name="Base">A pull-request run's merge base.</param>
/// <param name="Parent">What "against its parent" compares with: the previous commit on the trend for trend commits, else its first known parent.</param>
/// <param name="OnTrend">Whether it makes trend points (main branch, not a pull request).</param>
/// <param name="HasSamples">Whether the site publishes its raw samples (<c>data/samples/&lt;sha&gt;.js</c>) for the compare view.</param>
/// <param name="Repository">Its repository's web address (<see cref="CommitLink.Repository"/>), which commit links are made from; null when it gets none.</param>
public sealed record CommitRow(
    int Index,
    string Sha,
    DateTimeOffset Time,
    string Subject,
    string Branch,
    int? PullRequest,
    string? Base,
    string? Parent,
    bool OnTrend,
    bool HasSamples,
    string? Repository);
