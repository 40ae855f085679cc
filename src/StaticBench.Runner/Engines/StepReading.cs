namespace StaticBench.Runner.Engines;

/// <summary>
/// What an adapter read from one finished process: its measurements and the checksum the benchmark
/// returned, or an error. The runner, not the adapter, compares the checksum with the expected one.
/// </summary>
public sealed record StepReading(IReadOnlyList<Measurement> Measurements, long? Checksum, string? Error)
{
    public static StepReading Failed(string error) => new([], null, error);

    public bool IsError => Error is not null;
}
