namespace StaticBench.Importers.Formats.Sightglass;

/// <summary>
/// sightglass names an engine by the path of its library (<c>engines/wasmtime/libengine.so</c>); a series
/// needs a name a reader recognizes, and one that does not change when the same engine is built in another
/// folder or on another operating system (<c>.so</c>, <c>.dylib</c>, <c>.dll</c>).
/// </summary>
public static class SightglassEngineName
{
    private static readonly string[] LibraryExtensions = [".so", ".dylib", ".dll"];

    /// <summary>
    /// The readable name of each distinct engine path. When two paths read the same (two builds both in a
    /// <c>wasmtime</c> folder), those engines keep their paths, so their samples never merge into one series.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<string> paths)
    {
        var distinct = paths.Distinct(StringComparer.Ordinal).ToArray();
        var clashes = distinct.GroupBy(Readable, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        return distinct.ToDictionary(path => path, path => clashes.Contains(path) ? path : Readable(path), StringComparer.Ordinal);
    }

    /// <summary>
    /// The library's file name without the <c>lib</c> prefix and the library extension:
    /// <c>/opt/wasmer/libwasmer_bench.so</c> → <c>wasmer_bench</c>. sightglass builds every engine as
    /// <c>libengine</c> in a folder named after it, so <c>engine</c> gives way to that folder:
    /// <c>engines/wasmtime/wasmtime-v38/libengine.dylib</c> → <c>wasmtime-v38</c>. A bare name (<c>wasmtime</c>) stays.
    /// </summary>
    public static string Readable(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return path;
        }

        var name = segments[^1];
        var extension = LibraryExtensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase) || name.Contains(e + ".", StringComparison.OrdinalIgnoreCase));
        if (extension is null)
        {
            return name;
        }

        name = name[..name.IndexOf(extension, StringComparison.OrdinalIgnoreCase)];
        name = name.StartsWith("lib", StringComparison.Ordinal) && name.Length > 3 ? name[3..] : name;
        return name == "engine" && segments.Length > 1 ? segments[^2] : name.Length > 0 ? name : path;
    }
}
