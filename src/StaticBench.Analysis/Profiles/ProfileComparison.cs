namespace StaticBench.Analysis.Profiles;

/// <summary>How one opcode's or function's count moved between two profiles.</summary>
public sealed record ProfileChange(string Name, double Base, double Head)
{
    public double Delta => Head - Base;

    /// <summary>Change relative to its own base count; infinite for a newcomer.</summary>
    public double Relative => Base == 0 ? double.PositiveInfinity : Delta / Base;
}

/// <summary>
/// Two profiles of the same benchmark run: the totals, and every opcode and function whose count
/// changed, largest change first (which is also the order of their share of the base total).
/// </summary>
public sealed record ProfileComparison(
    ProfileKey Key,
    double BaseTotal,
    double HeadTotal,
    IReadOnlyList<ProfileChange> Opcodes,
    IReadOnlyList<ProfileChange> Functions)
{
    public double Delta => HeadTotal - BaseTotal;

    /// <summary><paramref name="change"/> as a fraction of the base profile's total: what it adds to the whole.</summary>
    public double ShareOfTotal(ProfileChange change) => BaseTotal == 0 ? double.NaN : change.Delta / BaseTotal;

    public double Relative => BaseTotal == 0 ? double.NaN : Delta / BaseTotal;
}
