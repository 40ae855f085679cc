namespace StaticBench.Store.Publishing;

/// <summary>What <c>staticbench publish</c> was asked to do.</summary>
/// <param name="Site">The built site folder.</param>
/// <param name="Repository">Where to publish: a local folder or a remote URL.</param>
/// <param name="Branch">The Pages branch, replaced on every publish.</param>
/// <param name="Message">Commit message; null for a default naming the file count.</param>
/// <param name="CacheRoot">Where remote mirrors are kept (null: the default cache).</param>
public sealed record PublishOptions(
    string Site,
    string Repository,
    string Branch = "gh-pages",
    string? Message = null,
    string? CacheRoot = null);

/// <summary>What publishing did.</summary>
/// <param name="CommitId">The commit now at the branch tip (ours, or the unchanged one).</param>
/// <param name="Changed">False when the site was identical to the published one.</param>
/// <param name="FileCount">Files in the published tree, <c>.nojekyll</c> included.</param>
public sealed record PublishOutcome(string? CommitId, bool Changed, int FileCount);
