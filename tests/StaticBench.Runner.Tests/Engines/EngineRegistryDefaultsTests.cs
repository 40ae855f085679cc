using StaticBench.Runner.Engines;
using StaticBench.Runner.Scaling;

namespace StaticBench.Runner.Tests.Engines;

public class EngineRegistryDefaultsTests
{
    [Fact]
    public void The_new_engines_are_built_in_and_native_stays_the_last_baseline_column()
    {
        var names = EngineRegistry.Default.Engines.Select(e => e.Name).ToList();

        names.ShouldContain("cranelift");
        names.ShouldContain("wasm2js");
        names.ShouldContain("wasm-interp");
        names[^1].ShouldBe("native");
        names.ShouldBeUnique();
    }

    [Fact]
    public void Scaling_shapes_round_trip_through_their_result_names()
    {
        foreach (var shape in Enum.GetValues<ScalingShape>())
        {
            ScalingShapes.Parse(shape.Name()).ShouldBe(shape);
        }

        Should.Throw<ArgumentException>(() => ScalingShapes.Parse("huge")).Message.ShouldContain("known: small-functions, big-function");
    }
}
