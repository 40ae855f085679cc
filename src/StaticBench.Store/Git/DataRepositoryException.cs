namespace StaticBench.Store.Git;

/// <summary>A data repository problem the user can act on (missing, shallow, unknown branch, rejected push...).
/// The message says what is wrong and how to fix it; the CLI prints it and exits non-zero.</summary>
public sealed class DataRepositoryException(string message, Exception? inner = null) : Exception(message, inner);
