using System.Text.Json;
using StaticBench.Site.Output;

namespace StaticBench.Site.Tests.Support;

/// <summary>Reads a site's data scripts (<c>data/**.js</c>) as the JSON they carry after their fixed prefix.</summary>
public static class DataScripts
{
    public static JsonDocument Read(MemorySiteOutput output, string path)
    {
        var text = output.Text(path);
        return JsonDocument.Parse(text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..^2]);
    }

    /// <summary>The data script of the one benchmark whose slug starts with <paramref name="slugPrefix"/>.</summary>
    public static JsonDocument Benchmark(MemorySiteOutput output, string slugPrefix) =>
        Read(output, output.Files.Keys.Single(p => p.StartsWith("data/bench/" + slugPrefix, StringComparison.Ordinal)));
}
