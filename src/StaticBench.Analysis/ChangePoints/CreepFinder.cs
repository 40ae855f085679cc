using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A gradual regression: the level rose from <see cref="From"/> (the best level in the window before it) to
/// <see cref="To"/> by <see cref="Change"/> (new over old minus one), through <see cref="Steps"/> of the detector's
/// steps and whatever it could not confirm on its own. <see cref="Confidence"/>: see <see cref="CreepFinder.Confidence"/>.
/// </summary>
public sealed record Creep(int From, int To, double Change, double Confidence, int Steps)
{
    /// <summary>
    /// The first point, at most <see cref="Excursions.MaxSpan"/> commits after <see cref="To"/>, where the level is back
    /// within <see cref="CreepFinder.BackShare"/> of the rise above the best level it rose from: the creep was taken back
    /// (a slow wander that went up and came down, or a regression fixed), so it stands no more than an excursion does.
    /// Null while the level stays up.
    /// </summary>
    public int? BackAt { get; init; }

    /// <summary>At <see cref="BackAt"/>, the level against the best level it rose from, new over old minus one (what is left of <see cref="Change"/>).</summary>
    public double Left { get; init; }
}

/// <summary>
/// Finds creep: small regressions adding up, each too small or too close to the next for the detector to confirm
/// (a staircase of 5% steps every 25 commits at 3% noise). The level at each point is the median of the
/// <see cref="LevelPoints"/> points up to it; a creep is reported when the level has risen (in the worse direction)
/// at least <see cref="Threshold"/> above the best level of the <see cref="Window"/> points before, a Mann-Whitney
/// test of the two levels' points gives p &lt; <see cref="Alpha"/>, the level is also <see cref="NetShare"/> of the
/// threshold above the median level of that window (a net change), and the detector's own steps in between explain
/// less than half of the rise (a single confirmed step is already reported as one). After a creep the search
/// starts again from its end, and a creep continuing from where the last ended is merged into it. Slow noise that comes back
/// (a wander of ±3%) does not reach the threshold. O(n × <see cref="LevelPoints"/>): a sliding median and a sliding
/// minimum, and a rank test only where the level crossed the threshold.
/// </summary>
public static class CreepFinder
{
    /// <summary>Points whose median is one level.</summary>
    public const int LevelPoints = 15;

    /// <summary>How far back the best level is looked for.</summary>
    public const int Window = 240;

    /// <summary>The smallest rise reported as creep (10%: twice the slow wander a quiet series shows, and under the drift the detector ignores).</summary>
    public const double Threshold = 0.10;

    /// <summary>
    /// A rise must also be this many times the points' own noise (robust, from differences of neighbours, so steps and
    /// slow wander barely move it): on a series with 5% noise, a slow wander of ±5% is no creep.
    /// </summary>
    public const double NoiseFactor = 2.5;

    /// <summary>
    /// The share of the threshold by which the level must also rise above the median level of the window it was
    /// searched in: a net change, not a wander up from a trough. Slow noise of the size of the noise (a sine of 1 × the
    /// CV, period 150, 4% noise, 300 seeds) made a creep on 198 of 300 series without it, 34 with it; on the staircase
    /// set's slow-noise series 4, 4, 6 of 50 without it (seeds 20261203, 1, 2), 0, 2, 0 with it, for 1.2-1.5 points less
    /// recall on its up-only staircases (0.75 of the threshold; 0.5: 4, 4, 5 of 50; a noise factor of 3 instead of
    /// 2.5: 1, 3, 1 of 50 for 0.5 points).
    /// </summary>
    public const double NetShare = 0.75;

    /// <summary>Two-sided level of the rank test between the best level's points and the current level's.</summary>
    public const double Alpha = 1e-4;

    /// <summary>
    /// A creep's confidence: 1 − p × (n / L), where p is Pettitt's test (<see cref="RankSplit.PettittP"/>) of the
    /// L = <see cref="Window"/> + <see cref="LevelPoints"/> points up to the creep's end (fewer at the series' start),
    /// the stretch the search looked at for it, and n / L counts the stretches of that length the scan went through.
    /// The rank test between the two levels is no measure: its levels are the lowest and the newest the search found
    /// in that stretch, so on pure noise it reads p far below what noise allows. Pettitt's p pays for where in the
    /// stretch the split is; the factor, for where in the series the stretch is.
    /// </summary>
    public static double Confidence(double[] data, int end)
    {
        var from = Math.Max(0, end + 1 - Window - LevelPoints);
        var stretches = Math.Max(1.0, (double)data.Length / (Window + LevelPoints));
        return Math.Max(0, 1 - RankSplit.PettittP(data, from, end + 1) * stretches);
    }

    /// <summary>The noise's robust standard deviation: 1.4826 × the median absolute difference of neighbours, over √2.</summary>
    public static double Noise(double[] data)
    {
        var differences = new double[data.Length - 1];
        for (var i = 1; i < data.Length; i++)
        {
            differences[i - 1] = Math.Abs(data[i] - data[i - 1]);
        }

        return 1.4826 * Selection.MedianInPlace(differences) / Math.Sqrt(2);
    }

    /// <param name="values">The series' points (positive: the levels are compared on log values).</param>
    /// <param name="steps">The detector's steps on the same points.</param>
    /// <param name="options">The detector's options (for the minimum segment only).</param>
    /// <param name="worseIsUp">True when higher values are worse (times, sizes); false for throughput.</param>
    public static IReadOnlyList<Creep> Find(IReadOnlyList<double> values, IReadOnlyList<ChangePoint> steps, DetectorOptions options, bool worseIsUp = true)
    {
        var n = values.Count;
        var k = LevelPoints;
        if (n < 2 * k || values.Any(v => !(v > 0) || !double.IsFinite(v)))
        {
            return [];
        }

        var sign = worseIsUp ? 1.0 : -1.0;
        var data = values.Select(v => sign * Math.Log(v)).ToArray();
        var level = SlidingMedian.Of(data, k);

        var found = new List<Creep>();
        var start = k - 1; // the first level the best may be taken from

        // Indices of a sliding minimum of level over [max(start, i - Window), i - k], oldest first: best[head..tail). Each
        // index enters once, so n entries always suffice.
        var best = new int[n];
        var (head, tail) = (0, 0);
        var window = new double[Window]; // the levels the net change takes its median of, copied: selection reorders them
        var threshold = Math.Max(Math.Log(1 + Threshold), NoiseFactor * Noise(data));
        for (var i = start + k; i < n; i++)
        {
            var entering = i - k;
            while (tail > head && level[best[tail - 1]] >= level[entering])
            {
                tail--;
            }

            best[tail++] = entering;
            while (best[head] < Math.Max(start, i - Window))
            {
                head++;
            }

            var from = best[head];
            var rise = level[i] - level[from];
            if (rise < threshold)
            {
                continue;
            }

            // (Checked before the net change below, which selects a median of up to Window levels: after a confirmed
            // step every point for a window's length rises past the threshold, and the step explains it.)
            var (explained, inside) = (0.0, 0);
            foreach (var step in steps)
            {
                if (step.Index > from && step.Index <= i)
                {
                    explained += sign * Math.Log(1 + step.Change);
                    inside++;
                }
            }

            if (explained >= rise / 2)
            {
                continue;
            }

            // A net change: above the window's typical level too, not only above its lowest (slow noise comes back).
            var typical = level.AsSpan(Math.Max(start, i - Window)..(i - k + 1));
            typical.CopyTo(window);
            if (level[i] - Selection.MedianInPlace(window.AsSpan(0, typical.Length)) < NetShare * threshold)
            {
                continue;
            }

            var before = data[(from - k + 1)..(from + 1)];
            var after = data[(i - k + 1)..(i + 1)];
            var p = RankStatistics.MannWhitneyPValue(before, after);
            if (p >= Alpha)
            {
                continue;
            }

            var creep = new Creep(from, i, Math.Exp(sign * rise) - 1, Confidence(data, i), inside);

            // A creep that goes on from where the last one ended (its best level no further back than one level's
            // points) is the same creep, continued: one finding "+160% over 540 commits" rather than a chain of +10%s.
            if (found.Count > 0 && from - found[^1].To <= k)
            {
                var last = found[^1];
                creep = new Creep(last.From, i, (1 + last.Change) * (1 + creep.Change) - 1, Math.Min(last.Confidence, creep.Confidence), last.Steps + inside);
                found.RemoveAt(found.Count - 1);
            }

            found.Add(creep);
            start = i;
            head = tail;
            i = start + k - 1; // the loop's i++ makes it start + k
        }

        return [.. found.Select(c => BackAt(level, c, k) is { } back ? c with { BackAt = back, Left = Math.Exp(sign * (level[back] - level[c.From])) - 1 } : c)];
    }

    /// <summary>
    /// A creep is taken back when the level falls to within this share of its rise above the best level: a third, so that
    /// a 15-point median (about a third of the noise) cannot cross it by chance after a rise of at least 2.5 times the noise.
    /// </summary>
    public const double BackShare = 1.0 / 3;

    /// <summary>The first level, from <paramref name="k"/> points after the creep's end (no point of its newest level shared) to <see cref="Excursions.MaxSpan"/> after it, back within <see cref="BackShare"/> of the rise.</summary>
    private static int? BackAt(double[] level, Creep creep, int k)
    {
        var rise = level[creep.To] - level[creep.From];
        var last = Math.Min(level.Length - 1, creep.To + Excursions.MaxSpan);
        for (var j = creep.To + k; j <= last; j++)
        {
            if (level[j] - level[creep.From] <= BackShare * rise)
            {
                return j;
            }
        }

        return null;
    }
}
