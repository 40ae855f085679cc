using MathNet.Numerics.Distributions;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Evaluation;

/// <summary>
/// How many of a labelled set's steps any detector could find: for each true step, the z of an ideal
/// test that is told where every step is, compares the whole true segments either side, and knows the
/// noise level (log-normal, the series' base CV; the extra spread of bimodal noise, outliers and
/// noise changes is ignored, so the bound is generous). A step whose ideal z is below a test's
/// critical value is found at most about half the time by that test, and rarely below it.
/// Then the same with the rank test the detector uses, on the real points: Mann-Whitney at the
/// detector's alpha and minimum effect, between the true positions.
/// </summary>
public static class DetectabilityBound
{
    public static void Run(IReadOnlyList<LabelledSeries> set, TextWriter output, DetectorOptions options)
    {
        var z = set.SelectMany(IdealZ).ToArray();
        output.WriteLine($"{z.Length} steps; ideal z = |ln(1 + step)| / (sigma * sqrt(1/a + 1/b)) over the true segments a, b");
        output.WriteLine();
        output.WriteLine("| two-sided alpha | critical z | steps above it | expected recall of the ideal test | F1 at that recall and precision 1 / 0.92 |");
        output.WriteLine("|--:|--:|--:|--:|--:|");
        foreach (var alpha in new[] { 1e-3, 1e-4, 1e-5 })
        {
            var critical = Normal.InvCDF(0, 1, 1 - alpha / 2);
            var above = z.Count(v => v > critical) / (double)z.Length;
            var recall = z.Average(v => Normal.CDF(0, 1, v - critical)); // its power at each step
            output.WriteLine($"| {alpha:0e0} | {critical:0.00} | {above:0.000} | {recall:0.000} | {F1(1, recall):0.000} / {F1(0.92, recall):0.000} |");
        }

        output.WriteLine();
        foreach (var detrended in new[] { false, true })
        {
            var found = set.Select(s => MannWhitneyFinds(s, detrended, options)).ToArray();
            Line("between the true positions", found.Sum(f => f.Found));
            if (detrended)
            {
                Line("between the true positions, then located by the best L1 split between the true neighbouring steps (within 5 points)", found.Sum(f => f.Located));
                var oracle = Oracle(found, z.Length);
                output.WriteLine($"An oracle that reports exactly those steps, each where its best L1 split is, and nothing else: " +
                    $"precision {oracle.Precision:0.000}, recall {oracle.Recall:0.000}, F1 {oracle.F1:0.000}");
            }

            void Line(string what, int count)
            {
                var recall = (double)count / z.Length;
                output.WriteLine($"Mann-Whitney at alpha {options.Alpha:0e0} and min effect {options.MinEffect:0%} {what}, " +
                    $"{(detrended ? "drift taken out between the true steps (SeriesDrift)" : "on the points as they are")}: " +
                    $"{count}/{z.Length} = {recall:0.000}; F1 at that recall and precision 1 / 0.92: {F1(1, recall):0.000} / {F1(0.92, recall):0.000}");
            }
        }
    }

    /// <summary>
    /// The F1 of an oracle that knows every true step's position: it reports each step the detector's own test
    /// confirms there (drift taken out between the true steps), placed where the best L1 split between the true
    /// neighbouring steps is, and nothing else. A step placed more than 5 points off is a miss and a false alarm,
    /// its only false alarms: what a detector with a perfect search and no false alarms of its own would score.
    /// </summary>
    public static DetectorScore Oracle(IReadOnlyList<LabelledSeries> set, DetectorOptions options) =>
        Oracle(set.Select(s => MannWhitneyFinds(s, detrended: true, options)).ToArray(), set.Sum(s => s.Steps.Length));

    private static DetectorScore Oracle((int Found, int Located)[] found, int steps)
    {
        var (reported, located) = (found.Sum(f => f.Found), found.Sum(f => f.Located));
        return new DetectorScore(located, reported - located, steps - located, 0, 0, new Dictionary<string, (int, int)>());
    }

    /// <summary>
    /// How many of the series' true steps the detector's own test confirms when told where they are, and how many
    /// of those a detector told only the neighbouring steps would also put within
    /// <see cref="DetectorEvaluation.Tolerance"/> points (the best L1 split between them; a weak step's best split
    /// strays by chance, and such a step counts as a miss and a false alarm).
    /// </summary>
    private static (int Found, int Located) MannWhitneyFinds(LabelledSeries s, bool detrended, DetectorOptions options)
    {
        var logs = s.Values.Select(v => Math.Log(v)).ToArray();
        if (detrended)
        {
            logs = SeriesDrift.Remove(logs, SeriesDrift.Slope(logs, s.Steps));
        }

        var found = TruePositions(s).Where(t =>
            RankStatistics.MannWhitneyPValue(logs[t.From..t.At], logs[t.At..t.To]) < options.Alpha
            && Math.Abs(Math.Exp(RankStatistics.HodgesLehmannShift(logs[t.From..t.At], logs[t.At..t.To])) - 1) >= options.MinEffect).ToArray();
        var located = found.Count(t =>
            Math.Abs(L1Split.Best(logs, t.From, t.To, t.From + options.MinSegment, t.To - options.MinSegment) - t.At) <= DetectorEvaluation.Tolerance);
        return (found.Length, located);
    }

    private static IEnumerable<(int From, int At, int To)> TruePositions(LabelledSeries s) =>
        s.Steps.Select((at, k) => (k == 0 ? 0 : s.Steps[k - 1], at, k == s.Steps.Length - 1 ? s.Values.Length : s.Steps[k + 1]));

    private static IEnumerable<double> IdealZ(LabelledSeries s)
    {
        var sigma = Math.Sqrt(Math.Log(1 + s.Cv * s.Cv));
        foreach (var ((from, at, to), size) in TruePositions(s).Zip(s.StepSizes))
        {
            yield return Math.Abs(Math.Log(1 + size)) / (sigma * Math.Sqrt(1.0 / (at - from) + 1.0 / (to - at)));
        }
    }

    private static double F1(double precision, double recall) => 2 * precision * recall / (precision + recall);
}
