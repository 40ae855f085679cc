using StaticBench.Runner.Engines;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Running;

public class SampleLoopTests
{
    private static RunPlan Plan(int warmup, int samples, params FakeEngine[] engines) => new(
        [new BenchmarkCase("wasm/sort", "small", 10, "/x.wasm", null, 42)],
        [.. engines.Select(e => new PlannedEngine(e, e.ProbeAsync(null!).Result))],
        Phases.All.ToHashSet(),
        warmup,
        samples,
        TimeSpan.FromSeconds(5),
        ExecutePolicy.Default);

    [Fact]
    public async Task Engines_are_interleaved_round_robin_starting_one_further_each_round()
    {
        // Given three engines and three rounds
        var runner = new FakeProcessRunner();
        var plan = Plan(0, 3, new FakeEngine("a"), new FakeEngine("b"), new FakeEngine("c"));

        // When the loop runs
        (await new SampleLoop(runner).RunAsync(plan)).Errors.ShouldBeEmpty();

        // Then every round has each engine once, and drift cannot always hit the same engine first
        runner.Started.ShouldBe(["a", "b", "c", "b", "c", "a", "c", "a", "b"]);
    }

    [Fact]
    public async Task A_compile_only_case_is_not_run_on_engines_that_cannot_measure_compile()
    {
        // Given a compile-scaling style case (compile only), an engine with compile and one with execute only
        var runner = new FakeProcessRunner();
        var plan = Plan(1, 2, new FakeEngine("jit"), new FakeEngine("interp") { Measures = [Phases.Execute] }) is var p
            ? p with { Cases = [p.Cases[0] with { OnlyPhases = new HashSet<string> { Phases.Compile } }] }
            : null!;

        // When the loop runs
        (await new SampleLoop(runner).RunAsync(plan)).Errors.ShouldBeEmpty();

        // Then only the engine that measures compile is started, and the progress total counts only its samples
        runner.Started.ShouldBe(["jit", "jit", "jit"]);
        plan.TotalSamples.ShouldBe(3);
    }

    [Fact]
    public async Task Warm_up_rounds_are_run_and_thrown_away()
    {
        // Given samples numbered 0, 1, 2 (compile ns 1000, 1001, 1002) and one warm-up round
        var engine = new FakeEngine("a");
        var plan = Plan(1, 2, engine);

        // When run
        var set = await new SampleLoop(new FakeProcessRunner()).RunAsync(plan);

        // Then the first sample is not in the result
        set.For(plan.Cases[0], "a").Single(s => s.Phase == "compile").Values.ShouldBe([1001, 1002]);
    }

    [Fact]
    public async Task A_wrong_checksum_is_an_error_and_the_pair_keeps_no_numbers()
    {
        // Given an engine that answers 42 twice, then 41
        var wrong = new FakeEngine("wrong") { Output = i => $"{{\"phase\":\"execute\",\"ns\":5}}\n{{\"checksum\":{(i < 2 ? 42 : 41)}}}" };
        var right = new FakeEngine("right");
        var plan = Plan(0, 4, wrong, right);

        // When run
        var set = await new SampleLoop(new FakeProcessRunner()).RunAsync(plan);

        // Then the wrong answer is an error naming both values; its earlier samples are gone; the other engine is unaffected
        var error = set.Errors.ShouldHaveSingleItem();
        error.Engine.ShouldBe("wrong");
        error.Message.ShouldBe("wrong answer: run() returned 41, expected 42 (from the native build)");
        set.For(plan.Cases[0], "wrong").ShouldBeEmpty();
        set.For(plan.Cases[0], "right").ShouldNotBeEmpty();
        wrong.Planned.ShouldBe(3, "a failed pair is not run again");
    }

    [Fact]
    public async Task Without_an_expected_checksum_engines_must_agree_with_the_first_answer()
    {
        // Given a module with no expected checksum, and two engines that disagree
        var first = new FakeEngine("first") { Output = _ => "{\"phase\":\"execute\",\"ns\":5}\n{\"checksum\":7}" };
        var second = new FakeEngine("second") { Output = _ => "{\"phase\":\"execute\",\"ns\":5}\n{\"checksum\":8}" };
        var plan = Plan(0, 1, first, second) with { Cases = [new BenchmarkCase("mine/x", "default", null, "/x.wasm", null, null)] };

        // When run
        var set = await new SampleLoop(new FakeProcessRunner()).RunAsync(plan);

        // Then the second is wrong against the first, and a note says where the reference came from
        set.Errors.ShouldHaveSingleItem().Message.ShouldBe("wrong answer: run() returned 8, expected 7 (from first)");
        set.Notes.ShouldContain(n => n.Contains("no expected checksum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sample_without_a_checksum_cannot_be_checked_and_is_an_error()
    {
        var silent = new FakeEngine("silent") { Output = _ => "{\"phase\":\"execute\",\"ns\":5}" };

        var set = await new SampleLoop(new FakeProcessRunner()).RunAsync(Plan(0, 1, silent));

        set.Errors.ShouldHaveSingleItem().Message.ShouldContain("no checksum");
    }

    [Fact]
    public async Task Only_the_phases_asked_for_are_kept()
    {
        var plan = Plan(0, 1, new FakeEngine("a")) with { Phases = new HashSet<string> { Phases.Execute } };

        var set = await new SampleLoop(new FakeProcessRunner()).RunAsync(plan);

        set.For(plan.Cases[0], "a").Select(s => s.Phase).ShouldBe([Phases.Execute]);
    }

    [Fact]
    public async Task Progress_counts_every_sample_including_warm_up()
    {
        var reports = new List<RunProgress>();
        var plan = Plan(1, 2, new FakeEngine("a"), new FakeEngine("b"));

        await new SampleLoop(new FakeProcessRunner()).RunAsync(plan, new SyncProgress(reports.Add));

        reports.Count.ShouldBe(6);
        reports[^1].ShouldBe(new RunProgress(6, 6, "wasm/sort [small] b"));
    }

    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
