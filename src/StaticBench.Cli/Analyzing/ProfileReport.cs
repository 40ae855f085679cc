using StaticBench.Analysis.Profiles;

namespace StaticBench.Cli.Analyzing;

/// <summary>One line of a shown table: a name (or "N others") and its numbers.</summary>
/// <param name="Name">Opcode or function, or <c>(N others)</c> for the rest past the top N.</param>
/// <param name="Count">The count (head's when comparing).</param>
/// <param name="Share">Of the profile's total: the count's share, or when comparing the change's share of the base total.</param>
/// <param name="Base">The base count when comparing, else null.</param>
/// <param name="IsRest">Whether this row sums the rows past the top N.</param>
public sealed record ProfileRow(string Name, double Count, double Share, double? Base = null, bool IsRest = false)
{
    public double? Delta => Base is { } b ? Count - b : null;
}

/// <summary>What <c>analyze</c> shows for one benchmark run: its top opcodes and functions, or the top changes against a base.</summary>
public sealed record ProfileSection(ProfileKey Key, double Total, double? BaseTotal, IReadOnlyList<ProfileRow> Opcodes, IReadOnlyList<ProfileRow> Functions);

/// <summary>
/// Everything <c>analyze</c> prints, before formatting: one section per profile (or per compared pair),
/// the top N rows of each part and one row for the rest, so that every format shows the same numbers.
/// </summary>
public sealed record ProfileReport(string File, string? BaseFile, int Top, IReadOnlyList<ProfileSection> Sections, IReadOnlyList<string> Notes)
{
    public static ProfileReport Of(string file, IReadOnlyList<InstructionProfile> profiles, int top) =>
        new(file, null, top, [.. profiles.Select(p => new ProfileSection(p.Key, p.Total, null, Rows(p.Opcodes, p.Total, top), Rows(p.Functions, p.Total, top)))], []);

    public static ProfileReport Of(string file, string baseFile, ProfileDifference difference, int top)
    {
        var notes = difference.OnlyInBase.Select(k => $"only in {baseFile}: {k}")
            .Concat(difference.OnlyInHead.Select(k => $"only in {file}: {k}"))
            .ToList();
        var sections = difference.Comparisons
            .Select(c => new ProfileSection(c.Key, c.HeadTotal, c.BaseTotal, Changes(c, c.Opcodes, top), Changes(c, c.Functions, top)))
            .ToArray();
        return new ProfileReport(file, baseFile, top, sections, notes);
    }

    private static ProfileRow[] Rows(IReadOnlyList<ProfileEntry> entries, double total, int top)
    {
        var rows = entries.Take(top).Select(e => new ProfileRow(e.Name, e.Count, Share(e.Count, total))).ToList();
        if (entries.Count > top)
        {
            var rest = entries.Skip(top).Sum(e => e.Count);
            rows.Add(new ProfileRow($"({entries.Count - top} others)", rest, Share(rest, total), IsRest: true));
        }

        return [.. rows];
    }

    private static ProfileRow[] Changes(ProfileComparison comparison, IReadOnlyList<ProfileChange> changes, int top)
    {
        var rows = changes.Take(top).Select(c => new ProfileRow(c.Name, c.Head, comparison.ShareOfTotal(c), c.Base)).ToList();
        if (changes.Count > top)
        {
            var rest = changes.Skip(top).ToArray();
            var (before, after) = (rest.Sum(c => c.Base), rest.Sum(c => c.Head));
            rows.Add(new ProfileRow($"({rest.Length} others)", after, Share(after - before, comparison.BaseTotal), before, IsRest: true));
        }

        return [.. rows];
    }

    private static double Share(double part, double total) => total == 0 ? double.NaN : part / total;
}
