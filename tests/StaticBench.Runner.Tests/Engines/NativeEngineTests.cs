using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Native;
using StaticBench.Runner.Tests.Support;

namespace StaticBench.Runner.Tests.Engines;

public class NativeEngineTests
{
    [Fact]
    public void A_benchmark_without_a_native_build_is_skipped_with_the_reason()
    {
        var engine = new NativeEngine();
        var request = Canned.Request() with { Case = Canned.Case(native: null) };

        var plan = engine.Plan(Canned.Installed(engine), request);

        plan.Skipped.ShouldBeTrue();
        plan.SkipReason.ShouldBe("no native build of this benchmark");
    }

    [Fact]
    public void The_native_program_runs_with_the_steady_state_policy_and_an_address_space_limit()
    {
        var engine = new NativeEngine();

        var step = engine.Plan(Canned.Installed(engine), Canned.Request()).Steps.ShouldHaveSingleItem();

        step.Process.Program.ShouldBe("/cache/sort");
        step.Process.Arguments.ShouldBe(["3", "20", "300"]);
        step.Process.AddressSpaceLimitBytes.ShouldNotBeNull();
    }

    [Fact]
    public void Native_measures_only_execution()
    {
        new NativeEngine().Phases.ShouldBe([Phases.ExecuteFirst, Phases.Execute]);
    }
}
