using System.Globalization;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Measures.Opcodes;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;
using StaticBench.Schema.Model;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Measures.Opcodes;

public class OpcodeProfilingEngineTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [EngineFact("node")]
    public async Task The_instrumented_loop_runs_under_node_and_gives_its_exact_counts()
    {
        // Given the loop module and the profiler
        var wasm = WasmModules.Write(dir.Path, "loop.wasm", CountedLoopModule.Bytes());
        var engine = new OpcodeProfilingEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        var request = new SampleRequest(new BenchmarkCase("t/loop", "tiny", null, wasm, null, null), new HashSet<string> { Phases.Execute }, dir.Path, TimeSpan.FromSeconds(30), ExecutePolicy.None);

        // When its one step runs
        var step = engine.Plan(probe, request).Steps.ShouldHaveSingleItem();
        var reading = engine.Read(step, await ProcessRunner.Trusted.RunAsync(step.Process));

        // Then run() returned 10, i32.add ran 10 times, and the function ran all 74 instructions
        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(10);
        var add = reading.Measurements.Single(m => m.Metric == Metrics.OpcodeCount && m.Parameters!["opcode"].Canonical == "i32.add");
        add.Value.ShouldBe(10);
        add.Unit.ShouldBe("count");
        add.Phase.ShouldBe(Phases.Execute);
        reading.Measurements.Single(m => m.Metric == Metrics.FunctionInstructions).Value.ShouldBe(74);
    }

    [EngineFact("clang-14", "node", "wasm-interp")]
    public async Task Every_opcode_wabt_also_executes_is_counted_exactly_as_its_trace_shows()
    {
        // Given the suite's sort, built small enough for wasm-interp --trace
        var wasm = dir.Combine("sort.wasm");
        var built = await ProcessRunner.Trusted.RunAsync(new ProcessSpec("clang-14",
            [.. Toolchain.WasmFlags, "-DSIZE=300", "-o", wasm, Path.Combine(RunPlanner.BundledSuite, "sort.c")], RunPlanner.BundledSuite, TimeSpan.FromMinutes(2)));
        built.Succeeded.ShouldBeTrue(built.Stderr);

        // When it is profiled, and traced by wabt's interpreter
        var profile = await ProfileAsync(wasm);
        var trace = await ProcessRunner.Trusted.RunAsync(new ProcessSpec("wasm-interp", [wasm, "--run-all-exports", "--trace"], dir.Path, TimeSpan.FromMinutes(2)));
        var traced = trace.Stdout.Split('\n')
            .Select(l => l.Split('|', 2))
            .Where(p => p.Length == 2 && p[0].StartsWith('#'))
            .GroupBy(p => p[1].Trim().Split(' ')[0])
            .ToDictionary(g => g.Key, g => (double)g.Count());

        // Then every opcode both sides name ran as often on both. wabt compiles structured control away
        // (no block, loop, if, else, end; br_if becomes br_unless), adds its own (alloca, drop_keep, ...),
        // and traces _initialize too, so those are left out.
        string[] control = ["block", "loop", "if", "else", "end", "br", "br_if", "return"];
        var compared = profile.Keys.Where(k => !control.Contains(k)).ToArray();
        compared.Length.ShouldBeGreaterThan(15);
        foreach (var opcode in compared)
        {
            traced.GetValueOrDefault(opcode).ShouldBe(profile[opcode], opcode);
        }
    }

    private async Task<Dictionary<string, double>> ProfileAsync(string wasm)
    {
        var engine = new OpcodeProfilingEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        var scratch = Directory.CreateDirectory(dir.Combine($"scratch-{Guid.NewGuid():N}")).FullName;
        var step = engine.Plan(probe, new SampleRequest(new BenchmarkCase("t/x", "s", null, wasm, null, null), new HashSet<string> { Phases.Execute }, scratch, TimeSpan.FromMinutes(1), ExecutePolicy.None)).Steps.Single();
        var reading = engine.Read(step, await ProcessRunner.Trusted.RunAsync(step.Process));
        reading.Error.ShouldBeNull();
        return reading.Measurements.Where(m => m.Metric == Metrics.OpcodeCount).ToDictionary(m => m.Parameters!["opcode"].Canonical, m => m.Value);
    }

    [EngineFact("clang-14", "musl-gcc", "node")]
    public async Task Two_runs_of_the_suite_give_identical_profiles_as_valid_results()
    {
        // Given the bundled sort and hash at their small size
        var options = RealRun.Options(RunPlanner.BundledSuite, dir.Combine("cache")) with
        {
            Benchmarks = ["sort", "hash"],
            Sizes = [SizeRequest.Parse("small")],
            Metric = Metrics.Opcodes,
        };

        // When they are profiled twice
        var first = (await RealRun.RunAsync(options)).Result!;
        var second = (await RealRun.RunAsync(options)).Result!;

        // Then both runs hold the same results, one sample each, and the file is valid
        string Lines(RunResult run) => string.Join('\n', run.Results.Select(r =>
            $"{r.Benchmark} {SeriesKey.FormatParameters(r.Parameters)} {r.Metric} {r.Unit} {string.Join(',', r.Samples.Select(s => s.ToString(CultureInfo.InvariantCulture)))}"));
        Lines(first).ShouldBe(Lines(second));
        first.Results.ShouldAllBe(r => r.Samples.Count == 1 && r.Phase == Phases.Execute && r.Engine!.Name == "wasm-opcodes");
        first.Results.Count(r => r.Metric == Metrics.OpcodeCount && r.Benchmark == "wasm/hash").ShouldBeGreaterThan(10);
        first.Results.ShouldContain(r => r.Metric == Metrics.FunctionInstructions && r.Parameters!["function"].Canonical == "run");

        // And every function has its source name, from the module's named twin (issue 18): hash's hot function is compress, not func[2]
        var functions = first.Results.Where(r => r.Metric == Metrics.FunctionInstructions).Select(r => r.Parameters!["function"].Canonical).ToArray();
        functions.ShouldContain("compress");
        functions.ShouldNotContain(f => f.StartsWith("func[", StringComparison.Ordinal));
        StaticBench.Schema.Validation.ResultReader.Read(StaticBench.Schema.Json.ResultJson.Serialize(first), "profile.json").Problems.ShouldBeEmpty();
    }
}
