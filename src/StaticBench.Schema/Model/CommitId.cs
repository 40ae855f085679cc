namespace StaticBench.Schema.Model;

/// <summary>How a commit id is shown to people: every message, page, chart and comment cuts it the same way.</summary>
public static class CommitId
{
    /// <summary>The length of a short commit id, as <c>git log --oneline</c> shows it.</summary>
    public const int ShortLength = 7;

    /// <summary>The first <see cref="ShortLength"/> characters of <paramref name="commit"/>; a shorter id as given.</summary>
    public static string Short(string commit) => commit.Length > ShortLength ? commit[..ShortLength] : commit;
}
