using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class StaticBenchDetectorTests
{
    private static readonly DetectorOptions Defaults = new();

    [Fact]
    public void A_planted_step_is_found_at_its_exact_position_with_its_size()
    {
        // Given 200 points with 2% noise and a +10% step at index 120
        var values = SeededSeries.Steps(seed: 1, count: 200, cv: 0.02, (120, 0.10));

        // When the detector runs
        var found = ChangePointDetectors.Default.Detect(values, Defaults);

        // Then it reports exactly that step, about +10%, with high confidence
        found.Count.ShouldBe(1);
        found[0].Index.ShouldBe(120);
        found[0].Change.ShouldBe(0.10, tolerance: 0.01);
        found[0].Confidence.ShouldBeGreaterThan(0.999);
    }
}
