namespace StaticBench.Importers.History;

/// <summary>What a migrated history does not say itself.</summary>
/// <param name="Machine">Machine name (asv: default the results folder's machine).</param>
/// <param name="Repository">The project's repository URL (gab: default the file's <c>repoUrl</c>).</param>
/// <param name="Branch">The project branch the history was measured on.</param>
public sealed record HistoryOptions(string? Machine = null, string? Repository = null, string Branch = "main");
