namespace StaticBench.Runner.Suite;

/// <summary>A suite cannot be loaded or built: a missing compiler, a compile error, a bad manifest.</summary>
public sealed class SuiteException(string message) : Exception(message);
