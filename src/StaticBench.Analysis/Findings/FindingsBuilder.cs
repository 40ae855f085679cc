using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Formatting;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// Runs the change-point detector over every series' trend points (per-commit medians, the line the
/// charts draw) and turns each change into a <see cref="Finding"/>, matched against acknowledgements.
/// Minimum effect: per benchmark from the data settings, else the global setting, else the detector default.
/// With a <see cref="DetectionMemo"/>, series scanned by an earlier build with the same points are not scanned again
/// (the detector, the excursions among its steps and the creep search, <see cref="SeriesScan"/>), and the raw-sample test
/// runs only where points were added since (<see cref="SampleScan"/>);
/// with <c>scheduled</c>, long series are scanned up to their latest checkpoint (<see cref="RefreshSchedule"/>) and
/// the raw-sample test covers the points after it. Creep is found up to the checkpoint too: a gradual regression is
/// reported at most one interval late (15 points at 2,048 points and more), and a build costs one creep search per
/// series scanned instead of one per series (the search was a third of a one-new-run build's analysis at 200 × 3,000).
/// </summary>
public static class FindingsBuilder
{
    public static IReadOnlyList<Finding> Build(
        IReadOnlyList<Series.BenchmarkSeries> series,
        DetectionSettings? settings = null,
        IReadOnlyList<Acknowledgement>? acknowledgements = null,
        IChangePointDetector? detector = null,
        DetectorOptions? options = null,
        DetectionMemo? memo = null,
        bool scheduled = false)
    {
        settings ??= new DetectionSettings();
        acknowledgements ??= [];
        detector ??= ChangePointDetectors.Default;
        options ??= new DetectorOptions();
        if (settings.MinEffect is { } global)
        {
            options = options with { MinEffect = global };
        }

        // Series are independent, and the detector is pure and safe from several threads
        // (RankStatistics explains the one Perfolizer table that needed care), so they are scanned in parallel: handed
        // out a few at a time rather than in halves, since the few series a build scans again cost most of its time.
        var findings = System.Collections.Concurrent.Partitioner.Create((IList<Series.BenchmarkSeries>)[.. series], loadBalance: true).AsParallel().AsOrdered().SelectMany(s =>
        {
            var seriesOptions = settings.BenchmarkMinEffect.TryGetValue(s.Key.Benchmark, out var own) ? options with { MinEffect = own } : options;
            var count = s.Points.Count;
            if (ExactMetric.Is(s))
            {
                return ExactChanges.Find(Medians(s.Points, count), ExactMetric.Spreads(s)).Select(change => ToFinding(s, change, acknowledgements, FindingBasis.Exact));
            }

            var examined = scheduled ? RefreshSchedule.Examined(s.Id, count) : count;
            var scanned = Medians(s.Points, examined);
            var worseIsUp = s.Better == Better.Lower;
            var (detected, excursions, creeps) = memo is null ? SeriesScan.Of(detector, scanned, seriesOptions, worseIsUp) : memo.Scan(detector, scanned, seriesOptions, worseIsUp);
            var samplesAt = PointSamples.Of(s, SampleSteps.FirstNeeded(examined, seriesOptions));
            var fromSamples = (memo is null
                ? SampleSteps.Scan(count, samplesAt, detected, seriesOptions, examined)
                : memo.SampleScan(count, samplesAt, detected, seriesOptions, examined)).Changes();
            return detected.Select(change => ToFinding(s, change, acknowledgements, FindingBasis.Trend) with { Excursion = excursions.Containing(change.Index) })
                .Concat(fromSamples.Select(change => ToFinding(s, change, acknowledgements, FindingBasis.Samples)))
                .Concat(creeps.Select(creep => ToFinding(s, creep, acknowledgements) with { Excursion = excursions.Undoing(creep) }));
        }).ToArray();

        return findings
            .OrderByDescending(f => f.ToCommitTime)
            .ThenBy(f => f.Kind)
            .ThenByDescending(f => Math.Abs(f.Change))
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The medians of the first <paramref name="count"/> points, the values the detector scans: read by index, as LINQ's
    /// size-optimized code in the native program went through an enumerator and a growing buffer for every value (a tenth
    /// of a one-new-run build's analysis at 200 × 3,000).
    /// </summary>
    private static double[] Medians(IReadOnlyList<SeriesPoint> points, int count)
    {
        var medians = new double[count];
        for (var i = 0; i < medians.Length; i++)
        {
            medians[i] = points[i].Median;
        }

        return medians;
    }

    /// <summary>A series in words, machine last.</summary>
    public static string Describe(SeriesKey key) => $"{ComparisonSet.Name(key)} on {key.Machine}";

    /// <summary>A creep as a finding: from the best level's point to the newest point of the risen level.</summary>
    private static Finding ToFinding(Series.BenchmarkSeries s, Creep creep, IReadOnlyList<Acknowledgement> acknowledgements)
    {
        var (from, to) = (s.Points[creep.From], s.Points[creep.To]);
        var id = SeriesId.ShortHash($"{s.Id}|creep|{from.Commit}");
        var subject = Describe(s.Key);
        var message = $"{subject}: {CreepText(creep)} (gradual regression) between {CommitId.Short(from.Commit)} and {CommitId.Short(to.Commit)}, confidence {ValueText.Confidence(creep.Confidence)}";
        var ack = Acknowledged(s, to.Commit, acknowledgements);
        return new Finding(
            id, FindingKind.Regression, s.Id, subject, s.Key.Benchmark, message, creep.Change, creep.Confidence, creep.To,
            from.Commit, to.Commit, to.CommitTime, to.Subject, s.Unit, ack is null ? null : new AcknowledgementNote(ack.Note, ack.Path))
        {
            Basis = FindingBasis.Creep, FromIndex = creep.From,
        };
    }

    /// <summary>"+38.0% over 120 commits (5 steps)": the words for a creep, in findings and the detect command.</summary>
    public static string CreepText(Creep creep) =>
        $"{ValueText.Ratio(creep.Change)} over {creep.To - creep.From} commits" + (creep.Steps > 0 ? $" ({creep.Steps} step{(creep.Steps == 1 ? "" : "s")} confirmed on their own)" : "");

    /// <summary>
    /// "up to +4.1%, back within -0.3% (2 steps, 70 commits)" (a creep taken back has no steps: "(70 commits)"), with " at 1a2b3c4d5e" after the net change when
    /// <paramref name="backAt"/> names the commit it came back at: the words for an excursion, on the site and in the detect command.
    /// A step within the series' wander: "140 commits back; the points either side differ by +2.1% as measured, the newest points by +0.8% from those
    /// before the step: within the ±2.9% this series wanders (a quarter beyond the largest swing it came back from)" (measured on the points, so it may differ from the step's size net of drift).
    /// A step shaped like a wander (<see cref="StepShape"/>): "the points either side differ by +1.8%, and one smooth curve fits them as well as a step: ...",
    /// or part of a sawtooth: "its run of steps the same way adds up to -10.5%, but the points moved +0.2% across it: ...".
    /// </summary>
    public static string ExcursionText(Excursion excursion, string? backAt = null) => excursion.Shape is { } shape
        ? shape switch
        {
            StepShape.Level => $"the points either side differ by {ValueText.Ratio(excursion.Net)} as measured, within the noise: the step shows only against the drift taken off",
            StepShape.Curve => $"the points either side differ by {ValueText.Ratio(excursion.Net)}, and one smooth curve fits them as well as a step: the level bends here, as this series' noise wanders",
            _ => $"its run of steps the same way adds up to {ValueText.Ratio(excursion.Peak)}, but the points moved {ValueText.Ratio(excursion.Net)} across it: the steps show only against the drift taken off between them",
        }
        : excursion.Wander is { } wander
        ? $"{excursion.Span} commits back; the points either side differ by {ValueText.Ratio(excursion.Peak)} as measured, the newest points by {ValueText.Ratio(excursion.Net)} from those before the step: within the ±{ValueText.Percent(wander, signed: false)} this series wanders (a quarter beyond the largest swing it came back from)"
        : $"up to {ValueText.Ratio(excursion.Peak)}, back within {ValueText.Ratio(excursion.Net)}{(backAt is null ? "" : $" at {backAt}")} ({(excursion.Steps.Count > 0 ? $"{excursion.Steps.Count} steps, " : "")}{excursion.Span} commits)";

    private static Acknowledgement? Acknowledged(Series.BenchmarkSeries s, string commit, IReadOnlyList<Acknowledgement> acknowledgements) =>
        acknowledgements.FirstOrDefault(a =>
            (string.Equals(a.Series, s.Id, StringComparison.OrdinalIgnoreCase) || a.Series == s.Key.ToString())
            && a.Commit.Length >= 7 && commit.StartsWith(a.Commit, StringComparison.OrdinalIgnoreCase));

    private static Finding ToFinding(Series.BenchmarkSeries s, ChangePoint change, IReadOnlyList<Acknowledgement> acknowledgements, FindingBasis basis)
    {
        var before = s.Points[change.Index - 1];
        var after = s.Points[change.Index];
        var worse = s.Better == Better.Higher ? change.Change < 0 : change.Change > 0;
        var kind = worse ? FindingKind.Regression : FindingKind.Improvement;
        var id = SeriesId.ShortHash($"{s.Id}|{kind}|{after.Commit}");
        var subject = Describe(s.Key);
        var size = basis == FindingBasis.Exact ? ValueText.Percent(change.Change) : ValueText.Ratio(change.Change);
        var certainty = basis == FindingBasis.Exact ? "exact" : $"confidence {ValueText.Confidence(change.Confidence)}";
        var message = $"{subject}: {size} ({(worse ? "regression" : "improvement")}) between {CommitId.Short(before.Commit)} and {CommitId.Short(after.Commit)}, {certainty}";
        var ack = Acknowledged(s, after.Commit, acknowledgements);
        return new Finding(
            id, kind, s.Id, subject, s.Key.Benchmark, message, change.Change, change.Confidence, change.Index,
            before.Commit, after.Commit, after.CommitTime, after.Subject, s.Unit,
            ack is null ? null : new AcknowledgementNote(ack.Note, ack.Path))
        {
            Basis = basis,
        };
    }
}
