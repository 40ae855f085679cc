using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Testing.Engines;

/// <summary>
/// An engine whose "process" is a script: each sample's stdout comes from <see cref="Output"/>, and a
/// <see cref="FakeProcessRunner"/> hands it back. For tests of the run loop without real engines.
/// </summary>
public sealed class FakeEngine(string name, bool installed = true) : EngineBase
{
    public override string Name => name;

    public override IReadOnlyList<string> Phases => Measures;

    /// <summary>The phases this fake measures (compile and execute unless a test says otherwise).</summary>
    public IReadOnlyList<string> Measures { get; init; } = [Runner.Engines.Phases.Compile, Runner.Engines.Phases.Execute];

    /// <summary>The driver-protocol text a sample prints, given the sample's number (0-based, warm-up included).</summary>
    public Func<int, string> Output { get; init; } = i => $"{{\"phase\":\"compile\",\"ns\":{1000 + i}}}\n{{\"phase\":\"execute\",\"ns\":{2000 + i}}}\n{{\"checksum\":42}}\n";

    public int Planned { get; private set; }

    public override Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = name, Version = "1.0", Config = "fake" };
        return Task.FromResult(installed ? EngineProbe.Installed(info, $"/fake/{name}") : EngineProbe.NotInstalled(info, $"{name} is not installed here"));
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var text = Output(Planned++);
        return SamplePlan.Of(new EngineStep(name, new ProcessSpec(probe.Program!, [text], request.Scratch, request.TimeLimit)));
    }
}

/// <summary>Runs no process: a <see cref="FakeEngine"/>'s step carries its stdout as its one argument. Records the order of calls.</summary>
public sealed class FakeProcessRunner : IProcessRunner
{
    public List<string> Started { get; } = [];

    public bool Sandboxed => true;

    public Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        Started.Add(Path.GetFileName(spec.Program));
        return Task.FromResult(new ProcessOutcome(0, spec.Arguments[0], "", TimeSpan.FromMilliseconds(1), false));
    }
}
