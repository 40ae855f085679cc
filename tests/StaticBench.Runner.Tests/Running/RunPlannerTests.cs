using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Running;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Running;

public class RunPlannerTests
{
    private static RunOptions Options(string suite) => new()
    {
        Suite = suite,
        Cache = suite,
        Project = new RunResultBuilder("r").Build().Run.Project,
    };

    [Fact]
    public async Task A_missing_engine_is_skipped_with_one_line_saying_why()
    {
        // Given a registry where one engine is installed and one is not, and a folder with one module
        using var folder = new TempDirectory();
        WasmModules.Write(folder.Path, "answer.wasm", WasmModules.Returning(42));
        var registry = EngineRegistry.Default.With(new FakeEngine("present")).With(new FakeEngine("absent", installed: false));
        var planner = new RunPlanner(registry, new FakeProcessRunner(), new FakeProcessRunner());

        // When planning a run of those two engines
        var (plan, notes) = await planner.PlanAsync(Options(folder.Path) with { Engines = ["present", "absent"] });

        // Then only the installed one is planned, and exactly one line names the other and why
        plan.Engines.Select(e => e.Engine.Name).ShouldBe(["present"]);
        notes.ShouldHaveSingleItem().ShouldBe("skipping engine absent: absent is not installed here");
    }

    [Fact]
    public async Task Node_not_on_path_makes_every_v8_configuration_missing_not_a_crash()
    {
        using var folder = new TempDirectory();
        WasmModules.Write(folder.Path, "answer.wasm", WasmModules.Returning(42));
        var registry = EngineRegistry.Default.With(new V8Engine(V8Config.Optimizing with { Config = "elsewhere" }, node: "node-not-installed-anywhere"));
        var planner = new RunPlanner(registry, new FakeProcessRunner(), new FakeProcessRunner());

        var (plan, notes) = await planner.PlanAsync(Options(folder.Path) with { Engines = ["v8-elsewhere"] });

        plan.Engines.ShouldBeEmpty();
        notes.ShouldHaveSingleItem().ShouldStartWith("skipping engine v8-elsewhere: node-not-installed-anywhere not found");
    }

    [Fact]
    public async Task An_unknown_engine_or_phase_is_refused_with_the_known_names()
    {
        using var folder = new TempDirectory();
        var planner = new RunPlanner(EngineRegistry.Default, new FakeProcessRunner(), new FakeProcessRunner());

        (await Should.ThrowAsync<ArgumentException>(() => planner.PlanAsync(Options(folder.Path) with { Engines = ["v9"] })))
            .Message.ShouldContain("known: v8-baseline");
        (await Should.ThrowAsync<ArgumentException>(() => planner.PlanAsync(Options(folder.Path) with { Phases = ["link"] })))
            .Message.ShouldContain("known: parse");
    }

    [Fact]
    public void A_family_name_selects_every_configuration_of_it()
    {
        EngineRegistry.Default.Engines.Where(e => e.Name.StartsWith("v8-", StringComparison.Ordinal)).Count().ShouldBe(4);
    }

    [Fact]
    public void A_second_engine_under_a_taken_name_is_refused()
    {
        Should.Throw<ArgumentException>(() => EngineRegistry.Default.With(new FakeEngine("native")));
    }

    [Fact]
    public void New_engines_go_before_native_which_stays_the_last_column()
    {
        EngineRegistry.Default.With(new FakeEngine("my-runtime")).Engines.Select(e => e.Name).TakeLast(2).ShouldBe(["my-runtime", "native"]);
    }

    [Fact]
    public async Task An_unknown_metric_is_refused_with_the_known_ones()
    {
        using var folder = new TempDirectory();
        var run = new BenchmarkRun(EngineRegistry.Default, new FakeProcessRunner(), new FakeProcessRunner());

        var error = await Should.ThrowAsync<NotSupportedException>(() => run.RunAsync(Options(folder.Path) with { Metric = "cycles" }));

        error.Message.ShouldBe("unknown metric 'cycles'; known: wall-time, instructions, opcodes");
    }
}
