using System.Globalization;
using StaticBench.Analysis.Formatting;
using StaticBench.Analysis.Profiles;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Site.Model;

/// <summary>
/// One instruction profile on a benchmark page (docs/analysis.md): a benchmark, job size, engine and phase at the
/// newest profiled commit of the trend, its top opcodes and hot functions, and how each moved since the profiled
/// commit before it.
/// </summary>
/// <param name="Title">What was profiled (<see cref="ProfileKey"/>).</param>
/// <param name="Commit">The newest profiled commit, short.</param>
/// <param name="BaseCommit">The profiled commit before it, short; empty when there is none.</param>
/// <param name="Total">Instructions in all, and the change since <paramref name="BaseCommit"/>.</param>
/// <param name="Opcodes">The top opcodes, then one row for the rest.</param>
/// <param name="Functions">The hottest functions, then one row for the rest.</param>
public sealed record ProfileTable(string Title, string Commit, string BaseCommit, ProfileRow Total, IReadOnlyList<ProfileRow> Opcodes, IReadOnlyList<ProfileRow> Functions)
{
    public bool HasBase => BaseCommit.Length > 0;

    public bool HasOpcodes => Opcodes.Count > 0;

    public bool HasFunctions => Functions.Count > 0;
}

/// <summary>An opcode or function (or "the rest"): its count, its share of the total, and its change since the base (empty without one).</summary>
public sealed record ProfileRow(string Name, string Count, string Share, string Change, bool IsRest);

/// <summary>Builds the <see cref="ProfileTable"/>s of one benchmark from its <c>opcode-count</c> and <c>function-instructions</c> series.</summary>
public static class ProfileTables
{
    /// <summary>How many opcodes and functions a table names before "the rest".</summary>
    public const int Top = 10;

    public static ProfileTable[] For(string benchmark, IReadOnlyList<BenchmarkSeries> series, ProjectCommitOrder order)
    {
        // The trend's runs that hold a profile, by commit: the newest and the one before it are compared.
        var runs = series
            .Where(s => ProfileMetrics.IsProfile(s.Key.Metric))
            .SelectMany(s => s.Observations.Where(o => o.OnTrend))
            .Select(o => o.Recorded)
            .DistinctBy(r => r.Path)
            .GroupBy(r => r.Run.Run.Project.Commit, StringComparer.Ordinal)
            .Select(g => (Commit: g.Key, Index: order.IndexOf(g.Key), Run: g.MaxBy(r => r.RecordedAt)!.Run))
            .Where(c => c.Index >= 0)
            .OrderByDescending(c => c.Index)
            .Take(2)
            .ToArray();
        if (runs.Length == 0)
        {
            return [];
        }

        var head = Profiles(runs[0].Run, benchmark);
        var bases = runs.Length > 1 ? Profiles(runs[1].Run, benchmark).ToDictionary(p => p.Key) : [];
        return head
            .Select(h => Table(h, bases.GetValueOrDefault(h.Key), CommitId.Short(runs[0].Commit), runs.Length > 1 && bases.ContainsKey(h.Key) ? CommitId.Short(runs[1].Commit) : ""))
            .OrderBy(t => t.Title, StringComparer.Ordinal)
            .ToArray();
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
