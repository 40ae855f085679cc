namespace StaticBench.Runner.Scaling;

/// <summary>
/// Which sizes to generate. The defaults stay quick on optimizing tiers: one 1 MB function took
/// Cranelift 187 s here, so the big function stops at 256 KB unless asked for more.
/// </summary>
/// <remarks>
/// Sizes start at 8 KB, not 1 KB: below that, a compile is mostly the engine's fixed start-up cost
/// (~0.1-0.3 ms on V8 here), which flattens the log-log slope: measured from 1 KB, one big function
/// read k = 0.81 on V8 optimizing, "linear or better", where the size-dependent cost grows faster.
/// </remarks>
public sealed record ScalingOptions
{
    public int MinBytes { get; init; } = 8 * 1024;

    public int MaxSmallFunctionsBytes { get; init; } = 1024 * 1024;

    public int MaxBigFunctionBytes { get; init; } = 256 * 1024;

    /// <summary>Sizes per shape, log-spaced.</summary>
    public int Points { get; init; } = 8;

    public IReadOnlyList<ScalingShape> Shapes { get; init; } = [ScalingShape.SmallFunctions, ScalingShape.BigFunction];

    /// <summary>For a quick local run (--quick): smaller modules and fewer sizes, still enough for a fit.</summary>
    public static ScalingOptions Quick { get; } = new() { MinBytes = 16 * 1024, MaxSmallFunctionsBytes = 512 * 1024, MaxBigFunctionBytes = 128 * 1024, Points = 5 };

    public int MaxBytes(ScalingShape shape) => shape == ScalingShape.SmallFunctions ? MaxSmallFunctionsBytes : MaxBigFunctionBytes;
}
