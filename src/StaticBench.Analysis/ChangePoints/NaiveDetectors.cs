namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// The rule most dashboards use: alarm when a point differs from the previous one by more than a
/// ratio (110%: up or down by 10%; 200%: doubled or halved). Alarms within five points of the last
/// one are merged, so a noisy stretch counts once. Kept as an evaluation baseline.
/// </summary>
public sealed class PreviousRunRatioDetector(double ratio) : IChangePointDetector
{
    public string Name => $"previous-run-{ratio * 100:0}%";

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
    {
        var found = new List<ChangePoint>();
        for (var i = 1; i < values.Count; i++)
        {
            var (a, b) = (values[i - 1], values[i]);
            if (a <= 0 || b <= 0)
            {
                continue;
            }

            if (Math.Max(b / a, a / b) >= ratio && (found.Count == 0 || i - found[^1].Index > 5))
            {
                found.Add(new ChangePoint(i, b / a - 1, 1));
            }
        }

        return found;
    }
}

/// <summary>
/// A rolling z-score: alarm when a point is more than <paramref name="z"/> standard deviations from
/// the mean of the previous <paramref name="window"/> points (merged like <see cref="PreviousRunRatioDetector"/>).
/// </summary>
public sealed class RollingZScoreDetector(int window, double z) : IChangePointDetector
{
    public string Name => $"rolling-z{z:0.#}-w{window}";

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
    {
        var found = new List<ChangePoint>();
        for (var i = window; i < values.Count; i++)
        {
            var previous = values.Skip(i - window).Take(window).ToArray();
            var mean = previous.Average();
            var sd = Math.Sqrt(previous.Sum(v => (v - mean) * (v - mean)) / (window - 1));
            if (sd > 0 && Math.Abs(values[i] - mean) / sd > z && (found.Count == 0 || i - found[^1].Index > 5))
            {
                found.Add(new ChangePoint(i, mean == 0 ? 0 : values[i] / mean - 1, 1));
            }
        }

        return found;
    }
}
