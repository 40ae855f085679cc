using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Engines.Configured;

public class ConfiguredEngineTests
{
    /// <summary>wabt's interpreter, described as a user would describe any CLI runtime.</summary>
    private const string WasmInterpJson = """
        { "engines": [ { "name": "interp-cli", "config": "cli", "version": ["wasm-interp", "--version"],
            "commands": { "compile": ["wasm-interp", "{wasm}"], "run": ["wasm-interp", "{wasm}", "--run-all-exports"] },
            "checksum": "^run\\(\\) => i32:(\\d+)" } ] }
        """;

    private static ConfiguredEngine Engine(string json = WasmInterpJson) =>
        (ConfiguredEngine)EnginesFile.Create(EnginesFile.Parse(json, "engines.json", "/").Single());

    [Fact]
    public void Placeholders_are_replaced_only_as_whole_arguments_and_nothing_is_a_shell_line()
    {
        var template = new CommandTemplate(["rt", "{wasm}", "--dir={wasm}", "{export}", "{artifact}x"]);

        template.Expand(new Dictionary<string, string> { ["{wasm}"] = "/a b/m;rm -rf.wasm", ["{export}"] = "run" })
            .ShouldBe(["/a b/m;rm -rf.wasm", "--dir={wasm}", "run", "{artifact}x"]);
    }

    [Fact]
    public void Reads_the_checksum_with_the_configured_pattern_and_refuses_output_without_one()
    {
        var engine = Engine();
        var run = new EngineStep("run", new ProcessSpec("/usr/bin/wasm-interp", [], "/tmp", TimeSpan.FromSeconds(9)));

        var reading = engine.Read(run, new ProcessOutcome(0, "run() => i32:42\n", "", TimeSpan.FromMilliseconds(5), false));
        reading.Checksum.ShouldBe(42);
        reading.Value(Phases.Total).ShouldBe(5_000_000, tolerance: 1);
        engine.Read(run, new ProcessOutcome(0, "nothing\n", "", TimeSpan.FromMilliseconds(5), false)).Error!.ShouldContain("matched no number");
        engine.Read(run with { Name = "compile" }, new ProcessOutcome(0, "", "", TimeSpan.FromMilliseconds(2), false)).Value(Phases.Compile).ShouldBe(2_000_000, tolerance: 1);
    }

    [Fact]
    public void A_command_is_read_as_its_wall_time_and_its_cpu_time()
    {
        // Given a run's process that took 5 ms of wall time and 3 ms of CPU time
        var engine = Engine();
        var run = new EngineStep("run", new ProcessSpec("/usr/bin/wasm-interp", [], "/tmp", TimeSpan.FromSeconds(9)));
        var outcome = new ProcessOutcome(0, "run() => i32:42\n", "", TimeSpan.FromMilliseconds(5), false) { CpuTime = TimeSpan.FromMilliseconds(3) };

        // When read
        var reading = engine.Read(run, outcome);

        // Then the phase has both
        reading.Value(Phases.Total).ShouldBe(5_000_000, tolerance: 1);
        reading.Value(Phases.Total, Metrics.CpuTime).ShouldBe(3_000_000, tolerance: 1);
    }

    [EngineFact("node", "sleep")]
    public async Task A_cli_that_sleeps_reads_almost_no_cpu_time_and_one_that_burns_reads_what_it_burned()
    {
        // Given a "CLI engine" whose compile sleeps half a second and whose run burns 300 ms of CPU, then prints 42
        const string Burn = "let u; do { u = process.cpuUsage(); } while (u.user + u.system < 300000); console.log(42)";
        var engine = Engine($$"""
            { "engines": [ { "name": "burner", "commands": { "compile": ["sleep", "0.5"], "run": ["node", "-e", "{{Burn}}"] }, "checksum": "^(\\d+)\\s*$" } ] }
            """);
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        using var temp = new TempDirectory();
        var wasm = WasmModules.Write(Directory.CreateDirectory(temp.Combine("wasm")).FullName, "answer.wasm", WasmModules.Returning(42));
        var benchmark = new BenchmarkCase("test/answer", "tiny", null, wasm, null, 42);

        // When one sample runs in the sandbox
        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, [Phases.Compile, Phases.Total]));

        // Then compile's wall time is the sleep and its CPU time a few ms of start-up; total's CPU time is the burn plus start-up
        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(42);
        reading.Value(Phases.Compile).ShouldBeGreaterThanOrEqualTo(500e6);
        reading.Value(Phases.Compile, Metrics.CpuTime).ShouldBeLessThan(50e6);
        reading.Value(Phases.Total, Metrics.CpuTime).ShouldBeInRange(300e6, 550e6);
    }

    [Fact]
    public async Task A_missing_program_is_skipped_with_one_line_naming_it()
    {
        var engine = Engine("""{ "engines": [ { "name": "ghost", "commands": { "run": ["no-such-runtime-xyz", "{wasm}"] }, "checksum": "(\\d+)" } ] }""");

        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);

        probe.Missing.ShouldBe("no-such-runtime-xyz not found (configured in the engines file)");
    }

    [EngineFact("wasm-interp", "wat2wasm")]
    public async Task Runs_a_real_cli_described_only_by_the_engines_file()
    {
        var engine = Engine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        probe.Missing.ShouldBeNull();
        probe.Info.Version.ShouldNotBeNullOrEmpty();
        probe.Info.Config.ShouldBe("cli");
        using var temp = new TempDirectory();
        var benchmark = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000));

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, [Phases.Compile, Phases.Total]));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(EngineHarness.LoopChecksum(1000));
        reading.Value(Phases.Compile).ShouldBeGreaterThan(0);
        reading.Value(Phases.Total).ShouldBeGreaterThan(0);
    }
}
