namespace StaticBench.Analysis.Profiles;

/// <summary>What <see cref="ProfileComparer"/> found: the pairs, and the profiles only one side has.</summary>
public sealed record ProfileDifference(
    IReadOnlyList<ProfileComparison> Comparisons,
    IReadOnlyList<ProfileKey> OnlyInBase,
    IReadOnlyList<ProfileKey> OnlyInHead);

/// <summary>Pairs the profiles of two runs by <see cref="ProfileKey"/> and lists what changed in each pair.</summary>
public static class ProfileComparer
{
    public static ProfileDifference Compare(IReadOnlyList<InstructionProfile> baseProfiles, IReadOnlyList<InstructionProfile> headProfiles)
    {
        var bases = baseProfiles.ToDictionary(p => p.Key);
        var heads = headProfiles.ToDictionary(p => p.Key);
        var comparisons = headProfiles
            .Where(h => bases.ContainsKey(h.Key))
            .Select(h => Compare(bases[h.Key], h))
            .ToArray();
        return new ProfileDifference(
            comparisons,
            [.. baseProfiles.Where(b => !heads.ContainsKey(b.Key)).Select(b => b.Key)],
            [.. headProfiles.Where(h => !bases.ContainsKey(h.Key)).Select(h => h.Key)]);
    }

    public static ProfileComparison Compare(InstructionProfile baseProfile, InstructionProfile head) =>
        new(head.Key, baseProfile.Total, head.Total, Changes(baseProfile.Opcodes, head.Opcodes), Changes(baseProfile.Functions, head.Functions));

    private static ProfileChange[] Changes(IReadOnlyList<ProfileEntry> before, IReadOnlyList<ProfileEntry> after)
    {
        var old = before.ToDictionary(e => e.Name, e => e.Count);
        var now = after.ToDictionary(e => e.Name, e => e.Count);
        return
        [
            .. old.Keys.Union(now.Keys)
                .Select(name => new ProfileChange(name, old.GetValueOrDefault(name), now.GetValueOrDefault(name)))
                .Where(c => c.Delta != 0)
                .OrderByDescending(c => Math.Abs(c.Delta))
                .ThenBy(c => c.Name, StringComparer.Ordinal),
        ];
    }
}
