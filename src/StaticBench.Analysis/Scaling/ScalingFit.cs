using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace StaticBench.Analysis.Scaling;

/// <summary>
/// Cost against size on log-log axes: cost ≈ a·size^<see cref="Exponent"/>, with a confidence
/// interval for the exponent (least squares on logs, MathNet's <c>Fit.Line</c>, Student-t interval
/// on the slope). <see cref="SuperLinear"/>: the whole interval lies above 1.05, i.e. growth is
/// measurably faster than linear.
/// </summary>
public sealed record ScalingFit(double Exponent, double ExponentLow, double ExponentHigh, double Coefficient, double RSquared, int Points)
{
    public bool SuperLinear => ExponentLow > SuperLinearFrom;

    /// <summary>Exponents up to this are "linear" (5% slack for constant overheads).</summary>
    public const double SuperLinearFrom = 1.05;

    /// <summary>The fitted cost at <paramref name="size"/>.</summary>
    public double Predict(double size) => Coefficient * Math.Pow(size, Exponent);

    /// <summary>Fits positive (size, cost) pairs; null with fewer than three distinct sizes.</summary>
    public static ScalingFit? Fit(IReadOnlyList<(double Size, double Cost)> points, double confidence = 0.95)
    {
        var usable = points.Where(p => p.Size > 0 && p.Cost > 0 && double.IsFinite(p.Size) && double.IsFinite(p.Cost)).ToArray();
        if (usable.Select(p => p.Size).Distinct().Count() < 3)
        {
            return null;
        }

        var x = usable.Select(p => Math.Log(p.Size)).ToArray();
        var y = usable.Select(p => Math.Log(p.Cost)).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
        var n = x.Length;
        var meanX = x.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        var residual = x.Zip(y, (a, b) => b - (intercept + slope * a)).Sum(r => r * r);
        var dof = n - 2;
        double half;
        if (dof <= 0)
        {
            half = 0;
        }
        else
        {
            var se = Math.Sqrt(residual / dof / sxx);
            half = StudentT.InvCDF(0, 1, dof, 1 - (1 - confidence) / 2) * se;
        }

        var r2 = GoodnessOfFit.RSquared(x.Select(v => intercept + slope * v), y);
        return new ScalingFit(slope, slope - half, slope + half, Math.Exp(intercept), double.IsFinite(r2) ? r2 : 1, n);
    }
}
