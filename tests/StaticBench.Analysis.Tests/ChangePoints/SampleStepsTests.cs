using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class SampleStepsTests
{
    /// <summary>Points of <paramref name="perPoint"/> log-normal samples at CV <paramref name="cv"/>, each run shifted by its own offset (sd <paramref name="runCv"/>).</summary>
    private static double[][] Points(int seed, int count, double cv, double runCv, int perPoint = 10, params (int At, double Change)[] steps)
    {
        var random = new Random(seed);
        var level = 1000.0;
        var points = new double[count][];
        for (var i = 0; i < count; i++)
        {
            level *= steps.Where(s => s.At == i).Select(s => 1 + s.Change).DefaultIfEmpty(1).Single();
            var run = Math.Exp(runCv * SeededSeries.Gaussian(random));
            points[i] = Enumerable.Range(0, perPoint).Select(_ => level * run * Math.Exp(cv * SeededSeries.Gaussian(random))).ToArray();
        }

        return points;
    }

    private static IReadOnlyList<ChangePoint> Find(double[][] points) =>
        SampleSteps.Find(points.Length, i => points[i], [], new DetectorOptions());

    [Fact]
    public void A_doubling_at_point_10_of_16_is_found_where_the_detector_is_silent_issue_14()
    {
        // Given 16 runs of 10 samples at 5% noise, 2x slower from the 11th run on
        var points = Points(seed: 1, count: 16, cv: 0.05, runCv: 0.01, steps: (10, 1.0));

        // When the short history is scanned
        var medians = points.Select(p => p.Order().ElementAt(5)).ToArray();
        var detected = ChangePointDetectors.Default.Detect(medians, new DetectorOptions());
        var found = Find(points);

        // Then the detector on the medians alone says nothing, and the samples find the step at its run
        detected.ShouldBeEmpty();
        found.Select(c => c.Index).ShouldBe([10]);
        found[0].Change.ShouldBe(1.0, 0.1);
        found[0].Confidence.ShouldBeGreaterThan(0.99);
    }

    [Fact]
    public void A_step_at_the_newest_run_is_reported_at_once_from_the_second_run_issue_14()
    {
        var points = Points(seed: 2, count: 2, cv: 0.05, runCv: 0.01, steps: (1, 0.3));

        Find(points).Select(c => c.Index).ShouldBe([1]);
    }

    [Fact]
    public void One_odd_run_in_the_middle_is_not_a_step()
    {
        // Given a flat history where one run in the middle was 40% slower
        var points = Points(seed: 3, count: 12, cv: 0.03, runCv: 0.005);
        points[6] = points[6].Select(v => v * 1.4).ToArray();

        // Then the run after it, back at the old level, vetoes a step there (and the way back is no step either)
        Find(points).ShouldBeEmpty();
    }

    [Fact]
    public void Runs_that_differ_by_their_own_offsets_raise_no_alarm()
    {
        // Given 100 flat histories of 16 runs, each run offset by about half the sample noise
        var alarmed = Enumerable.Range(100, 100).Count(seed => Find(Points(seed, 16, cv: 0.05, runCv: 0.025)).Count > 0);

        // Then few alarm (the evaluation's short-history set measures the rate; this is its bound)
        alarmed.ShouldBeLessThanOrEqualTo(5);
    }

    [Fact]
    public void Too_few_samples_cannot_decide_so_nothing_is_claimed()
    {
        SampleSteps.CanDecide(3, 3).ShouldBeFalse();
        SampleSteps.CanDecide(7, 7).ShouldBeTrue();
        var points = Points(seed: 4, count: 2, cv: 0.05, runCv: 0, perPoint: 3, steps: (1, 1.0));
        Find(points).ShouldBeEmpty();
    }

    [Fact]
    public void A_scan_gone_on_from_the_last_builds_is_the_scan_made_afresh_bit_for_bit()
    {
        // Given 40 runs whose detector examined the first 24, a 30% step at run 30, and one run 40% slow at 34
        var points = Points(seed: 5, count: 40, cv: 0.02, runCv: 0.002, steps: (30, 0.3));
        points[34] = points[34].Select(v => v * 1.4).ToArray();
        var options = new DetectorOptions();
        var seen = new HashSet<int>();
        for (var count = 26; count <= 40; count++)
        {
            // When each build goes on from the scan of one run fewer
            var earlier = SampleSteps.Scan(count - 1, i => points[i], [], options, examined: 24);
            var extended = SampleSteps.Scan(count, i => points[i], [], options, examined: 24, earlier);
            var afresh = SampleSteps.Scan(count, i => points[i], [], options, examined: 24);

            // Then it is the scan made without it: the same steps with the same p, and the same confidences
            Described(extended).ShouldBe(Described(afresh));
            seen.UnionWith(afresh.Steps.Select(s => s.Index));
        }

        // (the step is found, and the slow run alone only while it is the newest: the run after it takes it back)
        seen.ShouldBe([30, 34], ignoreOrder: true);
        SampleSteps.Scan(35, i => points[i], [], options, examined: 24).Steps.Select(s => s.Index).ShouldBe([30, 34]);
        SampleSteps.Scan(36, i => points[i], [], options, examined: 24).Steps.Select(s => s.Index).ShouldBe([30]);

        static string Described(SampleScan scan) =>
            $"{scan.Count} {scan.Tested} " + string.Join(" ", scan.Changes().Select(c => $"{c.Index}:{BitConverter.DoubleToInt64Bits(c.Change)}:{BitConverter.DoubleToInt64Bits(c.Confidence)}"));
    }
}
