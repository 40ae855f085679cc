using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class ChangePointTests
{
    [Theory]
    [InlineData(1.0, "> 0.9999")]
    [InlineData(0.99996, "> 0.9999")]
    [InlineData(0.99871, "0.9987")]
    [InlineData(0.5, "0.5")]
    public void A_confidence_is_shown_with_four_decimals_and_never_as_a_certain_1(double confidence, string shown)
    {
        ChangePoint.FormatConfidence(confidence).ShouldBe(shown);
    }
}
