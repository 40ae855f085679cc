using System.Text.Json;
using StaticBench.Site.Data;

namespace StaticBench.Site.Output;

/// <summary>
/// The list of files the last build wrote, kept in the output folder so the next build knows which
/// stale files are its own to delete. Written only when it changes, like every other file.
/// </summary>
public static class OutputManifest
{
    public const string FileName = ".staticbench-manifest.json";

    /// <summary>The paths in the manifest at <paramref name="path"/>; empty when missing or unreadable.</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllText(path), SiteJsonContext.Default.ManifestJson)?.Files ?? []
                : [];
        }
        catch (JsonException)
        {
            return []; // A damaged manifest means we forget old files, never that we delete foreign ones.
        }
    }

    /// <summary>The manifest listing <paramref name="files"/>, in a stable order.</summary>
    public static byte[] Bytes(IEnumerable<string> files) =>
        JsonSerializer.SerializeToUtf8Bytes(new ManifestJson(files.Order(StringComparer.Ordinal).ToArray()), SiteJsonContext.Default.ManifestJson);
}
