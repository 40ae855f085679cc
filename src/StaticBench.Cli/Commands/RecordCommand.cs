using System.CommandLine;

namespace StaticBench.Cli.Commands;

/// <summary>Placeholder wiring; replaced by the real command in this change series.</summary>
public static class RecordCommand
{
    public static Command Create(CliContext context) => new("record", "(being built)");
}
