namespace StaticBench.Runner.Running;

/// <summary>How far a run is: samples done of the total, and what runs now. Reported after each sample.</summary>
public sealed record RunProgress(int Done, int Total, string Current);
