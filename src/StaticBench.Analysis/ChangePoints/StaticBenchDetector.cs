using Perfolizer.Mathematics.Cpd;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// StaticBench's detector: ED-PELT (Perfolizer; nonparametric, so outliers and two modes do not
/// fool it) proposes candidate steps on the log of the values, then each candidate must be
/// confirmed: a Mann-Whitney test between the points either side (up to
/// <see cref="DetectorOptions.Window"/>, never crossing a neighbouring candidate) at
/// <see cref="DetectorOptions.Alpha"/>, and a Hodges-Lehmann step of at least
/// <see cref="DetectorOptions.MinEffect"/>. The weakest failing candidate is dropped and its
/// neighbours re-tested on the wider windows, until every survivor passes. When a window drifts
/// (Mann-Kendall |z| over <see cref="DetectorOptions.DriftZ"/>) the sides are detrended with the
/// Theil-Sen slope first, so a slow drift does not become a staircase of alarms.
/// </summary>
public sealed class StaticBenchDetector : IChangePointDetector
{
    public string Name => "staticbench";

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
    {
        var n = values.Count;
        if (n < 2 * options.MinSegment || values.Any(v => !double.IsFinite(v)))
        {
            return [];
        }

        var logScale = values.All(v => v > 0);
        var data = logScale ? values.Select(v => Math.Log(v)).ToArray() : values.ToArray();
        var candidates = Candidates(data, options.MinSegment).Where(i => i > 0 && i < n).Distinct().Order().ToList();

        // A candidate's test reads only the data between its two neighbours, so after the weakest failing
        // candidate is dropped only the two tests beside it can change: re-testing just those keeps the
        // result identical and the cost linear in the number of candidates (re-testing all was quadratic,
        // and made a 1,000-point series cost ~125 ms).
        (double P, double Change, bool Pass) TestAt(int k)
        {
            var from = Math.Max(k == 0 ? 0 : candidates[k - 1], candidates[k] - options.Window);
            var to = Math.Min(k == candidates.Count - 1 ? n : candidates[k + 1], candidates[k] + options.Window);
            return Test(data, values, from, candidates[k], to, logScale, options);
        }

        var tested = Enumerable.Range(0, candidates.Count).Select(TestAt).ToList();
        while (candidates.Count > 0)
        {
            var failing = Enumerable.Range(0, candidates.Count).Where(k => !tested[k].Pass).ToArray();
            if (failing.Length == 0)
            {
                return candidates.Select((c, k) => new ChangePoint(Place(data, candidates, k, options), tested[k].Change, 1 - tested[k].P)).ToArray();
            }

            var weakest = failing.OrderByDescending(k => tested[k].P).ThenBy(k => Math.Abs(tested[k].Change)).ThenBy(k => k).First();
            candidates.RemoveAt(weakest);
            tested.RemoveAt(weakest);
            foreach (var k in new[] { weakest - 1, weakest }.Where(k => k >= 0 && k < candidates.Count))
            {
                tested[k] = TestAt(k);
            }
        }

        return [];
    }

    /// <summary>
    /// ED-PELT may put a step a point or two off (ties, outliers next to it). Within
    /// <see cref="PlaceRadius"/> the split with the smallest L1 cost (absolute deviations from each
    /// side's median) over one fixed range wins, so every position is judged on the same points.
    /// </summary>
    private static int Place(double[] data, List<int> candidates, int k, DetectorOptions options)
    {
        var c = candidates[k];
        var from = Math.Max(k == 0 ? 0 : candidates[k - 1], c - options.Window);
        var to = Math.Min(k == candidates.Count - 1 ? data.Length : candidates[k + 1], c + options.Window);
        var (best, bestCost) = (c, Cost(data, from, c, to));
        for (var t = Math.Max(from + options.MinSegment, c - PlaceRadius); t <= Math.Min(to - options.MinSegment, c + PlaceRadius); t++)
        {
            var cost = Cost(data, from, t, to);
            if (cost < bestCost - 1e-12 * Math.Abs(bestCost) || (cost <= bestCost && Math.Abs(t - c) < Math.Abs(best - c)))
            {
                (best, bestCost) = (t, cost);
            }
        }

        return best;
    }

    private const int PlaceRadius = 3;

    private static double Cost(double[] data, int from, int at, int to)
    {
        var left = data[from..at];
        var right = data[at..to];
        var ml = RankStatistics.Median(left);
        var mr = RankStatistics.Median(right);
        return left.Sum(v => Math.Abs(v - ml)) + right.Sum(v => Math.Abs(v - mr));
    }

    /// <summary>ED-PELT's candidates as first points of new segments (Perfolizer returns the last point of the old one).</summary>
    private static IEnumerable<int> Candidates(double[] data, int minSegment) =>
        EdPeltChangePointDetector.Instance.GetChangePointIndexes(data, minSegment).Select(i => i + 1);

    private const int LocalPoints = 8;

    private const double LocalShare = 0.5;

    private static (double P, double Change, bool Pass) Test(
        double[] data, IReadOnlyList<double> raw, int from, int at, int to, bool logScale, DetectorOptions options)
    {
        if (at - from < options.MinSegment || to - at < options.MinSegment)
        {
            return (1, 0, false);
        }

        var left = data[from..at];
        var right = data[at..to];

        // Drift: either the compared sides trend together, or the wider context (a full window each
        // side, even across neighbouring candidates) trends the same way on both sides, which a
        // neighbouring step (on one side only) does not do.
        var wideLeft = data[Math.Max(0, at - options.Window)..at];
        var wideRight = data[at..Math.Min(data.Length, at + options.Window)];
        var (zLeft, zRight) = (Trend.MannKendallZ(wideLeft), Trend.MannKendallZ(wideRight));
        var wideDrift = Math.Sign(zLeft) == Math.Sign(zRight) && Math.Min(Math.Abs(zLeft), Math.Abs(zRight)) > options.DriftZ;
        if (Math.Abs(Trend.MannKendallZ(left, right)) > options.DriftZ || wideDrift)
        {
            var slope = wideDrift ? Trend.TheilSenSlope(wideLeft, wideRight) : Trend.TheilSenSlope(left, right);
            for (var i = 0; i < left.Length; i++)
            {
                left[i] -= slope * (from + i - at);
            }

            for (var i = 0; i < right.Length; i++)
            {
                right[i] -= slope * i;
            }
        }

        var p = RankStatistics.MannWhitneyPValue(left, right);
        var shift = RankStatistics.HodgesLehmannShift(left, right);

        // A step is visible right at the boundary: the few points either side must differ by a good
        // part of the window's shift. A drift slower than the window can detect shifts the windows
        // apart but barely moves across the boundary.
        var k = Math.Min(LocalPoints, Math.Min(left.Length, right.Length));
        var local = RankStatistics.HodgesLehmannShift(left[^k..], right[..k]);
        var isStep = Math.Sign(local) == Math.Sign(shift) && Math.Abs(local) >= LocalShare * Math.Abs(shift);
        double change;
        if (logScale)
        {
            change = Math.Exp(shift) - 1;
        }
        else
        {
            var level = Math.Abs(RankStatistics.Median(raw.Skip(from).Take(at - from).ToArray()));
            change = level == 0 ? (shift == 0 ? 0 : Math.Sign(shift)) : shift / level;
        }

        return (p, change, p < options.Alpha && Math.Abs(change) >= options.MinEffect && isStep);
    }
}
