using System.Globalization;
using StaticBench.Analysis.Formatting;
using StaticBench.Analysis.Profiles;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Charts;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Model;

/// <summary>
/// One instruction profile on a benchmark page (docs/analysis.md): a benchmark, job size, engine and phase at its
/// newest profiled commit of the trend, its top opcodes and hot functions, and how each moved since the commit
/// before it that has the same profile.
/// </summary>
/// <param name="Title">What was profiled (<see cref="ProfileKey"/>).</param>
/// <param name="Commit">The newest profiled commit, short.</param>
/// <param name="BaseCommit">The profiled commit before it, short; empty when there is none.</param>
/// <param name="Total">Instructions in all, and the change since <paramref name="BaseCommit"/>.</param>
/// <param name="Opcodes">The top opcodes, then one row for the rest.</param>
/// <param name="Functions">The hottest functions, then one row for the rest.</param>
public sealed record ProfileTable(string Title, string Commit, string BaseCommit, ProfileRow Total, IReadOnlyList<ProfileRow> Opcodes, IReadOnlyList<ProfileRow> Functions)
{
    /// <summary>The table's anchor on the page, <c>profile-&lt;hash&gt;</c>: where the index links each opcode's and function's series.</summary>
    public string Id => ProfileTables.AnchorOf(Title);

    public bool HasBase => BaseCommit.Length > 0;

    public bool HasOpcodes => Opcodes.Count > 0;

    public bool HasFunctions => Functions.Count > 0;
}

/// <summary>An opcode or function (or "the rest"): its count, its share of the total, and its change since the base (empty without one).</summary>
public sealed record ProfileRow(string Name, string Count, string Share, string Change, bool IsRest)
{
    /// <summary>Its count over the trend's profiled commits, a sparkline: the profile's own series need no chart each.</summary>
    public TrustedHtml? Trend { get; init; }

    /// <summary>The sparkline in words: how many profiled commits, first and newest count.</summary>
    public string TrendText { get; init; } = "";

    public bool HasTrend => Trend is not null;
}

/// <summary>Builds the <see cref="ProfileTable"/>s of one benchmark from its <c>opcode-count</c> and <c>function-instructions</c> series.</summary>
public static class ProfileTables
{
    /// <summary>How many opcodes and functions a table names before "the rest".</summary>
    public const int Top = 10;

    public static ProfileTable[] For(string benchmark, IReadOnlyList<BenchmarkSeries> series, ProjectCommitOrder order)
    {
        // The trend's commits that hold a profile, newest first, each with the profiles of all its runs (of one profile
        // recorded twice at a commit, the newer run's). Each profile is shown at its own newest commit against its own
        // commit before: a native profile and a wasm one are often taken by different runs, at different commits.
        var commits = series
            .Where(s => ProfileMetrics.IsProfile(s.Key.Metric))
            .SelectMany(s => s.Observations.Where(o => o.OnTrend))
            .Select(o => o.Recorded)
            .DistinctBy(r => r.Path)
            .GroupBy(r => r.Run.Run.Project.Commit, StringComparer.Ordinal)
            .Select(g => (Commit: g.Key, Index: order.IndexOf(g.Key), Runs: g))
            .Where(c => c.Index >= 0)
            .OrderByDescending(c => c.Index);
        var heads = new Dictionary<ProfileKey, (InstructionProfile Profile, string Commit)>();
        var bases = new Dictionary<ProfileKey, (InstructionProfile Profile, string Commit)>();
        foreach (var (commit, _, runs) in commits)
        {
            var profiles = runs.OrderByDescending(r => r.RecordedAt).SelectMany(r => Profiles(r.Run, benchmark)).DistinctBy(p => p.Key);
            foreach (var profile in profiles)
            {
                if (!heads.ContainsKey(profile.Key))
                {
                    heads[profile.Key] = (profile, commit);
                }
                else
                {
                    bases.TryAdd(profile.Key, (profile, commit));
                }
            }
        }

        var trends = Trends(series);
        return heads.Values
            .Select(h => bases.TryGetValue(h.Profile.Key, out var b)
                ? Table(h.Profile, b.Profile, CommitId.Short(h.Commit), CommitId.Short(b.Commit))
                : Table(h.Profile, null, CommitId.Short(h.Commit), ""))
            .Select(t => WithTrends(t, heads.Keys.First(k => k.ToString() == t.Title), trends))
            .OrderBy(t => t.Title, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The anchor of the table of the profile titled <paramref name="title"/> (<see cref="ProfileKey"/> as text).</summary>
    public static string AnchorOf(string title) => $"profile-{SeriesId.ShortHash(title)}";

    /// <summary>The anchor of the table a profile series (one opcode or function) belongs in; null for other series.</summary>
    public static string? AnchorOf(BenchmarkSeries series) =>
        ProfileMetrics.IsProfile(series.Key.Metric) && series.Observations.Count > 0 ? AnchorOf(ProfileReader.KeyOf(series.Observations[0].Result).ToString()) : null;

    /// <summary>Each profile series by what it counts: metric, profile and name; of several machines', the longest.</summary>
    private static Dictionary<(string Metric, ProfileKey Key, string Name), BenchmarkSeries> Trends(IReadOnlyList<BenchmarkSeries> series)
    {
        var trends = new Dictionary<(string, ProfileKey, string), BenchmarkSeries>();
        foreach (var s in series.Where(s => ProfileMetrics.IsProfile(s.Key.Metric) && s.Observations.Count > 0 && s.Points.Count > 0))
        {
            var result = s.Observations[0].Result;
            if (ProfileReader.NameOf(result) is not { } name)
            {
                continue;
            }

            var key = (s.Key.Metric, ProfileReader.KeyOf(result), name);
            if (!trends.TryGetValue(key, out var other) || other.Points.Count < s.Points.Count)
            {
                trends[key] = s;
            }
        }

        return trends;
    }

    private static ProfileTable WithTrends(ProfileTable table, ProfileKey key, Dictionary<(string, ProfileKey, string), BenchmarkSeries> trends)
    {
        ProfileRow With(ProfileRow row, string metric) =>
            !row.IsRest && trends.TryGetValue((metric, key, row.Name), out var s)
                ? row with { Trend = Sparkline.Render(s.Points), TrendText = $"{s.Points.Count} commits: {Count(s.Points[0].Median)} to {Count(s.Points[^1].Median)}" }
                : row;
        return table with
        {
            Opcodes = [.. table.Opcodes.Select(r => With(r, ProfileMetrics.OpcodeCount))],
            Functions = [.. table.Functions.Select(r => With(r, ProfileMetrics.FunctionInstructions))],
        };
    }

    private static InstructionProfile[] Profiles(RunResult run, string benchmark) =>
        ProfileReader.Read(run).Where(p => p.Key.Benchmark == benchmark).ToArray();

    private static ProfileTable Table(InstructionProfile head, InstructionProfile? baseProfile, string commit, string baseCommit)
    {
        var comparison = baseProfile is null ? null : ProfileComparer.Compare(baseProfile, head);
        var total = head.Total;
        return new ProfileTable(
            head.Key.ToString(),
            commit,
            baseCommit,
            new ProfileRow("total", Count(total), ValueText.Percent(1, signed: false), baseProfile is null ? "" : Change(baseProfile.Total, total), false),
            Rows(head.Opcodes, baseProfile?.Opcodes, total),
            Rows(head.Functions, baseProfile?.Functions, total));
    }

    /// <summary>The top <see cref="Top"/> entries, most first, and the rest as one row (its change is the rest's sum against the base's same names).</summary>
    private static ProfileRow[] Rows(IReadOnlyList<ProfileEntry> entries, IReadOnlyList<ProfileEntry>? before, double total)
    {
        var old = before?.ToDictionary(e => e.Name, e => e.Count, StringComparer.Ordinal);
        var rows = entries.Take(Top)
            .Select(e => new ProfileRow(e.Name, Count(e.Count), Share(e.Count, total), old is null ? "" : Change(old.GetValueOrDefault(e.Name), e.Count), false))
            .ToList();
        var rest = entries.Skip(Top).ToArray();
        if (rest.Length > 0)
        {
            var count = rest.Sum(e => e.Count);
            var top = entries.Take(Top).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            var restBefore = before?.Where(e => !top.Contains(e.Name)).Sum(e => e.Count);
            rows.Add(new ProfileRow($"the other {rest.Length}", Count(count), Share(count, total), restBefore is { } b ? Change(b, count) : "", true));
        }

        return [.. rows];
    }

    private static string Count(double count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Share(double count, double total) => total > 0 ? ValueText.Percent(count / total, signed: false) : "";

    /// <summary>"+1,024 (+3.1%)", "new" for a name the base did not run, "no change".</summary>
    private static string Change(double before, double after) =>
        after == before ? "no change"
        : before == 0 ? $"new (+{Count(after)})"
        : $"{(after > before ? "+" : "-")}{Count(Math.Abs(after - before))} ({ValueText.Percent((after - before) / before)})";
}
