using System.CommandLine;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Reporting;
using StaticBench.Cli.Reports;

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
        var tools = new ProbeCache(ProcessRunner.Trusted); // several engines ask node and the compilers the same questions
        var rows = new List<IReadOnlyList<string>>();
        foreach (var engine in registry.Engines)
        {
            var probe = await engine.ProbeAsync(tools, cancellationToken);
            // The name results and reports use (name and configuration) beside the name --engine takes, so the two can be matched.
            var inResults = PhaseTable.EngineLabel(probe.Info);
            rows.Add(
            [
                engine.Name,
                inResults == engine.Name ? "" : inResults,
                probe.IsInstalled ? "yes" : "no",
                probe.Info.Version ?? "-",
                probe.IsInstalled ? string.Join(",", engine.Phases) : "-",
                probe.IsInstalled ? probe.Info.Flags ?? "" : probe.Missing ?? "",
            ]);
        }

        PlainTable.Write(context.Out, ["engine", "in results", "installed", "version", "phases", "flags / why missing"], rows);
        return 0;
    }
}
