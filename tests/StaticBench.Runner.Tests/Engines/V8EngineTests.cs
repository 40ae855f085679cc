using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Tests.Support;

namespace StaticBench.Runner.Tests.Engines;

public class V8EngineTests
{
    [Theory]
    [InlineData("baseline", "--liftoff-only")]
    [InlineData("optimizing", "--no-liftoff")]
    public void A_jit_sample_is_one_fresh_node_process_with_the_tier_flags_before_the_driver(string config, string flag)
    {
        // Given a V8 configuration
        var engine = new V8Engine(config == "baseline" ? V8Config.Baseline : V8Config.Optimizing, driver: "/runner/v8-driver.mjs");

        // When it plans one sample
        var plan = engine.Plan(Canned.Installed(engine), Canned.Request());

        // Then it is one process: node, V8 flags (single-threaded compile), the driver, the module
        var step = plan.Steps.ShouldHaveSingleItem();
        step.Process.Program.ShouldBe("/usr/bin/node");
        var args = step.Process.Arguments.ToList();
        args.ShouldContain(flag);
        args.ShouldContain("--single-threaded");
        args.IndexOf(flag).ShouldBeLessThan(args.IndexOf("/runner/v8-driver.mjs"));
        args.ShouldContain("/cache/sort.wasm");
        step.Process.WorkingDirectory.ShouldBe("/scratch/1");
        step.Process.AddressSpaceLimitBytes.ShouldBeNull("V8 reserves far more address space than any sane limit");
    }

    [Fact]
    public void An_aot_sample_compiles_in_one_process_and_runs_the_artifact_in_another_with_the_same_flags()
    {
        var engine = new V8Engine(V8Config.Aot, driver: "/runner/v8-driver.mjs");

        var plan = engine.Plan(Canned.Installed(engine), Canned.Request());

        plan.Steps.Select(s => s.Name).ShouldBe(["aot-compile", "aot-execute"]);
        plan.Steps[0].Process.Arguments.ShouldContain("/scratch/1/module.v8");
        plan.Steps[1].Process.Arguments.ShouldContain("/scratch/1/module.v8");
        plan.Steps[0].Process.Arguments.TakeWhile(a => a != "/runner/v8-driver.mjs")
            .ShouldBe(plan.Steps[1].Process.Arguments.TakeWhile(a => a != "/runner/v8-driver.mjs"));
        plan.Steps[0].Process.Arguments.ShouldContain("--allow-natives-syntax");
    }

    [Fact]
    public void Without_the_execute_phase_the_driver_makes_no_steady_state_calls()
    {
        var engine = new V8Engine(V8Config.Optimizing, driver: "/d.mjs");

        var plan = engine.Plan(Canned.Installed(engine), Canned.Request(Phases.Compile));

        var args = plan.Steps[0].Process.Arguments.ToList();
        args[args.IndexOf("--max-calls") + 1].ShouldBe("0");
    }

    [Fact]
    public void Reading_canned_driver_output_gives_every_phase()
    {
        // Given what v8-driver.mjs printed for one sample
        var engine = new V8Engine(V8Config.Default, driver: "/d.mjs");
        var step = engine.Plan(Canned.Installed(engine), Canned.Request()).Steps[0];
        var stdout = """
            {"phase":"parse","ns":40000}
            {"phase":"compile","ns":50000}
            {"phase":"instantiate","ns":30000}
            {"phase":"execute-first","ns":900000}
            {"phase":"total","ns":1020000}
            {"checksum":42}
            {"phase":"execute","ns":600000}
            {"phase":"execute","ns":610000}
            {"phase":"execute","ns":620000}
            """;

        // When read
        var reading = engine.Read(step, Canned.Exited(stdout));

        // Then
        reading.Checksum.ShouldBe(42);
        reading.Measurements.Select(m => m.Phase).ShouldBe(["parse", "compile", "instantiate", "execute-first", "total", "execute"]);
        reading.Measurements.Single(m => m.Phase == "execute").Value.ShouldBe(610000);
    }

    [Fact]
    public void A_crash_is_an_error_carrying_the_end_of_stderr()
    {
        var engine = new V8Engine(V8Config.Optimizing, driver: "/d.mjs");
        var step = engine.Plan(Canned.Installed(engine), Canned.Request()).Steps[0];

        var reading = engine.Read(step, Canned.Exited("{\"phase\":\"parse\",\"ns\":1}", exit: 134, stderr: "#\n# Fatal error in wasm\n"));

        reading.Error.ShouldNotBeNull().ShouldContain("exited with code 134");
        reading.Error.ShouldContain("Fatal error in wasm");
    }

    [Fact]
    public void A_timed_out_process_is_an_error_never_a_number()
    {
        var engine = new V8Engine(V8Config.Optimizing, driver: "/d.mjs");
        var step = engine.Plan(Canned.Installed(engine), Canned.Request()).Steps[0];

        var reading = engine.Read(step, new Runner.Processes.ProcessOutcome(137, "{\"phase\":\"parse\",\"ns\":1}", "", TimeSpan.FromSeconds(30), TimedOut: true));

        reading.Error.ShouldNotBeNull().ShouldContain("timed out");
        reading.Measurements.ShouldBeEmpty();
    }

    [Fact]
    public void The_four_configurations_have_distinct_names_and_configs()
    {
        V8Engine[] engines = [new(V8Config.Baseline), new(V8Config.Optimizing), new(V8Config.Default), new(V8Config.Aot)];

        engines.Select(e => e.Name).ShouldBe(["v8-baseline", "v8-optimizing", "v8-default", "v8-aot"]);
        engines[3].Phases.ShouldBe([Phases.AotCompile, Phases.AotExecute]);
    }
}
