using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Engines.Wasm2Js;
using StaticBench.Runner.Engines.WasmInterp;
using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Tests.Engines;

public class StepRefusalsTests
{
    private static readonly EngineStep Step = new("run", new ProcessSpec("/usr/bin/engine", [], "/tmp", TimeSpan.FromSeconds(5)));

    /// <summary>A driver engine (V8), a whole-process engine (wasm-interp) and one with both kinds of step (wasm2js, on its whole-process step).</summary>
    public static TheoryData<string> Engines => ["v8", "wasm-interp", "wasm2js"];

    private static (IEngine Engine, EngineStep Step) Of(string engine) => engine switch
    {
        "v8" => (new V8Engine(V8Config.Optimizing, driver: "/d.mjs"), Step),
        "wasm-interp" => (new WasmInterpEngine(), Step),
        _ => (new Wasm2JsEngine("/d.mjs"), Step with { Name = "translate" }),
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_time_out_is_refused_in_the_same_words_by_every_kind_of_engine(string name)
    {
        var (engine, step) = Of(name);

        var reading = engine.Read(step, new ProcessOutcome(137, "", "", TimeSpan.FromSeconds(5), TimedOut: true));

        reading.Error.ShouldBe($"{step.Name}: timed out after 5 s (killed)");
        reading.Measurements.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_crash_is_refused_in_the_same_words_with_the_end_of_stderr_or_a_note_that_there_was_none(string name)
    {
        var (engine, step) = Of(name);

        engine.Read(step, new ProcessOutcome(134, "", "#\n# Fatal error in wasm\n", TimeSpan.FromSeconds(1), false))
            .Error.ShouldBe($"{step.Name}: exited with code 134: #\n# Fatal error in wasm");
        engine.Read(step, new ProcessOutcome(1, "", "", TimeSpan.FromSeconds(1), false))
            .Error.ShouldBe($"{step.Name}: exited with code 1: (no output on stderr)");
    }
}
