using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>Whether a change is good news, given which direction of the metric is better.</summary>
public enum ChangeVerdict
{
    Neutral,
    Improvement,
    Regression,
}

/// <summary>
/// The latest point against the previous one as a ratio (<c>0.031</c> = 3.1% higher), with a verdict
/// that knows whether higher is better. Changes within <see cref="SeriesOptions.NeutralBand"/> are
/// neutral so that noise is not painted red and green.
/// </summary>
public sealed record SeriesChange(double Ratio, ChangeVerdict Verdict)
{
    /// <summary>The change from <paramref name="previous"/> to <paramref name="latest"/>; null when undefined (previous is 0).</summary>
    public static SeriesChange? Between(double previous, double latest, Better better, double neutralBand)
    {
        if (previous == 0 || !double.IsFinite(previous) || !double.IsFinite(latest))
        {
            return null;
        }

        var ratio = (latest - previous) / Math.Abs(previous);
        if (Math.Abs(ratio) <= neutralBand)
        {
            return new SeriesChange(ratio, ChangeVerdict.Neutral);
        }

        var up = ratio > 0;
        var good = better == Better.Higher ? up : !up;
        return new SeriesChange(ratio, good ? ChangeVerdict.Improvement : ChangeVerdict.Regression);
    }
}
