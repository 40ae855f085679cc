using StaticBench.Bot.Config;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Processes;

namespace StaticBench.Bot.Running;

/// <summary>
/// One engine template of the bot config bound to one side's checkout: named <c>&lt;name&gt;@base</c> or
/// <c>&lt;name&gt;@head</c> so one runner run interleaves the two sample by sample, with <c>{checkout}</c>
/// replaced, and the checkout bound read-only into every sandboxed step (the sandbox hides the rest of /tmp).
/// </summary>
public sealed class SideEngine(IEngine inner, string checkout) : IEngine
{
    /// <summary>The side's engine for <paramref name="template"/>; <paramref name="side"/> is <c>base</c> or <c>head</c>.</summary>
    public static SideEngine Create(ConfiguredEngineSpec template, string side, string checkout)
    {
        CommandTemplate Bind(CommandTemplate command) =>
            new([.. command.Arguments.Select(a => CheckoutPlaceholder.Replace(a, checkout))]);

        var spec = template with
        {
            Name = NameOf(template.Name, side),
            Commands = template.Commands.ToDictionary(c => c.Key, c => Bind(c.Value)),
        };
        return new SideEngine(EnginesFile.Create(spec), checkout);
    }

    /// <summary><c>wasmtime</c> + <c>head</c> → <c>wasmtime@head</c>.</summary>
    public static string NameOf(string template, string side) => $"{template}@{side}";

    public string Name => inner.Name;

    public IReadOnlyList<string> Phases => inner.Phases;

    public bool TimesWholeProcesses => inner.TimesWholeProcesses;

    public Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default) =>
        inner.ProbeAsync(tools, cancellationToken);

    public SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var plan = inner.Plan(probe, request);
        return plan with
        {
            Steps = [.. plan.Steps.Select(s => s with { Process = s.Process with { ReadOnlyPaths = [.. s.Process.ReadOnlyPaths, checkout] } })],
        };
    }

    public StepReading Read(EngineStep step, ProcessOutcome outcome) => inner.Read(step, outcome);
}
