namespace StaticBench.Runner.Running;

/// <summary>
/// A benchmark that failed on an engine: a wrong checksum, a crash, a time-out. None of that pair's
/// samples go into the result; a wrong answer is an error, never a number.
/// </summary>
public sealed record RunError(string Benchmark, string Size, string Engine, string Message)
{
    public override string ToString() => $"{Benchmark} [{Size}] on {Engine}: {Message}";
}
