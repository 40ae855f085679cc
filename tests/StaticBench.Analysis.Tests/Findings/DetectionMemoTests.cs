using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;

namespace StaticBench.Analysis.Tests.Findings;

public class DetectionMemoTests
{
    /// <summary>Counts its calls and reports one step in the middle of any series.</summary>
    private sealed class CountingDetector : IChangePointDetector
    {
        public int Calls;

        public string Name => "counting";

        public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
        {
            Interlocked.Increment(ref Calls);
            return [new ChangePoint(values.Count / 2, 0.1, 0.99)];
        }
    }

    [Fact]
    public void The_same_points_with_the_same_options_are_not_scanned_twice_and_anything_else_is()
    {
        var detector = new CountingDetector();
        var first = new DetectionMemo();
        double[] values = [1, 1, 1, 2, 2, 2];
        first.Scan(detector, values, new DetectorOptions(), worseIsUp: true);

        // A later build, given what the first one used
        var later = new DetectionMemo(first.Used.ToDictionary());
        var again = later.Scan(detector, [1, 1, 1, 2, 2, 2], new DetectorOptions(), worseIsUp: true);
        later.Scan(detector, [1, 1, 1, 2, 2, 3], new DetectorOptions(), worseIsUp: true);
        later.Scan(detector, values, new DetectorOptions { MinEffect = 0.05 }, worseIsUp: true);
        later.Scan(detector, values, new DetectorOptions(), worseIsUp: false); // creep is looked for the other way

        again.Changes.ShouldBe([new ChangePoint(3, 0.1, 0.99)]);
        detector.Calls.ShouldBe(4);
        (later.Scanned, later.Remembered).ShouldBe((3, 1));
        later.Used.Count.ShouldBe(4);
    }

    [Fact]
    public void A_sample_scan_is_remembered_while_its_samples_stay_gone_on_from_with_one_point_more_and_made_afresh_when_one_changed()
    {
        // Given a build that scanned the newest samples of 30 flat points of 10 samples (its detector examined 24)
        var random = new Random(11);
        var points = Enumerable.Range(0, 32).Select(_ => Enumerable.Range(0, 10).Select(_ => 100 * (1 + 0.02 * random.NextDouble())).ToArray()).ToArray();
        var options = new DetectorOptions();
        var first = new DetectionMemo();
        first.SampleScan(30, i => points[i], [], options, examined: 24);

        // When later builds, given what it used, scan the same points, one point more, two more, and the same points with one sample changed
        var later = new DetectionMemo(knownSamples: first.UsedSamples.ToDictionary());
        var same = later.SampleScan(30, i => points[i], [], options, examined: 24);
        var longer = later.SampleScan(31, i => points[i], [], options, examined: 24);
        later.SampleScan(32, i => points[i], [], options, examined: 24);
        var changed = points.Select(p => p.ToArray()).ToArray();
        changed[27][3] *= 1.001;
        later.SampleScan(30, i => changed[i], [], options, examined: 24);

        // Then the same points are remembered, one point more goes on from them, and the others are scanned whole
        (later.SamplesRemembered, later.SamplesExtended, later.SamplesScanned).ShouldBe((1, 1, 2));
        same.ShouldBe(first.UsedSamples.Values.Single());
        longer.Count.ShouldBe(31);
        later.UsedSamples.Count.ShouldBe(4);

        // And a scan with other steps of the detector, or another examined count, is no match for the one it used
        var other = new DetectionMemo(knownSamples: first.UsedSamples.ToDictionary());
        other.SampleScan(30, i => points[i], [new ChangePoint(27, 0.1, 0.99)], options, examined: 24);
        other.SampleScan(30, i => points[i], [], options, examined: 23);
        other.SampleScan(30, i => points[i], [], options with { MinEffect = 0.05 }, examined: 24);
        (other.SamplesRemembered, other.SamplesExtended, other.SamplesScanned).ShouldBe((0, 0, 3));
    }
}
