using System.CommandLine;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;

namespace StaticBench.Cli.Commands;

/// <summary><c>staticbench engines</c>: every known engine, whether it is installed here, its version and flags.</summary>
public static class EnginesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("engines", "List every known engine, whether it is installed here, and its version.");
        command.SetAction((_, cancellationToken) => RunAsync(context, EngineRegistry.Default, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, EngineRegistry registry, CancellationToken cancellationToken = default)
    {
        context.Out.WriteLine($"{"engine",-15} {"installed",-9} {"version",-22} phases / flags / why missing");
        var tools = new ProbeCache(ProcessRunner.Trusted); // several engines ask node and the compilers the same questions
        foreach (var engine in registry.Engines)
        {
            var probe = await engine.ProbeAsync(tools, cancellationToken);
            var detail = probe.IsInstalled ? $"{string.Join(",", engine.Phases)}  {probe.Info.Flags}" : probe.Missing;
            context.Out.WriteLine($"{engine.Name,-15} {(probe.IsInstalled ? "yes" : "no"),-9} {probe.Info.Version ?? "-",-22} {detail}");
        }

        return 0;
    }
}
