using Perfolizer.Mathematics.Cpd;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// StaticBench's detector, on the log of the values when all are positive:
/// <list type="number">
/// <item>ED-PELT (Perfolizer; nonparametric, so outliers and two modes do not fool it) proposes
/// candidate steps;</item>
/// <item><see cref="StepSelection"/> confirms candidates with <see cref="StepTest"/> (Mann-Whitney,
/// Hodges-Lehmann, a step visible at the boundary);</item>
/// <item>a drift across the series is measured between the confirmed steps
/// (<see cref="SeriesDrift"/>), taken off, and the candidates selected again, <see cref="DriftRounds"/>
/// times: each round's steps cut the drift more cleanly from the next. When the drift is clear, ED-PELT
/// proposes its candidates again, on the detrended series.</item>
/// </list>
/// Deterministic: no randomness anywhere. ED-PELT runs once per series, twice on a clearly drifting one:
/// it is the costly part (quadratic in the length on a series without steps).
/// </summary>
public sealed class StaticBenchDetector : IChangePointDetector
{
    /// <summary>Two rounds: the first slope is measured between steps found on the drifting series (a staircase, so it comes out too flat); the second, between the steps found once most of the drift is gone.</summary>
    public const int DriftRounds = 2;

    /// <summary>
    /// Above this Mann-Kendall |z| between the first round's steps, the series drifts clearly, and ED-PELT's
    /// candidates on the raw series are a staircase along the drift rather than the steps: they are proposed
    /// again on the detrended series (on the evaluation's tuning seeds, 11 more steps found in 2,388 for 3 more
    /// false ones; replacing them on every series found no more and would double the cost).
    /// </summary>
    private const double DriftCandidatesZ = 6;

    public string Name => "staticbench";

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
    {
        if (values.Count < 2 * options.MinSegment || values.Any(v => !double.IsFinite(v)))
        {
            return [];
        }

        var logScale = values.All(v => v > 0);
        var data = logScale ? values.Select(v => Math.Log(v)).ToArray() : values.ToArray();
        var candidates = Candidates(data, options.MinSegment);
        var found = Select(new StepSelection(data, values, logScale, options), ref candidates);
        for (var round = 0; round < DriftRounds; round++)
        {
            var cuts = found.Select(c => c.Index).ToArray();
            var detrended = SeriesDrift.Remove(data, SeriesDrift.Slope(data, cuts));
            if (round == 0 && Math.Abs(SeriesDrift.TrendZ(data, cuts)) > DriftCandidatesZ)
            {
                candidates = Candidates(detrended, options.MinSegment);
            }

            found = Select(new StepSelection(detrended, values, logScale, options), ref candidates);
        }

        return found;
    }

    /// <summary>Selects among the candidates, then once more with the rank splits the confirmed steps left out, which stay candidates for the later rounds.</summary>
    private static IReadOnlyList<ChangePoint> Select(StepSelection selection, ref int[] candidates)
    {
        var found = selection.Select(candidates);
        var splits = selection.Splits(found).Except(candidates).ToArray();
        if (splits.Length == 0)
        {
            return found;
        }

        candidates = [.. candidates, .. splits];
        return selection.Select(candidates);
    }

    /// <summary>ED-PELT's candidates as first points of new segments (Perfolizer returns the last point of the old one). A fresh detector per call: safe from several threads.</summary>
    private static int[] Candidates(double[] data, int minSegment) =>
        new EdPeltChangePointDetector().GetChangePointIndexes(data, minSegment).Select(i => i + 1).ToArray();
}
