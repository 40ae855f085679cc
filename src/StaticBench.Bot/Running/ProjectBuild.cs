using StaticBench.Bot.Config;
using StaticBench.Runner.Processes;

namespace StaticBench.Bot.Running;

/// <summary>
/// Runs the config's build command in one side's checkout, inside the sandbox (no network, cleared
/// environment, the checkout its only writable folder) and within the build time limit: it is the
/// pull request's code as much as the benchmark is.
/// </summary>
public static class ProjectBuild
{
    /// <exception cref="InvalidOperationException">The build failed; the message says which side and why.</exception>
    public static async Task RunAsync(ProjectSettings project, string side, string checkout, IProcessRunner sandbox, CancellationToken cancellationToken)
    {
        if (project.Build.Count == 0)
        {
            return;
        }

        var program = CheckoutPlaceholder.Replace(project.Build[0], checkout);
        var resolved = program.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(program, checkout) : ExecutableFinder.Find(program);
        if (resolved is null || !File.Exists(resolved))
        {
            throw new InvalidOperationException($"the build command's program {program} was not found (project.build in the bot config)");
        }

        var arguments = project.Build.Skip(1).Select(a => CheckoutPlaceholder.Replace(a, checkout)).ToArray();
        var outcome = await sandbox.RunAsync(new ProcessSpec(resolved, arguments, checkout, project.BuildTimeLimit), cancellationToken);
        if (outcome.TimedOut)
        {
            throw new InvalidOperationException($"building {side} took longer than {project.BuildTimeLimit.TotalSeconds:0} s (project.buildTimeoutSeconds)");
        }

        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"building {side} failed with exit code {outcome.ExitCode}: {outcome.StderrTail()}");
        }
    }
}
