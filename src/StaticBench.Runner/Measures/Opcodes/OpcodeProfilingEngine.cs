using System.Globalization;
using System.Text.Json;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// <c>--metric opcodes</c>: the exact dynamic WebAssembly instruction profile of one call of
/// <c>run()</c>. The module is instrumented with a counter per basic block (<see cref="BlockInstrumenter"/>),
/// run once under node, and the counters times each block's opcodes give one <see cref="Metrics.OpcodeCount"/>
/// result per opcode (<c>parameters.opcode</c>) and one <see cref="Metrics.FunctionInstructions"/> per
/// function (<c>parameters.function</c>), phase <c>execute</c>, unit <c>count</c>.
/// </summary>
/// <remarks>
/// A wasm program executes the same instructions on every conforming engine, so the profile belongs
/// to the module, not to an engine: it is recorded under its own engine name, <c>wasm-opcodes</c>,
/// with node's V8 as the version of what executed it. The instrumented module is written while
/// planning, into the sample's scratch folder; reading instruments the original again (milliseconds)
/// so that <see cref="Read"/> needs nothing kept between the two.
/// </remarks>
public sealed class OpcodeProfilingEngine(string? driver = null, string node = "node") : IEngine
{
    /// <summary>Bumped when what is counted changes: the instrumenter's block rules or the opcode names.</summary>
    public const string InstrumenterVersion = "1";

    private const string ModuleKey = "STATICBENCH_MODULE";

    public static string DefaultDriver { get; } = Path.Combine(AppContext.BaseDirectory, "Measures", "Opcodes", "opcode-driver.mjs");

    public string Driver { get; } = driver ?? DefaultDriver;

    public string Name => "wasm-opcodes";

    public IReadOnlyList<string> Phases { get; } = [Engines.Phases.Execute];

    public async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = Name, Config = "block-counters", Flags = $"instrumenter {InstrumenterVersion}" };
        var (program, missing) = NodeProgram.Find(Driver, node);
        if (program is null)
        {
            return EngineProbe.NotInstalled(info, missing!);
        }

        var (version, failure) = await NodeProgram.V8VersionAsync(tools, program, cancellationToken);
        return version is not null
            ? EngineProbe.Installed(info with { Version = $"v8 {version}" }, program)
            : EngineProbe.NotInstalled(info, failure!);
    }

    public SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var program = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        if (!request.Wants(Engines.Phases.Execute))
        {
            return SamplePlan.Skip("profiles only the execute phase");
        }

        // The named twin has the measured module's code with its function names (the suite's modules are stripped).
        var source = request.Case.NamedWasm ?? request.Case.Wasm;
        InstrumentedModule instrumented;
        try
        {
            instrumented = BlockInstrumenter.Instrument(File.ReadAllBytes(source));
        }
        catch (InvalidDataException e)
        {
            return SamplePlan.Skip($"cannot instrument the module: {e.Message}");
        }

        var module = Path.Combine(request.Scratch, "instrumented.wasm");
        File.WriteAllBytes(module, instrumented.Bytes);
        return SamplePlan.Of(new EngineStep("profile", new ProcessSpec(program, [Driver, module, request.Case.Export], request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [Path.GetDirectoryName(Driver)!, Path.GetDirectoryName(source)!],
            Environment = new Dictionary<string, string> { [ModuleKey] = source },
        }));
    }

    public StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        if (outcome.TimedOut)
        {
            return StepReading.Failed($"timed out after {step.Process.TimeLimit.TotalSeconds:0} s");
        }

        var line = outcome.Stdout.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (line is null)
        {
            return StepReading.Failed($"the opcode driver printed nothing (exit {outcome.ExitCode}): {outcome.StderrTail(3)}");
        }

        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            return StepReading.Failed($"the instrumented module failed: {error.GetString()}");
        }

        var counters = root.GetProperty("counters").EnumerateArray().Select(c => long.Parse(c.GetString()!, CultureInfo.InvariantCulture)).ToArray();
        var checksum = root.GetProperty("checksum") is { ValueKind: JsonValueKind.String } text
            ? long.Parse(text.GetString()!, CultureInfo.InvariantCulture)
            : root.GetProperty("checksum").GetInt64();
        var instrumented = BlockInstrumenter.Instrument(File.ReadAllBytes(step.Process.Environment[ModuleKey]));
        return new StepReading(Measurements(OpcodeProfile.Of(instrumented, counters)), checksum, null);
    }

    /// <summary>One measurement per opcode and per function, most frequent first.</summary>
    public static IReadOnlyList<Measurement> Measurements(OpcodeProfile profile) =>
    [
        .. profile.Opcodes.Select(o => Count(Metrics.OpcodeCount, ProfileMetrics.OpcodeParameter, o)),
        .. profile.Functions.Select(f => Count(Metrics.FunctionInstructions, ProfileMetrics.FunctionParameter, f)),
    ];

    private static Measurement Count(string metric, string parameter, KeyValuePair<string, long> count) =>
        new(Engines.Phases.Execute, count.Value, metric, "count", Better.Lower)
        {
            Parameters = new Dictionary<string, ParameterValue> { [parameter] = ParameterValue.Of(count.Key) },
        };
}
