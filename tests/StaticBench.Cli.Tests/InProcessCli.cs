namespace StaticBench.Cli.Tests;

/// <summary>Runs the command tree in the test process with captured output: fast, for single-call behaviour.</summary>
public static class InProcessCli
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
