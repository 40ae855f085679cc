using System.Text.RegularExpressions;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.Configured;

/// <summary>
/// A CLI engine described by the engines file (wasmtime, wasmer, wasmedge, iwasm...): each configured
/// command is one process whose wall time and CPU time, as the runner saw them, are one phase (<c>compile</c> →
/// compile, <c>run</c> → total, <c>aot-compile</c> → aot-compile, <c>aot-run</c> → aot-execute). Process
/// start-up is inside every number; that is what a CLI can be measured by from outside.
/// </summary>
public sealed class ConfiguredEngine(ConfiguredEngineSpec spec) : IEngine
{
    private const string Artifact = "module.artifact";

    private readonly Regex? checksum = spec.Checksum is null ? null : new Regex(spec.Checksum, RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    private Dictionary<string, string> programs = [];

    public ConfiguredEngineSpec Spec { get; } = spec;

    public string Name => Spec.Name;

    public bool TimesWholeProcesses => true;

    public IReadOnlyList<string> Phases { get; } =
        [.. ConfiguredCommands.All.Where(c => spec.Commands.ContainsKey(c.Command)).Select(c => c.Phase)];

    public async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = Spec.Name, Config = Spec.Config, Flags = Spec.Flags };
        var found = new Dictionary<string, string>();
        foreach (var template in Spec.Commands.Values.Append(Spec.VersionCommand).OfType<CommandTemplate>())
        {
            if (ExecutableFinder.Find(template.Program) is not { } path)
            {
                return EngineProbe.NotInstalled(info, $"{template.Program} not found (configured in the engines file)");
            }

            found[template.Program] = path;
        }

        programs = found;
        string? version = null;
        if (Spec.VersionCommand is { } command)
        {
            var outcome = await tools.RunAsync(new ProcessSpec(found[command.Program], command.Expand(new Dictionary<string, string>()), Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
            version = (outcome.Stdout + "\n" + outcome.Stderr).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        }

        var first = Spec.Commands.Values.First();
        return EngineProbe.Installed(info with { Version = version }, found[first.Program]);
    }

    public SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        if (programs.Count == 0)
        {
            throw new InvalidOperationException($"{Name} is not installed (probe first)");
        }

        var values = new Dictionary<string, string>
        {
            ["{wasm}"] = request.Case.Wasm,
            ["{artifact}"] = Path.Combine(request.Scratch, Artifact),
            ["{export}"] = request.Case.Export,
            ["{scratch}"] = request.Scratch,
        };
        var wanted = new List<string>();
        if (request.Wants(Engines.Phases.Compile) && Spec.Commands.ContainsKey(ConfiguredCommands.Compile))
        {
            wanted.Add(ConfiguredCommands.Compile);
        }

        if (Spec.Commands.ContainsKey(ConfiguredCommands.Run))
        {
            wanted.Add(ConfiguredCommands.Run); // always: the checksum comes from it
        }

        var aotWanted = request.Wants(Engines.Phases.AotCompile) || request.Wants(Engines.Phases.AotExecute) || wanted.Count == 0;
        if (aotWanted && Spec.Commands.ContainsKey(ConfiguredCommands.AotCompile) && Spec.Commands.ContainsKey(ConfiguredCommands.AotRun))
        {
            wanted.AddRange([ConfiguredCommands.AotCompile, ConfiguredCommands.AotRun]);
        }

        if (wanted.Count == 0)
        {
            return SamplePlan.Skip("the engines file gives no command for the phases asked for");
        }

        return SamplePlan.Of([.. wanted.Select(command =>
        {
            var template = Spec.Commands[command];
            var program = programs[template.Program];
            return new EngineStep(command, new ProcessSpec(program, template.Expand(values), request.Scratch, request.TimeLimit)
            {
                ReadOnlyPaths = [Path.GetDirectoryName(request.Case.Wasm)!, Path.GetDirectoryName(program)!],
                MeasureCpuTime = true,
            });
        })]);
    }

    public StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        var phase = ConfiguredCommands.PhaseOf(step.Name);
        var runs = step.Name is ConfiguredCommands.Run or ConfiguredCommands.AotRun;
        if (!runs || checksum is null)
        {
            return WholeProcess.Read(step, outcome, phase);
        }

        var match = checksum.Match(outcome.Stdout);
        if (outcome.Succeeded && !(match.Success && match.Groups.Count > 1 && long.TryParse(match.Groups[1].Value, out _)))
        {
            return StepRefusals.NoChecksum(step, outcome, $"the checksum pattern {Spec.Checksum} matched no number");
        }

        return WholeProcess.Read(step, outcome, phase, match.Success ? long.Parse(match.Groups[1].Value) : null);
    }
}
