using System.Diagnostics;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// Precision, recall and F1 of each detector on the labelled set (a detection within 5 points of a
/// true step, each truth matched once, closest first), and the false-alarm rate: the share of
/// no-change series with at least one detection.
/// </summary>
public static class DetectorEvaluation
{
    public const int Tolerance = 5;

    public static void Run(IReadOnlyList<LabelledSeries> set, TextWriter output)
    {
        output.WriteLine($"labelled set: {set.Count} series ({set.Count(s => s.HasChange)} with {set.Sum(s => s.Steps.Length)} steps, {set.Count(s => !s.HasChange)} without), {set.Sum(s => s.Values.Length)} points");
        output.WriteLine();
        output.WriteLine("| detector | precision | recall | F1 | false alarms (no-change series) | by standing steps (outside excursions) | true steps found only inside an excursion | time |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|");
        var options = new DetectorOptions();
        var ratioTable = "";
        foreach (var detector in ChangePointDetectors.All)
        {
            var watch = Stopwatch.StartNew();
            var score = DetectorScore.Of(set, detector, options);
            output.WriteLine($"| {detector.Name} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} | {score.Alarmed}/{score.NoChange} = {100 * score.AlarmRate:0.0}% | {score.AlarmedStanding}/{score.NoChange} = {100 * score.StandingAlarmRate:0.0}% | {score.FoundInExcursion} | {watch.Elapsed.TotalSeconds:0.0} s |");
            if (detector == ChangePointDetectors.Default)
            {
                ratioTable = string.Join("\n", score.ByRatio.Select(b => $"| {b.Key} | {b.Value.Found}/{b.Value.Total} = {100.0 * b.Value.Found / b.Value.Total:0}% |"));
            }
        }

        output.WriteLine();
        output.WriteLine("recall of the staticbench detector by step size / noise CV:");
        output.WriteLine();
        output.WriteLine("| step / CV | found |");
        output.WriteLine("|---|--:|");
        output.WriteLine(ratioTable);
    }

    public static string Bucket(double ratio) => ratio switch
    {
        < 0.5 => "a. < 0.5",
        < 1 => "b. 0.5-1",
        < 2 => "c. 1-2",
        < 5 => "d. 2-5",
        _ => "e. >= 5",
    };

    /// <summary>Greedy one-to-one matching, closest pairs first.</summary>
    public static (int Tp, int Fp, int Fn, bool[] Matched) Match(IReadOnlyList<int> truth, IReadOnlyList<int> found, int tolerance = Tolerance)
    {
        var pairs = (from t in Enumerable.Range(0, truth.Count)
                     from f in Enumerable.Range(0, found.Count)
                     let d = Math.Abs(truth[t] - found[f])
                     where d <= tolerance
                     orderby d, t, f
                     select (t, f)).ToArray();
        var usedT = new bool[truth.Count];
        var usedF = new bool[found.Count];
        var tp = 0;
        foreach (var (t, f) in pairs)
        {
            if (!usedT[t] && !usedF[f])
            {
                usedT[t] = usedF[f] = true;
                tp++;
            }
        }

        return (tp, found.Count - tp, truth.Count - tp, usedT);
    }
}
