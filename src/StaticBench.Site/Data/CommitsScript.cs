using System.Text.Json;
using StaticBench.Site.Model;

namespace StaticBench.Site.Data;

/// <summary>
/// <c>data/commits.js</c>: every measured commit in history order (a chart's x is an index into it), as rows of
/// <see cref="Columns"/> rather than objects, because every benchmark page loads it: a 3,000-commit history is
/// 0.4 MB instead of 0.9. <c>site.js</c>' <c>StaticBench.commitOf</c> turns a row back into an object.
/// </summary>
public static class CommitsScript
{
    /// <summary>What each row holds: the id, the commit time in Unix seconds, the subject, the branch, the pull request
    /// (or null), a PR run's merge base (or null), the index of the commit it is compared with by default (or null),
    /// 1 when it makes trend points, 1 when its raw samples are published, and the index of its repository's web
    /// address in <c>repositories</c> (or null).</summary>
    public static readonly string[] Columns = ["sha", "time", "subject", "branch", "pr", "base", "parent", "trend", "samples", "repository"];

    public static byte[] Encode(string key, IReadOnlyList<CommitRow> commits) => ScriptData.Encode(key, w =>
    {
        var index = new Dictionary<string, int>(commits.Count, StringComparer.Ordinal);
        for (var i = 0; i < commits.Count; i++)
        {
            index[commits[i].Sha] = i;
        }

        var repositories = commits.Select(c => c.Repository).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        w.WriteStartObject();
        w.WriteString("tip", commits.LastOrDefault(c => c.OnTrend)?.Sha);
        w.WriteStartArray("columns");
        foreach (var column in Columns)
        {
            w.WriteStringValue(column);
        }

        w.WriteEndArray();
        w.WriteStartArray("repositories");
        foreach (var repository in repositories)
        {
            w.WriteStringValue(repository);
        }

        w.WriteEndArray();
        w.WriteStartArray("commits");
        foreach (var c in commits)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Sha);
            w.WriteNumberValue(c.Time.ToUnixTimeSeconds());
            w.WriteStringValue(c.Subject);
            w.WriteStringValue(c.Branch);
            NumberOrNull(w, c.PullRequest);
            StringOrNull(w, c.Base);
            NumberOrNull(w, c.Parent is { } parent && index.TryGetValue(parent, out var at) ? at : null);
            w.WriteNumberValue(c.OnTrend ? 1 : 0);
            w.WriteNumberValue(c.HasSamples ? 1 : 0);
            NumberOrNull(w, c.Repository is null ? null : repositories.IndexOf(c.Repository));
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void NumberOrNull(Utf8JsonWriter w, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void StringOrNull(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }
}
