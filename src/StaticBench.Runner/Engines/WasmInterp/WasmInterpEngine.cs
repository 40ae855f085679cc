using System.Text.RegularExpressions;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.WasmInterp;

/// <summary>
/// wabt's reference interpreter, <c>wasm-interp</c>: a slow, simple engine that is a useful floor and a
/// second opinion on checksums. It cannot time itself, so both its phases are whole processes timed by
/// the runner: <c>parse</c> reads and validates the module without running anything, <c>total</c> also
/// instantiates and calls every export (<c>--run-all-exports</c>; it has no option to call just one) and
/// prints <c>run() => i32:N</c>, the checksum. total − parse estimates execution; it is not reported as a
/// phase, because two processes' noise would be hidden in it.
/// </summary>
public sealed partial class WasmInterpEngine : IEngine
{
    public const string Flags = "--run-all-exports";

    private const string ParseStep = "parse";

    private const string ExportKey = "STATICBENCH_EXPORT";

    public string Name => "wasm-interp";

    public IReadOnlyList<string> Phases { get; } = [Engines.Phases.Parse, Engines.Phases.Total];

    public bool TimesWholeProcesses => true;

    public async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = "wasm-interp", Config = "wabt", Flags = Flags };
        var program = ExecutableFinder.Find("wasm-interp");
        if (program is null)
        {
            return EngineProbe.NotInstalled(info, "wasm-interp not found on PATH (apt-get install wabt)");
        }

        var version = await tools.RunAsync(new ProcessSpec(program, ["--version"], Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
        return EngineProbe.Installed(info with { Version = version.Succeeded ? $"wabt {version.Stdout.Trim()}" : null }, program);
    }

    public SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var program = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        var steps = new List<EngineStep>();
        if (request.Wants(Engines.Phases.Parse))
        {
            steps.Add(Step(ParseStep, program, request, [request.Case.Wasm]));
        }

        // Always run: the checksum comes from this process.
        steps.Add(Step("run", program, request, [request.Case.Wasm, Flags]));
        return SamplePlan.Of([.. steps]);
    }

    public StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        if (step.Name == ParseStep)
        {
            return WholeProcess.Read(step, outcome, Engines.Phases.Parse);
        }

        var checksum = Checksum(outcome.Stdout, ExportOf(step));
        var reading = WholeProcess.Read(step, outcome, Engines.Phases.Total, checksum);
        return reading.IsError || checksum is not null
            ? reading
            : StepRefusals.NoChecksum(step, outcome, $"no \"{ExportOf(step)}() => i32:N\" line");
    }

    /// <summary>The signed value <paramref name="export"/> returned, from a line like <c>run() => i32:4294967291</c> (-5).</summary>
    public static long? Checksum(string stdout, string export)
    {
        foreach (Match match in ResultLine().Matches(stdout))
        {
            // wabt prints integers unsigned; engines compare signed values (JS sees run() as a signed i32).
            if (match.Groups["name"].Value == export && ulong.TryParse(match.Groups["value"].Value, out var bits))
            {
                return match.Groups["width"].Value == "32" ? unchecked((int)(uint)bits) : unchecked((long)bits);
            }
        }

        return null;
    }

    /// <summary>The export is carried in the step's environment so <see cref="Read"/> stays a pure function of the step.</summary>
    private static string ExportOf(EngineStep step) => step.Process.Environment.TryGetValue(ExportKey, out var e) ? e : "run";

    private static EngineStep Step(string name, string program, SampleRequest request, string[] arguments) =>
        new(name, new ProcessSpec(program, arguments, request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [Path.GetDirectoryName(request.Case.Wasm)!],
            Environment = new Dictionary<string, string> { [ExportKey] = request.Case.Export },
            MeasureCpuTime = true,
        });

    [GeneratedRegex(@"^(?<name>[^\s(]+)\(\) => i(?<width>32|64):(?<value>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ResultLine();
}
