using MathNet.Numerics.Distributions;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// One rank-based estimate of how far head's samples sit from base's (a difference of logs for
/// positive samples): the test's p-value, the shift, its interval, and the significance level and
/// confidence it was made at, which are a share of the comparison's when two estimates are weighed
/// (see <see cref="ShiftEstimates"/>).
/// </summary>
public sealed record ShiftEstimate(ChangeBasis Basis, double PValue, double Shift, double Low, double High, double Alpha, double Confidence)
{
    /// <summary>Significant at its own level.</summary>
    public bool Significant => PValue < Alpha;

    /// <summary>
    /// The smallest shift this estimate would detect with <paramref name="power"/>:
    /// (z₁₋α/₂ + z_power) × SE, the standard error read from the interval's width.
    /// </summary>
    public double MinimumDetectableShift(double power)
    {
        var zInterval = Normal.InvCDF(0, 1, 1 - (1 - Confidence) / 2);
        var standardError = (High - Low) / (2 * zInterval);
        return (Normal.InvCDF(0, 1, 1 - Alpha / 2) + Normal.InvCDF(0, 1, power)) * standardError;
    }
}
