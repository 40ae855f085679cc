using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.Wasm2Js;

/// <summary>
/// binaryen's wasm2js: wasm translated to JavaScript (an ES module), then run by node's JavaScript JIT.
/// Two processes per sample: <c>wasm2js</c> itself (phase <c>translate</c>, its whole process as the runner
/// saw it, because wasm2js cannot time itself), then node with <c>wasm2js-driver.mjs</c>, which times
/// loading the JavaScript, the first call and steady-state calls.
/// </summary>
/// <param name="driver">The node driver (default: the one shipped with the runner).</param>
/// <param name="translator">The wasm2js program (default: found on PATH by the probe).</param>
public sealed class Wasm2JsEngine(string? driver = null, string? translator = null) : EngineBase
{
    /// <summary>wasm2js runs without -O: the translation as it comes, the JIT does the optimizing.</summary>
    public const string Flags = "wasm2js (no -O); node defaults";

    private const string TranslateStep = "translate";

    public string Driver { get; } = driver ?? NodeProgram.Driver("Wasm2Js", "wasm2js-driver.mjs");

    public override string Name => "wasm2js";

    /// <summary>Its <c>translate</c> phase is the wasm2js process.</summary>
    public override bool TimesWholeProcesses => true;

    public override IReadOnlyList<string> Phases { get; } =
        [TranslationPhases.Translate, TranslationPhases.Load, Engines.Phases.ExecuteFirst, Engines.Phases.Execute, Engines.Phases.Total];

    /// <summary>The wasm2js program given or found by the probe; node is the probe's <see cref="EngineProbe.Program"/>.</summary>
    public string? Translator { get; private set; } = translator;

    public override async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = "wasm2js", Config = "node", Flags = Flags };
        var (node, missing) = NodeProgram.Find(Driver);
        if (node is null)
        {
            return EngineProbe.NotInstalled(info, missing!);
        }

        Translator ??= ExecutableFinder.Find("wasm2js");
        if (Translator is null)
        {
            return EngineProbe.NotInstalled(info, "wasm2js not found on PATH (apt-get install binaryen)");
        }

        var wasm2js = await tools.RunAsync(new ProcessSpec(Translator, ["--version"], Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
        var (v8, _) = await NodeProgram.V8VersionAsync(tools, node, cancellationToken);
        return EngineProbe.Installed(info with { Version = $"{wasm2js.Stdout.Trim()}; v8 {v8}" }, node);
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var node = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        var translator = Translator ?? throw new InvalidOperationException($"{Name}: probe first");
        var js = Path.Combine(request.Scratch, "module.mjs");
        var wasmFolder = Path.GetDirectoryName(request.Case.Wasm)!;
        return SamplePlan.Of(
            new EngineStep(TranslateStep, new ProcessSpec(translator, [request.Case.Wasm, "-o", js], request.Scratch, request.TimeLimit)
            {
                ReadOnlyPaths = [wasmFolder],
                MeasureCpuTime = true,
            }),
            new EngineStep("node", new ProcessSpec(node, [Driver, js, "--export", request.Case.Export, .. SteadyStateArguments.Options(request)], request.Scratch, request.TimeLimit)
            {
                ReadOnlyPaths = [NodeProgram.DriversFolder(Driver)],
            }));
    }

    public override StepReading Read(EngineStep step, ProcessOutcome outcome) =>
        step.Name == TranslateStep ? WholeProcess.Read(step, outcome, TranslationPhases.Translate) : base.Read(step, outcome);
}
