namespace StaticBench.Runner.Scaling;

/// <summary>
/// Which sizes to generate. The defaults stay quick on optimizing tiers: one 1 MB function took
/// Cranelift 187 s here, so the big function stops at 256 KB unless asked for more.
/// </summary>
public sealed record ScalingOptions
{
    public int MinBytes { get; init; } = 1024;

    public int MaxSmallFunctionsBytes { get; init; } = 1024 * 1024;

    public int MaxBigFunctionBytes { get; init; } = 256 * 1024;

    /// <summary>Sizes per shape, log-spaced.</summary>
    public int Points { get; init; } = 8;

    public IReadOnlyList<ScalingShape> Shapes { get; init; } = [ScalingShape.SmallFunctions, ScalingShape.BigFunction];

    /// <summary>For a quick local run (--quick): smaller modules and fewer sizes, still enough for a fit.</summary>
    public static ScalingOptions Quick { get; } = new() { MaxSmallFunctionsBytes = 256 * 1024, MaxBigFunctionBytes = 64 * 1024, Points = 6 };

    public int MaxBytes(ScalingShape shape) => shape == ScalingShape.SmallFunctions ? MaxSmallFunctionsBytes : MaxBigFunctionBytes;
}
