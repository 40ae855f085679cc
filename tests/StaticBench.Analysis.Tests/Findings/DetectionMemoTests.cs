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
        first.Scan(detector, values, new DetectorOptions());

        // A later build, given what the first one used
        var later = new DetectionMemo(first.Used.ToDictionary());
        var again = later.Scan(detector, [1, 1, 1, 2, 2, 2], new DetectorOptions());
        later.Scan(detector, [1, 1, 1, 2, 2, 3], new DetectorOptions());
        later.Scan(detector, values, new DetectorOptions { MinEffect = 0.05 });

        again.Changes.ShouldBe([new ChangePoint(3, 0.1, 0.99)]);
        detector.Calls.ShouldBe(3);
        (later.Scanned, later.Remembered).ShouldBe((2, 1));
        later.Used.Count.ShouldBe(3);
    }
}
