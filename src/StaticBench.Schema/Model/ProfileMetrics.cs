namespace StaticBench.Schema.Model;

/// <summary>
/// The names instruction profiles are written under (docs/analysis.md): one result per opcode and per
/// function, told apart by one parameter. The runner writes them; the analysis and the site read them.
/// </summary>
public static class ProfileMetrics
{
    /// <summary>How many times one WebAssembly opcode ran, unit <c>count</c>; the opcode is in <see cref="OpcodeParameter"/>.</summary>
    public const string OpcodeCount = "opcode-count";

    /// <summary>How many instructions one function ran itself (callees not included); the function is in <see cref="FunctionParameter"/>.</summary>
    public const string FunctionInstructions = "function-instructions";

    public const string OpcodeParameter = "opcode";

    public const string FunctionParameter = "function";

    /// <summary>Whether <paramref name="metric"/> is one part of a profile.</summary>
    public static bool IsProfile(string metric) => metric is OpcodeCount or FunctionInstructions;
}
