using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// Candidate steps by binary segmentation on ranks: the best <see cref="RankSplit"/> of the whole series,
/// then of each part, and so on while the split's |z| reaches <see cref="CandidateZ"/>. Candidates only:
/// <see cref="StepSelection"/> tests each at the detector's alpha. The detector uses it instead of
/// Perfolizer's ED-PELT on long series (<see cref="StaticBenchDetector.EdPeltMaxPoints"/>): ED-PELT is quadratic
/// in the length, this about n log n per level (ED-PELT 1.4-2.5 s at 4,000 points, the whole detector ~40 ms with this). On the evaluation's
/// 50-500-point series ED-PELT's candidates end a little better: F1 0.798 against 0.785 on the kept set, mean
/// 0.797 against 0.793 on ten held-out sets, 0.801 against 0.800 on the tuning seeds, for slightly more false
/// alarms; on longer series, where it is used, the two find the same steps: on 400 series of 500-2,000 points 327
/// against 325 of 402, 36 false against 37, the detector in a fiftieth of the time (<c>-- generators</c>), and on 210
/// series of 2,001-4,000 points 180 against 181, 22 false against 23, in a sixteenth (docs/statistics.md).
/// </summary>
public static class RankSegmentation
{
    /// <summary>
    /// A loose bar, since every candidate is tested afterwards: at 2.5 the tuning seeds' F1 was 0.800 with 25
    /// alarmed no-change series of 1,200; at 3, 0.797 and 23; at 2, 0.792 and 37.
    /// </summary>
    public const double CandidateZ = 2.5;

    /// <summary>The candidates' positions (first points of new segments), sorted.</summary>
    public static int[] Candidates(double[] data, int minSegment)
    {
        var ranked = new StretchRanks(data); // sorted once for every nested stretch
        var found = new List<int>();
        var stretches = new Stack<(int From, int To)>();
        stretches.Push((0, data.Length));
        while (stretches.TryPop(out var stretch))
        {
            var (at, z) = RankSplit.Best(ranked, stretch.From, stretch.To, minSegment);
            if (at < 0 || z < CandidateZ)
            {
                continue;
            }

            found.Add(at);
            stretches.Push((stretch.From, at));
            stretches.Push((at, stretch.To));
        }

        found.Sort();
        return [.. found];
    }
}
