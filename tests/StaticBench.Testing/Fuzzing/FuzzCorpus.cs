using System.Security.Cryptography;

namespace StaticBench.Testing.Fuzzing;

/// <summary>One file of the fuzz corpus.</summary>
/// <remarks>A name starting <c>accept-</c> or <c>refuse-</c> says what the result reader must do with it; any other may go either way.</remarks>
public sealed record CorpusEntry(string Name, byte[] Bytes)
{
    public Verdict Verdict =>
        Name.StartsWith("accept-", StringComparison.Ordinal) ? Verdict.Accept
        : Name.StartsWith("refuse-", StringComparison.Ordinal) ? Verdict.Refuse
        : Verdict.Either;

    public override string ToString() => Name;
}

/// <summary>
/// tests/fuzz-corpus/: every input that ever broke a reader's property (a crash, an invalid file accepted, a
/// problem without a path), kept byte for byte so the replay tests run it on every build. Names say what an
/// input found; <see cref="SeededProperty"/> adds <c>found-&lt;property&gt;-&lt;hash&gt;.json</c> files by itself.
/// </summary>
public static class FuzzCorpus
{
    public static string Folder => RepositoryRoot.Combine("tests", "fuzz-corpus");

    public static IReadOnlyList<CorpusEntry> Entries() =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(f => new CorpusEntry(Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>Keeps <paramref name="bytes"/>; returns the file's path relative to the repository.</summary>
    public static string Keep(string property, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var name = $"found-{property}-{hash}.json";
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return Path.Combine("tests", "fuzz-corpus", name);
    }
}
