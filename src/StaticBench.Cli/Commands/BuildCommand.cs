using System.CommandLine;

namespace StaticBench.Cli.Commands;

/// <summary>Placeholder wiring; replaced by the real command in this change series.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext context) => new("build", "(being built)");
}
