using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Profiles;

/// <summary>
/// Which run a profile belongs to: benchmark, its other parameters (the job size), engine and phase,
/// formatted as in <see cref="SeriesKey"/>. The machine is left out: exact counts do not depend on it.
/// </summary>
public sealed record ProfileKey(string Benchmark, string Parameters, string Engine, string Phase)
{
    public override string ToString() =>
        string.Join(" · ", new[] { Parameters.Length > 0 ? $"{Benchmark} [{Parameters}]" : Benchmark, Engine, Phase }.Where(s => s.Length > 0));
}

/// <summary>One line of a profile: an opcode or a function, and its count.</summary>
public sealed record ProfileEntry(string Name, double Count);

/// <summary>
/// The instruction profile of one benchmark run: how often each opcode ran and how many instructions
/// each function ran itself, most first. Either part may be empty (a native profile has no opcodes).
/// </summary>
public sealed record InstructionProfile(ProfileKey Key, IReadOnlyList<ProfileEntry> Opcodes, IReadOnlyList<ProfileEntry> Functions)
{
    /// <summary>Instructions in all: the opcodes' sum, else the functions' (each instruction is in one function).</summary>
    public double Total => Opcodes.Count > 0 ? Opcodes.Sum(o => o.Count) : Functions.Sum(f => f.Count);
}
