using StaticBench.Schema.Model;

namespace StaticBench.Runner.Suite;

/// <summary>
/// One benchmark at one job size, ready to run: its wasm module (exporting <c>run(): i32</c>, no imports),
/// its native build when there is one, and the checksum every engine must return.
/// </summary>
/// <param name="Benchmark">Result name, <c>suite/name</c>.</param>
/// <param name="Size">The size label (<c>small</c>, <c>medium</c>, <c>large</c>, or the number the user gave).</param>
/// <param name="SizeValue">The job size the program was built with (SIZE), when known.</param>
/// <param name="Wasm">Absolute path of the .wasm module.</param>
/// <param name="Native">Absolute path of the native executable (static musl), or null.</param>
/// <param name="ExpectedChecksum">What <c>run()</c> must return, or null when unknown (engines must then agree).</param>
public sealed record BenchmarkCase(
    string Benchmark,
    string Size,
    long? SizeValue,
    string Wasm,
    string? Native,
    long? ExpectedChecksum)
{
    /// <summary>
    /// The same module with its function names kept (<see cref="NamedTwin"/>): instruction profiles count on it so that hot
    /// functions have names; engines run <see cref="Wasm"/>. Null when there is none.
    /// </summary>
    public string? NamedWasm { get; init; }

    /// <summary>The export every engine calls.</summary>
    public string Export { get; init; } = "run";

    /// <summary>Parameters a generated case brings itself (compile scaling: shape and bytes); null for suite cases.</summary>
    public IReadOnlyDictionary<string, ParameterValue>? ParametersOverride { get; init; }

    /// <summary>The only phases worth measuring on this case (compile scaling: compile); null for all.</summary>
    public IReadOnlySet<string>? OnlyPhases { get; init; }

    /// <summary>
    /// The result's parameters (or <see cref="ParametersOverride"/>): the job size as <c>n</c> when known, and the
    /// size's name as <c>size</c> when it has one. A size given as a number is only <c>n</c>, so that every size of a
    /// program, named or not, differs in <c>n</c> alone and lines up on one job-size axis (docs/analysis.md).
    /// </summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters =>
        ParametersOverride
        ?? (SizeValue is { } n
            ? IsNumber(Size, n)
                ? new Dictionary<string, ParameterValue> { ["n"] = ParameterValue.Of(n) }
                : new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of(Size), ["n"] = ParameterValue.Of(n) }
            : new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of(Size) });

    private static bool IsNumber(string label, long n) =>
        long.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == n;

    /// <summary>The phases to measure on this case out of those <paramref name="asked"/>.</summary>
    public IReadOnlySet<string> PhasesOf(IReadOnlySet<string> asked) =>
        OnlyPhases is null ? asked : asked.Where(OnlyPhases.Contains).ToHashSet();
}
