namespace StaticBench.Runner.Processes;

/// <summary>Finds bwrap and prlimit and checks that bwrap really works here (user namespaces may be off).</summary>
public static class SandboxDetector
{
    public static async Task<SandboxPolicy> DetectAsync(CancellationToken cancellationToken = default)
    {
        var bwrap = ExecutableFinder.Find("bwrap");
        var prlimit = ExecutableFinder.Find("prlimit");
        var trueProgram = ExecutableFinder.Find("true");
        if (bwrap is null || trueProgram is null)
        {
            return new SandboxPolicy(null, prlimit, "bwrap not found: running UNSANDBOXED (install bubblewrap)");
        }

        var policy = new SandboxPolicy(bwrap, prlimit, $"sandbox: {bwrap} (no network, no capabilities, read-only file system), limits: {prlimit ?? "none (prlimit not found)"}");
        var check = new ProcessSpec(trueProgram, [], Path.GetTempPath(), TimeSpan.FromSeconds(10));
        var outcome = await new ProcessRunner(policy).RunAsync(check, cancellationToken);
        return outcome.Succeeded
            ? policy
            : new SandboxPolicy(null, prlimit, $"bwrap does not work here ({outcome.StderrTail(1)}): running UNSANDBOXED");
    }
}
