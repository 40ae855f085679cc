using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Measures.Instructions;

/// <summary>
/// <c>--metric instructions</c>: wraps an engine so that each of its <see cref="CountedPhase"/>s runs
/// its step under valgrind's callgrind and reports the exact count of instructions executed as metric
/// <c>instructions</c> (unit <c>count</c>, lower is better). Counts are deterministic, so 1-3 samples
/// suffice; each counted process runs 17-90x slower than a plain one, hence the longer time limit.
/// Steady-state calls are turned off (their number depends on a time budget): "execute" counts the
/// one call of <c>run()</c>, with all code compiled before it where the engine allows.
/// </summary>
public sealed class InstructionCountingEngine : IEngine
{
    private const char Separator = '|';

    private readonly IEngine inner;
    private readonly IReadOnlyList<CountedPhase> counted;
    private string? valgrind;
    private string? setarch;

    public InstructionCountingEngine(IEngine inner, IReadOnlyList<CountedPhase> counted, int slowdown = 100)
    {
        this.inner = inner;
        this.counted = counted;
        Slowdown = slowdown;
        Phases = [.. counted.Select(c => c.Phase).Distinct()];
    }

    /// <summary>The engine, or null and the reason when it cannot give exact counts (see <see cref="InstructionProfiles"/>).</summary>
    public static (IEngine? Engine, string? Refused) Wrap(IEngine engine)
    {
        var (phases, refused) = InstructionProfiles.For(engine);
        return phases is null ? (null, refused) : (new InstructionCountingEngine(engine, phases), null);
    }

    /// <summary>How many times a step's time limit a counted run may take.</summary>
    public int Slowdown { get; }

    public string Name => inner.Name;

    public IReadOnlyList<string> Phases { get; }

    public async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var probe = await inner.ProbeAsync(tools, cancellationToken);
        valgrind = ExecutableFinder.Find("valgrind");
        setarch = ExecutableFinder.Find("setarch");
        return probe.IsInstalled && valgrind is null
            ? EngineProbe.NotInstalled(probe.Info, "valgrind not found: --metric instructions needs it (apt-get install valgrind)")
            : probe;
    }

    public SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var program = valgrind ?? throw new InvalidOperationException($"{Name}: probe first");

        // The inner engine plans every step it has (checksums, AOT artifacts), with no timed steady state.
        var plain = request with { Phases = inner.Phases.ToHashSet(), Execute = ExecutePolicy.None };
        var innerPlan = inner.Plan(probe, plain);
        if (innerPlan.Skipped)
        {
            return innerPlan;
        }

        var steps = new List<EngineStep>();
        foreach (var step in innerPlan.Steps)
        {
            var wanted = counted.Where(c => c.Step == step.Name && request.Wants(c.Phase)).ToList();
            if (wanted.Count == 0)
            {
                steps.Add(new EngineStep($"{step.Name}{Separator}", step.Process));
                continue;
            }

            steps.AddRange(wanted.Select(c => new EngineStep($"{step.Name}{Separator}{c.Phase}", Counted(program, step.Process, c))));
        }

        return steps.Any(s => !s.Name.EndsWith(Separator))
            ? SamplePlan.Of([.. steps])
            : SamplePlan.Skip($"no instruction count for the phases asked for (it counts: {string.Join(", ", Phases)})");
    }

    public StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        var cut = step.Name.LastIndexOf(Separator);
        var (innerName, phase) = (step.Name[..cut], step.Name[(cut + 1)..]);
        if (phase.Length == 0)
        {
            // Run plainly for its artifact or checksum; its times are not this metric.
            var plain = inner.Read(step with { Name = innerName }, outcome);
            return plain.IsError ? plain : plain with { Measurements = [] };
        }

        var original = step with { Name = innerName, Process = Uncounted(step.Process) };
        var reading = inner.Read(original, outcome with { Stderr = CallgrindOutput.WithoutValgrind(outcome.Stderr) });
        if (reading.IsError)
        {
            return reading;
        }

        if (CallgrindOutput.Collected(outcome.Stderr) is not { } count)
        {
            return StepReading.Failed($"{innerName}: callgrind printed no \"Collected :\" line: {outcome.StderrTail(3)}");
        }

        if (count == 0)
        {
            return StepReading.Failed($"{innerName}: counted 0 instructions in phase {phase}: the functions to count were never entered (symbols differ in this build?)");
        }

        return reading with { Measurements = [new Measurement(phase, count, Metrics.Instructions, "count", Better.Lower), .. PerFunction(step, phase)] };
    }

    /// <summary>
    /// <c>setarch ARCH -R valgrind --tool=callgrind ... PROGRAM [determinism arguments] ARGS</c>: address
    /// space randomization off (setarch -R), because hash tables keyed by addresses change counts.
    /// </summary>
    private ProcessSpec Counted(string program, ProcessSpec spec, CountedPhase phase)
    {
        var argv = new List<string>();
        if (setarch is not null)
        {
            argv.AddRange([Architecture, "-R", program]);
        }

        argv.AddRange(["--tool=callgrind", $"{OutFileOption}{(phase.PerFunction ? Path.Combine(spec.WorkingDirectory, OutFile) : "/dev/null")}"]);
        argv.AddRange(phase.ToggleCollect.Select(f => $"--toggle-collect={f}"));
        argv.Add(spec.Program);
        argv.AddRange(phase.DeterminismArguments);
        argv.AddRange(spec.Arguments);
        return spec with { Program = setarch ?? program, Arguments = argv, TimeLimit = spec.TimeLimit * Slowdown };
    }

    private const string OutFileOption = "--callgrind-out-file=";

    private const string OutFile = "callgrind.out";

    /// <summary>Each function's own count, from the output file of a phase counted <see cref="CountedPhase.PerFunction"/>.</summary>
    private static IEnumerable<Measurement> PerFunction(EngineStep step, string phase)
    {
        var file = step.Process.Arguments.FirstOrDefault(a => a.StartsWith(OutFileOption, StringComparison.Ordinal))?[OutFileOption.Length..];
        if (file is null || !file.EndsWith(OutFile, StringComparison.Ordinal) || !File.Exists(file))
        {
            return [];
        }

        return CallgrindFunctions.SelfCounts(File.ReadAllText(file)).Select(f =>
            new Measurement(phase, f.Value, Metrics.FunctionInstructions, "count", Better.Lower)
            {
                Parameters = new Dictionary<string, ParameterValue> { [ProfileMetrics.FunctionParameter] = ParameterValue.Of(f.Key) },
            });
    }

    private static string Architecture => System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
        _ => "x86_64",
    };

    /// <summary>
    /// The engine's own process again, for its <see cref="IEngine.Read"/>: after setarch's two arguments
    /// and valgrind's path, valgrind's options all start with "--" and the program does not. (Determinism
    /// arguments stay; readers only look at the step's name, environment and time limit.)
    /// </summary>
    private static ProcessSpec Uncounted(ProcessSpec spec)
    {
        var arguments = Path.GetFileName(spec.Program) == "setarch" ? spec.Arguments.Skip(3).ToList() : spec.Arguments.ToList();
        var options = arguments.TakeWhile(a => a.StartsWith("--", StringComparison.Ordinal)).Count();
        return spec with { Program = arguments[options], Arguments = [.. arguments.Skip(options + 1)] };
    }
}
